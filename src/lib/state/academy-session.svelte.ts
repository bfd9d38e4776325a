/**
 * A trainee's academy exercise in the browser. The server is the source of truth and the only holder of the
 * scenario: the page starts from the server's projection of this trainee's world (briefing, published items,
 * own posts, public signals) and a live stream (Server-Sent Events) brings clock changes, team drafts and
 * the world's changes as deltas. On reconnect the browser sends the last event id and gets the whole view
 * again. Coach hints are asked from the server, which refuses them in exam mode.
 */
import { clockNow, type Clock } from '$lib/core/clock';
import type { Amplify, CoachHint } from '$lib/core/coach';
import type { DraftView, ExerciseStatus } from '$lib/academy/events';
import {
	applyDelta,
	type BriefingView,
	type TraineeInit,
	type TraineeMessage,
	type WorldView
} from '$lib/academy/trainee-view';
import { clockTime } from '$lib/scenario/clock';
import type { ExerciseSession, PostOutcome } from './exercise-session';

export class AcademySession implements ExerciseSession {
	readonly kind = 'academy' as const;
	readonly exerciseId: string;
	readonly briefing: BriefingView;
	world: WorldView = $state.raw() as WorldView;
	clock: Clock = $state() as Clock;
	status: ExerciseStatus = $state('lobby');
	drafts: DraftView[] = $state([]);
	exam = $state(false);
	connected = $state(false);
	problem = $state('');
	/** Scenario time, ticking locally between server updates. */
	t = $state(0);
	readonly needsClearance: boolean;
	readonly isLead: boolean;
	#lastSeq: number;
	#cursor: { feed: number; signals: number } | undefined;
	#offset: number;
	#timer: ReturnType<typeof setInterval> | undefined;
	#source: EventSource | undefined;

	constructor(init: TraineeInit) {
		this.exerciseId = init.exerciseId;
		this.briefing = init.briefing;
		this.world = init.world;
		this.#cursor = init.cursor;
		this.#lastSeq = init.lastSeq;
		this.#offset = init.serverNow - Date.now();
		this.clock = init.clock;
		this.status = init.status;
		this.drafts = init.drafts;
		this.exam = init.briefing.exam;
		this.needsClearance = init.clearance && !init.isLead;
		this.isLead = init.isLead;
		this.t = this.now();
	}

	get running() {
		return this.clock.running && this.status === 'running';
	}

	get waiting() {
		return this.status === 'lobby';
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

	get lastSeq() {
		return this.#lastSeq;
	}

	now() {
		const t = clockNow(this.clock, Date.now() + this.#offset);
		return Math.max(t, this.world.t);
	}

	attach() {
		this.#timer = setInterval(() => {
			this.t = this.now();
			if (this.status === 'running' && this.t >= this.clock.end) this.status = 'ended';
		}, 500);
		this.#connect();
	}

	#connect() {
		const c = this.#cursor;
		const q = c ? `&feed=${c.feed}&signals=${c.signals}` : '';
		const src = new EventSource(`/api/x/${this.exerciseId}/stream?after=${this.#lastSeq}${q}`);
		src.onopen = () => (this.connected = true);
		src.onerror = () => (this.connected = false);
		src.onmessage = (m) => this.receive(JSON.parse(m.data) as TraineeMessage);
		this.#source = src;
	}

	detach() {
		if (this.#timer) clearInterval(this.#timer);
		this.#source?.close();
		this.#timer = undefined;
		this.#source = undefined;
	}

	/** One message from the live stream. */
	receive(m: TraineeMessage) {
		if ('seq' in m && m.seq > this.#lastSeq) this.#lastSeq = m.seq;
		switch (m.type) {
			case 'clock':
				this.clock = m.clock;
				this.status = m.status;
				break;
			case 'draft': {
				const rest = this.drafts.filter((d) => d.id !== m.draft.id);
				this.drafts = [...rest, m.draft];
				break;
			}
			case 'settings':
				this.exam = m.exam;
				break;
			case 'view': {
				const next = applyDelta(this.world, m.delta);
				if (next) {
					this.world = next;
					this.#cursor = { feed: next.feed.length, signals: next.signals.length };
				} else {
					// Out of step (should not happen): start again from the whole view.
					this.#cursor = undefined;
					this.#source?.close();
					this.#connect();
				}
				break;
			}
			case 'reset':
				this.world = m.view;
				this.#cursor = { feed: m.view.feed.length, signals: m.view.signals.length };
				this.clock = m.clock;
				this.status = m.status;
				this.drafts = m.drafts;
				break;
			case 'problem':
				this.problem = m.message;
				break;
		}
		this.t = this.now();
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
		return { ok: res.ok, status: res.status, data } as {
			ok: boolean;
			status: number;
			data: Record<string, unknown>;
		};
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
			return { ok: true, message: `Posted at ${clockTime(this.briefing, Number(data.t))}.` };
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
		const { ok, data } = await this.#send(`/posts/${encodeURIComponent(postId)}`, {}, 'DELETE');
		if (!ok) this.problem = String(data.message ?? 'The post could not be deleted.');
	}

	async decide(draftId: string, approve: boolean, note?: string): Promise<PostOutcome> {
		const { ok, data } = await this.#send(`/drafts/${encodeURIComponent(draftId)}`, {
			approve,
			...(note ? { note } : {})
		});
		return { ok, message: String(data.message ?? (approve ? 'Published.' : 'Sent back.')) };
	}

	async hint(text: string, replyTo?: string, amplify?: Amplify): Promise<CoachHint | undefined> {
		if (this.exam || this.status === 'lobby') return undefined;
		try {
			const r = await this.#send('/hints', {
				text,
				...(replyTo ? { replyTo } : {}),
				...(amplify ? { amplify } : {})
			});
			if (r.status === 403) this.exam = true;
			return r.ok ? (r.data as unknown as CoachHint) : undefined;
		} catch {
			return undefined;
		}
	}

	finish() {}
}
