/**
 * Tone evaluation on public human-annotated corpora, one or more per dimension, beside VADER (the
 * `vader-sentiment` package's compound score) on the same texts. None of the corpora reserved for the outside
 * evaluation is used (VADER's ICWSM-14 sets, the Stanford Politeness Corpus and what is built from it such as
 * TyDiP's English part, Pavlick & Tetreault's formality corpus, Davidson et al. 2017).
 *
 * Corpora are looked for in $DDSIM_CORPORA, ../shared/corpora (beside the repository) and /work/shared/corpora;
 * `npm run eval -- --download` also tries the canonical URL. A corpus that is not available is skipped with a
 * message. Corpus files are never committed (docs/scoring.md names each corpus and its licence).
 *
 * Each corpus has a tuning part and a held-out part (the official dev/test split, or a hash split); only the
 * held-out figures are reported as results.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseTone } from '../../src/lib/scoring/index.ts';
import type { ToneVector } from '../../src/lib/scoring/types.ts';
import { auc, parseCsv, spearman } from './stats.ts';

export interface Item {
	text: string;
	/** Human label: a rating (Spearman) or 1/0 (AUC). */
	y: number;
	part: 'tune' | 'test';
}

export interface Corpus {
	name: string;
	dimension: keyof ToneVector;
	metric: 'spearman' | 'auc';
	/** What the human label is. */
	label: string;
	licence: string;
	/** Files in the corpus folder, each with a canonical URL to try when missing. */
	files: Record<string, string>;
	/** VADER's compound is compared with this sign (hostility: negative valence). */
	vaderSign: 1 | -1;
	load(read: (file: string) => string): Item[];
}

const hashPart = (text: string): Item['part'] =>
	createHash('sha256').update(text).digest()[0] % 2 === 0 ? 'test' : 'tune';

