/**
 * Live streams (Server-Sent Events) of one exercise.
 *
 * - Exercise control gets the log itself: every event after the client's last event id (the `Last-Event-ID`
 *   header EventSource sends on reconnect, or `?after=`), first the backlog, then live from the hub, each
 *   once and in order.
 * - A trainee gets a projection (src/lib/academy/trainee-view.ts), never the log: clock changes, their
 *   team's drafts, and their world as they may see it, as deltas from the view they have (`?after=&feed=&
 *   signals=` from the page) or whole after a reconnect. The world is advanced when the log changes and when
 *   the scenario clock reaches the next moment the world changes by itself (a minute, a scripted event).
 *
 * Each login may hold STREAMS_PER_LOGIN streams (a new one closes its oldest), the process MAX_STREAMS.
 */
import type { Ctx } from './context.ts';
import { eventsAfter, type EventRow } from '../repo/events.ts';
import { AcademyError } from './errors.ts';
import { config } from '../config.ts';
import { clockNow, rate } from '../../core/clock.ts';
import type { SessionState } from '../../core/state.ts';
import { nextChangeTime } from '../../core/engine.ts';
import type { EventPayload } from '../../academy/events.ts';
import {
	feedMarks,
	worldDelta,
	worldView,
	type TraineeMessage,
	type ViewPosition
} from '../../academy/trainee-view.ts';
import { getExercise, type Exercise } from '../repo/exercises.ts';
import { effectiveStatus } from './context.ts';
import { loadScenario } from './scenarios.ts';
import { worldAt } from './worlds.ts';
import { noteStreamPositions, trackPosition } from './stream-positions.ts';
import { draftsOf } from './clearance.ts';

const PING_MS = 15_000;

/** Live streams one login (a trainee's or an instructor's) may hold at once: a few tabs and devices.
 * Opening one more closes that login's oldest stream (a reloaded tab replaces its old connection). */
export const STREAMS_PER_LOGIN = 6;
/** Live streams this process serves at most (each holds a socket and a timer). */
export const MAX_STREAMS = config().maxStreams;

const byOwner = new Map<string, (() => void)[]>();
let total = 0;

/** Register a stream for `owner`; returns its release function, or undefined when the server is full. */
function admit(owner: string, close: () => void): (() => void) | undefined {
	const mine = byOwner.get(owner) ?? [];
	while (mine.length >= STREAMS_PER_LOGIN) mine.shift()!();
	if (total >= MAX_STREAMS) return undefined;
	mine.push(close);
	byOwner.set(owner, mine);
	total++;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		total--;
		const list = byOwner.get(owner);
		const i = list?.indexOf(close) ?? -1;
		if (list && i >= 0) list.splice(i, 1);
		if (list && !list.length) byOwner.delete(owner);
	};
}

/** Close every live stream (server shutdown: adapter-node waits for open requests to end). */
export function closeAllStreams() {
	for (const list of [...byOwner.values()]) for (const close of [...list]) close();
}

export function parseAfter(header: string | null, query: string | null): number {
	const raw = header ?? query ?? '0';
	const n = Number(raw);
	if (!/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(n))
		throw new AcademyError(400, 'The last event id must be a whole number.');
	return n;
}

interface Channel {
	write(s: string): void;
	/** Send one message with its event id. */
	send(id: number, data: unknown): void;
	readonly open: boolean;
	onClose(fn: () => void): void;
}

/** An SSE response whose body is driven by `run` (called once the stream is admitted). */
function sse(
	owner: string,
	signal: AbortSignal | undefined,
	run: (ch: Channel) => Promise<void>
): Response {
	const enc = new TextEncoder();
	let isOpen = true;
	const closers: (() => void)[] = [];
	let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
	const close = () => {
		if (!isOpen) return;
		isOpen = false;
		release?.();
		for (const fn of closers.splice(0)) {
			try {
				fn();
			} catch {
				/* best effort */
			}
		}
		try {
			controller?.close();
		} catch {
			/* already closed */
		}
	};
	const release = admit(owner, close);
	if (!release)
		throw new AcademyError(503, 'The server has too many live connections; try again in a minute.');
	const ch: Channel = {
		write(s) {
			if (!isOpen || !controller) return;
			try {
				controller.enqueue(enc.encode(s));
			} catch {
				close();
			}
		},
		send(id, data) {
			this.write(`id: ${id}\ndata: ${JSON.stringify(data)}\n\n`);
		},
		get open() {
			return isOpen;
		},
		onClose(fn) {
			if (isOpen) closers.push(fn);
			else fn();
		}
	};
	const body = new ReadableStream<Uint8Array>({
		start(c) {
			controller = c;
			signal?.addEventListener('abort', close);
			const ping = setInterval(() => ch.write(': ping\n\n'), PING_MS);
			closers.push(() => clearInterval(ping));
			ch.write('retry: 2000\n\n');
			run(ch).catch((e) => {
				console.error('ddsim: live stream failed:', e);
				close();
			});
		},
		cancel() {
			close();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store, no-transform',
			'x-accel-buffering': 'no',
			connection: 'keep-alive'
		}
	});
}

