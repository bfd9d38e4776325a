import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { annotate } from '$lib/server/academy/annotations';
import { AcademyError } from '$lib/server/academy/errors';

/** Comment on a trainee's post, or override its score with a reason. */
export const POST = (event) =>
	api(async () => {
		const me = await instructorOf(event, event.params.id);
		rateLimit('control', me.userId);
		const b = await readJson(event.request);
		const participantId = String(b.participantId ?? '');
		const postId = String(b.postId ?? '');
		const c = await academy();
		if (b.kind === 'comment')
			await annotate(c, event.params.id, me.displayName, {
				kind: 'comment',
				participantId,
				postId,
				text: b.text
			});
		else if (b.kind === 'override')
			await annotate(c, event.params.id, me.displayName, {
				kind: 'override',
				participantId,
				postId,
				overall: b.overall,
				reason: b.reason
			});
		else throw new AcademyError(400, "'kind' must be 'comment' or 'override'.");
		return json({ ok: true });
	});
