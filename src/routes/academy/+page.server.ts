import { redirect } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { countUsers } from '$lib/server/repo/users';
import { listExercisesFor } from '$lib/server/repo/exercises';
import { deleteSession } from '$lib/server/repo/sessions';
import { COOKIE, clearSessionCookie, requireInstructor } from '$lib/server/auth/guard';
import { effectiveStatus } from '$lib/server/academy/service';
import { humanDuration } from '$lib/format';

export async function load(event) {
	const { db } = await academy();
	if ((await countUsers(db)) === 0) redirect(303, '/academy/setup');
	const me = await requireInstructor(event, { redirect: true });
	const now = Date.now();
	return {
		me: { name: me.displayName },
		exercises: (await listExercisesFor(db, me.userId)).map((e) => ({
			id: e.id,
			title: e.title,
			scenarioId: e.scenarioId,
			status: effectiveStatus(e, now),
			trainees: e.trainees,
			created: e.createdAt.toISOString().slice(0, 16).replace('T', ' '),
			length: humanDuration(e.clock.end)
		}))
	};
}

export const actions = {
	logout: async ({ cookies, url }) => {
		const token = cookies.get(COOKIE);
		if (token) await deleteSession((await academy()).db, token);
		clearSessionCookie(cookies, url);
		redirect(303, '/academy/login');
	}
};
