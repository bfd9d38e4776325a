import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { api } from '$lib/server/academy/http';
import { getExercise } from '$lib/server/repo/exercises';
import { grid } from '$lib/server/academy/views';
import { AcademyError } from '$lib/server/academy/errors';

/** The console grid: each trainee's latest signals at the current scenario time. */
export const GET = (event) =>
	api(async () => {
		await instructorOf(event, event.params.id);
		const { db } = await academy();
		const e = await getExercise(db, event.params.id);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		return json(await grid(db, e, Date.now()));
	});