/** Exercise control: every event of the log after `after`. */
export function controlStream(
	c: Ctx,
	exerciseId: string,
	after: number,
	signal: AbortSignal | undefined,
	owner: string
): Response {
	return sse(owner, signal, async (ch) => {
		let sent = after;
		let ready = false;
		const pending: EventRow[] = [];
		const send = (rows: EventRow[]) => {
			for (const r of rows) {
				if (r.seq <= sent) continue;
				sent = r.seq;
				ch.send(r.seq, { seq: r.seq, t: r.t, at: r.at, audience: r.audience, payload: r.payload });
			}
		};
		const off = await c.hub.subscribe(exerciseId, after, (rows) =>
			ready ? send(rows) : pending.push(...rows)
		);
		ch.onClose(off);
		send(await eventsAfter(c.db, exerciseId, after, undefined));
		ready = true;
		send(pending.sort((a, b) => a.seq - b.seq));
		pending.length = 0;
	});
}

/** Where a trainee's page left off: the last log event and the view it holds (absent after a reconnect). */
export interface ViewCursor {
	after: number;
	view?: ViewPosition;
}

/** A trainee (or team member): clock, drafts and their own world's view, never the log or the scenario. */
export function traineeStream(
	c: Ctx,
	exercise: Exercise,
	participantId: string,
	cursor: ViewCursor,
	signal: AbortSignal | undefined,
	owner: string,
	now: () => number = () => (c.now ? c.now() : Date.now())
): Response {
	return sse(owner, signal, async (ch) => {
		const scenario = await loadScenario(exercise);
		const e = { ...exercise };
		let seen = cursor.after;
		/** The newest log event that changes this participant's world (an input for them or for all). The
		 * world cache need not read the log again while it has applied everything up to it. */
		let seenInput = 0;
		let view = cursor.view;
		let lastSig = '';
		let timer: ReturnType<typeof setTimeout> | undefined;
		let busy = false;
		let again = false;
		ch.onClose(() => timer && clearTimeout(timer));

		const status = () => effectiveStatus(e, now());

		const pump = async (): Promise<void> => {
			if (!ch.open) return;
			if (busy) {
				again = true;
				return;
			}
			busy = true;
			try {
				do {
					again = false;
					const t = clockNow(e.clock, now());
					const w = await worldAt(c.db, e, participantId, t, seenInput);
					if (!ch.open) return;
					const s = w.state;
					const next = s.ended ? undefined : nextChangeTime(scenario, s);
					if (!view) {
						// Everything read from the world before the await below (the world moves on meanwhile).
						const whole = worldView(scenario, s);
						const at = { feed: s.feed.length, signals: s.metrics.length, marks: feedMarks(s) };
						const sig = signature(s);
						const drafts = e.mode === 'teams' ? await draftsOf(c.db, e.id, participantId) : [];
						if (!ch.open) return;
						ch.send(seen, {
							type: 'reset',
							seq: seen,
							status: status(),
							clock: e.clock,
							view: whole,
							drafts
						} satisfies TraineeMessage);
						view = at;
						lastSig = sig;
					} else {
						const sig = signature(s);
						if (
							s.feed.length !== view.feed ||
							s.metrics.length !== view.signals ||
							sig !== lastSig
						) {
							const delta = worldDelta(scenario, s, view);
							ch.send(seen, { type: 'view', seq: seen, delta } satisfies TraineeMessage);
							view = { feed: s.feed.length, signals: s.metrics.length, marks: feedMarks(s) };
							lastSig = sig;
						}
					}
					schedule(next, t);
				} while (again && ch.open);
			} finally {
				busy = false;
			}
		};

		/** Wake up when the clock reaches scenario time `next` (only while the clock runs). */
		const schedule = (next: number | undefined, t: number) => {
			if (timer) clearTimeout(timer);
			timer = undefined;
			if (next === undefined || !e.clock.running || status() !== 'running') return;
			// Spread out: hundreds of trainees' views reach the same minute together; updating each a little
			// later (up to 1.5 s, or half the wait) keeps the server answering posts in between.
			const wait = ((next - t) / rate(e.clock.speed)) * 1000;
			const ms = wait + 25 + Math.random() * Math.min(1500, wait / 2);
			timer = setTimeout(() => void pump().catch(fail), Math.min(60_000, Math.max(100, ms)));
		};
		const fail = (err: unknown) => {
			console.error('ddsim: trainee view failed:', err);
			ch.send(seen, { type: 'problem', message: problemOf(err) });
		};

		/** Where this stream has read the log (the world cache trusts it: stream-positions.ts). With PostgreSQL
		 * another instance may have appended inputs before `after` that this process's cached world lacks, so
		 * there it vouches only once it has seen an input itself (or the world has caught up past `after`). */
		const pos = { ready: false, lastInput: c.db.kind === 'pglite' ? 0 : cursor.after };
		ch.onClose(trackPosition(e.id, participantId, pos));
		// The hub hands this stream only events for everyone and for this participant (never others' posts).
		const onRows = (rows: EventRow[]) => {
			let changed = false;
			for (const r of rows) {
				if (r.seq <= seen) continue;
				seen = r.seq;
				const p = r.payload as EventPayload;
				if (p.kind === 'clock') {
					e.clock = p.clock;
					e.status = p.status;
					ch.send(r.seq, {
						type: 'clock',
						seq: r.seq,
						status: effectiveStatus(e, now()),
						clock: p.clock
					} satisfies TraineeMessage);
					changed = true;
				} else if (p.kind === 'settings') {
					ch.send(r.seq, { type: 'settings', seq: r.seq, exam: p.exam } satisfies TraineeMessage);
				} else if (p.kind === 'draft') {
					ch.send(r.seq, { type: 'draft', seq: r.seq, draft: p.draft } satisfies TraineeMessage);
				} else if (p.kind === 'input') {
					seenInput = r.seq;
					pos.lastInput = Math.max(pos.lastInput, r.seq);
					changed = true;
				}
			}
			if (changed) void pump().catch(fail);
		};

		let ready = false;
		const pending: EventRow[] = [];
		const off = await c.hub.subscribe(
			e.id,
			seen,
			(rows) => (ready ? onRows(rows) : pending.push(...rows)),
			participantId
		);
		ch.onClose(off);
		onRows(
			await eventsAfter(c.db, e.id, seen, ['all', participantId], ['clock', 'draft', 'input'])
		);
		ready = true;
		onRows(pending.sort((a, b) => a.seq - b.seq));
		pending.length = 0;
		pos.ready = true;
		noteStreamPositions(c.hub, e.id, participantId);
		await pump();
	});
}

/** What changes in place in a world (counts, deletions, the pin, open questions, the end). */
function signature(s: SessionState) {
	const open = (s.questions ?? []).filter((q) => !q.answeredBy).length;
	return `${s.ended ? 1 : 0}:${s.posts.length}:${s.posts.filter((p) => p.deleted).length}:${open}:${s.pinned?.postId ?? ''}|${feedMarks(s).join('|')}`;
}

function problemOf(err: unknown): string {
	if (err instanceof AcademyError) return err.message;
	if (err instanceof Error && err.name === 'EngineError')
		return `The simulation of this exercise stopped (${err.message}). Tell exercise control.`;
	return 'The live view could not be updated; reload the page.';
}

/** The trainee stream of exercise `exerciseId`, or 404 when it has been deleted since the member joined. */
export async function traineeStreamOf(
	c: Ctx,
	exerciseId: string,
	participantId: string,
	cursor: ViewCursor,
	signal: AbortSignal | undefined,
	owner: string
): Promise<Response> {
	const e = await getExercise(c.db, exerciseId);
	if (!e) throw new AcademyError(404, 'This exercise no longer exists.');
	return traineeStream(c, e, participantId, cursor, signal, owner);
}
