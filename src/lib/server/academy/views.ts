/**
 * What each page of academy mode shows, assembled from the log: the trainee's starting point, the instructor
 * console (grid of trainees with their latest signals, every post with its score, comments and overrides),
 * a participant's debrief, and the cohort after-action review.
 */
import type { Queryable } from '../db/types.ts';
import { clockNow } from '../../core/clock.ts';
import type { SessionState } from '../../core/state.ts';
import type { Scenario } from '../../scenario/types.ts';
import { reportFor } from '../../core/headless.ts';
import { cohortAar, type AarParticipant } from '../../academy/aar.ts';
import { briefingOf, worldView, type TraineeInit } from '../../academy/trainee-view.ts';
import type { Annotation, EventPayload, LiveEvent, Signals } from '../../academy/events.ts';

export type { Signals };
import * as ex from '../repo/exercises.ts';
import { eventsAfter, type EventRow } from '../repo/events.ts';
import { effectiveStatus } from './context.ts';
import { loadScenario } from './scenarios.ts';
import { falseBelievers, falseClaimIds } from '../../believers.ts';
import { draftsOf } from './clearance.ts';
import { worldAt } from './worlds.ts';
import { humanDuration } from '../../format.ts';

export const toLive = (r: EventRow): LiveEvent => ({
	seq: r.seq,
	t: r.t,
	at: r.at,
	audience: r.audience,
	payload: r.payload as EventPayload
});

/**
 * Everything a trainee's page starts from: a projection (src/lib/academy/trainee-view.ts) of the scenario's
 * briefing and of their own world now, never the scenario itself. The live stream continues after `lastSeq`
 * from this view (`cursor`).
 */
export async function traineeView(
	q: Queryable,
	e: ex.Exercise,
	me: { participantId: string; memberId: string; isLead: boolean },
	now: number
): Promise<TraineeInit> {
	const scenario = await loadScenario(e);
	// The clock and the newest event are read together, so the stream resumes exactly after this view.
	const [row] = await q.query<{ last_seq: number }>(
		'SELECT last_seq FROM exercises WHERE id = $1',
		[e.id]
	);
	const lastSeq = Math.max(e.lastSeq, row?.last_seq ?? 0);
	const fresh = (await ex.getExercise(q, e.id)) ?? e;
	const t = clockNow(fresh.clock, now);
	const state = (await worldAt(q, fresh, me.participantId, t)).state;
	const view = worldView(scenario, state);
	const members = (await ex.listMembers(q, e.id)).filter(
		(m) => m.participantId === me.participantId
	);
	const participants = await ex.listParticipants(q, e.id);
	return {
		exerciseId: e.id,
		title: e.title,
		briefing: briefingOf(scenario, fresh.exam),
		world: view,
		cursor: { feed: state.feed.length, signals: state.metrics.length },
		lastSeq,
		clock: fresh.clock,
		status: effectiveStatus(fresh, now),
		serverNow: now,
		clearance: e.clearance,
		isLead: me.isLead,
		team:
			e.mode === 'teams'
				? {
						name: participants.find((p) => p.id === me.participantId)?.name ?? '',
						members: members.map((m) => ({ name: m.displayName, lead: m.isLead }))
					}
				: undefined,
		drafts: e.mode === 'teams' ? await draftsOf(q, e.id, me.participantId) : []
	};
}

/** The grid's summary of one world: the run's assessment so far (the same report as the debrief and the
 * AAR), mean audience sentiment and trust, believers of false claims. */
export function signalsOf(scenario: Scenario, s: SessionState): Signals {
	const m = s.metrics.at(-1);
	const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
	const live = s.posts.filter((p) => !p.deleted);
	const report = reportFor(scenario, s);
	return {
		t: s.t,
		posts: live.length,
		...(live.length ? { lastPostT: live.at(-1)!.t } : {}),
		...(report.assessed ? { overall: report.overall, rating: report.rating } : {}),
		// every published post counts, deleted ones too (screenshots remain)
		findings: s.posts.reduce((n, p) => n + p.score.findings.length, 0),
		sentiment: mean(m?.audiences.map((a) => a.sentiment) ?? []),
		trust: mean(m?.audiences.map((a) => a.trust) ?? []),
		believers: Math.round(falseBelievers(falseClaimIds(scenario), m))
	};
}

export async function grid(q: Queryable, e: ex.Exercise, now: number) {
	const scenario = await loadScenario(e);
	const t = clockNow(e.clock, now);
	const out: Record<string, Signals> = {};
	for (const p of await ex.listParticipants(q, e.id))
		out[p.id] = signalsOf(scenario, (await worldAt(q, e, p.id, t)).state);
	return out;
}

