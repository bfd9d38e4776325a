/**
 * Who may get into an exercise, as exercise control decides on the console: the trainees' join code (issue a
 * new one, which retires the old; or revoke it) and the instructors who share control. Each change runs in
 * one transaction under the exercise's row lock, so two clicks at once never leave two live codes.
 *
 * These change no event in the log (a code or a co-instructor is not part of the exercise's story), so there
 * is nothing to announce on the hub: the console that made the change reloads its view.
 */
import type { Queryable } from '../db/types.ts';
import * as ex from '../repo/exercises.ts';
import { findUserForLogin } from '../repo/users.ts';
import { AcademyError } from './errors.ts';
import type { Ctx } from './context.ts';
import { CODE_TTL } from './exercise-setup.ts';

const nowOf = (c: Ctx) => (c.now ? c.now() : Date.now());

async function locked(q: Queryable, exerciseId: string) {
	const e = await ex.lockExercise(q, exerciseId);
	if (!e) throw new AcademyError(404, 'No such exercise.');
	return e;
}

/** A new join code, valid for CODE_TTL; every earlier code of the exercise stops working. */
export async function issueCode(c: Ctx, exerciseId: string): Promise<ex.JoinCode> {
	return c.db.tx(async (q) => {
		await locked(q, exerciseId);
		return ex.issueJoinCode(q, exerciseId, CODE_TTL, nowOf(c));
	});
}

/** No code works any more until a new one is issued (members already in stay in). */
export async function revokeCode(c: Ctx, exerciseId: string): Promise<void> {
	await c.db.tx(async (q) => {
		await locked(q, exerciseId);
		await ex.revokeJoinCodes(q, exerciseId, nowOf(c));
	});
}

/**
 * Give another instructor account control of this exercise (adding one who already has it is fine).
 * Returns their display name; a trainee account or an unknown username is refused.
 */
export async function addCoInstructor(
	c: Ctx,
	exerciseId: string,
	username: unknown
): Promise<{ displayName: string }> {
	const name = typeof username === 'string' ? username.trim().toLowerCase().slice(0, 60) : '';
	if (!name) throw new AcademyError(404, 'No instructor with that username.');
	return c.db.tx(async (q) => {
		await locked(q, exerciseId);
		const u = await findUserForLogin(q, name);
		if (!u) throw new AcademyError(404, 'No instructor with that username.');
		if (u.role !== 'instructor' || !(await ex.addInstructor(q, exerciseId, u.id)))
			throw new AcademyError(
				400,
				`'${u.username}' is a trainee account; only instructor accounts can control an exercise.`
			);
		return { displayName: u.displayName };
	});
}
