/**
 * What every academy service works with: the database, the live hub and the wall clock (`now`, replaceable in
 * tests), and the exercise status as the clock sees it. Services validate their inputs and keep the log
 * consistent; callers authorise first (src/lib/server/auth/guard.ts). Every change is one transaction that
 * appends to the log, then an announcement to the hub.
 */
import type { Db, Queryable } from '../db/types.ts';
import { clockNow, type Clock } from '../../core/clock.ts';
import type { EventPayload, ExerciseStatus } from '../../academy/events.ts';
import type { NewEvent } from '../repo/events.ts';
import type { Hub } from './live.ts';

export interface Ctx {
	db: Db;
	hub: Hub;
	now?: () => number;
}

/** The wall clock of this context, in ms. */
export const nowOf = (c: Ctx) => (c.now ? c.now() : Date.now());

/** A log event of `payload`, for `audience` ('all', 'control' or a participant id), at scenario time `t`. */
export const ev = (audience: string, t: number, payload: EventPayload): NewEvent => ({
	audience,
	kind: payload.kind,
	t,
	payload
});

/** Status, with the clock's end taken into account (an exercise whose time has run out has ended). */
export function effectiveStatus(
	e: { status: ExerciseStatus; clock: Clock },
	now: number
): ExerciseStatus {
	if (e.status === 'running' && clockNow(e.clock, now) >= e.clock.end) return 'ended';
	return e.status;
}

/**
 * Writers of one exercise take their turn in this process before they take a database connection. Each such
 * transaction locks the exercise row first, so they run one at a time anyway; queueing here keeps the waiting
 * ones from holding pooled PostgreSQL connections that a view, a join or the NOTIFY after a commit needs (with
 * 300 trainees posting, ten parked transactions starved everyone else). The row lock stays: it is what
 * serialises writers across app instances.
 */
const queues = new WeakMap<Db, Map<string, Promise<unknown>>>();

export function exerciseTx<T>(
	c: Ctx,
	exerciseId: string,
	fn: (q: Queryable) => Promise<T>
): Promise<T> {
	let byId = queues.get(c.db);
	if (!byId) queues.set(c.db, (byId = new Map()));
	const run = (byId.get(exerciseId) ?? Promise.resolve()).then(() => c.db.tx(fn));
	const tail = run.then(
		() => undefined,
		() => undefined
	);
	byId.set(exerciseId, tail);
	void tail.then(() => {
		if (byId.get(exerciseId) === tail) byId.delete(exerciseId);
	});
	return run;
}
