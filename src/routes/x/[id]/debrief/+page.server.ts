import { error } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { getExercise } from '$lib/server/repo/exercises';
import { loadScenario } from '$lib/server/academy/scenarios';
import { effectiveStatus } from '$lib/server/academy/service';
import { participantDebrief } from '$lib/server/academy/views';

export async function load(event) {
	const me = await memberOf(event, event.params.id);
	const { db } = await academy();
	const e = await getExercise(db, event.params.id);
	if (!e) error(404, 'This exercise no longer exists.');
	const now = Date.now();
	if (effectiveStatus(e, now) !== 'ended')
		error(409, 'The debrief opens when exercise control ends the exercise.');
	const d = await participantDebrief(db, e, me.participantId, now);
	// After the end the debrief may explain the rubric; the scenario's embedded tests stay on the server.
	const scenario = { ...(await loadScenario(e)), tests: [] };
	return { scenario, state: d.state, annotations: d.annotations, exerciseId: e.id, exam: e.exam };
}
