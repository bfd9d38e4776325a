import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { act } from '$lib/server/academy/actions';

/** A trainee re-posts a feed item, pins a post or messages a colleague: `{ kind: "share" | "pin" | "message", … }`. */
export const POST = (event) =>
	api(async () => {
		const me = await memberOf(event, event.params.id);
		rateLimit('post', me.memberId);
		const body = await readJson(event.request, 32 * 1024);
		const r = await act(await academy(), event.params.id, me, body);
		if (r.status === 'published')
			return json(
				{ status: r.status, postId: r.postId, t: r.t, seq: r.seq, overall: r.score.overall },
				{ status: 201 }
			);
		return json(r, { status: r.status === 'pending' ? 202 : 200 });
	});
