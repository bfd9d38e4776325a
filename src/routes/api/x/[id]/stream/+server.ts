import { academy } from '$lib/server/app';
import { viewerOf } from '$lib/server/auth/guard';
import { api } from '$lib/server/academy/http';
import { controlStream, parseAfter, traineeStream } from '$lib/server/academy/stream';
import { getExercise } from '$lib/server/repo/exercises';
import { AcademyError } from '$lib/server/academy/errors';

const count = (v: string | null) => {
	if (v === null) return undefined;
	if (!/^\d{1,7}$/.test(v))
		throw new AcademyError(400, 'The view position must be a whole number.');
	return Number(v);
};

/**
 * The exercise's live stream for this viewer: exercise control gets the log; a trainee gets clock changes,
 * drafts and their own world's view (a projection; never the log, the scenario or other trainees).
 */
export const GET = (event) =>
	api(async () => {
		const me = await viewerOf(event, event.params.id);
		const q = event.url.searchParams;
		const reconnect = event.request.headers.get('last-event-id');
		const after = parseAfter(reconnect, q.get('after'));
		const c = await academy();
		if (me.kind !== 'member')
			return controlStream(c, event.params.id, after, event.request.signal, `u:${me.userId}`);
		const e = await getExercise(c.db, event.params.id);
		if (!e) throw new AcademyError(404, 'This exercise no longer exists.');
		const feed = count(q.get('feed'));
		const signals = count(q.get('signals'));
		const view =
			reconnect === null && feed !== undefined && signals !== undefined
				? { feed, signals }
				: undefined;
		return traineeStream(
			c,
			e,
			me.participantId,
			{ after, view },
			event.request.signal,
			`m:${me.memberId}`
		);
	});
