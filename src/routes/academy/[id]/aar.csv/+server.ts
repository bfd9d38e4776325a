import { error } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { getExercise } from '$lib/server/repo/exercises';
import { cohortReview } from '$lib/server/academy/views';
import { aarCsv } from '$lib/academy/aar';

export async function GET(event) {
	await instructorOf(event, event.params.id);
	const { db } = await academy();
	const e = await getExercise(db, event.params.id);
	if (!e) error(404, 'No such exercise.');
	return new Response(aarCsv(await cohortReview(db, e, Date.now())), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ddsim-aar-${e.scenarioId}-${e.id}.csv"`
		}
	});
}
