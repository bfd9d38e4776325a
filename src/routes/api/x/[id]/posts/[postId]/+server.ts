import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { api, rateLimit } from '$lib/server/academy/http';
import { deletePost } from '$lib/server/academy/posting';

/** A trainee deletes one of their posts. */
export const DELETE = (event) =>
	api(async () => {
		const me = await memberOf(event, event.params.id);
		rateLimit('post', me.memberId);
		await deletePost(await academy(), event.params.id, me, event.params.postId);
		return json({ deleted: event.params.postId });
	});
