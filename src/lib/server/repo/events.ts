/**
 * The append-only exercise log. Each exercise numbers its events 1, 2, 3… under the exercise row lock, so the
 * sequence has no gaps and commit order equals sequence order: a live stream that resumes "after event n"
 * can never miss one. `audience` says who may see an event: 'all', 'control' (instructors only) or a
 * participant id (that trainee or team, and instructors).
 */
import type { Queryable } from '../db/types.ts';
import { rowChanged } from './exercises.ts';

export interface EventRow<P = unknown> {
	seq: number;
	audience: string;
	kind: string;
	t: number;
	payload: P;
	at: string;
}

export interface NewEvent {
	audience: string;
	kind: string;
	t: number;
	payload: unknown;
}

interface Row {
	seq: number;
	audience: string;
	kind: string;
	t: number;
	payload: unknown;
	at: Date;
}
const row = (r: Row): EventRow => ({
	seq: r.seq,
	audience: r.audience,
	kind: r.kind,
	t: r.t,
	payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
	at: new Date(r.at).toISOString()
});

/**
 * Append events; call inside a transaction. One statement numbers them (the exercise row is locked by the
 * update, so commit order is sequence order) and stores them. The rows returned are what the log now holds
 * (payloads parsed from the stored JSON text, so nothing shares objects with the caller).
 */
export async function appendEvents(
	q: Queryable,
	exerciseId: string,
	events: NewEvent[]
): Promise<EventRow[]> {
	if (!events.length) return [];
	rowChanged(exerciseId);
	const json = events.map((e) => JSON.stringify(e.payload));
	const rows = await q.query<{ seq: number; at: Date }>(
		`WITH u AS (UPDATE exercises SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq)
		 INSERT INTO events (exercise_id, seq, audience, kind, t, payload)
		 SELECT $1, u.last_seq - $2 + x.n, x.audience, x.kind, x.t, x.payload::jsonb
		   FROM u, unnest($3::text[], $4::text[], $5::integer[], $6::text[])
		        WITH ORDINALITY AS x(audience, kind, t, payload, n)
		 RETURNING seq, at`,
		[
			exerciseId,
			events.length,
			events.map((e) => e.audience),
			events.map((e) => e.kind),
			events.map((e) => Math.floor(e.t)),
			json
		]
	);
	if (rows.length !== events.length) throw new Error(`No exercise ${exerciseId}`);
	rows.sort((a, b) => a.seq - b.seq);
	return events.map((e, i) => ({
		seq: rows[i].seq,
		audience: e.audience,
		kind: e.kind,
		t: Math.floor(e.t),
		payload: JSON.parse(json[i]),
		at: new Date(rows[i].at).toISOString()
	}));
}

/** Events after `afterSeq` that `audiences` may see (all events when `audiences` is undefined). */
export async function eventsAfter(
	q: Queryable,
	exerciseId: string,
	afterSeq: number,
	audiences?: string[],
	kinds?: string[]
): Promise<EventRow[]> {
	const params: unknown[] = [exerciseId, afterSeq];
	let where = 'exercise_id = $1 AND seq > $2';
	if (audiences) {
		params.push(audiences);
		where += ` AND audience = ANY($${params.length}::text[])`;
	}
	if (kinds) {
		params.push(kinds);
		where += ` AND kind = ANY($${params.length}::text[])`;
	}
	const rows = await q.query<Row>(
		`SELECT seq, audience, kind, t, payload, at FROM events WHERE ${where} ORDER BY seq`,
		params
	);
	return rows.map(row);
}
