import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { mselAction, type MselAction } from '$lib/server/academy/injects';
import { AcademyError } from '$lib/server/academy/errors';

/** Exercise control on the MSEL: fire a scripted event now, cancel it, or delay it by some minutes. */
export const POST = (event) =>
	api(async () => {
		const me = await instructorOf(event, event.params.id);
		rateLimit('control', me.userId);
		const b = await readJson(event.request);
		if (!['fire', 'cancel', 'delay'].includes(b.action as string))
			throw new AcademyError(400, "'action' must be fire, cancel or delay.");
		if (typeof b.eventId !== 'string') throw new AcademyError(400, "Name the event ('eventId').");
		await mselAction(await academy(), event.params.id, me.displayName, {
			action: b.action,
			eventId: b.eventId,
			minutes: Number(b.minutes)
		} as MselAction);
		return json({ ok: true });
	});
