/**
 * The assessment yardstick (issue 11): whole runs on the shipped scenarios, written as a press officer would
 * write them, with orderings and absolute constraints a reviewer would sign. This module reads the run files
 * (tests/assessment/runs/*.yaml, format in tests/assessment/README.md), checks them for authoring mistakes,
 * replays each run through the real engine and reads the figures the checks compare.
 *
 * Nothing here knows how scoring works: a run is inputs in, a report out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { parseTime } from '../../src/lib/scenario/time.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { replay } from '../../src/lib/core/engine.ts';
import { reportFor } from '../../src/lib/core/headless.ts';
import type { SessionState } from '../../src/lib/core/state.ts';
import type { Input } from '../../src/lib/core/types.ts';
import type { ExerciseReport, Rating } from '../../src/lib/scoring/types.ts';

export const RUNS_DIR = 'tests/assessment/runs';

export type Step =
	| { kind: 'post'; at: number; id: string; text: string; replyTo?: string }
	| { kind: 'delete'; at: number; post: string }
	| { kind: 'end'; at: number };

export interface Run {
	/** "<file>#<name>", unique over all files. */
	key: string;
	file: string;
	name: string;
	about: string;
	scenario: Scenario;
	seed: number;
	steps: Step[];
}

export interface Ordering {
	file: string;
	name: string;
	why: string;
	figures: string[];
	/** Strict (>) from the first run to the last, or ≥ when `ties` is true. */
	chain: string[];
	ties: boolean;
	/** Known to fail until the named work lands (the test then asserts that it still fails). */
	pending?: string;
}

export type Op = 'equals' | 'at_most' | 'at_least' | 'below' | 'above';
export interface Constraint {
	file: string;
	name: string;
	why: string;
	run: string;
	figure: string;
	op: Op;
	value: number | Rating;
	/** Known to fail until the named work lands (the test then asserts that it still fails). */
	pending?: string;
}

export interface Table {
	runs: Map<string, Run>;
	orderings: Ordering[];
	constraints: Constraint[];
	/** Authoring mistakes in the run files (file: message); the suite fails on any. */
	problems: string[];
	scenarios: Map<string, Scenario>;
}

const OPS: Op[] = ['equals', 'at_most', 'at_least', 'below', 'above'];
export const RATING_RANK: Record<Rating, number> = { U: 0, M: 1, S: 2, P: 3 };
const isRating = (v: unknown): v is Rating => v === 'P' || v === 'S' || v === 'M' || v === 'U';

export function loadScenario(id: string): Scenario {
	const file = `scenarios/${id}.yaml`;
	const { scenario, diagnostics } = compileScenario(readFileSync(file, 'utf8'), file);
	if (!scenario) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
	return scenario;
}

type RawStep = {
	at?: unknown;
	text?: unknown;
	id?: unknown;
	reply_to?: unknown;
	delete?: unknown;
	end?: unknown;
};
type RawRun = { about?: unknown; base?: unknown; end_at?: unknown; steps?: unknown };

