/**
 * Scoring snapshot: every PostScore (overall, criteria and reasons, findings with spans, doctrine items, caps,
 * tone, key messages…) and every exercise report for a large, varied set of posts, hashed from canonical JSON
 * (sorted keys), so that a change meant to be behaviour-free (speed work on src/lib/scoring) can be checked to
 * reproduce every result exactly.
 *
 * Cases:
 * - `own`: each post of the faux-pas evaluation set, the assessment runs, the golden posts files, the scenarios'
 *   embedded tests and the detector calibration set, scored alone at its own scenario time (and reply target);
 * - `engine`: every assessment run and every golden run (both seeds) replayed through the real engine with a
 *   recording scorer: each score() call in order (with history, questions, shares) and the final report;
 * - `cross` (full set only): every post above and the tone calibration texts, on every shipped scenario at five
 *   scenario times, every third one as a reply to the latest question fired by then.
 *
 * The small set (`own` + `engine`) runs in `npm test` (tests/unit/scoring-snapshot.test.ts, one hash per case in
 * tests/fixtures/scoring-snapshot/small.json). The full set runs as a script:
 *   npm run snapshot:scoring -- [--write] [--dump file.ndjson] [--reverse]
 * (compares against tests/fixtures/scoring-snapshot/full.json, one hash per group of cases; `--dump` writes each
 * case's canonical JSON for a diff against a dump made on another checkout; `--reverse` scores the cases in
 * reverse order, which catches results that depend on caches filled by earlier posts).
 */
