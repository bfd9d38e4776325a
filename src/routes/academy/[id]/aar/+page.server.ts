import { error } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { getExercise } from '$lib/server/repo/exercises';
import { cohortReview } from '$lib/server/academy/views';
import { effectiveStatus } from '$lib/server/academy/service';

export async function load(event) {
	await instructorOf(event, event.params.id, { redirect: true });
	const { db } = await academy();
	const e = await getExercise(db, event.params.id);
	if (!e) error(404, 'No such exercise.');
	const now = Date.now();
	return {
		id: e.id,
		title: e.title,
		status: effectiveStatus(e, now),
		aar: await cohortReview(db, e, now)
	};
}