export async function consoleView(q: Queryable, e: ex.Exercise, now: number) {
	const scenario = await loadScenario(e);
	return {
		exercise: {
			id: e.id,
			title: e.title,
			scenarioId: e.scenarioId,
			seed: e.seed,
			mode: e.mode,
			clearance: e.clearance,
			exam: e.exam,
			status: effectiveStatus(e, now),
			clock: e.clock,
			lastSeq: e.lastSeq
		},
		serverNow: now,
		code: await ex.currentJoinCode(q, e.id, now),
		participants: await ex.listParticipants(q, e.id),
		members: await ex.listMembers(q, e.id),
		instructors: (await ex.listInstructors(q, e.id)).map((u) => u.display_name),
		events: (await eventsAfter(q, e.id, 0)).map(toLive),
		grid: await grid(q, e, now),
		personas: scenario.personas.map((p) => ({ id: p.id, name: p.name })),
		injectable: scenario.events.map((x) => ({
			id: x.id,
			at: x.at,
			contingency: !!x.contingency,
			text: x.headline ?? x.text.slice(0, 90),
			channel: x.channel,
			from: x.from ? (scenario.personas.find((p) => p.id === x.from)?.name ?? x.from) : undefined,
			when: x.whenText,
			question: x.question
		})),
		briefing: scenario.trainee.briefing
	};
}

/** Comments and overrides on one participant's posts (instructor-only events). */
export async function annotationsOf(q: Queryable, exerciseId: string, participantId?: string) {
	const rows = await eventsAfter(q, exerciseId, 0, ['control'], ['comment', 'override']);
	return rows
		.map((r) => ({ r, p: r.payload as EventPayload & { kind: 'comment' | 'override' } }))
		.filter(({ p }) => !participantId || p.participantId === participantId)
		.map(({ r, p }) => ({ at: r.at, ...p }));
}

export async function participantDebrief(
	q: Queryable,
	e: ex.Exercise,
	participantId: string,
	now: number
) {
	const state = (await worldAt(q, e, participantId, clockNow(e.clock, now))).state;
	const annotations: Annotation[] = (await annotationsOf(q, e.id, participantId)).map((a) =>
		a.kind === 'comment'
			? { postId: a.postId, kind: 'comment', text: a.text, by: a.by }
			: {
					postId: a.postId,
					kind: 'override',
					text: a.reason,
					by: a.by,
					overall: a.overall,
					rating: a.rating
				}
	);
	return { state, annotations };
}

export async function cohortReview(q: Queryable, e: ex.Exercise, now: number) {
	const scenario = await loadScenario(e);
	const t = clockNow(e.clock, now);
	const members = await ex.listMembers(q, e.id);
	const notes = await annotationsOf(q, e.id);
	const participants: AarParticipant[] = [];
	for (const p of await ex.listParticipants(q, e.id)) {
		const state = (await worldAt(q, e, p.id, t)).state;
		const mine = notes.filter((n) => n.participantId === p.id);
		participants.push({
			id: p.id,
			name: p.name,
			members: members.filter((m) => m.participantId === p.id).map((m) => m.displayName),
			state,
			report: reportFor(scenario, state),
			overrides: mine.flatMap((n) =>
				n.kind === 'override'
					? [
							{
								postId: n.postId,
								overall: n.overall,
								rating: n.rating,
								reason: n.reason,
								by: n.by,
								at: n.at
							}
						]
					: []
			),
			comments: mine.flatMap((n) =>
				n.kind === 'comment' ? [{ postId: n.postId, text: n.text, by: n.by, at: n.at }] : []
			)
		});
	}
	return cohortAar(scenario, participants);
}

/** The academy home: the exercises this instructor controls, newest first, as the list shows them. */
export async function instructorHome(q: Queryable, userId: string, now: number) {
	return (await ex.listExercisesFor(q, userId)).map((e) => ({
		id: e.id,
		title: e.title,
		scenarioId: e.scenarioId,
		status: effectiveStatus(e, now),
		trainees: e.trainees,
		created: e.createdAt.toISOString().slice(0, 16).replace('T', ' '),
		length: humanDuration(e.clock.end)
	}));
}

/** One trainee (or team) of this exercise, or undefined. */
export async function participantOf(q: Queryable, exerciseId: string, participantId: string) {
	return (await ex.listParticipants(q, exerciseId)).find((p) => p.id === participantId);
}