import { createHash } from 'node:crypto';
import {
	closeSync,
	existsSync,
	openSync,
	readdirSync,
	readFileSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { parse } from 'yaml';
import { replay } from '../../src/lib/core/engine.ts';
import { reportFor, runHeadless } from '../../src/lib/core/headless.ts';
import { readPostsFile, type PostsFile } from '../../src/lib/scenario/posts-file.ts';
import { compileScenario, parseTime } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { score } from '../../src/lib/scoring/index.ts';
import { ctxAt } from '../../src/lib/scoring/test-fixtures.ts';
import type { PostInput, ScoreContext, Scorer } from '../../src/lib/scoring/types.ts';
import { inputsOf, loadTable } from '../assessment/table.ts';

export const SMALL_FIXTURE = 'tests/fixtures/scoring-snapshot/small.json';
export const FULL_FIXTURE = 'tests/fixtures/scoring-snapshot/full.json';

/** JSON with object keys sorted and undefined members dropped: equal strings ⇔ deeply equal values. */
export function canonical(v: unknown): string {
	if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
	if (Array.isArray(v))
		return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
	const o = v as Record<string, unknown>;
	const keys = Object.keys(o)
		.filter((k) => o[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

export const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

export interface Case {
	key: string;
	group: string;
	/** Computes the value to snapshot (a PostScore, or a list of them and a report). */
	run: () => unknown;
}

interface SourcePost {
	/** Where it comes from, for the case key. */
	origin: string;
	text: string;
	scenario?: string;
	t?: number;
	replyTo?: string;
}

const scenarios = new Map<string, Scenario>();
export function shipped(): Map<string, Scenario> {
	if (scenarios.size) return scenarios;
	for (const f of readdirSync('scenarios')
		.filter((x) => x.endsWith('.yaml'))
		.sort()) {
		const { scenario } = compileScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
		if (!scenario) throw new Error(`scenarios/${f} does not compile`);
		scenarios.set(scenario.id, scenario);
	}
	return scenarios;
}

const EVAL_SCENARIO: Record<string, string> = {
	quake: 'quake-consulate-rumour',
	askstate: 'askstate-live-qa',
	evac: 'consular-evacuation',
	deepfake: 'deepfake-ambassador',
	hacked: 'hacked-account',
	visit: 'state-visit-gaffe'
};

const time = (at: unknown, where: string): number => {
	const t = typeof at === 'number' ? at : parseTime(String(at));
	if (t === undefined) throw new Error(`bad time '${String(at)}' in ${where}`);
	return t;
};

function goldenScripts(s: Scenario): { label: string; file: PostsFile }[] {
	const out: { label: string; file: PostsFile }[] = [];
	for (const label of ['good', 'bad']) {
		const path = `tests/golden/posts/${s.id}.${label}.yaml`;
		if (!existsSync(path)) continue;
		const file = readPostsFile(readFileSync(path, 'utf8'), s, path);
		if (file.errors.length) throw new Error(`${path}: ${file.errors.join('; ')}`);
		out.push({ label, file });
	}
	return out;
}

/** Every post the project ships as a test input, with its own scenario and time where it has them. */
export function sourcePosts(): SourcePost[] {
	const out: SourcePost[] = [];
	for (const half of ['tune', 'check']) {
		const path = `tests/fixtures/faux-pas-eval/${half}.yaml`;
		const posts = parse(readFileSync(path, 'utf8')) as {
			s: string;
			at: string;
			re?: string;
			text: string;
		}[];
		posts.forEach((p, i) =>
			out.push({
				origin: `eval-${half}#${i}`,
				text: p.text,
				scenario: EVAL_SCENARIO[p.s],
				t: time(p.at, path),
				replyTo: p.re
			})
		);
	}
	const table = loadTable();
	for (const run of table.runs.values()) {
		run.steps.forEach((st, i) => {
			if (st.kind === 'post')
				out.push({
					origin: `run:${run.key}#${i}`,
					text: st.text,
					scenario: run.scenario.id,
					t: st.at,
					replyTo: st.replyTo
				});
		});
	}
	for (const s of shipped().values()) {
		for (const { label, file } of goldenScripts(s))
			file.posts.forEach((p, i) => {
				if (p.text)
					out.push({
						origin: `golden:${s.id}.${label}#${i}`,
						text: p.text,
						scenario: s.id,
						t: p.at,
						replyTo: p.replyTo ?? p.quoteOf
					});
			});
		for (const test of s.tests)
			test.posts.forEach((p, i) =>
				out.push({
					origin: `test:${s.id}/${test.name}#${i}`,
					text: p.text,
					scenario: s.id,
					t: p.at,
					replyTo: p.replyTo
				})
			);
	}
	const cal = parse(readFileSync('tests/fixtures/calibration-detectors.yaml', 'utf8')) as {
		at: string | number;
		text: string;
		reply_to?: string;
	}[];
	cal.forEach((p, i) =>
		out.push({
			origin: `calibration-detectors#${i}`,
			text: p.text,
			scenario: 'quake-consulate-rumour',
			t: time(p.at, 'calibration-detectors.yaml'),
			replyTo: p.reply_to
		})
	);
	return out;
}

function scoreAlone(s: Scenario, t: number, text: string, replyTo?: string) {
	const post: PostInput = { id: 'snap', t, text, ...(replyTo ? { replyTo } : {}) };
	return score(post, ctxAt(s, t));
}

/** The cases scored alone at their own scenario time. */
function ownCases(posts: SourcePost[]): Case[] {
	const all = shipped();
	return posts
		.filter((p) => p.scenario !== undefined)
		.map((p) => {
			const s = all.get(p.scenario!);
			if (!s) throw new Error(`${p.origin}: no shipped scenario '${p.scenario}'`);
			const replyTo = p.replyTo && s.events.some((e) => e.id === p.replyTo) ? p.replyTo : undefined;
			return {
				key: `own:${p.origin}`,
				group: `own:${p.origin.split(/[#:]/)[0] === 'run' ? 'run' : p.origin.split('#')[0]}`,
				run: () => scoreAlone(s, p.t!, p.text, replyTo)
			};
		});
}

/** A scorer that records every call's result (engine runs). */
function recording(into: unknown[]): Scorer {
	return (post: PostInput, ctx: ScoreContext) => {
		const r = score(post, ctx);
		into.push(r);
		return r;
	};
}

/** Assessment runs and golden runs replayed through the engine. */
function engineCases(): Case[] {
	const out: Case[] = [];
	const table = loadTable();
	if (table.problems.length) throw new Error(table.problems.join('\n'));
	for (const run of table.runs.values())
		out.push({
			key: `engine:${run.key}`,
			group: `engine:${run.scenario.id}`,
			run: () => {
				const scores: unknown[] = [];
				const { state } = replay(run.scenario, run.seed, inputsOf(run), {
					scorer: recording(scores)
				});
				return { scores, report: reportFor(run.scenario, state) };
			}
		});
	for (const s of shipped().values())
		for (const { label, file } of goldenScripts(s))
			for (const { seed, mode } of [
				{ seed: s.seed, mode: 'expected' as const },
				{ seed: 7, mode: 'stochastic' as const }
			])
				out.push({
					key: `engine:golden:${s.id}.${label}@${seed}`,
					group: `engine:${s.id}`,
					run: () => {
						const scores: unknown[] = [];
						// runHeadless hands its options to replay(), which takes a scorer
						const opts = { ...file, mode, scorer: recording(scores) };
						const { report } = runHeadless(s, seed, [...file.posts], opts);
						return { scores, report };
					}
				});
	return out;
}

/** Every post on every shipped scenario at five times (10 %, 30 %, 50 %, 70 %, 95 % of its duration). */
function crossCases(posts: SourcePost[]): Case[] {
	const texts = [...new Set(posts.map((p) => p.text))];
	const tone = readFileSync('tests/fixtures/calibration.jsonl', 'utf8')
		.trim()
		.split('\n')
		.map((l) => (JSON.parse(l) as { text: string }).text);
	for (const t of tone) if (!texts.includes(t)) texts.push(t);
	const out: Case[] = [];
	for (const s of shipped().values())
		for (const f of [0.1, 0.3, 0.5, 0.7, 0.95]) {
			const t = Math.round(s.duration * f);
			const question = s.events.filter((e) => e.question && !e.contingency && e.at <= t).at(-1);
			texts.forEach((text, i) => {
				const replyTo = i % 3 === 2 ? question?.id : undefined;
				out.push({
					key: `cross:${s.id}@${t}#${i}`,
					group: `cross:${s.id}@${t}`,
					run: () => scoreAlone(s, t, text, replyTo)
				});
			});
		}
	return out;
}

export function smallCases(): Case[] {
	return [...ownCases(sourcePosts()), ...engineCases()];
}

export function fullCases(): Case[] {
	const posts = sourcePosts();
	return [...ownCases(posts), ...engineCases(), ...crossCases(posts)];
}

/** Hash of every case, in the order given (or reversed); `dump` receives each case's canonical JSON. */
export function hashCases(
	cases: Case[],
	opts: { reverse?: boolean; dump?: (key: string, json: string) => void } = {}
): Map<string, { group: string; hash: string }> {
	const order = opts.reverse ? [...cases].reverse() : cases;
	const got = new Map<string, { group: string; hash: string }>();
	for (const c of order) {
		const json = canonical(c.run());
		opts.dump?.(c.key, json);
		got.set(c.key, { group: c.group, hash: hash(json) });
	}
	return new Map(cases.map((c) => [c.key, got.get(c.key)!]));
}

/** One hash per group (the hashes of its cases in case order). */
export function groupHashes(hashes: Map<string, { group: string; hash: string }>) {
	const groups: Record<string, string[]> = {};
	for (const { group, hash: h } of hashes.values()) (groups[group] ??= []).push(h);
	return Object.fromEntries(
		Object.entries(groups).map(([g, hs]) => [g, `${hs.length}:${hash(hs.join(''))}`])
	);
}

async function main() {
	const args = process.argv.slice(2);
	const write = args.includes('--write');
	const reverse = args.includes('--reverse');
	const dumpAt = args.indexOf('--dump');
	const lines: string[] = [];
	const t0 = performance.now();
	const cases = fullCases();
	const hashes = hashCases(cases, {
		reverse,
		dump: dumpAt >= 0 ? (key, json) => lines.push(`${key}\t${json}`) : undefined
	});
	const ms = performance.now() - t0;
	// (line by line: the whole dump is larger than the longest string V8 allows)
	if (dumpAt >= 0) {
		const fd = openSync(args[dumpAt + 1], 'w');
		for (const line of lines.sort()) writeSync(fd, line + '\n');
		closeSync(fd);
	}
	const groups = groupHashes(hashes);
	const small = Object.fromEntries(
		[...hashes].filter(([k]) => !k.startsWith('cross:')).map(([k, v]) => [k, v.hash])
	);
	if (write) {
		writeFileSync(FULL_FIXTURE, JSON.stringify({ cases: cases.length, groups }, null, '\t') + '\n');
		writeFileSync(SMALL_FIXTURE, JSON.stringify(small, null, '\t') + '\n');
		console.log(
			`wrote ${cases.length} cases (${Object.keys(groups).length} groups) in ${ms.toFixed(0)} ms`
		);
		return;
	}
	const want = JSON.parse(readFileSync(FULL_FIXTURE, 'utf8')) as {
		cases: number;
		groups: Record<string, string>;
	};
	const bad = Object.keys({ ...want.groups, ...groups }).filter(
		(g) => want.groups[g] !== groups[g]
	);
	const wantSmall = JSON.parse(readFileSync(SMALL_FIXTURE, 'utf8')) as Record<string, string>;
	const badCases = Object.keys({ ...wantSmall, ...small }).filter((k) => wantSmall[k] !== small[k]);
	console.log(
		`${cases.length} cases in ${ms.toFixed(0)} ms${reverse ? ' (reverse order)' : ''}: ` +
			(bad.length ? `${bad.length} groups differ` : 'all groups identical')
	);
	for (const g of bad) console.log(`  differs: ${g} (want ${want.groups[g]}, got ${groups[g]})`);
	for (const k of badCases.slice(0, 30)) console.log(`  case differs: ${k}`);
	if (bad.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
