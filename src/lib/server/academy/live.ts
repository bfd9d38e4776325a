/**
 * Live fan-out of the exercise log. After a transaction that appended events commits, `announce(exerciseId)`
 * wakes this process's hub; with PostgreSQL it also sends NOTIFY so every app instance wakes. A woken hub
 * reads the new events from the database (one query per exercise, however many listeners) and hands them to
 * its listeners in sequence order. Reading from the log, not from the notification, is what makes delivery
 * gap-free across instances.
 *
 * The transaction that appended events may hand them over (`announce(id, rows)`): when they continue exactly
 * where the hub's cursor is, they are delivered as they are, without reading them back (a post then costs
 * no extra query, however busy the exercise). Rows that leave a gap (another instance's events not yet seen)
 * and wake-ups without rows (NOTIFY, other writers) fall back to reading the log.
 *
 * A listener may take only the events of one audience (a trainee's stream: events for everyone and for their
 * own participant). The hub routes each event to the listeners that take it, so a post reaches exercise
 * control and its author's streams, not a callback per listener of the exercise (300 trainees: 300 calls
 * that would each look at the row and drop it).
 */
import type { Db } from '../db/types.ts';
import { eventsAfter, type EventRow } from '../repo/events.ts';

const CHANNEL = 'ddsim_events';

type Listener = (rows: EventRow[]) => void;

interface Topic {
	cursor: number;
	/** Listeners of every event (exercise control). */
	listeners: Set<Listener>;
	/** Listeners of the events for everyone ('all') and for one audience, by that audience. */
	only: Map<string, Set<Listener>>;
	running: boolean;
	/** The log must be read again (a wake-up without rows, or handed rows that did not continue the cursor). */
	again: boolean;
	/** Committed rows handed over by this process, not yet delivered. */
	handed: EventRow[];
}

function call(fn: Listener, rows: EventRow[]) {
	try {
		fn(rows);
	} catch (e) {
		console.error('ddsim: live listener failed:', e);
	}
}

export class Hub {
	#topics = new Map<string, Topic>();
	#listening: Promise<unknown> | undefined;

	constructor(private db: Db) {}

	/**
	 * Listen to an exercise's new events (those after `fromSeq`, as they are committed): every event, or with
	 * `only`, just the events for everyone (audience 'all') and for audience `only`.
	 */
	async subscribe(
		exerciseId: string,
		fromSeq: number,
		fn: Listener,
		only?: string
	): Promise<() => void> {
		if (this.db.kind === 'postgres' && !this.#listening)
			this.#listening = this.db.listen(CHANNEL, (id) => this.wake(id));
		await this.#listening;
		let topic = this.#topics.get(exerciseId);
		if (!topic) {
			topic = {
				cursor: fromSeq,
				listeners: new Set(),
				only: new Map(),
				running: false,
				again: false,
				handed: []
			};
			this.#topics.set(exerciseId, topic);
		}
		topic.cursor = Math.min(topic.cursor, fromSeq);
		const t = topic;
		let set = t.listeners;
		if (only !== undefined) {
			set = t.only.get(only) ?? new Set();
			t.only.set(only, set);
		}
		set.add(fn);
		return () => {
			set.delete(fn);
			if (only !== undefined && !set.size && t.only.get(only) === set) t.only.delete(only);
			if (!t.listeners.size && !t.only.size && this.#topics.get(exerciseId) === t)
				this.#topics.delete(exerciseId);
		};
	}

	/** The last event delivered to this exercise's listeners (undefined when nobody listens here). Every
	 * listener has been handed every event it takes up to this one. */
	deliveredThrough(exerciseId: string): number | undefined {
		return this.#topics.get(exerciseId)?.cursor;
	}

	/** Events were committed for this exercise: tell this instance, and the others via NOTIFY. `rows`, when
	 * given, are the committed events themselves (all of one transaction's, in order). */
	async announce(exerciseId: string, rows?: readonly EventRow[]) {
		this.wake(exerciseId, rows);
		// Other instances are woken without the caller waiting: under load the NOTIFY waits for a pooled
		// connection, and a trainee's acknowledgement must not wait behind it (their post is committed).
		if (this.db.kind === 'postgres') void this.db.notify(CHANNEL, exerciseId).catch(() => {});
	}

	wake(exerciseId: string, rows?: readonly EventRow[]) {
		const topic = this.#topics.get(exerciseId);
		if (!topic) return;
		if (rows?.length) topic.handed.push(...rows);
		else topic.again = true;
		if (topic.running) return;
		topic.running = true;
		void this.#drain(exerciseId, topic);
	}

	/** The handed rows that continue the cursor, in order; the rest stay (or, once read from the log, go). */
	#continuing(topic: Topic): EventRow[] {
		const h = topic.handed.filter((r) => r.seq > topic.cursor).sort((a, b) => a.seq - b.seq);
		const out: EventRow[] = [];
		let next = topic.cursor + 1;
		while (h.length && h[0].seq <= next) {
			const r = h.shift()!;
			if (r.seq < next) continue; // the same row handed twice
			out.push(r);
			next++;
		}
		topic.handed = h;
		if (h.length) topic.again = true; // a gap: someone else's events came in between
		return out;
	}

	#deliver(topic: Topic, rows: EventRow[]) {
		if (!rows.length) return;
		topic.cursor = rows[rows.length - 1].seq;
		for (const fn of topic.listeners) call(fn, rows);
		if (!topic.only.size) return;
		// Route: rows for everyone go to every audience listener; the others to their audience's listeners only.
		const forAll = rows.some((r) => r.audience === 'all');
		const by = new Map<string, EventRow[]>();
		for (const r of rows) {
			if (r.audience === 'all' || !topic.only.has(r.audience)) continue;
			const list = by.get(r.audience);
			if (list) list.push(r);
			else by.set(r.audience, [r]);
		}
		if (forAll) {
			const everyone = rows.filter((r) => r.audience === 'all');
			for (const [audience, set] of topic.only) {
				const mine = by.has(audience)
					? rows.filter((r) => r.audience === 'all' || r.audience === audience)
					: everyone;
				for (const fn of set) call(fn, mine);
			}
		} else {
			for (const [audience, mine] of by) for (const fn of topic.only.get(audience)!) call(fn, mine);
		}
	}

	async #drain(exerciseId: string, topic: Topic) {
		try {
			for (;;) {
				const handed = this.#continuing(topic);
				if (handed.length) {
					this.#deliver(topic, handed);
					continue;
				}
				if (!topic.again) break;
				topic.again = false;
				const rows = await eventsAfter(this.db, exerciseId, topic.cursor);
				this.#deliver(topic, rows);
				// Handed rows are committed, so a read returns them (and all before them). If it returned nothing
				// and none continues the cursor, they cannot be delivered in order: drop them, never loop.
				if (!rows.length && topic.handed.every((r) => r.seq > topic.cursor + 1)) topic.handed = [];
			}
		} catch (e) {
			console.error('ddsim: reading new events failed:', e);
		} finally {
			topic.running = false;
		}
	}

	get topicCount() {
		return this.#topics.size;
	}
}
