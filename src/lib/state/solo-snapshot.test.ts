/** A solo run reopened from its saved world equals the run replayed from its log; an unusable saved world
 * (damaged, stale, another engine, scenario or seed) is ignored, and storage limits never cost a run. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileScenario } from '$lib/scenario/index';
import type { Scenario } from '$lib/scenario/types';
import { createState, replay, stepInPlace } from '$lib/core/engine';
import type { Input } from '$lib/core/types';
import { variedSession } from '../../../tests/fixtures/sessions';
import { loadSnapshot, saveSnapshot, SNAP_MAX_CHARS, SNAP_RUNS } from './solo-snapshot';
import { rebuild, replayerFor, SoloSession } from './solo-session.svelte';
import { listRuns, saveRun, type SavedSession } from './solo-runs';

/** localStorage as a browser has it, with a quota in characters (keys and values). */
class FakeStorage {
	map = new Map<string, string>();
	constructor(public quota = Infinity) {}
	get length() {
		return this.map.size;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		let used = k.length + v.length;
		for (const [x, y] of this.map) if (x !== k) used += x.length + y.length;
		if (used > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.map.set(k, String(v));
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}
let storage: FakeStorage;
beforeEach(() => {
	storage = new FakeStorage();
	(globalThis as { localStorage?: unknown }).localStorage = storage;
});

const compile = (f: string) =>
	compileScenario(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario as Scenario;
const json = (x: unknown) => JSON.stringify(x);
const saved = (scenario: Scenario, seed: number, log: Input[], t: number): SavedSession => ({
	version: 1,
	scenarioId: scenario.id,
	seed,
	log,
	t,
	speed: 1,
	runId: 'r1'
});

/** Save the log's own world (its entries only, as the session does) after every `every` entries; return the
 * time reached when the run was left (a little after the last entry). */
function playAndSave(scenario: Scenario, seed: number, log: Input[], every: number) {
	const state = createState(scenario, seed);
	for (const [i, input] of log.entries()) {
		stepInPlace(scenario, state, input);
		if (i % every === every - 1) saveSnapshot(scenario, 'r1', log, i + 1, state);
	}
	return state.t + 95;
}

describe('solo snapshots', () => {
	it.each(readdirSync('scenarios').filter((f) => f.endsWith('.yaml')))(
		'%s: a run reopened from its saved world equals the run replayed from its log',
		(file) => {
			const scenario = compile(file);
			for (const seed of [2, 17]) {
				const log = variedSession(scenario, 30, { seed, end: false });
				const t = playAndSave(scenario, seed, log, 7);
				const got = rebuild(scenario, saved(scenario, seed, log, t));
				expect(json(got)).toBe(json(replay(scenario, seed, [...log, { kind: 'tick', t }]).state));
				// resumed: the replayer (used to replay from the start) was never asked
				expect(replayerFor(scenario, seed).size).toBe(0);
			}
		}
	);

	it('ignores a damaged, stale or foreign saved world and rebuilds from the log', () => {
		const scenario = compile('quake-consulate-rumour.yaml');
		const log = variedSession(scenario, 24, { seed: 4, end: false });
		const t = playAndSave(scenario, 4, log, 24);
		const key = [...storage.map.keys()].find((k) => k.startsWith('ddsim:snap:'))!;
		const good = storage.map.get(key)!;
		const fresh = json(replay(scenario, 4, [...log, { kind: 'tick', t }]).state);
		const [head, body] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];
		const h = JSON.parse(head);
		const first = log.findIndex((i) => i.kind === 'post');
		const edited = log.map((i, k) => (k === first ? { ...i, text: 'other' } : i));
		const cases: [string, string, Input[], Scenario, number][] = [
			['truncated', good.slice(0, good.length - 500), log, scenario, 4],
			[
				'one character changed',
				`${head}\n${body.replace('"feed":[{', '"feed":[ {')}`,
				log,
				scenario,
				4
			],
			['another engine', `${json({ ...h, engine: 'e-old' })}\n${body}`, log, scenario, 4],
			['another format', `${json({ ...h, v: 0 })}\n${body}`, log, scenario, 4],
			['not JSON', 'garbage', log, scenario, 4],
			['the log was changed before it', good, log.map((i) => i), scenario, 5],
			['an entry edited', good, edited, scenario, 4],
			['the scenario was edited', good, log, { ...scenario, title: `${scenario.title}!` }, 4]
		];
		for (const [why, raw, l, sc, seed] of cases) {
			storage.map.set(key, raw);
			expect(loadSnapshot(sc, 'r1', seed, l), why).toBeUndefined();
			if (sc === scenario && seed === 4 && l === log)
				expect(json(rebuild(sc, saved(sc, seed, l, t))), why).toBe(fresh);
		}
		storage.map.set(key, good);
		expect(loadSnapshot(scenario, 'r1', 4, log)?.n).toBe(24);
		// an input logged before the saved world's time cannot follow it
		const back = [...log, { kind: 'tick', t: 60 } as Input];
		expect(loadSnapshot(scenario, 'r1', 4, back)).toBeUndefined();
	});

	it('keeps worlds for the latest runs only, and gives way to the logs when storage is short', () => {
		const scenario = compile('quake-consulate-rumour.yaml');
		const state = replay(scenario, 1, variedSession(scenario, 10, { end: false })).state;
		for (let r = 0; r < SNAP_RUNS + 2; r++) saveSnapshot(scenario, `r${r}`, [], 0, state);
		const snaps = [...storage.map.keys()].filter((k) => /^ddsim:snap:.+:r\d$/.test(k));
		expect(snaps.sort()).toEqual(
			Array.from({ length: SNAP_RUNS }, (_, i) => `ddsim:snap:${scenario.id}:r${i + 2}`)
		);
		// storage nearly full of worlds: a run's log still saves (the worlds go)
		storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
		const run = { ...saved(scenario, 1, [{ kind: 'tick', t: 60 }], 60), runId: 'big' };
		saveRun(run, { seed: 1, exam: false, createdAt: 'x', t: 60, ended: false, posts: 0 });
		expect(listRuns(scenario.id).map((r) => r.runId)).toEqual(['big']);
		expect([...storage.map.keys()].some((k) => k.startsWith('ddsim:snap:'))).toBe(false);
		// short of room, the run being saved takes the place of the other runs' worlds
		for (const r of ['a', 'b']) saveSnapshot(scenario, r, [], 0, state);
		storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
		expect(saveSnapshot(scenario, 'c', [], 0, state)).toBe(true);
		expect([...storage.map.keys()].filter((k) => k.startsWith('ddsim:snap:'))).toEqual([
			`ddsim:snap:${scenario.id}:c`
		]);
		// a world that does not fit is not kept, and leaves nothing half-written
		storage.map.delete(`ddsim:snap:${scenario.id}:c`);
		storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 1000;
		expect(saveSnapshot(scenario, 'r9', [], 0, state)).toBe(false);
		expect(storage.map.has(`ddsim:snap:${scenario.id}:r9`)).toBe(false);
		expect(SNAP_MAX_CHARS).toBeGreaterThan(json(state).length);
	});

	it('a session played live (clock ticks between posts) reopens as its log replays, then resumes', () => {
		// askstate-live-qa, seed 2: a gaffe's wave quote due at 09:51 and a scripted post at 10:00 — the clock's
		// ticks publish the quote first, a replay the scripted post first (docs/simulation.md).
		const scenario = compile('askstate-live-qa.yaml');
		const run = { ...saved(scenario, 2, [], 0), runId: 'live', createdAt: 'x' };
		const a = new SoloSession(scenario, run);
		a.setSpeed(20);
		a.play();
		const start = Date.now();
		const at = (t: number) => start + (t * 1000) / 20;
		const log = variedSession(scenario, 12, { seed: 2, end: false }).filter(
			(i) => i.kind === 'post' && !i.replyTo && !i.threadOf
		);
		for (const p of log) {
			for (let t = a.state.t + 47; t < p.t; t += 47) a.tick(at(t));
			a.tick(at(p.t));
			if (p.kind === 'post') a.publish(p.text);
		}
		a.finish();
		// the end saves its world in later tasks (no long task at Max); leaving the page writes it at once
		a.detach();
		const want = replay(scenario, 2, [...a.log, { kind: 'tick', t: a.state.t }]).state;
		// the live state itself differs (that is why the saved world is the log's, not the live one)
		expect(json(a.state)).not.toBe(json(want));
		const b = new SoloSession(scenario, a.saved());
		expect(json(b.state)).toBe(json(want));
		expect(replayerFor(scenario, 2).size).toBe(0);
		// played on and reopened again: still the log's world
		const c = new SoloSession(scenario, b.saved());
		expect(json(c.state)).toBe(json(want));
	});
	it('the end of a run saves its world in later short tasks, without leaving the page', async () => {
		const scenario = compile('askstate-live-qa.yaml');
		const run = { ...saved(scenario, 3, [], 0), runId: 'later', createdAt: 'x' };
		const a = new SoloSession(scenario, run);
		for (const p of variedSession(scenario, 8, { seed: 3, end: false }).filter(
			(i) => i.kind === 'post' && !i.replyTo && !i.threadOf
		)) {
			a.tick(Date.now() + 1);
			if (p.kind === 'post') a.publish(p.text);
		}
		a.finish();
		expect(loadSnapshot(scenario, 'later', 3, a.log)).toBeUndefined();
		for (let i = 0; i < 200 && !loadSnapshot(scenario, 'later', 3, a.log); i++)
			await new Promise((r) => setTimeout(r, 5));
		expect(loadSnapshot(scenario, 'later', 3, a.log)?.n).toBe(a.log.length);
	});
});
