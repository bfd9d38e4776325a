/** Creating instructor accounts and logging in (shared by the setup page, the login page and the CLI). */
import type { Db } from '../db/types.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { createUser, findUserForLogin, USERNAME, type Role } from '../repo/users.ts';
import { createSession, INSTRUCTOR_TTL } from '../repo/sessions.ts';
import { AcademyError, cleanName } from './errors.ts';

export async function createInstructor(
	db: Db,
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
