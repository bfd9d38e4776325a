/**
 * A solo run in the browser: a thin rune wrapper over the pure engine. A run is (scenario, seed, exam mode,
 * input log); it is saved to localStorage after every change (src/lib/state/solo-runs.ts), with its latest
 * world beside it every few seconds (src/lib/state/solo-snapshot.ts), and rebuilt on reload from that world
 * plus the inputs logged after it (or, when it is missing or unusable, by replaying the whole log), so a
 * reload resumes exactly where the trainee left off. The page sees the same
 * projection of the world as an academy trainee (src/lib/academy/trainee-view.ts).
 */
import type { Scenario } from '$lib/scenario/types';
import { createState, nextEventTime, stepInPlace } from '$lib/core/engine';
import {
	clockNow,
	createClock,
	jumpTo,
	pause,
	setSpeed,
	start,
	type Clock,
	type Speed
} from '$lib/core/clock';
import type { Input } from '$lib/core/types';
import type { SessionState } from '$lib/core/state';
import { coachHint, type CoachHint, type Amplify } from '$lib/core/coach';
import {
	briefingOf,
	worldView,
	type BriefingView,
	type WorldView
} from '$lib/academy/trainee-view';
import { clockTime } from '$lib/scenario/clock';
import { shareRefusal } from '$lib/core/posts';
import type { ExerciseSession, PostOutcome } from './exercise-session';
import { listRuns, saveRun, type SavedSession } from './solo-runs';
import { later, reopen, SLICE_MS, worldWriter, type Base } from './solo-world';

export type { SavedSession } from './solo-runs';

export { rebuild, replayerFor } from './solo-world';

/** Seconds of wall time between two saved worlds while a run is played (an input or a pause saves sooner
 * only once this has passed; the end, leaving the page and pausing always save). */
const SNAPSHOT_WALL_MS = 10_000;

export class SoloSession implements ExerciseSession {
	readonly kind = 'solo' as const;
	readonly statusText = '';
	readonly waiting = false;
	readonly scenario: Scenario;
	readonly seed: number;
	readonly runId: string;
	readonly exam: boolean;
	readonly briefing: BriefingView;
	readonly createdAt: string;
	log: Input[] = [];
	state: SessionState = $state.raw() as SessionState;
	world: WorldView = $state.raw() as WorldView;
	clock: Clock = $state() as Clock;
	problem = $state('');
	#timer: ReturnType<typeof setInterval> | undefined;
	#posts = 0;
	#messages = 0;

	constructor(scenario: Scenario, run: SavedSession & { runId: string }) {
		this.scenario = scenario;
		this.seed = run.seed;
		this.runId = run.runId;
		this.exam = !!run.exam || !!scenario.exam;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
		this.createdAt = run.createdAt ?? new Date().toISOString();
		this.briefing = briefingOf(scenario, this.exam);
		this.log = run.log;
		this.#posts = run.log.filter((i) => i.kind === 'post' || i.kind === 'share').length;
		this.#messages = run.log.filter((i) => i.kind === 'message').length;
		try {
			if (run.log.length || run.t) {
				const { state, base } = reopen(scenario, run);
				this.#base = base;
				stepInPlace(scenario, state, { kind: 'tick', t: run.t });
				this.state = state;
			} else this.state = createState(scenario, run.seed);
		} catch (e) {
			this.state = createState(scenario, run.seed);
			this.#base = undefined;
			this.problem = `This run could not be replayed (${(e as Error).message}); it starts again.`;
			this.log = [];
		}
		this.world = worldView(scenario, this.state);
		this.clock = { ...createClock(scenario.duration, run.speed), anchorT: this.state.t };
		this.#snapAt = Date.now();
	}

	get running() {
		return this.clock.running;
	}

	now() {
		return this.state.t;
	}

	/** Start the interval that moves scenario time (call from the page once mounted). */
	attach() {
		// Often enough that at Max (600×) one tick is one scenario minute: small steps, smooth frames.
		this.#timer = setInterval(() => this.tick(), 100);
	}

	detach() {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = undefined;
		this.save(Date.now(), true, true);
	}

