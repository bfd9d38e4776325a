/**
 * The instructor console in the browser: the exercise log as it grows (live over Server-Sent Events, resuming
 * from the last event id after a drop), folded into what exercise control needs to see: the shared clock and
 * status, who joined, every trainee post with its automatic score, comments and overrides, and the grid of
 * each trainee's latest signals (polled, since it needs every world advanced to now).
 */
import { clockNow, type Clock } from '$lib/core/clock';
import type { PostScore } from '$lib/scoring/types';
import type {
	DraftView,
	EventPayload,
	ExerciseStatus,
	LiveEvent,
	Signals
} from '$lib/academy/events';

export interface ConsolePost {
	seq: number;
	participantId: string;
	postId: string;
	t: number;
	text: string;
	author?: string;
	replyTo?: string;
	score: PostScore;
	deleted: boolean;
	comments: { text: string; by: string }[];
	override?: { overall: number; rating: string; reason: string; by: string };
}

/** One row of the MSEL as exercise control sees it now. */
export interface MselRow {
	id: string;
	/** Due time (after any delay). */
	at: number;
	/** Time in the script. */
	scripted?: number;
	text: string;
	from?: string;
	channel?: string;
	when?: string;
	question?: boolean;
	contingency: boolean;
	/** An inject exercise control added (free text, later). */
	added?: boolean;
	status: 'past' | 'next' | 'upcoming' | 'contingency' | 'cancelled' | 'sent';
}

export interface ConsoleInit {
	exercise: {
		id: string;
		status: ExerciseStatus;
		clock: Clock;
		lastSeq: number;
		exam?: boolean;
	};
	personas?: { id: string; name: string }[];
	injectable?: {
		id: string;
		at: number;
		contingency: boolean;
		text: string;
		from?: string;
		channel?: string;
		when?: string;
		question?: boolean;
	}[];
	serverNow: number;
	participants: { id: string; name: string; kind: string }[];
	members: { id: string; participantId: string; displayName: string; isLead: boolean }[];
	events: LiveEvent[];
	grid: Record<string, Signals>;
}

export class ConsoleState {
	readonly id: string;
	status: ExerciseStatus = $state('lobby');
	clock: Clock = $state() as Clock;
	participants = $state<ConsoleInit['participants']>([]);
	members = $state<ConsoleInit['members']>([]);
	posts = $state<ConsolePost[]>([]);
	injects = $state<{ seq: number; t: number; text: string; to: string; by?: string }[]>([]);
	grid = $state<Record<string, Signals>>({});
	/** Team drafts, latest state of each (team exercises with clearance). */
	drafts = $state<(DraftView & { participantId: string })[]>([]);
	connected = $state(false);
	now = $state(0);
	problem = $state('');
	exam = $state(false);
	/** Exercise control's changes to the MSEL, from the log. */
	firedByHand = $state<string[]>([]);
	cancelled = $state<string[]>([]);
	retimed = $state<Record<string, number>>({});
	added = $state<{ seq: number; at: number; text: string; to: string }[]>([]);
	#script: NonNullable<ConsoleInit['injectable']> = [];
	personas: { id: string; name: string }[] = [];
	#lastSeq = 0;
	#offset: number;
	#source: EventSource | undefined;
	#timers: ReturnType<typeof setInterval>[] = [];

	constructor(init: ConsoleInit) {
		this.id = init.exercise.id;
		this.status = init.exercise.status;
		this.clock = init.exercise.clock;
		this.participants = init.participants;
		this.members = init.members;
		this.grid = init.grid;
		this.exam = !!init.exercise.exam;
		this.#script = init.injectable ?? [];
		this.personas = init.personas ?? [];
		this.#offset = init.serverNow - Date.now();
		for (const e of init.events) this.receive(e);
		this.now = this.t();
	}

