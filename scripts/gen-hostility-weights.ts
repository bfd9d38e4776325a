/**
 * Trains the learned part of tone hostility (src/lib/scoring/tone/learned-hostility.ts) and writes its weights
 * to src/lib/scoring/tone/hostility-weights.ts: a logistic regression (L2, full-batch Adam, fixed epochs, so the
 * same corpora give the same file) over word counts, the adjacent pairs of kept words, and the analyser's own
 * hostility evidence (ToneDetail.evidence), fitted on the TRAINING splits only of OLID (OffensEval 2019) and
 * HatEval (SemEval-2019 task 5, TweetEval's packaging) — the official test splits are never read here — with
 * the tuning halves of two corpora of plainly not-offensive text added as negatives (NEUTRAL_NAMES).
 * Vocabulary: words seen in ≥ MIN_DF training texts, the VOCAB best by χ² with the label; pairs of them likewise.
 *
 *   npx tsx scripts/gen-hostility-weights.ts            fit on all training texts with CHOSEN, write the module
 *   npx tsx scripts/gen-hostility-weights.ts --search   hold out a fifth of training (by hash) as dev and print
 *                                                       dev AUC per setting (how CHOSEN was picked)
 * Corpora are found as `npm run eval` finds them (tests/eval/tone-corpora.ts); a unit test regenerates the module
 * where they are present and checks the committed one is current.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CORPORA, loadCorpus, locate } from '../tests/eval/tone-corpora.ts';
import { auc } from '../tests/eval/stats.ts';
import { postText } from '../src/lib/scoring/text/post-text.ts';
import { toneOf } from '../src/lib/scoring/tone/analyse.ts';
import { gatedHostility, type HostilityModel } from '../src/lib/scoring/tone/learned-hostility.ts';

interface Doc {
	corpus: string;
	words: string[];
	evidence: number[];
	y: number;
	dev: boolean;
}

export interface Settings {
	vocab: number;
	pairs: number;
	l2: number;
	gate: number;
	floor: number;
}
/** Picked with --search on the dev fifth of the training splits (docs/scoring.md#tone gives the table). */
export const CHOSEN: Settings = { vocab: 2700, pairs: 300, l2: 3e-4, gate: 0.3, floor: 0 };
const MIN_DF = 3;
const EPOCHS = 300;
const CORPUS_NAMES = ['olid', 'hateval'];
/** Corpora whose tuning halves are added as not-offensive examples: encyclopedic sentences (CoNLL-2010) and
 * emotional reactions to sad news (Buechel et al. 2018), so that topic words of the tweet corpora ("wall",
 * "open") and sadness do not read as hostility in a diplomatic correction or a condolence. */
const NEUTRAL_NAMES = ['conll2010-uncertainty', 'empathic-reactions'];

/** The training splits of the hostility corpora, tokenised as the analyser does; undefined if one is missing. */
export async function trainingDocs(): Promise<Doc[] | undefined> {
	const docs: Doc[] = [];
	for (const name of CORPUS_NAMES) {
		const c = CORPORA.find((x) => x.name === name)!;
		const dir = await locate(c);
		if (!dir) return undefined;
		for (const item of loadCorpus(c, dir)) {
			if (item.part !== 'tune') continue;
			const pt = postText(item.text);
			const dev = createHash('sha256').update(item.text).digest()[1] % 5 === 0;
			docs.push({ corpus: name, words: pt.words, evidence: toneOf(pt).evidence, y: item.y, dev });
		}
	}
	// texts that are not offensive by construction, in the registers the product sees besides tweets: training
	// only, never dev (their held-out halves stay for their own dimensions' evaluation)
	for (const name of NEUTRAL_NAMES) {
		const c = CORPORA.find((x) => x.name === name)!;
		const dir = await locate(c);
		if (!dir) return undefined;
		for (const item of loadCorpus(c, dir)) {
			if (item.part !== 'tune') continue;
			const pt = postText(item.text);
			docs.push({ corpus: name, words: pt.words, evidence: toneOf(pt).evidence, y: 0, dev: false });
		}
	}
	return docs;
}

function chi2(a: number, b: number, c: number, d: number): number {
	// a: feature & positive, b: feature & negative, c: no feature & positive, d: no feature & negative
	const n = a + b + c + d;
	const den = (a + b) * (c + d) * (a + c) * (b + d);
	return den === 0 ? 0 : (n * (a * d - b * c) ** 2) / den;
}

/** The `top` keys of a per-document feature extractor by χ² among those seen in ≥ MIN_DF documents. */
function select(docs: Doc[], keys: (d: Doc) => Set<string>, top: number): string[] {
	const pos = new Map<string, number>();
	const neg = new Map<string, number>();
	let nPos = 0;
	for (const d of docs) {
		const m = d.y ? pos : neg;
		if (d.y) nPos++;
		for (const k of keys(d)) m.set(k, (m.get(k) ?? 0) + 1);
	}
	const nNeg = docs.length - nPos;
	const all = new Set([...pos.keys(), ...neg.keys()]);
	const scored: [string, number][] = [];
	for (const k of all) {
		const a = pos.get(k) ?? 0;
		const b = neg.get(k) ?? 0;
		if (a + b >= MIN_DF) scored.push([k, chi2(a, b, nPos - a, nNeg - b)]);
	}
	scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
	return scored.slice(0, top).map((x) => x[0]);
}