	#set(state: SessionState) {
		this.state = state;
		this.#showNextFrame();
	}

	#showing = false;
	/** The page sees the new world at the next animation frame, not in the task that stepped the engine: a step
	 * (or a post's scoring) and the page's update then run as two shorter tasks instead of one long one, and
	 * several steps between two frames render once (issue 13: no frame over 50 ms at Max speed). */
	#showNextFrame() {
		if (this.#showing) return;
		this.#showing = true;
		const show = () => {
			this.#showing = false;
			this.world = worldView(this.scenario, this.state);
		};
		if (typeof requestAnimationFrame === 'function') requestAnimationFrame(show);
		else queueMicrotask(show);
	}

	#guard(fn: () => void) {
		try {
			fn();
		} catch (e) {
			this.clock = pause(this.clock, Date.now());
			this.problem = `The simulation stopped: ${(e as Error).message}`;
		}
	}

	tick(now = Date.now()) {
		const t = clockNow(this.clock, now);
		if (t > this.state.t && !this.state.ended)
			this.#guard(() => {
				this.#advance({ kind: 'tick', t });
				if (this.state.ended) this.clock = pause(this.clock, now);
				// Time alone is saved every couple of seconds; inputs, pauses and the end at once.
				if (this.state.ended || now - this.#savedAt >= 2000) this.save(now);
			});
	}

	play() {
		this.clock = start(this.clock, Date.now());
	}

	pause() {
		this.clock = pause(this.clock, Date.now());
		this.save(Date.now(), true);
	}

	setSpeed(speed: Speed) {
		this.clock = setSpeed(this.clock, Date.now(), speed);
		this.save();
	}

	skipToNextEvent() {
		const next = nextEventTime(this.scenario, this.state);
		if (next === undefined) return;
		this.clock = jumpTo(this.clock, Date.now(), next);
		this.tick();
	}

	/** The engine works on the session's own state in place (no copy of the whole state per step); a new
	 * top-level object tells the view that something changed. */
	#advance(input: Input) {
		stepInPlace(this.scenario, this.state, input);
		this.#set({ ...this.state });
	}

	#apply(input: Input) {
		this.#guard(() => {
			this.#advance(input);
			this.log = [...this.log, input];
			this.save();
		});
	}

	/** Publish a post; replying to one of your own posts continues a thread; `quoteOf` makes a quote post. */
	async post(text: string, replyTo?: string, quoteOf?: string): Promise<PostOutcome> {
		const id = this.publish(text, replyTo, quoteOf);
		return id
			? { ok: true, message: `Posted at ${clockTime(this.scenario, this.state.t)}.` }
			: { ok: false, message: this.problem || 'Nothing to post.' };
	}

	publish(text: string, replyTo?: string, quoteOf?: string) {
		const body = text.trim();
		if (!body || this.state.ended) return undefined;
		const id = `p${++this.#posts}`;
		const own = replyTo !== undefined && this.state.posts.some((p) => p.id === replyTo);
		const before = this.state;
		this.#apply({
			kind: 'post',
			t: this.state.t,
			id,
			text: body,
			...(replyTo ? { replyTo } : {}),
			...(own ? { threadOf: replyTo } : {}),
			...(quoteOf ? { quoteOf } : {})
		});
		return this.state !== before ? id : undefined;
	}

	async share(itemId: string): Promise<PostOutcome> {
		if (this.state.ended) return { ok: false, message: 'The exercise has ended.' };
		const refused = shareRefusal(this.state, itemId);
		if (refused) return { ok: false, message: refused };
		this.#apply({ kind: 'share', t: this.state.t, id: `p${++this.#posts}`, itemId });
		return { ok: true, message: `Re-posted at ${clockTime(this.scenario, this.state.t)}.` };
	}

	async pin(postId: string | null): Promise<PostOutcome> {
		if (this.state.ended) return { ok: false, message: 'The exercise has ended.' };
		this.#apply({ kind: 'pin', t: this.state.t, postId });
		return { ok: true, message: postId ? 'Pinned to your profile.' : 'Unpinned.' };
	}

	async message(to: string, text: string): Promise<PostOutcome> {
		const body = text.trim();
		if (!body || this.state.ended) return { ok: false, message: 'Nothing to send.' };
		this.#apply({ kind: 'message', t: this.state.t, id: `dm${++this.#messages}`, to, text: body });
		return { ok: true, message: 'Message sent on the internal channel.' };
	}

	remove(postId: string) {
		this.#apply({ kind: 'delete', t: this.state.t, postId });
	}

	async finish() {
		if (!this.state.ended) this.#apply({ kind: 'end', t: this.state.t });
		this.clock = pause(this.clock, Date.now());
		// the page goes to the debrief next: have the end-of-run score ready for the save made on leaving
		await this.#loadReport().catch(() => undefined);
		this.save();
	}

	async hint(text: string, replyTo?: string, amplify?: Amplify): Promise<CoachHint | undefined> {
		if (this.exam) return undefined;
		return coachHint(this.scenario, this.state, text, replyTo, amplify);
	}

	/** The run as saved (and exported). */
	saved(): SavedSession & { runId: string } {
		return {
			version: 1,
			scenarioId: this.scenario.id,
			seed: this.seed,
			log: this.log,
			t: this.state.t,
			speed: this.clock.speed,
			runId: this.runId,
			exam: this.exam,
			createdAt: this.createdAt
		};
	}

	#savedAt = 0;
	/** The world after the first `base.n` entries of the log, as JSON (the last one saved or reopened). */
	#base: Base | undefined;
	/** When a world was saved last (wall time). */
	#snapAt = 0;
	#snapPending = false;

	/**
	 * Save the world beside the log (solo-snapshot.ts) when inputs were logged since the last one and that
	 * one is old enough, or at once when `force`; off the current task, when the browser is idle. The world
	 * saved is the log's own — the last saved one with the new entries applied, with no clock ticks between
	 * them — not the live state: the clock's ticks cut a minute at other moments than a replay does, which can
	 * order items due within one minute differently (docs/simulation.md), and a reload must give exactly what
	 * replaying the log gives.
	 */
	#saveWorld(force: boolean, now: number, sync = false) {
		if ((this.#base?.n ?? 0) === this.log.length) return;
		if (!force && now - this.#snapAt < SNAPSHOT_WALL_MS) return;
		if (!sync && this.#snapPending) return;
		this.#snapAt = now;
		// Several short tasks, never one long one (issue 13: no task over 50 ms at Max): the first save of a
		// run replays its whole log so far, so entries are applied in slices of a few milliseconds, and the
		// world is stored in a task of its own. Leaving the page (`sync`) writes it at once.
		const steps = worldWriter(
			this.scenario,
			this.seed,
			this.runId,
			this.log,
			this.#base,
			sync ? Infinity : SLICE_MS
		);
		const next = (): void => {
			try {
				let r = steps.next();
				while (sync && !r.done) r = steps.next();
				if (!r.done) return later(next);
				if (r.value.n > (this.#base?.n ?? 0)) this.#base = r.value;
			} catch {
				/* not saved: a reload replays the log */
			}
			if (!sync) this.#snapPending = false;
		};
		if (sync) return next();
		this.#snapPending = true;
		later(next);
	}

	/** The ended run's overall score for the run history, made once (in a task of its own, or at once when
	 * the page is left). */
	#endScore: { overall?: number; rating?: RunRating } | undefined;
	#endScorePending = false;
	/** The exercise report's code (scoring/exercise), needed only once a run has ended: loaded on demand, so the
	 * exercise page does not load it before it is interactive (issue 13). */
	#report: typeof import('$lib/core/headless') | undefined;

	#loadReport(): Promise<unknown> {
		return import('$lib/core/headless').then((m) => (this.#report = m));
	}

	#scoreEnd(): { overall?: number; rating?: RunRating } {
		if (!this.#endScore) {
			try {
				const r = this.#report!.reportFor(this.scenario, this.state);
				this.#endScore = { overall: r.overall, rating: r.rating };
			} catch {
				this.#endScore = {}; /* the debrief will say what went wrong */
			}
		}
		return this.#endScore;
	}

	/** The score this run's summary already holds (an ended run reopened), until it is made again here. */
	#storedScore(): { overall?: number; rating?: RunRating } {
		const r = listRuns(this.scenario.id).find((x) => x.runId === this.runId);
		return r?.overall === undefined ? {} : { overall: r.overall, rating: r.rating };
	}

	/** Save the run (summary and log) and, now and then, its world. `sync` when the page is being left: every
	 * part at once; otherwise the slow parts (the end-of-run score, the world) follow in tasks of their own. */
	save(now = Date.now(), force = false, sync = false) {
		this.#savedAt = now;
		const s = this.state;
		let score: { overall?: number; rating?: RunRating } = {};
		if (s.ended) {
			if (this.#endScore || (sync && this.#report)) score = this.#scoreEnd();
			else {
				score = this.#storedScore();
				if (!this.#endScorePending) {
					this.#endScorePending = true;
					this.#loadReport().then(
						() =>
							later(() => {
								this.#scoreEnd();
								this.save(Date.now(), true);
							}),
						() => (this.#endScorePending = false)
					);
				}
			}
		}
		try {
			saveRun(this.saved(), {
				seed: this.seed,
				exam: this.exam,
				createdAt: this.createdAt,
				t: s.t,
				ended: s.ended,
				posts: s.posts.length,
				...score
			});
			this.#saveWorld(force || s.ended, now, sync);
		} catch (e) {
			this.problem = (e as Error).message;
		}
	}
}

type RunRating = NonNullable<import('./solo-runs').RunSummary['rating']>;
