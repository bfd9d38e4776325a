import { json } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { instructorOf } from '$lib/server/auth/guard';
import { api, rateLimit, readJson } from '$lib/server/academy/http';
import { control, type ControlAction } from '$lib/server/academy/clock-control';
import { AcademyError } from '$lib/server/academy/errors';

/** Exercise control: start, pause, resume, speed, end. */
export const POST = (event) =>
	api(async () => {
		const me = await instructorOf(event, event.params.id);
		rateLimit('control', me.userId);
		const body = await readJson(event.request);
		const action = body.action;
		if (!['start', 'pause', 'resume', 'speed', 'exam', 'end'].includes(action as string))
			throw new AcademyError(400, 'Unknown action; use start, pause, resume, speed, exam or end.');
		await control(await academy(), event.params.id, me.displayName, {
			action,
			speed: Number(body.speed),
			on: body.on === true
		} as ControlAction);
		return json({ ok: true });
	});
