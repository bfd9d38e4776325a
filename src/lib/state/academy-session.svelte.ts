/**
 * A trainee's academy exercise in the browser. The server is the source of truth: it owns the shared clock and
 * the log of this trainee's (or team's) inputs. The browser runs the same pure engine on that log, so the
 * timeline, signals and coach hints are computed locally, and stay identical to the server's replay. A live
 * stream (Server-Sent Events) brings clock changes, injects, the trainee's acknowledged posts and team drafts;
 * on reconnect the browser sends the last event id and the server resumes from there.
 */
import type { Scenario } from '$lib/scenario/types';
import { replay, stepInPlace } from '$lib/core/engine';
import { clockNow, type Clock } from '$lib/core/clock';
import type { Input } from '$lib/core/types';
import type { SessionState } from '$lib/core/state';
import type { DraftView, ExerciseStatus, LiveEvent } from '$lib/academy/events';
import { clockTime } from '$lib/scenario/clock';
import type { ExerciseSession, PostOutcome } from './exercise-session';

export interface AcademyInit {
	exerciseId: string;
	seed: number;
	inputs: Input[];
	lastSeq: number;
	clock: Clock;
	status: ExerciseStatus;
	serverNow: number;
	drafts: DraftView[];
	clearance: boolean;
	isLead: boolean;
}

export class AcademySession implements ExerciseSession {
	readonly kind = 'academy' as const;
	readonly scenario: Scenario;
	readonly exerciseId: string;
	readonly seed: number;
	state: SessionState = $state.raw() as SessionState;
	clock: Clock = $state() as Clock;
	status: ExerciseStatus = $state('lobby');
	drafts: DraftView[] = $state([]);
	connected = $state(false);
	readonly needsClearance: boolean;
	readonly isLead: boolean;
	#inputs: Input[];
	#lastSeq: number;
	#offset: number;
	#timer: ReturnType<typeof setInterval> | undefined;
	#source: EventSource | undefined;

	constructor(scenario: Scenario, init: AcademyInit) {
		this.scenario = scenario;
		this.exerciseId = init.exerciseId;
		this.seed = init.seed;
		this.#inputs = init.inputs;
		this.#lastSeq = init.lastSeq;
		this.#offset = init.serverNow - Date.now();
		this.clock = init.clock;
		this.status = init.status;
		this.drafts = init.drafts;
		this.needsClearance = init.clearance && !init.isLead;
		this.isLead = init.isLead;
		this.state = replay(scenario, init.seed, init.inputs).state;
		this.tick();
	}

	get running() {
		return this.clock.running && this.status === 'running';
	}

	get statusText() {
		if (!this.connected && this.#source) return 'Reconnecting…';
		switch (this.status) {
			case 'lobby':
				return 'Waiting for exercise control to start';
			case 'paused':
				return 'Paused by exercise control';
			case 'ended':
				return 'Exercise ended';
			default:
				return `Running at ${this.clock.speed}×`;
		}
	}

	/** In place on the session's own state (see SoloSession); a new top-level object marks the change. */
	#advance(input: Input) {
		stepInPlace(this.scenario, this.state, input);
		this.state = { ...this.state };
	}

	get lastSeq() {
		return this.#lastSeq;
	}

	attach() {
		this.#timer = setInterval(() => this.tick(), 250);
		const src = new EventSource(`/api/x/${this.exerciseId}/stream?after=${this.#lastSeq}`);
		src.onopen = () => (this.connected = true);
		src.onerror = () => (this.connected = false);
		src.onmessage = (m) => this.receive(JSON.parse(m.data) as LiveEvent);
		this.#source = src;
	}

	detach() {
		if (this.#timer) clearInterval(this.#timer);
		this.#source?.close();
		this.#timer = undefined;
		this.#source = undefined;
	}

	now() {
		return clockNow(this.clock, Date.now() + this.#offset);
	}

	tick() {
		const t = this.now();
		if (t > this.state.t && !this.state.ended) this.#advance({ kind: 'tick', t });
	}

	/** One event from the live stream (each is applied once, in order). */
	receive(e: LiveEvent) {
		if (e.seq <= this.#lastSeq) return;
		this.#lastSeq = e.seq;
		const p = e.payload;
		if (p.kind === 'clock') {
			this.clock = p.clock;
			this.status = p.status;
			this.tick();
		} else if (p.kind === 'input') {
			this.#inputs = [...this.#inputs, p.input];
			if (p.input.t >= this.state.t) {
				this.#advance(p.input);
			} else {
				this.state = replay(this.scenario, this.seed, this.#inputs).state;
				this.tick();
			}
		} else if (p.kind === 'draft') {
			const rest = this.drafts.filter((d) => d.id !== p.draft.id);
			this.drafts = [...rest, p.draft];
		}
	}

	// The clock belongs to exercise control.
	play() {}
	pause() {}
	setSpeed() {}
	skipToNextEvent() {}

	async #send(path: string, body: unknown, method = 'POST') {
		const res = await fetch(`/api/x/${this.exerciseId}${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		const data = await res.json().catch(() => ({}));
		return { ok: res.ok, data } as { ok: boolean; data: Record<string, unknown> };
	}

	async post(text: string, replyTo?: string, quoteOf?: string): Promise<PostOutcome> {
		try {
			const { ok, data } = await this.#send('/posts', {
				text,
				...(replyTo ? { replyTo } : {}),
				...(quoteOf ? { quoteOf } : {})
			});
			if (!ok) return { ok: false, message: String(data.message ?? 'The post was not accepted.') };
			if (data.status === 'pending')
				return { ok: true, message: 'Sent to your team lead for clearance.' };
			return { ok: true, message: `Posted at ${clockTime(this.scenario, Number(data.t))}.` };
		} catch {
			return { ok: false, message: 'No connection to the exercise server. Your draft is kept.' };
		}
	}

	async #action(body: Record<string, unknown>, done: string): Promise<PostOutcome> {
		try {
			const { ok, data } = await this.#send('/actions', body);
			if (!ok) return { ok: false, message: String(data.message ?? 'Not accepted.') };
			if (data.status === 'pending')
				return { ok: true, message: 'Sent to your team lead for clearance.' };
			return { ok: true, message: done };
		} catch {
			return { ok: false, message: 'No connection to the exercise server.' };
		}
	}

	share(itemId: string) {
		return this.#action({ kind: 'share', itemId }, 'Re-posted.');
	}

	pin(postId: string | null) {
		return this.#action({ kind: 'pin', postId }, postId ? 'Pinned to your profile.' : 'Unpinned.');
	}

	message(to: string, text: string) {
		return this.#action({ kind: 'message', to, text }, 'Message sent on the internal channel.');
	}

	async remove(postId: string) {
		await this.#send(`/posts/${encodeURIComponent(postId)}`, {}, 'DELETE');
	}

	async decide(draftId: string, approve: boolean, note?: string): Promise<PostOutcome> {
		const { ok, data } = await this.#send(`/drafts/${encodeURIComponent(draftId)}`, {
			approve,
			...(note ? { note } : {})
		});
		return { ok, message: String(data.message ?? (approve ? 'Published.' : 'Sent back.')) };
	}

	finish() {}
}
