import { requireExercise } from '$lib/server/auth/guard';
import { guarded } from '$lib/server/academy/http';
import { traineeView } from '$lib/server/academy/views';

/** A trainee's page: the server's projection of what they may know now (never the scenario itself). */
export async function load(event) {
	const { who: me, exercise: e, c } = await requireExercise(event, 'member');
	return {
		me: { name: me.displayName },
		view: await guarded(() => traineeView(c.db, e, me, Date.now()))
	};
}
