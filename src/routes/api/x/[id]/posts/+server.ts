import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { submitPost } from '$lib/server/academy/posting';

/** A trainee publishes a post (or sends it for clearance). 201 once it is stored. The score stays on the
 * server (console, debrief): the answer says only what was stored and when. */
export const POST = (event) =>
	api(async () => {
		const me = await memberOf(event, event.params.id);
		rateLimit('post', me.memberId);
		const body = await readJson(event.request, 32 * 1024);
		const r = await submitPost(await academy(), event.params.id, me, {
			text: body.text,
			replyTo: body.replyTo,
			quoteOf: body.quoteOf
		});
		return json(
			r.status === 'published' ? { status: r.status, postId: r.postId, t: r.t, seq: r.seq } : r,
			{ status: r.status === 'published' ? 201 : 202 }
		);
	});
