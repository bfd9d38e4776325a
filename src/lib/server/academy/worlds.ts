/**
 * Each participant's world (a trainee, or a team sharing one account), held in memory and rebuilt from the
 * event log on demand: the world is `replay(scenario, seed, inputs for this participant)`, so a restarted
 * server (or another instance) reaches exactly the same state. The cache remembers the last event applied and
 * catches up from the log before every use.
 *
 * A world not in memory (evicted, another instance's, a restarted server) resumes from its persisted snapshot
 * (repo/snapshots.ts: the latest state saved, every SNAPSHOT_EVERY of scenario time, with the last input it
 * contains) and applies only the inputs logged after it — the state is the same, byte for byte, because the
 * engine's randomness is keyed by (seed, stream, time), never carried between inputs. A snapshot made by
 * another engine (core/version.ts) or that does not parse is ignored: the world is rebuilt from the log.
 */
import type { Queryable } from '../db/types.ts';
import { createState, stepInPlace } from '../../core/engine.ts';
import type { SessionState } from '../../core/state.ts';
import type { Input } from '../../core/types.ts';
import type { Exercise } from '../repo/exercises.ts';
import { eventsAfter } from '../repo/events.ts';
import { loadScenario, scenarioOf } from './scenarios.ts';
import type { EventPayload } from '../../academy/events.ts';
import { Lru } from '../lru.ts';
import { config } from '../config.ts';
import { loadSnapshot, saveSnapshot } from '../repo/snapshots.ts';
import { ENGINE_VERSION } from '../../core/version.ts';
import type { Scenario } from '../../scenario/types.ts';

interface World {
	state: SessionState;
	/** The last logged input applied. */
	seq: number;
	/** The log has been read for this world's inputs up to this event (inclusive). */
	checked?: number;
	/** A preview: how many clock ticks moved it on from the world. */
	ticks?: number;
}

/** Least-recently-used caps (DDSIM_WORLD_CACHE): a world is ~0.2–0.5 MB, and any evicted one is rebuilt from
 * the log. */
const worlds = new Lru<World>(config().worldCache);
/** The same worlds advanced further by clock ticks: never used to apply inputs to, only to look at. A tick
 * followed by an input at the same or a later time gives the same state as the input alone. */
const previews = new Lru<World>(config().worldCache);
const key = (exerciseId: string, participantId: string) => `${exerciseId}\u0000${participantId}`;
/** Scenario seconds a world moves on between two persisted snapshots. */
export const SNAPSHOT_EVERY = 20 * 60;
/** The scenario time of the snapshot persisted last for each world (or found when it was resumed). */
const persistedAt = new Lru<number>(4 * config().worldCache);

/** The inputs of one participant's world, in log order. */
export async function inputsOf(q: Queryable, exerciseId: string, participantId: string) {
	const rows = await eventsAfter(q, exerciseId, 0, ['all', participantId], ['input']);
	return rows.map((r) => ({
		seq: r.seq,
		input: (r.payload as EventPayload & { kind: 'input' }).input
	}));
}

/**
 * The participant's world with every logged input applied (time may be behind the clock). A caller that has
 * already seen the log up to event `seen` (a live stream) passes it: when the cached world was checked that
 * far, the log is not read again.
 */
export async function worldOf(
	q: Queryable,
	ex: Exercise,
	participantId: string,
	seen?: number
): Promise<World> {
	const scenario = await loadScenario(ex);
	const k = key(ex.id, participantId);
	const cached = worlds.get(k);
	if (cached && seen !== undefined && (cached.checked ?? cached.seq) >= seen) return cached;
	const w = cached ?? (await resume(q, ex, scenario, participantId));
	const rows = await eventsAfter(q, ex.id, w.seq, ['all', participantId], ['input']);
	// Inputs are applied in place to a state of our own: a copy of the cached world (callers may be reading
	// it), or the resumed one, which nobody else holds — one copy at most, never one per input.
	let { state } = w;
	if (rows.length && cached) state = structuredClone(state);
	for (const r of rows) stepInPlace(scenario, state, (r.payload as { input: Input }).input);
	const seq = rows.at(-1)?.seq ?? w.seq;
	const next: World = { state, seq, checked: Math.max(seq, seen ?? 0, w.checked ?? 0) };
	// Another request may have cached a newer world meanwhile (a post committed while we read).
	const now = worlds.get(k);
	if (!now || now.seq <= next.seq) worlds.set(k, next);
	const out = worlds.get(k)!;
	await persist(q, ex.id, participantId, out);
	return out;
}

