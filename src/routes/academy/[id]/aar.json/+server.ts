import { requireExercise } from '$lib/server/auth/guard';
import { cohortReview } from '$lib/server/academy/views';
import { aarJson } from '$lib/academy/aar';

export async function GET(event) {
	const { exercise: e, c } = await requireExercise(event, 'instructor');
	const { db } = c;
	return new Response(aarJson(await cohortReview(db, e, Date.now())), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="ddsim-aar-${e.scenarioId}-${e.id}.json"`
		}
	});
}
