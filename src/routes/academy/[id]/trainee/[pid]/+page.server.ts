import { error } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { getExercise, listParticipants } from '$lib/server/repo/exercises';
import { loadScenario } from '$lib/server/academy/scenarios';
import { participantDebrief } from '$lib/server/academy/views';

export async function load(event) {
	await instructorOf(event, event.params.id, { redirect: true });
	const { db } = await academy();
	const e = await getExercise(db, event.params.id);
	if (!e) error(404, 'No such exercise.');
	const p = (await listParticipants(db, e.id)).find((x) => x.id === event.params.pid);
	if (!p) error(404, 'No such trainee in this exercise.');
	const d = await participantDebrief(db, e, p.id, Date.now());
	return {
		scenario: await loadScenario(e),
		state: d.state,
		annotations: d.annotations,
		id: e.id,
		name: p.name,
		exam: e.exam
	};
}
