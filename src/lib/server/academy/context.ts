/**
 * What every academy service works with: the database, the live hub and the wall clock (`now`, replaceable in
 * tests), and the exercise status as the clock sees it. Services validate their inputs and keep the log
 * consistent; callers authorise first (src/lib/server/auth/guard.ts). Every change is one transaction that
 * appends to the log, then an announcement to the hub.
 */
import type { Db } from '../db/types.ts';
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
