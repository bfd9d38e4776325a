/**
 * The append-only exercise log. Each exercise numbers its events 1, 2, 3… under the exercise row lock, so the
 * sequence has no gaps and commit order equals sequence order: a live stream that resumes "after event n"
 * can never miss one. `audience` says who may see an event: 'all', 'control' (instructors only) or a
 * participant id (that trainee or team, and instructors).
 */
import type { Queryable } from '../db/types.ts';

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

/** Append events; call inside a transaction (the exercise row is locked by the update). */
export async function appendEvents(
	q: Queryable,
	exerciseId: string,
	events: NewEvent[]
): Promise<EventRow[]> {
	if (!events.length) return [];
	const [r] = await q.query<{ last_seq: number }>(
		'UPDATE exercises SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq',
		[exerciseId, events.length]
	);
	if (!r) throw new Error(`No exercise ${exerciseId}`);
	const first = r.last_seq - events.length + 1;
	const out: EventRow[] = [];
	for (const [i, e] of events.entries()) {
		const [ins] = await q.query<Row>(
			`INSERT INTO events (exercise_id, seq, audience, kind, t, payload)
			 VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING seq, audience, kind, t, payload, at`,
			[exerciseId, first + i, e.audience, e.kind, Math.floor(e.t), JSON.stringify(e.payload)]
		);
		out.push(row(ins));
	}
	return out;
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