	t() {
		return clockNow(this.clock, Date.now() + this.#offset);
	}

	get lastSeq() {
		return this.#lastSeq;
	}

	/** The MSEL now: scripted events with their due times and status, and the injects added by hand. */
	get msel(): MselRow[] {
		const now = this.now;
		const rows: MselRow[] = this.#script.map((e) => {
			const at = this.retimed[e.id] ?? e.at;
			const status: MselRow['status'] = this.firedByHand.includes(e.id)
				? 'sent'
				: this.cancelled.includes(e.id)
					? 'cancelled'
					: e.contingency
						? 'contingency'
						: at <= now
							? 'past'
							: 'upcoming';
			return { ...e, at, scripted: e.at, status };
		});
		for (const a of this.added)
			rows.push({
				id: `added-${a.seq}`,
				at: a.at,
				text: `${a.text.slice(0, 90)} (to ${a.to})`,
				contingency: false,
				added: true,
				status: a.at <= now ? 'past' : 'upcoming'
			});
		rows.sort((x, y) => x.at - y.at);
		const next = rows.find((r) => r.status === 'upcoming');
		if (next) next.status = 'next';
		return rows;
	}

	nameOf(participantId: string) {
		return this.participants.find((p) => p.id === participantId)?.name ?? participantId;
	}

	attach() {
		const src = new EventSource(`/api/x/${this.id}/stream?after=${this.#lastSeq}`);
		src.onopen = () => (this.connected = true);
		src.onerror = () => (this.connected = false);
		src.onmessage = (m) => this.receive(JSON.parse(m.data) as LiveEvent);
		this.#source = src;
		this.#timers.push(setInterval(() => (this.now = this.t()), 500));
		this.#timers.push(setInterval(() => this.refreshGrid(), 5000));
	}

	detach() {
		this.#source?.close();
		this.#timers.forEach(clearInterval);
		this.#timers = [];
	}

	async refreshGrid() {
		if (this.status === 'lobby') return;
		const r = await fetch(`/api/x/${this.id}/grid`).catch(() => undefined);
		if (r?.ok) this.grid = await r.json();
	}

	receive(e: LiveEvent) {
		if (e.seq <= this.#lastSeq) return;
		this.#lastSeq = e.seq;
		const p: EventPayload = e.payload;
		switch (p.kind) {
			case 'clock':
				this.clock = p.clock;
				this.status = p.status;
				break;
			case 'settings':
				this.exam = p.exam;
				break;
			case 'joined':
				if (!this.participants.some((x) => x.id === p.participantId))
					this.participants = [
						...this.participants,
						{ id: p.participantId, name: p.participantName, kind: 'trainee' }
					];
				this.members = [
					...this.members,
					{ id: p.memberId, participantId: p.participantId, displayName: p.name, isLead: false }
				];
				break;
			case 'input': {
				const i = p.input;
				if ((i.kind === 'post' || i.kind === 'share') && p.score && p.participantId)
					this.posts = [
						...this.posts,
						{
							seq: e.seq,
							participantId: p.participantId,
							postId: i.id,
							t: i.t,
							text: i.kind === 'share' ? `⇄ re-posted ${i.itemId}` : i.text,
							author: i.author,
							replyTo: i.kind === 'post' ? (i.replyTo ?? i.quoteOf) : undefined,
							score: p.score,
							deleted: false,
							comments: []
						}
					];
				else if (i.kind === 'delete') this.#patch(p.participantId, i.postId, { deleted: true });
				else if (i.kind === 'cancel') this.cancelled = [...this.cancelled, i.eventId];
				else if (i.kind === 'retime') {
					this.retimed = { ...this.retimed, [i.eventId]: i.at };
					this.cancelled = this.cancelled.filter((x) => x !== i.eventId);
				} else if (i.kind === 'inject-text' && i.at !== undefined && i.at > i.t)
					this.added = [
						...this.added,
						{
							seq: e.seq,
							at: i.at,
							text: i.text,
							to: p.participantId ? this.nameOf(p.participantId) : 'everyone'
						}
					];
				else if (i.kind === 'inject' || i.kind === 'inject-text') {
					if (i.kind === 'inject' && !p.participantId)
						this.firedByHand = [...this.firedByHand, i.eventId];
					this.injects = [
						...this.injects,
						{
							seq: e.seq,
							t: i.t,
							text: i.kind === 'inject' ? `scenario event ${i.eventId}` : i.text,
							to: p.participantId ? this.nameOf(p.participantId) : 'everyone',
							by: p.by
						}
					];
				}
				break;
			}
			case 'comment': {
				const post = this.#find(p.participantId, p.postId);
				if (post)
					this.#patch(p.participantId, p.postId, {
						comments: [...post.comments, { text: p.text, by: p.by }]
					});
				break;
			}
			case 'draft':
				this.drafts = [
					...this.drafts.filter((d) => d.id !== p.draft.id),
					{ ...p.draft, participantId: p.participantId }
				];
				break;
			case 'override':
				this.#patch(p.participantId, p.postId, {
					override: { overall: p.overall, rating: p.rating, reason: p.reason, by: p.by }
				});
				break;
		}
	}

	#find(participantId: string | undefined, postId: string) {
		return this.posts.find((x) => x.participantId === participantId && x.postId === postId);
	}

	#patch(participantId: string | undefined, postId: string, patch: Partial<ConsolePost>) {
		this.posts = this.posts.map((x) =>
			x.participantId === participantId && x.postId === postId ? { ...x, ...patch } : x
		);
	}

	async send(path: string, body: unknown): Promise<boolean> {
		try {
			const r = await fetch(`/api/x/${this.id}${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
			const data = await r.json().catch(() => ({}));
			this.problem = r.ok ? '' : String(data.message ?? `The server answered ${r.status}.`);
			if (r.ok && path === '/control') void this.refreshGrid();
			return r.ok;
		} catch {
			this.problem = 'No connection to the server.';
			return false;
		}
	}
}
