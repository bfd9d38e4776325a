import { error } from '@sveltejs/kit';
import { requireExercise } from '$lib/server/auth/guard';
import { loadScenario } from '$lib/server/academy/scenarios';
import { effectiveStatus } from '$lib/server/academy/context';
import { participantDebrief } from '$lib/server/academy/views';

export async function load(event) {
	const { who: me, exercise: e, c } = await requireExercise(event, 'member');
	const { db } = c;
	const now = Date.now();
	if (effectiveStatus(e, now) !== 'ended')
		error(409, 'The debrief opens when exercise control ends the exercise.');
	const d = await participantDebrief(db, e, me.participantId, now);
	// After the end the debrief may explain the rubric; the scenario's embedded tests stay on the server.
	const scenario = { ...(await loadScenario(e)), tests: [] };
	return { scenario, state: d.state, annotations: d.annotations, exerciseId: e.id, exam: e.exam };
}
