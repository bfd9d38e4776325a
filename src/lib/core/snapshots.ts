/**
 * Replay that resumes (issue 16). A session is its scenario, seed and input log; rebuilding it by `replay`
 * from the start costs every minute and every post again — on a page reload, for every what-if, for a world
 * evicted from a server's cache. A `Replayer` keeps copies of the state (snapshots) taken while it replays,
 * one every `every` scenario seconds and one at the end, each with the inputs that led to it and the work
 * metered so far. Asked for a log, it resumes from a copy of the latest snapshot whose inputs begin that log
 * and applies only the rest, so the state is the one `replay` gives, byte for byte (snapshots.test.ts):
 * the engine draws its randomness from (seed, stream, time), never from a generator kept between inputs.
 * The effects returned are those of the inputs applied after the snapshot.
 */
import type { Scenario } from '../scenario/types.ts';
import type { Scorer } from '../scoring/types.ts';
// the scorer's own module, not the scoring index: the index also holds the end-of-run report, which the
// browser loads only when a run ends (issue 13: the exercise page's first script)
import { score as realScore } from '../scoring/score.ts';
import { Meter, workLimit } from './budget.ts';
import { apply, createState, type EngineOptions } from './engine.ts';
import type { SessionState } from './state.ts';
import type { Effect, Input } from './types.ts';

export interface ReplayerOptions extends EngineOptions {
	scorer?: Scorer;
	/** Scenario seconds between snapshots (default 20 minutes). */
	every?: number;
	/** Snapshots kept, least recently used dropped first (default 24; a state is ~0.2–0.5 MB). */
	max?: number;
}

interface Snapshot {
	/** The inputs applied, as JSON, in order. */
	keys: string[];
	state: SessionState;
	work: number;
}

export class Replayer {
	private snaps: Snapshot[] = [];

	constructor(
		readonly scenario: Scenario,
		readonly seed: number,
		private readonly opts: ReplayerOptions = {}
	) {}

	/** Snapshots held (for tests and figures). */
	get size(): number {
		return this.snaps.length;
	}

	/** The state after `log`, and the number of inputs that were taken from a snapshot instead of replayed. */
	replay(log: Input[]): { state: SessionState; effects: Effect[]; resumed: number } {
		const keys = log.map((i) => JSON.stringify(i));
		const from = this.latest(keys);
		const meter = new Meter('run', workLimit(this.scenario));
		let state: SessionState;
		if (from) {
			state = structuredClone(from.state);
			meter.work = from.work;
		} else state = createState(this.scenario, this.seed, this.opts);
		const start = from?.keys.length ?? 0;
		const every = this.opts.every ?? 20 * 60;
		let last = from ? from.state.t : 0;
		const effects: Effect[] = [];
		for (let i = start; i < log.length; i++) {
			apply(this.scenario, state, log[i], this.opts.scorer ?? realScore, effects, meter);
			if (state.t - last >= every || i === log.length - 1) {
				last = state.t;
				this.keep({ keys: keys.slice(0, i + 1), state: structuredClone(state), work: meter.work });
			}
		}
		return { state, effects, resumed: start };
	}

	/** The snapshot with the most inputs that all begin `keys` (moved to the front: recently used). */
	private latest(keys: string[]): Snapshot | undefined {
		let best: Snapshot | undefined;
		for (const s of this.snaps)
			if (s.keys.length <= keys.length && (!best || s.keys.length > best.keys.length)) {
				let same = true;
				for (let i = s.keys.length - 1; i >= 0 && same; i--) same = s.keys[i] === keys[i];
				if (same) best = s;
			}
		if (best) this.snaps = [best, ...this.snaps.filter((s) => s !== best)];
		return best;
	}

	private keep(s: Snapshot) {
		const same = this.snaps.findIndex(
			(x) => x.keys.length === s.keys.length && x.keys.every((k, i) => k === s.keys[i])
		);
		if (same >= 0) this.snaps.splice(same, 1);
		this.snaps.unshift(s);
		this.snaps.length = Math.min(this.snaps.length, this.opts.max ?? 24);
	}
}
