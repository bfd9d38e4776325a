import { error } from '@sveltejs/kit';
import { requireExercise } from '$lib/server/auth/guard';
import { listParticipants } from '$lib/server/repo/exercises';
import { loadScenario } from '$lib/server/academy/scenarios';
import { participantDebrief } from '$lib/server/academy/views';

export async function load(event) {
	const { exercise: e, c } = await requireExercise(event, 'instructor', { redirect: true });
	const { db } = c;
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
