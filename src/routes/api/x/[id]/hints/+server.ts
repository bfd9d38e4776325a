import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { draftHint } from '$lib/server/academy/coach';

/**
 * The coach's live hints on a trainee's draft, computed on the server (the trainee's browser never holds
 * the rubric). Refused in exam mode: no hint data reaches a trainee in an assessed exercise.
 */
export const POST = (event) =>
	api(async () => {
		const me = await memberOf(event, event.params.id);
		rateLimit('hint', me.memberId);
		const body = await readJson(event.request, 32 * 1024);
		return json(await draftHint(await academy(), event.params.id, me, body));
	});
