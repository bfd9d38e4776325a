/** Join codes: issued per exercise (80 bits, forgiving to type), revocable and expiring. */
import type { Queryable } from '../db/types.ts';
import { newJoinCode } from '../auth/tokens.ts';

export interface JoinCode {
	code: string;
	expiresAt: Date;
	revokedAt?: Date;
}

/** Revoke the exercise's live codes and issue a new one. */
export async function issueJoinCode(
	q: Queryable,
	exerciseId: string,
	ttlMs: number,
	now = Date.now()
): Promise<JoinCode> {
	await revokeJoinCodes(q, exerciseId, now);
	const code = newJoinCode();
	const expiresAt = new Date(now + ttlMs);
	await q.query('INSERT INTO join_codes (code, exercise_id, expires_at) VALUES ($1, $2, $3)', [
		code,
		exerciseId,
		expiresAt
	]);
	return { code, expiresAt };
}

export async function revokeJoinCodes(q: Queryable, exerciseId: string, now = Date.now()) {
	await q.query(
		'UPDATE join_codes SET revoked_at = $2 WHERE exercise_id = $1 AND revoked_at IS NULL',
		[exerciseId, new Date(now)]
	);
}

export async function currentJoinCode(
	q: Queryable,
	exerciseId: string,
	now = Date.now()
): Promise<JoinCode | undefined> {
	const [r] = await q.query<{ code: string; expires_at: Date }>(
		`SELECT code, expires_at FROM join_codes
		  WHERE exercise_id = $1 AND revoked_at IS NULL AND expires_at > $2
		  ORDER BY created_at DESC LIMIT 1`,
		[exerciseId, new Date(now)]
	);
	return r && { code: r.code, expiresAt: new Date(r.expires_at) };
}

export type CodeLookup =
	{ ok: true; exerciseId: string } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export async function lookupJoinCode(q: Queryable, code: string, now = Date.now()) {
	const [r] = await q.query<{ exercise_id: string; expires_at: Date; revoked_at: Date | null }>(
		'SELECT exercise_id, expires_at, revoked_at FROM join_codes WHERE code = $1',
		[code]
	);
	const res: CodeLookup = !r
		? { ok: false, reason: 'unknown' }
		: r.revoked_at
			? { ok: false, reason: 'revoked' }
			: new Date(r.expires_at).getTime() <= now
				? { ok: false, reason: 'expired' }
				: { ok: true, exerciseId: r.exercise_id };
	return res;
}
