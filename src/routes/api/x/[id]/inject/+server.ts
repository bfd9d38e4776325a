import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { inject } from '$lib/server/academy/injects';
import { AcademyError } from '$lib/server/academy/errors';

/** Send a scenario event (e.g. a contingency) or a free-text inject as a persona, to all or chosen trainees. */
export const POST = (event) =>
	api(async () => {
		const me = await instructorOf(event, event.params.id);
		rateLimit('control', me.userId);
		const b = await readJson(event.request);
		const to =
			b.to === 'all' || b.to === undefined
				? 'all'
				: Array.isArray(b.to) && b.to.every((x) => typeof x === 'string')
					? (b.to as string[])
					: undefined;
		if (!to) throw new AcademyError(400, "'to' must be 'all' or a list of trainee ids.");
		const sent = await inject(
			await academy(),
			event.params.id,
			me.displayName,
			typeof b.eventId === 'string'
				? { eventId: b.eventId, to }
				: {
						text: b.text,
						from: typeof b.from === 'string' ? b.from : undefined,
						channel: typeof b.channel === 'string' ? b.channel : undefined,
						question: b.question === true,
						to,
						...(b.replyTo !== undefined ? { replyTo: b.replyTo as string } : {}),
						...(b.at !== undefined ? { at: b.at as number } : {})
					}
		);
		return json({ sent });
	});
