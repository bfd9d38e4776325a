import { json } from '@sveltejs/kit';
import { requireExercise } from '$lib/server/auth/guard';
import { api } from '$lib/server/academy/http';
import { grid } from '$lib/server/academy/views';

/** The console grid: each trainee's latest signals at the current scenario time. */
export const GET = (event) =>
	api(async () => {
		const { exercise: e, c } = await requireExercise(event, 'instructor');
		return json(await grid(c.db, e, Date.now()));
	});
