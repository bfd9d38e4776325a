import { academy } from '$lib/server/app';
import { viewerOf } from '$lib/server/auth/guard';
import { api } from '$lib/server/academy/http';
import { liveStream, parseAfter } from '$lib/server/academy/stream';

/** The exercise's live events for this viewer (instructor: all; trainee: everyone's and their own). */
export const GET = (event) =>
	api(async () => {
		const me = await viewerOf(event, event.params.id);
		const after = parseAfter(
			event.request.headers.get('last-event-id'),
			event.url.searchParams.get('after')
		);
		const audiences = me.kind === 'member' ? ['all', me.participantId] : undefined;
		return liveStream(await academy(), event.params.id, after, audiences, event.request.signal);
	});
