import { instructorOf, publicOrigin, requireExercise } from '$lib/server/auth/guard';
import { academy } from '$lib/server/app';
import { consoleView } from '$lib/server/academy/views';
import { addCoInstructor, issueCode, revokeCode } from '$lib/server/academy/access';
import { acted } from '$lib/server/academy/http';

export async function load(event) {
	const { exercise: e, c } = await requireExercise(event, 'instructor', { redirect: true });
	return { view: await consoleView(c.db, e, Date.now()), origin: publicOrigin(event.url) };
}

export const actions = {
	newCode: async (event) => {
		await instructorOf(event, event.params.id);
		return acted(async () => {
			await issueCode(await academy(), event.params.id);
			return { message: 'A new code is live; the old one no longer works.' };
		});
	},
	revokeCode: async (event) => {
		await instructorOf(event, event.params.id);
		return acted(async () => {
			await revokeCode(await academy(), event.params.id);
			return { message: 'The code is revoked: nobody else can join until you issue a new one.' };
		});
	},
	addInstructor: async (event) => {
		await instructorOf(event, event.params.id);
		const form = await event.request.formData();
		return acted(async () => {
			const u = await addCoInstructor(await academy(), event.params.id, form.get('username'));
			return { message: `${u.displayName} can now control this exercise.` };
		});
	}
};
