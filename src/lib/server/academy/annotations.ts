/** Instructors' comments on trainees' posts, and overrides of their scores with a reason. */
import { clockNow } from '../../core/clock.ts';
import { rating } from '../../scoring/rating.ts';
import { MAX_COMMENT_CHARS, type EventPayload } from '../../academy/events.ts';
import { appendEvents } from '../repo/events.ts';
import * as ex from '../repo/exercises.ts';
import { AcademyError, cleanText } from './errors.ts';
import { nowOf, type Ctx, exerciseTx } from './context.ts';
import { worldAt } from './worlds.ts';

/** An instructor's comment on a post, or an override of its score with a reason (the automatic score stays). */
export async function annotate(
	c: Ctx,
	exerciseId: string,
	by: string,
	a:
		| { kind: 'comment'; participantId: string; postId: string; text: unknown }
		| {
				kind: 'override';
				participantId: string;
				postId: string;
				overall: unknown;
				reason: unknown;
		  }
) {
	await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const participants = await ex.listParticipants(q, e.id);
		if (!participants.some((p) => p.id === a.participantId))
			throw new AcademyError(400, 'No such trainee in this exercise.');
		const w = await worldAt(q, e, a.participantId, 0);
		if (!w.state.posts.some((p) => p.id === a.postId))
			throw new AcademyError(400, `That trainee has no post '${a.postId}'.`);
		const t = clockNow(e.clock, nowOf(c));
		let payload: EventPayload;
		if (a.kind === 'comment') {
			const text = cleanText(a.text, 'The comment', MAX_COMMENT_CHARS);
			payload = { kind: 'comment', participantId: a.participantId, postId: a.postId, text, by };
		} else {
			const overall = typeof a.overall === 'string' ? Number(a.overall) : a.overall;
			if (typeof overall !== 'number' || !Number.isFinite(overall) || overall < 0 || overall > 100)
				throw new AcademyError(400, 'The score must be a number from 0 to 100.');
			const reason = cleanText(a.reason, 'The reason for the override', MAX_COMMENT_CHARS);
			const v = Math.round(overall) / 100;
			payload = {
				kind: 'override',
				participantId: a.participantId,
				postId: a.postId,
				overall: v,
				rating: rating(v),
				reason,
				by
			};
		}
		await appendEvents(q, e.id, [{ audience: 'control', kind: payload.kind, t, payload }]);
	});
	await c.hub.announce(exerciseId);
}
