/** Writing a solo run's world beside its log (solo-snapshot.ts) in short slices, off the page's frames. */
import type { Scenario } from '$lib/scenario/types';
import { createState, stepInPlace } from '$lib/core/engine';
import type { Input } from '$lib/core/types';
import type { SessionState } from '$lib/core/state';
import { Replayer } from '$lib/core/snapshots';
import { loadSnapshot, saveSnapshotText } from './solo-snapshot';
import type { SavedSession } from './solo-runs';

/** The world after the first `n` log entries (no ticks), as JSON: what the next saved world starts from. */
export interface Base {
	text: string;
	n: number;
}

/** Longest slice of work a saved world takes before it lets the page render (ms). */
export const SLICE_MS = 8;

/** Run `fn` when the browser is idle (soon in any case), or in a later task. */
export function later(fn: () => void) {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
	else setTimeout(fn, 0);
}

/**
 * Writes the log's world beside the run (solo-snapshot.ts), yielding whenever `sliceMs` of work were done: from
 * `base` (the world after its first `n` entries, as JSON) or the start, apply the rest of the log's entries,
 * then store the world as text in a step of its own. Returns the new base.
 */
export function* worldWriter(
	scenario: Scenario,
	seed: number,
	runId: string,
	log: readonly Input[],
	base: Base | undefined,
	sliceMs: number
): Generator<void, Base, void> {
	let t0 = performance.now();
	const state = base ? (JSON.parse(base.text) as SessionState) : createState(scenario, seed);
	for (let i = base?.n ?? 0; i < log.length; i++) {
		if (performance.now() - t0 >= sliceMs) {
			yield;
			t0 = performance.now();
		}
		stepInPlace(scenario, state, log[i]);
	}
	const text = JSON.stringify(state);
	yield;
	saveSnapshotText(scenario, runId, log as Input[], log.length, state, text);
	return { text, n: log.length };
}

const replayers = new WeakMap<Scenario, Map<number, Replayer>>();

/** One replayer per scenario and seed in this page: the debrief's rebuild leaves snapshots that every
 * what-if and a second look at the run resume from (core/snapshots.ts), instead of replaying from 00:00. */
export function replayerFor(scenario: Scenario, seed: number): Replayer {
	let bySeed = replayers.get(scenario);
	// not reactive state: a cache the page never renders

	if (!bySeed) replayers.set(scenario, (bySeed = new Map()));
	let r = bySeed.get(seed);
	if (!r) {
		if (bySeed.size >= 4) bySeed.clear();
		bySeed.set(seed, (r = new Replayer(scenario, seed, { max: 8 })));
	}
	return r;
}

/**
 * The world a saved run's log gives (its entries only: no clock tick after them), and that world as JSON text.
 * It resumes from the run's saved world when that is usable (solo-snapshot.ts) and applies only the entries
 * logged after it; otherwise it replays the log and saves the world it reaches, so the next reload resumes.
 * Throws EngineError on a log it cannot apply.
 */
export function reopen(
	scenario: Scenario,
	saved: SavedSession
): { state: SessionState; base?: Base } {
	const snap = saved.runId ? loadSnapshot(scenario, saved.runId, saved.seed, saved.log) : undefined;
	if (snap) {
		try {
			for (const input of saved.log.slice(snap.n)) stepInPlace(scenario, snap.state, input);
			return { state: snap.state, base: { text: snap.text, n: snap.n } };
		} catch {
			/* replayed from the start below, which says what is wrong */
		}
	}
	const { state } = replayerFor(scenario, saved.seed).replay(saved.log);
	if (!saved.runId) return { state };
	const text = JSON.stringify(state);
	saveSnapshotText(scenario, saved.runId, saved.log, saved.log.length, state, text);
	return { state, base: { text, n: saved.log.length } };
}

/** Rebuild a saved run's state at its time (also used by the debrief and the run history). */
export function rebuild(scenario: Scenario, saved: SavedSession): SessionState {
	const { state } = reopen(scenario, saved);
	stepInPlace(scenario, state, { kind: 'tick', t: saved.t });
	return state;
}