/** Fits the regression; returns the model with full-precision weights. */
function fit(
	docs: Doc[],
	s: Settings
): { model: HostilityModel; vocab: string[]; pairs: string[] } {
	const vocab = select(docs, (d) => new Set(d.words), s.vocab).sort();
	const vid = new Map(vocab.map((w, i) => [w, i]));
	const pairKeys = (d: Doc) => {
		const out = new Set<string>();
		for (let i = 1; i < d.words.length; i++)
			if (vid.has(d.words[i - 1]) && vid.has(d.words[i]))
				out.add(`${d.words[i - 1]} ${d.words[i]}`);
		return out;
	};
	const pairs = select(docs, pairKeys, s.pairs).sort();
	const pid = new Map(pairs.map((p, i) => [p, vocab.length + i]));
	const nEv = docs[0].evidence.length;
	const nW = vocab.length + pairs.length;
	// sparse rows: feature index (words and pairs), counts added per occurrence
	const rows = docs.map((d) => {
		const idx: number[] = [];
		for (let i = 0; i < d.words.length; i++) {
			const a = vid.get(d.words[i]);
			if (a === undefined) continue;
			idx.push(a);
			const p = i > 0 ? pid.get(`${d.words[i - 1]} ${d.words[i]}`) : undefined;
			if (p !== undefined) idx.push(p);
		}
		return idx;
	});
	const w = new Float64Array(nW + nEv + 1); // words, pairs, evidence, bias
	const m1 = new Float64Array(w.length);
	const m2 = new Float64Array(w.length);
	const g = new Float64Array(w.length);
	const n = docs.length;
	const lr = 0.05;
	for (let t = 1; t <= EPOCHS; t++) {
		g.fill(0);
		for (let r = 0; r < n; r++) {
			const d = docs[r];
			let z = w[nW + nEv];
			for (const j of rows[r]) z += w[j];
			for (let k = 0; k < nEv; k++) z += w[nW + k] * d.evidence[k];
			const err = 1 / (1 + Math.exp(-z)) - d.y;
			for (const j of rows[r]) g[j] += err;
			for (let k = 0; k < nEv; k++) g[nW + k] += err * d.evidence[k];
			g[nW + nEv] += err;
		}
		for (let j = 0; j < w.length; j++) {
			const gj = g[j] / n + (j < nW + nEv ? s.l2 * w[j] : 0);
			m1[j] = 0.9 * m1[j] + 0.1 * gj;
			m2[j] = 0.999 * m2[j] + 0.001 * gj * gj;
			w[j] -= (lr * (m1[j] / (1 - 0.9 ** t))) / (Math.sqrt(m2[j] / (1 - 0.999 ** t)) + 1e-8);
		}
	}
	const words = new Map(vocab.map((v, i) => [v, { id: i, w: w[i] }]));
	const pairMap = new Map(
		pairs.map((p, i) => {
			const [a, b] = p.split(' ');
			return [vid.get(a)! * 65536 + vid.get(b)!, w[vocab.length + i]];
		})
	);
	return {
		model: {
			bias: w[nW + nEv],
			evidence: Array.from(w.slice(nW, nW + nEv)),
			words,
			pairs: pairMap,
			gate: s.gate,
			floor: s.floor
		},
		vocab,
		pairs
	};
}

/** Printable ASCII without '"' and '\': one character per quantised weight. */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
	.filter((c) => c !== '"' && c !== '\\')
	.join('');
