import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { memberOf } from '$lib/server/auth/guard';
import { api, readJson } from '$lib/server/academy/http';
import { decideDraft } from '$lib/server/academy/clearance';

/** The team lead approves (publishes) or sends back a teammate's draft. */
export const POST = (event) =>
	api(async () => {
		const me = await memberOf(event, event.params.id);
		const body = await readJson(event.request);
		const r = await decideDraft(await academy(), event.params.id, me, event.params.draftId, {
			approve: body.approve === true,
			note: body.note
		});
		return json({
			message: r.postId ? 'Published.' : 'Sent back to your teammate.',
			...(r.postId ? { postId: r.postId } : {})
		});
	});
