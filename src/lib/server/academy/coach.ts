/** The coach for academy trainees: hints on a draft against their own world now, unless in exam mode. */
import { clockNow } from '../../core/clock.ts';
import { coachHint, type CoachHint } from '../../core/coach.ts';
import { MAX_POST_CHARS } from '../../academy/events.ts';
import { getExercise } from '../repo/exercises.ts';
import { AcademyError, cleanText } from './errors.ts';
import type { Ctx } from './context.ts';
import { loadScenario } from './scenarios.ts';
import { worldAt } from './worlds.ts';

export async function draftHint(
	c: Ctx,
	exerciseId: string,
	me: { participantId: string },
	body: { text?: unknown; replyTo?: unknown; amplify?: unknown }
): Promise<CoachHint> {
	const e = await getExercise(c.db, exerciseId);
	if (!e) throw new AcademyError(404, 'This exercise no longer exists.');
	if (e.exam)
		throw new AcademyError(
			403,
			'Exam mode: the coach gives no hints in this exercise. Your debrief will show what it would have said.'
		);
	const text = cleanText(body.text, 'The draft', MAX_POST_CHARS);
	const replyTo =
		typeof body.replyTo === 'string' && body.replyTo ? body.replyTo.slice(0, 100) : undefined;
	const a = body.amplify as { itemId?: unknown; mode?: unknown } | undefined;
	const amplify =
		a && typeof a.itemId === 'string' && (a.mode === 'quote' || a.mode === 'share')
			? { itemId: a.itemId.slice(0, 100), mode: a.mode as 'quote' | 'share' }
			: undefined;
	const scenario = await loadScenario(e);
	const now = c.now ? c.now() : Date.now();
	const s = (await worldAt(c.db, e, me.participantId, clockNow(e.clock, now))).state;
	return coachHint(scenario, s, text, replyTo, amplify);
}