export const CORPORA: Corpus[] = [
	{
		name: 'olid',
		dimension: 'hostility',
		metric: 'auc',
		label:
			'OLID (OffensEval 2019) level A: offensive vs not, tweets; tune = training set, test = official test set (860)',
		licence: 'OLID, Zampieri et al. 2019; distributed for research (see its README)',
		files: {
			'olid-training-v1.0.tsv':
				'https://raw.githubusercontent.com/idontflow/OLID/master/olid-training-v1.0.tsv',
			'testset-levela.tsv':
				'https://raw.githubusercontent.com/idontflow/OLID/master/testset-levela.tsv',
			'labels-levela.csv':
				'https://raw.githubusercontent.com/idontflow/OLID/master/labels-levela.csv'
		},
		vaderSign: -1,
		load(read) {
			const out: Item[] = [];
			for (const line of read('olid-training-v1.0.tsv').split('\n').slice(1)) {
				const [, tweet, a] = line.split('\t');
				if (tweet && a) out.push({ text: tweet, y: a.trim() === 'OFF' ? 1 : 0, part: 'tune' });
			}
			const labels = new Map(
				read('labels-levela.csv')
					.trim()
					.split('\n')
					.map((l) => l.trim().split(',') as [string, string])
			);
			for (const line of read('testset-levela.tsv').split('\n').slice(1)) {
				const [id, tweet] = line.split('\t');
				const l = labels.get(id);
				if (tweet && l) out.push({ text: tweet, y: l === 'OFF' ? 1 : 0, part: 'test' });
			}
			return out;
		}
	},
	{
		name: 'hateval',
		dimension: 'hostility',
		metric: 'auc',
		label:
			'HatEval (SemEval-2019 task 5, Basile et al. 2019) as packaged by TweetEval: hateful vs not, tweets about immigrants and women; tune = train + validation, test = official test set (2,970)',
		licence:
			'HatEval, Basile et al. 2019: research use per the task; TweetEval (cardiffnlp/tweeteval) adds no restriction',
		files: Object.fromEntries(
			['train', 'val', 'test'].flatMap((s) =>
				['text', 'labels'].map((k) => [
					`${s}_${k}.txt`,
					`https://raw.githubusercontent.com/cardiffnlp/tweeteval/main/datasets/hate/${s}_${k}.txt`
				])
			)
		),
		vaderSign: -1,
		load(read) {
			const out: Item[] = [];
			for (const [split, part] of [
				['train', 'tune'],
				['val', 'tune'],
				['test', 'test']
			] as const) {
				const texts = read(`${split}_text.txt`).split('\n');
				const labels = read(`${split}_labels.txt`).split('\n');
				texts.forEach((text, i) => {
					const l = labels[i]?.trim();
					if (text.trim() && (l === '0' || l === '1')) out.push({ text, y: Number(l), part });
				});
			}
			return out;
		}
	},
	{
		name: 'reddit-politeness',
		dimension: 'politeness',
		metric: 'spearman',
		label:
			'Reddit comments rated −2…2 for politeness by the rude-mood project (Politeness on Reddit, 2021); hash split',
		licence: 'victorknox/rude-mood on GitHub, no licence stated: used locally, never redistributed',
		files: {
			'annotated_comments.csv':
				'https://raw.githubusercontent.com/victorknox/rude-mood/main/dataset/comparision_datasets/annotated_comments.csv'
		},
		vaderSign: 1,
		load(read) {
			const rows = parseCsv(read('annotated_comments.csv'));
			const head = rows[0].map((h) => h.trim().toLowerCase());
			const body = head.indexOf('body');
			const score = head.indexOf('politeness score');
			return rows
				.slice(1)
				.filter((r) => r[body] && r[score] !== undefined && r[score].trim() !== '')
				.map((r) => ({ text: r[body], y: Number(r[score]), part: hashPart(r[body]) }))
				.filter((x) => Number.isFinite(x.y));
		}
	},
	{
		name: 'empathic-reactions',
		dimension: 'empathy',
		metric: 'spearman',
		label:
			"Buechel et al. 2018: writers' own empathic-concern ratings (1–7) of their reactions to news stories; hash split",
		licence: 'CC BY 4.0 (wwbp/empathic_reactions)',
		files: {
			'messages.csv':
				'https://raw.githubusercontent.com/wwbp/empathic_reactions/master/data/responses/data/messages.csv'
		},
		vaderSign: 1,
		load(read) {
			const rows = parseCsv(read('messages.csv'));
			const head = rows[0];
			const e = head.indexOf('empathy');
			const t = head.indexOf('essay');
			return rows
				.slice(1)
				.filter((r) => r[t])
				.map((r) => ({ text: r[t], y: Number(r[e]), part: hashPart(r[t]) }));
		}
	},
	{
		name: 'conll2010-uncertainty',
		dimension: 'certainty',
		metric: 'auc',
		label:
			'CoNLL-2010 shared task 1 (Wikipedia weasel/hedge sentences): certain vs uncertain, 1,500 each; hash split',
		licence:
			'Szeged Uncertainty Corpus / CoNLL-2010, CC BY-SA (copy from the Pattern library test corpora)',
		files: {
			'uncertainty-conll2010.csv':
				'https://raw.githubusercontent.com/clips/pattern/master/test/corpora/uncertainty-conll2010.csv'
		},
		vaderSign: 1,
		load(read) {
			return parseCsv(read('uncertainty-conll2010.csv'))
				.filter((r) => r.length >= 2)
				.map((r) => ({ text: r[1], y: r[0].trim() === '1' ? 1 : 0, part: hashPart(r[1]) }));
		}
	},
	{
		name: 'sst5',
		dimension: 'valence',
		metric: 'spearman',
		label:
			'Stanford Sentiment Treebank, sentence level, 5 classes (movie reviews); tune = dev, test = official test (2,210)',
		licence: 'SST (Socher et al. 2013), research use',
		files: {
			'sst_dev.txt':
				'https://raw.githubusercontent.com/prrao87/fine-grained-sentiment/master/data/sst/sst_dev.txt',
			'sst_test.txt':
				'https://raw.githubusercontent.com/prrao87/fine-grained-sentiment/master/data/sst/sst_test.txt'
		},
		vaderSign: 1,
		load(read) {
			const out: Item[] = [];
			for (const [file, part] of [
				['sst_dev.txt', 'tune'],
				['sst_test.txt', 'test']
			] as const)
				for (const line of read(file).split('\n')) {
					const m = /^__label__(\d)\s+(.*)$/.exec(line.trim());
					if (m) out.push({ text: m[2], y: Number(m[1]), part });
				}
			return out;
		}
	}
];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders that may hold the corpora, in order. */
export function corpusRoots(): string[] {
	return [
		process.env.DDSIM_CORPORA,
		join(repoRoot, '..', 'shared', 'corpora'),
		'/work/shared/corpora'
	].filter((x): x is string => Boolean(x));
}

