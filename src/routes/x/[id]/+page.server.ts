import { error } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { getExercise } from '$lib/server/repo/exercises';
import { guarded } from '$lib/server/academy/http';
import { traineeView } from '$lib/server/academy/views';

/** A trainee's page: the server's projection of what they may know now (never the scenario itself). */
export async function load(event) {
	const me = await memberOf(event, event.params.id);
	const { db } = await academy();
	const e = await getExercise(db, event.params.id);
	if (!e) error(404, 'This exercise no longer exists.');
	return {
		me: { name: me.displayName },
		view: await guarded(() => traineeView(db, e, me, Date.now()))
	};
}