/** A world not in memory: its persisted snapshot when one is usable, otherwise the start of the session. */
async function resume(
	q: Queryable,
	ex: Exercise,
	scenario: Scenario,
	participantId: string
): Promise<World> {
	const row = await loadSnapshot(q, ex.id, participantId);
	if (row && row.engine === ENGINE_VERSION && row.seq <= ex.lastSeq) {
		try {
			const state = JSON.parse(row.state) as SessionState;
			if (state?.scenarioId === scenario.id && state.seed === ex.seed && state.t === row.t) {
				persistedAt.set(key(ex.id, participantId), row.t);
				return { state, seq: row.seq };
			}
		} catch {
			/* a damaged snapshot: rebuilt from the log below */
		}
	}
	return { state: createState(scenario, ex.seed), seq: 0 };
}

/** Persist the world when it has moved SNAPSHOT_EVERY past the last snapshot (a cache write: a failure only
 * means the next rebuild starts further back). */
async function persist(q: Queryable, exerciseId: string, participantId: string, w: World) {
	const k = key(exerciseId, participantId);
	const last = persistedAt.peek(k) ?? 0;
	if (w.seq === 0 || w.state.t - last < SNAPSHOT_EVERY) return;
	persistedAt.set(k, w.state.t);
	try {
		await saveSnapshot(q, exerciseId, participantId, {
			engine: ENGINE_VERSION,
			seq: w.seq,
			t: w.state.t,
			state: JSON.stringify(w.state)
		});
	} catch {
		/* see above */
	}
}

/**
 * A live stream of this participant has read the log through event `through`, and the newest input among it
 * for this participant (or for all) is `lastInput`. A cached world that has applied that input is then known
 * to be current through `through`, so a post that finds the log no further on need not read it again.
 */
export function logSeen(
	exerciseId: string,
	participantId: string,
	through: number,
	lastInput: number
) {
	const w = worlds.peek(key(exerciseId, participantId));
	if (w && w.seq >= lastInput && (w.checked ?? w.seq) < through) w.checked = through;
}

/** Store a world computed inside a transaction, once that transaction has committed. */
export function remember(exerciseId: string, participantId: string, world: World) {
	const k = key(exerciseId, participantId);
	const cur = worlds.get(k);
	if (!cur || cur.seq <= world.seq) worlds.set(k, { ...world, checked: world.seq });
}

/**
 * The world advanced to scenario time `t` (signals, live views, the post about to be applied). The advanced
 * copy (the "preview") is kept and moved forward in place on later calls, so following the clock costs only
 * the minutes that pass, never a copy of the whole world. Callers read the result synchronously and must not
 * keep it across an `await` (the preview moves on); to change a world, `step` it (which copies).
 */
export async function worldAt(
	q: Queryable,
	ex: Exercise,
	participantId: string,
	t: number,
	seen?: number
) {
	const k = key(ex.id, participantId);
	const w = await worldOf(q, ex, participantId, seen);
	const p = previews.get(k);
	const usable = p && p.seq === w.seq && p.state.t >= w.state.t && p.state.t <= t;
	if (usable && (p.state.t >= t || p.state.ended)) return p;
	if (!usable && (w.state.t >= t || w.state.ended)) return w;
	const next: World = usable ? p : { state: structuredClone(w.state), seq: w.seq, ticks: 0 };
	stepInPlace(scenarioOf(ex), next.state, { kind: 'tick', t });
	next.ticks = (next.ticks ?? 0) + 1;
	previews.set(k, next);
	return next;
}

/**
 * The world at time `t` as a state the caller owns alone (to apply an input at `t` to in place; call it inside
 * the transaction that locked the exercise `ex`, read in that transaction). It is the world moved on to `t` by
 * one tick: a tick at the input's own time changes nothing a replay of the log would not do, but the
 * look-ahead preview, moved on by many ticks, may have cut a minute at other moments than a replay does (items
 * due within one minute can then come in another order, docs/simulation.md), so it is handed over only when
 * one tick made it. Whatever the caller does with it, the cache is unchanged until it `remember`s the result.
 */
export async function ownWorldAt(
	q: Queryable,
	ex: Exercise,
	participantId: string,
	t: number
): Promise<World> {
	const k = key(ex.id, participantId);
	// Inside the transaction that locked the exercise, its last event is the end of the log.
	const w = await worldAt(q, ex, participantId, t, ex.lastSeq);
	if (previews.get(k) === w && w.ticks === 1 && w.state.t === t) {
		previews.delete(k);
		return { state: w.state, seq: w.seq };
	}
	const base = w.ticks === undefined ? w : await worldOf(q, ex, participantId, ex.lastSeq);
	const own: World = { state: structuredClone(base.state), seq: base.seq };
	stepInPlace(scenarioOf(ex), own.state, { kind: 'tick', t });
	return own;
}

/** Drop every world held in memory (as a restart would; persisted snapshots stay). */
export function forgetWorlds() {
	worlds.clear();
	previews.clear();
	persistedAt.clear();
}
