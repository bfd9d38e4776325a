/**
 * Live fan-out of the exercise log. After a transaction that appended events commits, `announce(exerciseId)`
 * wakes this process's hub; with PostgreSQL it also sends NOTIFY so every app instance wakes. A woken hub
 * reads the new events from the database (one query per exercise, however many listeners) and hands them to
 * its listeners in sequence order. Reading from the log, not from the notification, is what makes delivery
 * gap-free across instances.
 */
import type { Db } from '../db/types.ts';
import { eventsAfter, type EventRow } from '../repo/events.ts';

const CHANNEL = 'ddsim_events';

type Listener = (rows: EventRow[]) => void;

interface Topic {
	cursor: number;
	listeners: Set<Listener>;
	running: boolean;
	again: boolean;
}

export class Hub {
	#topics = new Map<string, Topic>();
	#listening: Promise<unknown> | undefined;

	constructor(private db: Db) {}

	/** Listen to an exercise's new events (those after `fromSeq`, as they are committed). */
	async subscribe(exerciseId: string, fromSeq: number, fn: Listener): Promise<() => void> {
		if (this.db.kind === 'postgres' && !this.#listening)
			this.#listening = this.db.listen(CHANNEL, (id) => this.wake(id));
		await this.#listening;
		let topic = this.#topics.get(exerciseId);
		if (!topic) {
			topic = { cursor: fromSeq, listeners: new Set(), running: false, again: false };
			this.#topics.set(exerciseId, topic);
		}
		topic.cursor = Math.min(topic.cursor, fromSeq);
		topic.listeners.add(fn);
		return () => {
			topic.listeners.delete(fn);
			if (!topic.listeners.size && this.#topics.get(exerciseId) === topic)
				this.#topics.delete(exerciseId);
		};
	}

	/** Events were committed for this exercise: tell this instance, and the others via NOTIFY. */
	async announce(exerciseId: string) {
		this.wake(exerciseId);
		if (this.db.kind === 'postgres') await this.db.notify(CHANNEL, exerciseId).catch(() => {});
	}

	wake(exerciseId: string) {
		const topic = this.#topics.get(exerciseId);
		if (!topic) return;
		if (topic.running) {
			topic.again = true;
			return;
		}
		topic.running = true;
		void this.#drain(exerciseId, topic);
	}

	async #drain(exerciseId: string, topic: Topic) {
		try {
			do {
				topic.again = false;
				const rows = await eventsAfter(this.db, exerciseId, topic.cursor);
				if (!rows.length) continue;
				topic.cursor = rows[rows.length - 1].seq;
				for (const fn of topic.listeners) {
					try {
						fn(rows);
					} catch (e) {
						console.error('ddsim: live listener failed:', e);
					}
				}
			} while (topic.again);
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