/** Read every run file. Problems are collected, never thrown, so one typo names itself in the output. */
export function loadTable(dir = RUNS_DIR): Table {
	const table: Table = {
		runs: new Map(),
		orderings: [],
		constraints: [],
		problems: [],
		scenarios: new Map()
	};
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()) {
		const where = `${dir}/${file}`;
		const bad = (m: string) => table.problems.push(`${where}: ${m}`);
		let doc: Record<string, unknown>;
		try {
			doc = parse(readFileSync(where, 'utf8'), { merge: true }) ?? {};
		} catch (e) {
			bad(`not valid YAML: ${(e as Error).message.split('\n')[0]}`);
			continue;
		}
		const id = String(doc?.scenario ?? '');
		let scenario = table.scenarios.get(id);
		if (!scenario) {
			try {
				scenario = loadScenario(id);
				table.scenarios.set(id, scenario);
			} catch (e) {
				bad(`scenario '${id}': ${(e as Error).message}`);
				continue;
			}
		}
		const seed = typeof doc.seed === 'number' ? doc.seed : scenario.seed;
		const raw = (doc.runs ?? {}) as Record<string, RawRun>;
		const built = new Map<string, Step[]>();
		const build = (name: string, seen: string[] = []): Step[] | undefined => {
			if (built.has(name)) return built.get(name);
			const r = raw[name];
			if (!r) return (bad(`run '${name}' is not defined`), undefined);
			if (seen.includes(name)) return (bad(`run '${name}' extends itself`), undefined);
			let steps: Step[] = [];
			if (r.base !== undefined) {
				const b = build(String(r.base), [...seen, name]);
				if (!b) return undefined;
				steps = b.filter((s) => s.kind !== 'end');
			}
			const own = Array.isArray(r.steps) ? (r.steps as RawStep[]) : [];
			if (r.steps !== undefined && !Array.isArray(r.steps))
				bad(`run '${name}': steps must be a list`);
			own.forEach((s, i) => {
				const step = readStep(s, scenario!, (m) => bad(`run '${name}' step ${i + 1}: ${m}`));
				if (step) steps.push(step);
			});
			if (r.end_at !== undefined) {
				const at = parseTime(String(r.end_at));
				if (at === undefined) bad(`run '${name}': end_at '${String(r.end_at)}' is not a time`);
				else steps = [...steps.filter((s) => s.at < at), { kind: 'end', at }];
			}
			steps = [...steps].sort((a, b) => a.at - b.at);
			built.set(name, steps);
			return steps;
		};
		for (const [name, r] of Object.entries(raw)) {
			const unnumbered = build(name);
			if (!unnumbered) continue;
			const steps = numberPosts(unnumbered);
			checkSteps(steps, scenario, (m) => bad(`run '${name}': ${m}`));
			const key = `${file.replace(/\.yaml$/, '')}#${name}`;
			table.runs.set(key, {
				key,
				file,
				name,
				about: typeof r.about === 'string' ? r.about.trim() : '',
				scenario,
				seed,
				steps
			});
		}
		const local = (n: unknown) => `${file.replace(/\.yaml$/, '')}#${String(n)}`;
		for (const o of (doc.orderings ?? []) as Record<string, unknown>[]) {
			const chain = Array.isArray(o.chain) ? o.chain.map(local) : [];
			const figures = Array.isArray(o.figures) ? o.figures.map(String) : ['overall'];
			const name = String(o.name ?? chain.join(' > '));
			if (chain.length < 2) bad(`ordering '${name}': a chain needs two runs or more`);
			for (const k of chain) if (!raw[k.split('#')[1]]) bad(`ordering '${name}': unknown run ${k}`);
			for (const f of figures) checkFigure(f, scenario, (m) => bad(`ordering '${name}': ${m}`));
			table.orderings.push({
				file,
				name,
				why: String(o.why ?? '').trim(),
				figures,
				chain,
				ties: o.ties === true,
				...(typeof o.pending === 'string' ? { pending: o.pending } : {})
			});
		}
		for (const c of (doc.constraints ?? []) as Record<string, unknown>[]) {
			const op = OPS.find((x) => x in c);
			const name = typeof c.name === 'string' ? c.name : '';
			const label = `constraint on ${String(c.run)} ${String(c.figure)}`;
			if (!op) {
				bad(`${label}: give one of ${OPS.join(', ')}`);
				continue;
			}
			const value = c[op] as number | Rating;
			if (!raw[String(c.run)]) bad(`${label}: unknown run '${String(c.run)}'`);
			checkFigure(String(c.figure), scenario, (m) => bad(`${label}: ${m}`));
			if (isRatingFigure(String(c.figure)) !== isRating(value))
				bad(
					`${label}: ${String(c.figure)} must be compared with ${isRatingFigure(String(c.figure)) ? 'a rating (P/S/M/U)' : 'a number'}, not ${String(value)}`
				);
			table.constraints.push({
				file,
				name,
				why: String(c.why ?? '').trim(),
				run: local(c.run),
				figure: String(c.figure),
				op,
				value,
				...(typeof c.pending === 'string' ? { pending: c.pending } : {})
			});
		}
	}
	return table;
}

function readStep(s: RawStep, scenario: Scenario, bad: (m: string) => void): Step | undefined {
	const at = parseTime(String(s?.at ?? ''));
	if (at === undefined)
		return (bad(`"at" must be a time like "00:45" (got ${String(s?.at)})`), undefined);
	if (at > scenario.duration)
		return (bad(`at ${String(s.at)} is after the scenario ends`), undefined);
	if (s.end === true) return { kind: 'end', at };
	if (s.delete !== undefined) return { kind: 'delete', at, post: String(s.delete) };
	if (typeof s.text !== 'string')
		return (bad('a step needs "text", "delete: <post id>" or "end: true"'), undefined);
	if (s.reply_to !== undefined && !scenario.events.some((e) => e.id === s.reply_to))
		return (bad(`reply_to '${String(s.reply_to)}' is no event of ${scenario.id}`), undefined);
	return {
		kind: 'post',
		at,
		id: typeof s.id === 'string' ? s.id : '',
		text: s.text.trim(),
		...(s.reply_to !== undefined ? { replyTo: String(s.reply_to) } : {})
	};
}

/** A post without an explicit id is p<n>, n its place among the run's posts in time order (as in
 * `ddsim score`). */
function numberPosts(steps: Step[]): Step[] {
	let n = 0;
	return steps.map((s) => (s.kind === 'post' ? (n++, { ...s, id: s.id || `p${n}` }) : s));
}

