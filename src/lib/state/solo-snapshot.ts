/**
 * A solo run's latest world, kept beside its log in localStorage, so that reopening the run (a page reload,
 * the debrief) resumes from it and applies only the inputs logged after it instead of replaying from 00:00.
 * The log stays the record: a snapshot is used only when everything about it checks out — this format, the
 * engine that made it (core/version.ts), the very scenario (a fingerprint of the compiled scenario: a custom
 * scenario edited under the same id does not match), the seed, the log entries it contains (a hash of them),
 * a checksum of its text, and inputs after it that do not go back before its time. Anything else (damaged,
 * stale, from another version) is ignored and the run is rebuilt from its log, never lost.
 *
 * Size: a world is ~3–4 KB per post of the trainee (most of it the feed and the scores), so snapshots are
 * kept for the SNAP_RUNS most recently saved runs only, each under SNAP_MAX_CHARS; when the browser's storage
 * is short, snapshots go first (saveRun drops them before it gives up on a run's log).
 *
 * Stored as one key per run: a JSON header line, a newline, then the state's JSON text.
 */
import type { Scenario } from '$lib/scenario/types';
import type { SessionState } from '$lib/core/state';
import type { Input } from '$lib/core/types';
import { ENGINE_VERSION } from '$lib/core/version';

const FORMAT = 1;
/** Runs that keep a snapshot (the ones a trainee is most likely to reopen). */
export const SNAP_RUNS = 3;
/** Characters a snapshot may take (a 360-post run at its end is ~1.6 M). */
export const SNAP_MAX_CHARS = 2_500_000;

const PREFIX = 'ddsim:snap:';
const KEY = (scenarioId: string, runId: string) => `${PREFIX}${scenarioId}:${runId}`;
const ORDER = 'ddsim:snaps';

interface Header {
	v: number;
	engine: string;
	scenario: string;
	seed: number;
	/** Log entries the state contains. */
	n: number;
	/** Hash of those entries' JSON. */
	log: string;
	t: number;
	/** Hash of the state's JSON text. */
	sum: string;
}

/** FNV-1a, 32 bits, over UTF-16 code units: a checksum against damage, not a defence against forgery. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36) + ':' + text.length.toString(36);
}

const fingerprints = new WeakMap<Scenario, string>();
function fingerprint(scenario: Scenario): string {
	let f = fingerprints.get(scenario);
	if (f === undefined) fingerprints.set(scenario, (f = hash(JSON.stringify(scenario))));
	return f;
}

const logHash = (log: Input[], n: number) => hash(JSON.stringify(log.slice(0, n)));

function order(): string[] {
	try {
		const v = JSON.parse(localStorage.getItem(ORDER) ?? '[]');
		return Array.isArray(v) ? v.filter((k) => typeof k === 'string' && k.startsWith(PREFIX)) : [];
	} catch {
		return [];
	}
}

/**
 * Keep `state`, the world after the first `n` entries of `log` (and nothing else: no clock ticks between or
 * after them, so that it is exactly what `replay` gives for them), as the run's snapshot. Never throws: a
 * snapshot that does not fit is simply not kept.
 */
export function saveSnapshot(
	scenario: Scenario,
	runId: string,
	log: Input[],
	n: number,
	state: SessionState
): boolean {
	return saveSnapshotText(scenario, runId, log, n, state, JSON.stringify(state));
}

/** `saveSnapshot` with the state's JSON text already made (`text` must be `JSON.stringify(state)`). */
export function saveSnapshotText(
	scenario: Scenario,
	runId: string,
	log: Input[],
	n: number,
	state: Pick<SessionState, 'seed' | 't'>,
	text: string
): boolean {
	const key = KEY(scenario.id, runId);
	try {
		if (text.length > SNAP_MAX_CHARS) {
			dropSnapshot(scenario.id, runId);
			return false;
		}
		const header: Header = {
			v: FORMAT,
			engine: ENGINE_VERSION,
			scenario: fingerprint(scenario),
			seed: state.seed,
			n,
			log: logHash(log, n),
			t: state.t,
			sum: hash(text)
		};
		const value = `${JSON.stringify(header)}\n${text}`;
		const keep = [key, ...order().filter((k) => k !== key)];
		for (const old of keep.splice(SNAP_RUNS)) localStorage.removeItem(old);
		localStorage.setItem(ORDER, JSON.stringify(keep));
		try {
			localStorage.setItem(key, value);
		} catch {
			// Storage short: the other runs' worlds make room for this one (the run being played).
			for (const old of keep.slice(1)) localStorage.removeItem(old);
			localStorage.setItem(ORDER, JSON.stringify([key]));
			localStorage.setItem(key, value);
		}
		return true;
	} catch {
		// Still no room: this snapshot (and any half-written one) goes; the log is what matters.
		try {
			localStorage.removeItem(key);
		} catch {
			/* nothing more to do */
		}
		return false;
	}
}

/** The run's snapshot if it is usable for this saved log: the state, how many log entries it holds, and its
 * JSON text. */
export function loadSnapshot(
	scenario: Scenario,
	runId: string,
	seed: number,
	log: Input[]
): { state: SessionState; n: number; text: string } | undefined {
	let raw: string | null;
	try {
		raw = localStorage.getItem(KEY(scenario.id, runId));
	} catch {
		return undefined;
	}
	if (!raw) return undefined;
	try {
		const nl = raw.indexOf('\n');
		const h = JSON.parse(raw.slice(0, nl)) as Header;
		const text = raw.slice(nl + 1);
		if (
			nl < 0 ||
			h.v !== FORMAT ||
			h.engine !== ENGINE_VERSION ||
			h.scenario !== fingerprint(scenario) ||
			h.seed !== seed ||
			!Number.isInteger(h.n) ||
			h.n < 0 ||
			h.n > log.length ||
			h.log !== logHash(log, h.n) ||
			h.sum !== hash(text) ||
			log.slice(h.n).some((i) => i.t < h.t)
		)
			return undefined;
		const state = JSON.parse(text) as SessionState;
		if (
			!state ||
			state.scenarioId !== scenario.id ||
			state.seed !== seed ||
			state.t !== h.t ||
			!Array.isArray(state.feed) ||
			!Array.isArray(state.posts) ||
			!Array.isArray(state.engagement) ||
			typeof state.spread !== 'object' ||
			typeof state.mood !== 'object'
		)
			return undefined;
		return { state, n: h.n, text };
	} catch {
		return undefined;
	}
}

export function dropSnapshot(scenarioId: string, runId: string) {
	try {
		const key = KEY(scenarioId, runId);
		localStorage.removeItem(key);
		const rest = order().filter((k) => k !== key);
		localStorage.setItem(ORDER, JSON.stringify(rest));
	} catch {
		/* storage unavailable */
	}
}

/** Remove every snapshot (storage is short: the runs' logs come first). */
export function dropAllSnapshots() {
	try {
		const keys: string[] = [];
		for (let i = 0; i < localStorage.length; i++) {
			const k = localStorage.key(i);
			if (k?.startsWith(PREFIX)) keys.push(k);
		}
		for (const k of keys) localStorage.removeItem(k);
		localStorage.removeItem(ORDER);
	} catch {
		/* storage unavailable */
	}
}
