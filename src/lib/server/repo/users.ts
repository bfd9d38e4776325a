/** Instructor accounts. */
import type { Queryable } from '../db/types.ts';
import { newId } from '../auth/tokens.ts';

export type Role = 'instructor' | 'trainee';

export interface User {
	id: string;
	username: string;
	displayName: string;
	role: Role;
}

interface Row {
	id: string;
	username: string;
	display_name: string;
	password_hash: string;
	role: Role;
}
const user = (r: Row): User => ({
	id: r.id,
	username: r.username,
	displayName: r.display_name,
	role: r.role
});

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

/** How many instructor accounts exist (none: the first-run page is open). */
export async function countUsers(q: Queryable): Promise<number> {
	const [r] = await q.query<{ n: number }>(
		"SELECT count(*)::int AS n FROM users WHERE role = 'instructor'"
	);
	return r.n;
}

/**
 * Serialise first-run set-ups until the transaction ends (a transaction-level advisory lock). Under READ
 * COMMITTED two set-ups could otherwise both count no instructor and both create one; with it, the second
 * waits, then counts the first one's account.
 */
export async function lockFirstRun(q: Queryable): Promise<void> {
	await q.query('SELECT pg_advisory_xact_lock(4215032)');
}

export async function createUser(
	q: Queryable,
	u: { username: string; displayName: string; passwordHash: string; role?: Role }
): Promise<User> {
	const [r] = await q.query<Row>(
		`INSERT INTO users (id, username, display_name, password_hash, role) VALUES ($1, $2, $3, $4, $5)
		 ON CONFLICT (username) DO NOTHING RETURNING *`,
		[newId('u'), u.username, u.displayName, u.passwordHash, u.role ?? 'instructor']
	);
	if (!r) throw new Error(`The username '${u.username}' is taken.`);
	return user(r);
}

export async function findUserForLogin(
	q: Queryable,
	username: string
): Promise<(User & { passwordHash: string }) | undefined> {
	const [r] = await q.query<Row>('SELECT * FROM users WHERE username = $1', [username]);
	return r && { ...user(r), passwordHash: r.password_hash };
}

export async function listUsers(q: Queryable): Promise<User[]> {
	return (await q.query<Row>('SELECT * FROM users ORDER BY role, username')).map(user);
}