function checkSteps(steps: Step[], scenario: Scenario, bad: (m: string) => void) {
	const limit = scenario.platforms.find(
		(x) => x.id === scenario.trainee.account.platform
	)?.charLimit;
	const ids = new Set<string>();
	for (const s of steps) {
		if (s.kind === 'post') {
			if (ids.has(s.id)) bad(`two posts have the id '${s.id}'`);
			if (scenario.events.some((e) => e.id === s.id))
				bad(
					`post id '${s.id}' is also an event id of ${scenario.id} (the engine would drop the post)`
				);
			ids.add(s.id);
			const len = [...s.text].length;
			if (limit && len > limit)
				bad(
					`post ${s.id} has ${len} characters; ${scenario.id} allows ${limit} (fix the post, not the test)`
				);
		} else if (s.kind === 'delete' && !ids.has(s.post))
			bad(`delete '${s.post}' before that post exists`);
	}
	if (steps.filter((s) => s.kind === 'end').length > 1) bad('more than one end step');
}

const FIGURE =
	/^(overall|rating|fired:[a-z0-9-]+|criterion:[a-z-]+|objective:(\*|[a-z0-9-]+)(\.rating)?|post:[a-z0-9-]+(\.rating)?)$/;
export const isRatingFigure = (f: string) => f === 'rating' || f.endsWith('.rating');

function checkFigure(f: string, scenario: Scenario, bad: (m: string) => void) {
	if (!FIGURE.test(f))
		return bad(
			`figure '${f}' is not overall | rating | criterion:<id> | objective:<id>[.rating] | post:<id>[.rating] | fired:<event>`
		);
	const [kind, rest] = f.split(':');
	const id = rest?.replace(/\.rating$/, '');
	if (kind === 'objective' && id !== '*' && !scenario.objectives.some((o) => o.id === id))
		bad(`figure '${f}': ${scenario.id} has no objective '${id}'`);
	if (kind === 'fired' && !scenario.events.some((e) => e.id === id))
		bad(`figure '${f}': ${scenario.id} has no event '${id}'`);
}

// ---------- playing a run ----------

export interface Played {
	run: Run;
	state: SessionState;
	report: ExerciseReport;
}

/** The engine inputs of a run: its posts, deletes and end (the end of the scenario when none is given). */
export function inputsOf(run: Run): Input[] {
	const log: Input[] = run.steps.map((s): Input => {
		if (s.kind === 'post')
			return {
				kind: 'post',
				t: s.at,
				id: s.id,
				text: s.text,
				...(s.replyTo ? { replyTo: s.replyTo } : {})
			};
		if (s.kind === 'delete') return { kind: 'delete', t: s.at, postId: s.post };
		return { kind: 'end', t: s.at };
	});
	if (!run.steps.some((s) => s.kind === 'end')) log.push({ kind: 'end', t: run.scenario.duration });
	return log;
}

const cache = new Map<string, Played>();
export function play(run: Run): Played {
	let p = cache.get(run.key);
	if (!p) {
		const { state } = replay(run.scenario, run.seed, inputsOf(run));
		p = { run, state, report: reportFor(run.scenario, state) };
		cache.set(run.key, p);
	}
	return p;
}

/** One figure of a played run (report figures, or `fired:<event>` from the engine's state);
 * `objective:*` gives one value per objective (see `expand`). */
export function figure(p: Played, f: string): number | Rating | undefined {
	const r = p.report;
	if (f === 'overall') return r.overall;
	if (f === 'rating') return r.rating;
	const [kind, rest] = f.split(':');
	const wantRating = rest.endsWith('.rating');
	const id = rest.replace(/\.rating$/, '');
	if (kind === 'criterion') return r.criteria.find((c) => c.id === id)?.score;
	// The simulation's side of the story: did a scripted event fire (1) or not (0)?
	if (kind === 'fired') return p.state.fired.some((e) => e.id === id) ? 1 : 0;
	if (kind === 'objective') {
		const o = r.objectives.find((x) => x.id === id);
		return wantRating ? o?.rating : o?.score;
	}
	const s = r.posts.find((x) => x.postId === id);
	return wantRating ? s?.rating : s?.overall;
}

/** `objective:*[.rating]` → one figure per objective of the scenario. */
export function expand(f: string, scenario: Scenario | undefined): string[] {
	if (!f.startsWith('objective:*') || !scenario) return [f];
	return scenario.objectives.map((o) => f.replace('*', o.id));
}

export function compare(a: number | Rating, op: Op, b: number | Rating): boolean {
	const x = isRating(a) ? RATING_RANK[a] : a;
	const y = isRating(b) ? RATING_RANK[b] : (b as number);
	switch (op) {
		case 'equals':
			return x === y;
		case 'at_most':
			return x <= y;
		case 'at_least':
			return x >= y;
		case 'below':
			return x < y;
		case 'above':
			return x > y;
	}
}
