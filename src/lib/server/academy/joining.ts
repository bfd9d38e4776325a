/**
 * Trainees joining an exercise with its code (and a display name, or their own account), and the join form's
 * look-up of a code's teams.
 */
import { clockNow } from '../../core/clock.ts';
import { MAX_NAME_CHARS } from '../../academy/events.ts';
import * as ex from '../repo/exercises.ts';
import { appendEvents } from '../repo/events.ts';
import { createSession, MEMBER_TTL } from '../repo/sessions.ts';
import { normaliseJoinCode } from '../auth/tokens.ts';
import { AcademyError, cleanName } from './errors.ts';
import { effectiveStatus, ev, nowOf, type Ctx } from './context.ts';

const REASONS = {
	unknown: 'That code does not match any exercise. Check it with your instructor.',
	expired: 'That code has expired. Ask your instructor for a new one.',
	revoked: 'That code has been replaced. Ask your instructor for the current one.'
};

export interface JoinInput {
	code: unknown;
	name: unknown;
	team?: unknown;
	/** A trainee's own account: joining again (another device) returns to the same seat. */
	account?: { userId: string; displayName: string };
}

export async function joinExercise(c: Ctx, input: JoinInput) {
	const code = typeof input.code === 'string' ? normaliseJoinCode(input.code) : undefined;
	if (!code)
		throw new AcademyError(
			400,
			'An exercise code has 16 letters and digits, like K7QX-9M2P-4TRW-H8ZD.'
		);
	const name = input.account
		? input.account.displayName
		: cleanName(input.name, 'Your display name', MAX_NAME_CHARS);
	const now = nowOf(c);
	const found = await ex.lookupJoinCode(c.db, code, now);
	if (!found.ok)
		throw new AcademyError(found.reason === 'unknown' ? 404 : 403, REASONS[found.reason]);
	const res = await c.db.tx(async (q) => {
		const e = await ex.lockExercise(q, found.exerciseId);
		if (!e) throw new AcademyError(404, REASONS.unknown);
		if (effectiveStatus(e, now) === 'ended')
			throw new AcademyError(403, 'This exercise has ended.');
		if (input.account) {
			const back = await ex.memberOfUser(q, e.id, input.account.userId);
			if (back) {
				const session = await createSession(q, { memberId: back.member.id }, MEMBER_TTL, now);
				return { exerciseId: e.id, participant: back.participant, member: back.member, session };
			}
		}
		let participant: ex.Participant;
		let lead = true;
		if (e.mode === 'teams') {
			const teams = await ex.listParticipants(q, e.id);
			participant = teams.find((t) => t.id === input.team) as ex.Participant;
			if (!participant) throw new AcademyError(400, 'Choose your team.');
			const members = await ex.listMembers(q, e.id);
			lead = !members.some((m) => m.participantId === participant.id);
		} else {
			participant = await ex.createParticipant(q, e.id, name, 'trainee');
		}
		const member = await ex.createMember(
			q,
			e.id,
			participant.id,
			name,
			lead,
			input.account?.userId
		);
		await appendEvents(q, e.id, [
			ev('control', clockNow(e.clock, now), {
				kind: 'joined',
				participantId: participant.id,
				participantName: participant.name,
				memberId: member.id,
				name
			})
		]);
		const session = await createSession(q, { memberId: member.id }, MEMBER_TTL, now);
		return { exerciseId: e.id, participant, member, session };
	});
	await c.hub.announce(res.exerciseId);
	return res;
}

/** The teams a code's exercise offers (for the join form), or why the code is not valid. */
export async function teamsForCode(c: Ctx, raw: string) {
	const code = normaliseJoinCode(raw);
	if (!code)
		return { error: 'An exercise code has 16 letters and digits, like K7QX-9M2P-4TRW-H8ZD.' };
	const found = await ex.lookupJoinCode(c.db, code, nowOf(c));
	if (!found.ok) return { error: REASONS[found.reason] };
	const e = await ex.getExercise(c.db, found.exerciseId);
	if (!e) return { error: REASONS.unknown };
	return {
		code,
		title: e.title,
		teams:
			e.mode === 'teams'
				? (await ex.listParticipants(c.db, e.id)).map((p) => ({ id: p.id, name: p.name }))
				: []
	};
}