const ZERO = 46;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Quantises the word and pair weights to one digit each; returns the module text and the quantised model. */
function encode(f: ReturnType<typeof fit>): { source: string; model: HostilityModel } {
	const { model, vocab, pairs } = f;
	let max = 0;
	for (const e of model.words.values()) max = Math.max(max, Math.abs(e.w));
	for (const v of model.pairs.values()) max = Math.max(max, Math.abs(v));
	const step = r4(max / (ZERO - 1));
	const q = (x: number) =>
		Math.max(-ZERO, Math.min(DIGITS.length - 1 - ZERO, Math.round(x / step)));
	let prev = '';
	const coded = vocab.map((w) => {
		let p = 0;
		while (p < 35 && p < prev.length && p < w.length && prev[p] === w[p]) p++;
		prev = w;
		return p.toString(36) + w.slice(p);
	});
	const wordDigits = vocab.map((v) => DIGITS[ZERO + q(model.words.get(v)!.w)]).join('');
	const vid = new Map(vocab.map((w, i) => [w, i]));
	const pairIds = pairs.map((p) =>
		p
			.split(' ')
			.map((x) => vid.get(x)!.toString(36))
			.join('.')
	);
	const pairDigits = pairs
		.map((p) => {
			const [a, b] = p.split(' ').map((x) => vid.get(x)!);
			return DIGITS[ZERO + q(model.pairs.get(a * 65536 + b)!)];
		})
		.join('');
	const quantised: HostilityModel = {
		bias: r4(model.bias),
		evidence: model.evidence.map(r4),
		words: new Map(vocab.map((v, i) => [v, { id: i, w: q(model.words.get(v)!.w) * step }])),
		pairs: new Map([...model.pairs].map(([k, v]) => [k, q(v) * step] as [number, number])),
		gate: model.gate,
		floor: model.floor
	};
	const c = (name: string, type: string, v: unknown) =>
		`// prettier-ignore\nexport const ${name}: ${type} = ${JSON.stringify(v)};\n`;
	const source =
		`// GENERATED by scripts/gen-hostility-weights.ts from the training splits of OLID and HatEval (and not-offensive\n` +
		`// negatives from the tuning halves of CoNLL-2010 and the empathic-reactions essays) — do not edit.\n` +
		`// Logistic regression: ${vocab.length} words (sorted, front-coded), ${pairs.length} word pairs (ids in base 36),\n` +
		`// one weight digit each (weight = (index in DIGITS − ZERO) × STEP); evidence weights as analyse.ts lists it.\n` +
		c('BIAS', 'number', quantised.bias) +
		c('EVIDENCE', 'number[]', quantised.evidence) +
		c('GATE', 'number', model.gate) +
		c('FLOOR', 'number', model.floor) +
		c('STEP', 'number', step) +
		c('ZERO', 'number', ZERO) +
		c('DIGITS', 'string', DIGITS) +
		c('WORDS', 'string', coded.join(' ')) +
		c('WORD_WEIGHTS', 'string', wordDigits) +
		c('PAIRS', 'string', pairIds.join(' ')) +
		c('PAIR_WEIGHTS', 'string', pairDigits);
	return { source, model: quantised };
}

/** AUC per corpus of the analyser's hostility with this model (max of the cue score and the gated model). */
function devAuc(m: HostilityModel, docs: Doc[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const name of CORPUS_NAMES) {
		const ds = docs.filter((d) => d.corpus === name);
		const s = ds.map((d) => Math.max(d.evidence[0], gatedHostility(m, d.words, d.evidence)));
		out[name] = auc(
			s,
			ds.map((d) => d.y > 0)
		);
	}
	return out;
}

/** A model that never fires: the cue score alone. */
const NONE: HostilityModel = {
	bias: -99,
	evidence: [],
	words: new Map(),
	pairs: new Map(),
	gate: 0.5,
	floor: 0
};

/** The generated module for these settings, fitted on every training text. */
export function buildHostilityModule(docs: Doc[], s: Settings = CHOSEN): string {
	return encode(fit(docs, s)).source;
}

/** Gate and floor pairs tried by --search (a floor > 0 keeps the order below the gate). */
const GATES = [
	[0, 0],
	[0.2, 0],
	[0.25, 0],
	[0.3, 0],
	[0.4, 0],
	[0.5, 0],
	[0.5, 0.04]
];

async function main() {
	const docs = await trainingDocs();
	if (!docs) throw new Error('OLID and HatEval are needed (see tests/eval/tone-corpora.ts)');
	if (process.argv.includes('--search')) {
		const train = docs.filter((d) => !d.dev);
		const dev = docs.filter((d) => d.dev);
		const f3 = (r: Record<string, number>) =>
			CORPUS_NAMES.map((c) => `${c} ${r[c].toFixed(3)}`).join(', ');
		console.log(
			`train ${train.length}, dev ${dev.length}; dev AUC of the cue score alone: ${f3(devAuc(NONE, dev))}`
		);
		console.log(
			`dev AUC of max(cue score, model) for gate/floor ${GATES.map((g) => g.join('/')).join(', ')}:`
		);
		for (const vocab of [1000, 2700])
			for (const pairs of [0, 300])
				for (const l2 of [3e-4, 1e-3]) {
					const m = encode(fit(train, { vocab, pairs, l2, gate: 0, floor: 0 })).model;
					const gates = GATES.map(([gate, floor]) => f3(devAuc({ ...m, gate, floor }, dev)));
					console.log(`  vocab ${vocab} pairs ${pairs} l2 ${l2}: ${gates.join(' | ')}`);
				}
		return;
	}
	const source = buildHostilityModule(docs);
	const out = new URL('../src/lib/scoring/tone/hostility-weights.ts', import.meta.url);
	writeFileSync(out, source);
	console.log(
		`wrote ${out.pathname}: ${source.length} bytes, ${gzipSync(source).length} bytes gzip`
	);
}

if (process.argv[1]?.endsWith('gen-hostility-weights.ts')) await main();
