import { error } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { getExercise } from '$lib/server/repo/exercises';
import { scenarioOf } from '$lib/server/academy/scenarios';
import { traineeView } from '$lib/server/academy/views';

export async function load(event) {
	const me = await memberOf(event, event.params.id);
	const { db } = await academy();
	const e = await getExercise(db, event.params.id);
	if (!e) error(404, 'This exercise no longer exists.');
	return {
		me: { name: me.displayName },
		scenario: scenarioOf(e),
		view: await traineeView(db, e, me, Date.now())
	};
}
