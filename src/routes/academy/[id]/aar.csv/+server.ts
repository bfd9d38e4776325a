import { requireExercise } from '$lib/server/auth/guard';
import { cohortReview } from '$lib/server/academy/views';
import { aarCsv } from '$lib/academy/aar';

export async function GET(event) {
	const { exercise: e, c } = await requireExercise(event, 'instructor');
	const { db } = c;
	return new Response(aarCsv(await cohortReview(db, e, Date.now())), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ddsim-aar-${e.scenarioId}-${e.id}.csv"`
		}
	});
}