/** The corpus folder that has every file, or undefined. With `download`, try the canonical URLs first. */
export async function locate(c: Corpus, download = false): Promise<string | undefined> {
	for (const root of corpusRoots()) {
		const dir = join(root, c.name);
		if (Object.keys(c.files).every((f) => existsSync(join(dir, f)))) return dir;
	}
	if (!download) return undefined;
	const dir = join(corpusRoots()[0], c.name);
	try {
		mkdirSync(dir, { recursive: true });
		for (const [f, url] of Object.entries(c.files)) {
			if (existsSync(join(dir, f))) continue;
			const res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
			if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
			writeFileSync(join(dir, f), Buffer.from(await res.arrayBuffer()));
		}
		return dir;
	} catch (e) {
		console.log(`  (download of ${c.name} failed: ${(e as Error).message})`);
		return undefined;
	}
}

export interface CorpusResult {
	corpus: Corpus;
	part: Item['part'];
	n: number;
	ours: number;
	vader: number;
}

let vaderScore: ((s: string) => number) | undefined;
function vader(text: string): number {
	if (!vaderScore) {
		const require = createRequire(import.meta.url);
		const v = require('vader-sentiment') as {
			SentimentIntensityAnalyzer: { polarity_scores(s: string): { compound: number } };
		};
		vaderScore = (s) => v.SentimentIntensityAnalyzer.polarity_scores(s).compound;
	}
	return vaderScore(text);
}

export function measure(c: Corpus, items: Item[], part: Item['part']): CorpusResult {
	const xs = items.filter((x) => x.part === part);
	const ours = xs.map((x) => analyseTone(x.text)[c.dimension]);
	const theirs = xs.map((x) => c.vaderSign * vader(x.text));
	const ys = xs.map((x) => x.y);
	const metric = (s: number[]) =>
		c.metric === 'auc'
			? auc(
					s,
					ys.map((y) => y > 0)
				)
			: spearman(s, ys);
	return { corpus: c, part, n: xs.length, ours: metric(ours), vader: metric(theirs) };
}

export function loadCorpus(c: Corpus, dir: string): Item[] {
	return c.load((f) => readFileSync(join(dir, f), 'utf8'));
}

/** `npm run eval` part two: a table per dimension, held-out and tuning parts, ours beside VADER. */
export async function evaluateCorpora(
	download = process.argv.includes('--download')
): Promise<CorpusResult[]> {
	console.log('\nTone on public human-annotated corpora (held-out part; tuning part in brackets)');
	console.log(
		`  ${'dimension'.padEnd(11)} ${'corpus'.padEnd(22)} ${'metric'.padEnd(9)} ${'n'.padStart(5)}  ${'ddsim'.padStart(14)}  ${'VADER'.padStart(14)}`
	);
	const results: CorpusResult[] = [];
	for (const c of CORPORA) {
		const dir = await locate(c, download);
		if (!dir) {
			console.log(
				`  ${c.dimension.padEnd(11)} ${c.name.padEnd(22)} skipped: not found in ${corpusRoots().join(', ')} (run with --download, or set DDSIM_CORPORA)`
			);
			continue;
		}
		const items = loadCorpus(c, dir);
		const test = measure(c, items, 'test');
		const tune = measure(c, items, 'tune');
		results.push(test, tune);
		const f = (x: number) => x.toFixed(3);
		console.log(
			`  ${c.dimension.padEnd(11)} ${c.name.padEnd(22)} ${(c.metric === 'auc' ? 'ROC AUC' : 'Spearman').padEnd(9)} ${String(test.n).padStart(5)}  ${`${f(test.ours)} (${f(tune.ours)})`.padStart(14)}  ${`${f(test.vader)} (${f(tune.vader)})`.padStart(14)}`
		);
	}
	return results;
}
