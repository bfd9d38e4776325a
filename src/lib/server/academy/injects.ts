/**
 * Injects and the MSEL: exercise control sends a scripted event early or a free-text item as any persona (to
 * everyone or to chosen trainees), and fires, cancels or delays scripted events for everyone.
 */
import type { Queryable } from '../db/types.ts';
import { clockNow } from '../../core/clock.ts';
import type { Input } from '../../core/types.ts';
import { MAX_INJECT_CHARS, type EventPayload } from '../../academy/events.ts';
import * as ex from '../repo/exercises.ts';
import { appendEvents, eventsAfter } from '../repo/events.ts';
import { AcademyError, cleanText } from './errors.ts';
import { loadScenario } from './scenarios.ts';
import { effectiveStatus, ev, nowOf, type Ctx, exerciseTx } from './context.ts';

export type InjectInput =
	| { eventId: string; to: 'all' | string[] }
	| {
			text: unknown;
			from?: string;
			channel?: string;
			question?: boolean;
			to: 'all' | string[];
			/** A feed item of the recipient's world this answers (a reply in a thread, as a persona). */
			replyTo?: string;
			/** Scenario time to publish it at (an inject added to the MSEL), if later than now. */
			at?: number;
	  };

export async function inject(c: Ctx, exerciseId: string, by: string, i: InjectInput) {
	const now = nowOf(c);
	const count = await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const status = effectiveStatus(e, now);
		if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
		if (status === 'lobby')
			throw new AcademyError(409, 'Start the exercise before sending injects.');
		const scenario = await loadScenario(e);
		const t = clockNow(e.clock, now);
		let input: Input;
		if ('eventId' in i) {
			if (!scenario.events.some((x) => x.id === i.eventId))
				throw new AcademyError(400, `The scenario has no event '${i.eventId}'.`);
			input = { kind: 'inject', t, eventId: i.eventId };
		} else {
			const text = cleanText(i.text, 'The inject text', MAX_INJECT_CHARS);
			const from = i.from || undefined;
			if (from && !scenario.personas.some((p) => p.id === from))
				throw new AcademyError(400, `The scenario has no persona '${from}'.`);
			const channel = i.channel ?? 'feed';
			if (!['feed', 'news', 'dm', 'internal'].includes(channel))
				throw new AcademyError(400, `Unknown channel '${channel}'.`);
			if (
				i.replyTo !== undefined &&
				(typeof i.replyTo !== 'string' || !/^[\w-]{1,100}$/.test(i.replyTo))
			)
				throw new AcademyError(400, 'The post to reply to is not valid.');
			if (i.replyTo && (i.to === 'all' || i.to.length !== 1))
				throw new AcademyError(400, 'A reply in a thread goes to one trainee (or team).');
			if (
				i.at !== undefined &&
				(typeof i.at !== 'number' || !Number.isFinite(i.at) || i.at < t || i.at > e.clock.end)
			)
				throw new AcademyError(400, 'The time of an added inject must be between now and the end.');
			input = {
				kind: 'inject-text',
				t,
				id: `x${e.lastSeq + 1}`,
				...(from ? { from } : {}),
				channel: channel as 'feed',
				text,
				...(i.question ? { question: true } : {}),
				...(i.replyTo ? { replyTo: i.replyTo } : {}),
				...(i.at !== undefined && i.at > t ? { at: Math.floor(i.at) } : {})
			};
		}
		let audiences: string[] = ['all'];
		if (i.to !== 'all') {
			const known = new Set((await ex.listParticipants(q, e.id)).map((p) => p.id));
			const to = [...new Set(i.to)];
			if (!to.length) throw new AcademyError(400, 'Choose at least one trainee.');
			const bad = to.find((p) => !known.has(p));
			if (bad) throw new AcademyError(400, `No trainee or team '${bad}' in this exercise.`);
			audiences = to;
		}
		await appendEvents(
			q,
			e.id,
			audiences.map((a) =>
				ev(a, t, { kind: 'input', ...(a === 'all' ? {} : { participantId: a }), input, by })
			)
		);
		return audiences.length;
	});
	await c.hub.announce(exerciseId);
	return count;
}

export type MselAction =
	| { action: 'fire'; eventId: string }
	| { action: 'cancel'; eventId: string }
	| { action: 'delay'; eventId: string; minutes: number };

/**
 * Exercise control changes the MSEL for every trainee: fire a scripted event now, cancel one that has not
 * fired, or delay one (from when it is due now). Logged as engine inputs, so every world and every replay
 * agree.
 */
export async function mselAction(c: Ctx, exerciseId: string, by: string, a: MselAction) {
	const now = nowOf(c);
	await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const status = effectiveStatus(e, now);
		if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
		if (status === 'lobby' && a.action === 'fire')
			throw new AcademyError(409, 'Start the exercise before firing an inject.');
		const scenario = await loadScenario(e);
		const target = scenario.events.find((x) => x.id === a.eventId);
		if (!target) throw new AcademyError(400, `The scenario has no event '${String(a.eventId)}'.`);
		const t = clockNow(e.clock, now);
		const log = await mselLog(q, e.id);
		if (log.fired.has(target.id) && a.action !== 'fire')
			throw new AcademyError(409, `'${target.id}' has already been sent by hand.`);
		let input: Input;
		if (a.action === 'fire') input = { kind: 'inject', t, eventId: target.id };
		else if (a.action === 'cancel') input = { kind: 'cancel', t, eventId: target.id };
		else {
			const minutes = Number(a.minutes);
			if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60)
				throw new AcademyError(400, 'Delay by a number of minutes (1 to 1440).');
			const due = Math.max(log.retimed.get(target.id) ?? target.at, t);
			input = {
				kind: 'retime',
				t,
				eventId: target.id,
				at: Math.min(e.clock.end, due + Math.round(minutes * 60))
			};
		}
		await appendEvents(q, e.id, [ev('all', t, { kind: 'input', input, by })]);
	});
	await c.hub.announce(exerciseId);
}

/** What exercise control has done to the MSEL so far (events fired by hand, cancelled, moved). */
export async function mselLog(q: Queryable, exerciseId: string) {
	const rows = await eventsAfter(q, exerciseId, 0, ['all'], ['input']);
	const fired = new Set<string>();
	const cancelled = new Set<string>();
	const retimed = new Map<string, number>();
	for (const r of rows) {
		const i = (r.payload as EventPayload & { kind: 'input' }).input;
		if (i.kind === 'inject') fired.add(i.eventId);
		else if (i.kind === 'cancel') cancelled.add(i.eventId);
		else if (i.kind === 'retime') {
			retimed.set(i.eventId, i.at);
			cancelled.delete(i.eventId);
		}
	}
	return { fired, cancelled, retimed };
}
