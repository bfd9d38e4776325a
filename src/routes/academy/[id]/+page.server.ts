import { academy } from '$lib/server/app';
import { instructorOf, publicOrigin, requireExercise } from '$lib/server/auth/guard';
import * as ex from '$lib/server/repo/exercises';
import { findUserForLogin } from '$lib/server/repo/users';
import { consoleView } from '$lib/server/academy/views';
import { CODE_TTL } from '$lib/server/academy/service';
import { acted } from '$lib/server/academy/http';
import { AcademyError } from '$lib/server/academy/errors';

export async function load(event) {
	const { exercise: e, c } = await requireExercise(event, 'instructor', { redirect: true });
	return { view: await consoleView(c.db, e, Date.now()), origin: publicOrigin(event.url) };
}

export const actions = {
	newCode: async (event) => {
		await instructorOf(event, event.params.id);
		const { db } = await academy();
		await ex.issueJoinCode(db, event.params.id, CODE_TTL);
		return { message: 'A new code is live; the old one no longer works.' };
	},
	revokeCode: async (event) => {
		await instructorOf(event, event.params.id);
		const { db } = await academy();
		await ex.revokeJoinCodes(db, event.params.id);
		return { message: 'The code is revoked: nobody else can join until you issue a new one.' };
	},
	addInstructor: async (event) => {
		await instructorOf(event, event.params.id);
		const form = await event.request.formData();
		return acted(async () => {
			const { db } = await academy();
			const u = await findUserForLogin(
				db,
				String(form.get('username') ?? '')
					.trim()
					.toLowerCase()
			);
			if (!u) throw new AcademyError(404, 'No instructor with that username.');
			if (u.role !== 'instructor' || !(await ex.addInstructor(db, event.params.id, u.id)))
				throw new AcademyError(
					400,
					`'${u.username}' is a trainee account; only instructor accounts can control an exercise.`
				);
			return { message: `${u.displayName} can now control this exercise.` };
		});
	}
};
