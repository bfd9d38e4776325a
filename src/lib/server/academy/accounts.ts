/**
 * Creating instructor accounts, the first-run set-up, logging in and out (shared by the setup page, the login
 * page, the academy home and the CLI).
 */
import type { Db, Queryable } from '../db/types.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import {
	countUsers,
	createUser,
	findUserForLogin,
	lockFirstRun,
	USERNAME,
	type Role
} from '../repo/users.ts';
import { createSession, INSTRUCTOR_TTL } from '../repo/sessions.ts';
import { endSession } from '../auth/session-cache.ts';
import { AcademyError, cleanName } from './errors.ts';

export async function createInstructor(
	db: Queryable,
	input: { username: unknown; displayName?: unknown; password: unknown; role?: Role }
) {
	const username = typeof input.username === 'string' ? input.username.trim().toLowerCase() : '';
	if (!USERNAME.test(username))
		throw new AcademyError(
			400,
			'A username is 2–40 lower-case letters, digits, dots, dashes or underscores.'
		);
	const displayName = input.displayName
		? cleanName(input.displayName, 'The display name', 60)
		: username;
	const password = typeof input.password === 'string' ? input.password : '';
	const problem = passwordProblem(password, [username, displayName]);
	if (problem) throw new AcademyError(400, problem);
	try {
		return await createUser(db, {
			username,
			displayName,
			passwordHash: await hashPassword(password),
			role: input.role ?? 'instructor'
		});
	} catch (e) {
		throw new AcademyError(409, (e as Error).message);
	}
}

/** A dummy hash, so a login for an unknown user takes as long as one for a known user. */
let dummy: Promise<string> | undefined;

export async function login(db: Db, username: unknown, password: unknown) {
	const u = typeof username === 'string' ? username.trim().toLowerCase().slice(0, 60) : '';
	const pw = typeof password === 'string' ? password.slice(0, 500) : '';
	const user = u ? await findUserForLogin(db, u) : undefined;
	dummy ??= hashPassword('not a real password');
	const ok = await verifyPassword(pw, user?.passwordHash ?? (await dummy));
	if (!user || !ok) throw new AcademyError(401, 'Wrong username or password.');
	return { user, session: await createSession(db, { userId: user.id }, INSTRUCTOR_TTL) };
}

/** Whether any instructor account exists (none: the first-run set-up page is open). */
export async function hasInstructors(q: Queryable): Promise<boolean> {
	return (await countUsers(q)) > 0;
}

/**
 * The first-run set-up: create the first instructor and log them in, in one transaction that checks again
 * that no instructor exists. Undefined when one already does. Concurrent set-ups (two browsers, or two app
 * instances on one PostgreSQL) take a lock first, so exactly one of them creates the first instructor.
 */
export async function setupFirstInstructor(
	db: Db,
	input: { username: unknown; displayName?: unknown; password: unknown }
) {
	return db.tx(async (q) => {
		await lockFirstRun(q);
		if (await hasInstructors(q)) return undefined;
		const user = await createInstructor(q, input);
		return { user, session: await createSession(q, { userId: user.id }, INSTRUCTOR_TTL) };
	});
}

/** End this login session (an unknown token is fine: the cookie is cleared either way). */
export async function logout(q: Queryable, token: string) {
	await endSession(q, token);
}
