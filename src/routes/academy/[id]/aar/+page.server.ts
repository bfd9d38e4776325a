import { requireExercise } from '$lib/server/auth/guard';
import { cohortReview } from '$lib/server/academy/views';
import { effectiveStatus } from '$lib/server/academy/context';

export async function load(event) {
	const { exercise: e, c } = await requireExercise(event, 'instructor', { redirect: true });
	const { db } = c;
	const now = Date.now();
	return {
		id: e.id,
		title: e.title,
		status: effectiveStatus(e, now),
		aar: await cohortReview(db, e, now)
	};
}
