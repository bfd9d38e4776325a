/**
 * Persisted world snapshots (academy/worlds.ts): per participant, the latest state the server computed, with
 * the last logged input it contains (`seq`) and the engine that made it. A cache, never the record: the event
 * log is. The state is kept as JSON text (not jsonb, which would reorder its keys), so it parses back to
 * exactly the object that was saved.
 */
import type { Queryable } from '../db/types.ts';

export interface SnapshotRow {
	engine: string;
	seq: number;
	t: number;
	state: string;
}

export async function loadSnapshot(
	q: Queryable,
	exerciseId: string,
	participantId: string
): Promise<SnapshotRow | undefined> {
	const [r] = await q.query<SnapshotRow>(
		'SELECT engine, seq, t, state FROM world_snapshots WHERE exercise_id = $1 AND participant_id = $2',
		[exerciseId, participantId]
	);
	return r;
}

/** Keep this snapshot unless a newer one (more of the log applied) is already stored. */
export async function saveSnapshot(
	q: Queryable,
	exerciseId: string,
	participantId: string,
	s: SnapshotRow
): Promise<void> {
	await q.query(
		`INSERT INTO world_snapshots (exercise_id, participant_id, engine, seq, t, state)
		 VALUES ($1, $2, $3, $4, $5, $6)
		 ON CONFLICT (exercise_id, participant_id) DO UPDATE
		   SET engine = EXCLUDED.engine, seq = EXCLUDED.seq, t = EXCLUDED.t, state = EXCLUDED.state,
		       saved_at = now()
		 WHERE world_snapshots.seq <= EXCLUDED.seq OR world_snapshots.engine <> EXCLUDED.engine`,
		[exerciseId, participantId, s.engine, s.seq, s.t, s.state]
	);
}
