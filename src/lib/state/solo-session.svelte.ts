/**
 * A solo exercise in the browser: a thin rune wrapper over the pure engine. The session is (scenario, seed,
 * input log); it is saved to localStorage after every change and rebuilt with `replay` on reload, so a reload
 * resumes exactly where the trainee left off.
 */
import type { Scenario } from '$lib/scenario/types';
import { createState, nextEventTime, replay, stepInPlace } from '$lib/core/engine';
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
import type { ExerciseSession, PostOutcome } from './exercise-session';
import { clockTime } from '$lib/scenario/clock';
import { shareRefusal } from '$lib/core/posts';

export interface SavedSession {
	version: 1;
	scenarioId: string;
	seed: number;
	/** Posts, deletions and injects, in order (ticks are not stored: time is `t`). */
	log: Input[];
	t: number;
	speed: Speed;
}

export const storageKey = (scenarioId: string) => `ddsim:solo:${scenarioId}`;

export function loadSaved(scenarioId: string): SavedSession | undefined {
	try {
		const raw = localStorage.getItem(storageKey(scenarioId));
		if (!raw) return undefined;
		const s = JSON.parse(raw) as SavedSession;
		return s?.version === 1 && s.scenarioId === scenarioId && Array.isArray(s.log) ? s : undefined;
	} catch {
		return undefined;
	}
}

/** Rebuild a saved session's state (also used by the debrief). */
export function rebuild(scenario: Scenario, saved: SavedSession): SessionState {
	const log: Input[] = [...saved.log, { kind: 'tick', t: saved.t }];
	return replay(scenario, saved.seed, log).state;
}

export class SoloSession implements ExerciseSession {
	readonly kind = 'solo' as const;
	readonly statusText = '';
	readonly scenario: Scenario;
	readonly seed: number;
	log: Input[] = [];
	state: SessionState = $state.raw() as SessionState;
	clock: Clock = $state() as Clock;
	#timer: ReturnType<typeof setInterval> | undefined;
	#posts = 0;
	#messages = 0;

	constructor(scenario: Scenario, seed: number, saved?: SavedSession) {
		this.scenario = scenario;
		this.seed = seed;
		if (saved && saved.seed === seed) {
			this.log = saved.log;
			this.state = rebuild(scenario, saved);
			this.#posts = saved.log.filter((i) => i.kind === 'post' || i.kind === 'share').length;
			this.#messages = saved.log.filter((i) => i.kind === 'message').length;
			this.clock = { ...createClock(scenario.duration, saved.speed), anchorT: this.state.t };
		} else {
			this.state = createState(scenario, seed);
			this.clock = createClock(scenario.duration, 1);
		}
	}

	get running() {
		return this.clock.running;
	}

	/** Start the interval that moves scenario time (call from the page once mounted). */
	attach() {
		// Often enough that at Max (600×) one tick is one scenario minute: small steps, smooth frames.
		this.#timer = setInterval(() => this.tick(), 100);
	}

	detach() {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = undefined;
		this.save();
	}

	tick(now = Date.now()) {
		const t = clockNow(this.clock, now);
		if (t > this.state.t && !this.state.ended) {
			this.#advance({ kind: 'tick', t });
			if (this.state.ended) this.clock = pause(this.clock, now);
			// Time alone is saved every couple of seconds; inputs, pauses and the end at once.
			if (this.state.ended || now - this.#savedAt >= 2000) this.save(now);
		}
	}

	play() {
		this.clock = start(this.clock, Date.now());
	}

	pause() {
		this.clock = pause(this.clock, Date.now());
		this.save();
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
		this.state = { ...this.state };
	}

	#apply(input: Input) {
		this.log = [...this.log, input];
		this.#advance(input);
		this.save();
	}

	/** Publish a post; replying to one of your own posts continues a thread; `quoteOf` makes a quote post. */
	async post(text: string, replyTo?: string, quoteOf?: string): Promise<PostOutcome> {
		const id = this.publish(text, replyTo, quoteOf);
		return id
			? { ok: true, message: `Posted at ${clockTime(this.scenario, this.state.t)}.` }
			: { ok: false, message: 'Nothing to post.' };
	}

	publish(text: string, replyTo?: string, quoteOf?: string) {
		const body = text.trim();
		if (!body || this.state.ended) return undefined;
		const id = `p${++this.#posts}`;
		const own = replyTo !== undefined && this.state.posts.some((p) => p.id === replyTo);
		this.#apply({
			kind: 'post',
			t: this.state.t,
			id,
			text: body,
			...(replyTo ? { replyTo } : {}),
			...(own ? { threadOf: replyTo } : {}),
			...(quoteOf ? { quoteOf } : {})
		});
		return id;
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

	finish() {
		if (!this.state.ended) this.#apply({ kind: 'end', t: this.state.t });
		this.clock = pause(this.clock, Date.now());
	}

	#savedAt = 0;

	save(now = Date.now()) {
		this.#savedAt = now;
		const saved: SavedSession = {
			version: 1,
			scenarioId: this.scenario.id,
			seed: this.seed,
			log: this.log,
			t: this.state.t,
			speed: this.clock.speed
		};
		try {
			localStorage.setItem(storageKey(this.scenario.id), JSON.stringify(saved));
		} catch {
			/* storage full or disabled: the exercise goes on, only resume is lost */
		}
	}
}
