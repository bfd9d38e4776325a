/**
 * Exercise control: create an exercise, open the lobby, let trainees join, run the shared clock, send injects.
 * Callers authorise first (src/lib/server/auth/guard.ts); these functions validate their inputs and keep the
 * log consistent. Every change is one transaction that appends to the log, then an announcement to the hub.
 */
import type { Db, Queryable } from '../db/types.ts';
import { diagnosticLine } from '../../scenario/index.ts';
import { restoreDicts } from '../../scenario/compile.ts';
import { compileOffThread } from './compile-pool.ts';
import { createClock, pause, setSpeed, start, clockNow, type Clock } from '../../core/clock.ts';
import type { Input } from '../../core/types.ts';
import {
	ACADEMY_SPEEDS,
	MAX_INJECT_CHARS,
	MAX_NAME_CHARS,
	type EventPayload,
	type ExerciseStatus
} from '../../academy/events.ts';
import * as ex from '../repo/exercises.ts';
import { appendEvents, eventsAfter, type NewEvent } from '../repo/events.ts';
import { createSession, MEMBER_TTL } from '../repo/sessions.ts';
import { normaliseJoinCode } from '../auth/tokens.ts';
import { AcademyError, cleanName, cleanText } from './errors.ts';
import { loadScenario, rememberScenario } from './scenarios.ts';
import type { Hub } from './live.ts';

export const CODE_TTL = 12 * 3600 * 1000;

export interface Ctx {
	db: Db;
	hub: Hub;
	now?: () => number;
}
const nowOf = (c: Ctx) => (c.now ? c.now() : Date.now());

const ev = (audience: string, t: number, payload: EventPayload): NewEvent => ({
	audience,
	kind: payload.kind,
	t,
	payload
});

export interface CreateInput {
	ownerId: string;
	yaml: string;
	file: string;
	seed?: number;
	speed?: number;
	mode?: 'individual' | 'teams';
	clearance?: boolean;
	/** Exam mode (no live hints); default: the scenario's own `exam` setting. */
	exam?: boolean;
	teams?: string[];
	title?: string;
}

export type CreateResult =
	{ ok: true; exercise: ex.Exercise; code: ex.JoinCode } | { ok: false; diagnostics: string[] };

export async function createExercise(c: Ctx, input: CreateInput): Promise<CreateResult> {
	// Off the event loop, with a time limit: an uploaded file cannot freeze the server for everyone.
	const compiled = await compileOffThread(input.yaml, input.file);
	if ('timedOut' in compiled)
		return {
			ok: false,
			diagnostics: [
				`${input.file}: checking this scenario took longer than ${compiled.limitMs / 1000} s, so it was stopped; simplify it (fewer events, shorter conditions) or check it with 'ddsim validate'`
			]
		};
	if (!compiled.scenario)
		return {
			ok: false,
			diagnostics: compiled.diagnostics.filter((d) => d.severity === 'error').map(diagnosticLine)
		};
	const s = restoreDicts(compiled.scenario);
	const speed = (ACADEMY_SPEEDS as number[]).includes(input.speed ?? 1) ? input.speed : 1;
	const seed = input.seed ?? s.seed;
	if (!Number.isSafeInteger(seed) || seed < 0)
		throw new AcademyError(400, 'The seed must be a whole number ≥ 0.');
	const mode = input.mode === 'teams' ? 'teams' : 'individual';
	const teams =
		mode === 'teams'
			? (input.teams ?? []).map((t) => cleanName(t, 'A team name', MAX_NAME_CHARS))
			: [];
	if (mode === 'teams' && !teams.length)
		throw new AcademyError(400, 'A team exercise needs at least one team name.');
	if (new Set(teams.map((t) => t.toLowerCase())).size !== teams.length)
		throw new AcademyError(400, 'Two teams have the same name.');
	const title = input.title ? cleanName(input.title, 'The title', 120) : s.title;
	return c.db.tx(async (q) => {
		const exercise = await ex.insertExercise(q, {
			ownerId: input.ownerId,
			title,
			scenarioId: s.id,
			scenarioFile: input.file,
			scenarioYaml: input.yaml,
			seed,
			mode,
			clearance: mode === 'teams' && !!input.clearance,
			exam: input.exam ?? !!s.exam,
			clock: createClock(s.duration, speed as 1 | 5 | 20)
		});
		for (const t of teams) await ex.createParticipant(q, exercise.id, t, 'team');
		const code = await ex.issueJoinCode(q, exercise.id, CODE_TTL, nowOf(c));
		rememberScenario(exercise.id, s);
		return { ok: true as const, exercise, code };
	});
}

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

/** Status, with the clock's end taken into account (an exercise whose time has run out has ended). */
export function effectiveStatus(
	e: { status: ExerciseStatus; clock: Clock },
	now: number
): ExerciseStatus {
	if (e.status === 'running' && clockNow(e.clock, now) >= e.clock.end) return 'ended';
	return e.status;
}

export type ControlAction =
	| { action: 'start' }
	| { action: 'pause' }
	| { action: 'resume' }
	| { action: 'speed'; speed: number }
	| { action: 'exam'; on: boolean }
	| { action: 'end' };

export async function control(c: Ctx, exerciseId: string, by: string, a: ControlAction) {
	const now = nowOf(c);
	await c.db.tx(async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const status = effectiveStatus(e, now);
		if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
		if (a.action === 'exam') {
			const on = a.on === true;
			await ex.setExam(q, e.id, on);
			await appendEvents(q, e.id, [
				ev('all', clockNow(e.clock, now), { kind: 'settings', exam: on, by })
			]);
			return;
		}
		let clock = e.clock;
		let next: ExerciseStatus = status;
		const extra: NewEvent[] = [];
		switch (a.action) {
			case 'start':
				if (status !== 'lobby') throw new AcademyError(409, 'The exercise has already started.');
				clock = start(clock, now);
				next = 'running';
				break;
			case 'pause':
				if (status !== 'running') throw new AcademyError(409, 'The exercise is not running.');
				clock = pause(clock, now);
				next = 'paused';
				break;
			case 'resume':
				if (status !== 'paused') throw new AcademyError(409, 'The exercise is not paused.');
				clock = start(clock, now);
				next = 'running';
				break;
			case 'speed':
				if (!(ACADEMY_SPEEDS as number[]).includes(a.speed))
					throw new AcademyError(400, `Speed must be one of ${ACADEMY_SPEEDS.join(', ')}.`);
				clock = setSpeed(clock, now, a.speed as 1 | 5 | 20);
				break;
			case 'end': {
				clock = pause(clock, now);
				next = 'ended';
				const end: Input = { kind: 'end', t: clock.anchorT };
				extra.push(ev('all', clock.anchorT, { kind: 'input', input: end, by }));
				break;
			}
		}
		await ex.setExerciseClock(q, e.id, next, clock);
		await appendEvents(q, e.id, [
			ev('all', clockNow(clock, now), { kind: 'clock', status: next, clock, by }),
			...extra
		]);
	});
	await c.hub.announce(exerciseId);
}

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
	const count = await c.db.tx(async (q) => {
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
	await c.db.tx(async (q) => {
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
