/**
 * Server-side login sessions. The cookie holds a random token; the table holds only its hash, who it belongs
 * to (an instructor or an exercise member) and when it expires.
 */
import type { Queryable } from '../db/types.ts';
import { hashToken, newToken } from '../auth/tokens.ts';

export const INSTRUCTOR_TTL = 12 * 3600 * 1000;
export const MEMBER_TTL = 24 * 3600 * 1000;

export type Principal =
	| { kind: 'instructor'; userId: string; username: string; displayName: string }
	/** A trainee's own account: may join exercises (and rejoin from another device). */
	| { kind: 'account'; userId: string; username: string; displayName: string }
	| {
			kind: 'member';
			memberId: string;
			exerciseId: string;
			participantId: string;
			displayName: string;
			isLead: boolean;
	  };

export async function createSession(
	q: Queryable,
	owner: { userId: string } | { memberId: string },
	ttlMs: number,
	now = Date.now()
): Promise<{ token: string; expires: Date }> {
	const token = newToken();
	const expires = new Date(now + ttlMs);
	await q.query(
		'INSERT INTO auth_sessions (token_hash, user_id, member_id, expires_at) VALUES ($1, $2, $3, $4)',
		[
			hashToken(token),
			'userId' in owner ? owner.userId : null,
			'memberId' in owner ? owner.memberId : null,
			expires
		]
	);
	return { token, expires };
}

interface Row {
	user_id: string | null;
	username: string | null;
	user_name: string | null;
	role: string | null;
	member_id: string | null;
	exercise_id: string | null;
	participant_id: string | null;
	member_name: string | null;
	is_lead: boolean | null;
	expires_at: Date | string;
}

/** A live session: who it belongs to and when it expires. */
export interface FoundSession {
	principal: Principal;
	expiresAt: number;
}

/** The live session of `token` (not expired at `now`), with its expiry. */
export async function findSession(
	q: Queryable,
	token: string | undefined,
	now = Date.now()
): Promise<FoundSession | undefined> {
	if (!token || token.length > 100) return undefined;
	const [r] = await q.query<Row>(
		`SELECT s.user_id, u.username, u.display_name AS user_name, u.role, s.member_id, m.exercise_id,
		        m.participant_id, m.display_name AS member_name, m.is_lead, s.expires_at
		   FROM auth_sessions s
		   LEFT JOIN users u ON u.id = s.user_id
		   LEFT JOIN members m ON m.id = s.member_id
		  WHERE s.token_hash = $1 AND s.expires_at > $2`,
		[hashToken(token), new Date(now)]
	);
	if (!r) return undefined;
	const expiresAt = new Date(r.expires_at).getTime();
	if (r.user_id && r.username)
		return {
			expiresAt,
			principal: {
				kind: r.role === 'trainee' ? 'account' : 'instructor',
				userId: r.user_id,
				username: r.username,
				displayName: r.user_name ?? r.username
			}
		};
	if (r.member_id && r.exercise_id && r.participant_id)
		return {
			expiresAt,
			principal: {
				kind: 'member',
				memberId: r.member_id,
				exerciseId: r.exercise_id,
				participantId: r.participant_id,
				displayName: r.member_name ?? '',
				isLead: !!r.is_lead
			}
		};
	return undefined;
}

export async function resolveSession(
	q: Queryable,
	token: string | undefined,
	now = Date.now()
): Promise<Principal | undefined> {
	return (await findSession(q, token, now))?.principal;
}

export async function deleteSession(q: Queryable, token: string) {
	await q.query('DELETE FROM auth_sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Delete the sessions that have expired; returns how many. */
export async function purgeExpiredSessions(q: Queryable, now = Date.now()): Promise<number> {
	const rows = await q.query('DELETE FROM auth_sessions WHERE expires_at <= $1 RETURNING 1', [
		new Date(now)
	]);
	return rows.length;
}
