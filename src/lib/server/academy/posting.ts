/**
 * Trainees' posts, team clearance, and instructors' comments and score overrides.
 *
 * A post is accepted in one transaction: lock the exercise, read the shared clock, bring the participant's
 * world up to that time, let the engine score and apply the post, append it to the log, commit. Only then is
 * it acknowledged, so an acknowledged post survives a crash, and its score is exactly what a replay gives.
 */
import { stepInPlace } from '../../core/engine.ts';
import { clockNow } from '../../core/clock.ts';
import type { Input } from '../../core/types.ts';
import type { SessionState } from '../../core/state.ts';
import { shareRefusal } from '../../core/posts.ts';
import type { PostScore } from '../../scoring/types.ts';
import { rating } from '../../scoring/rating.ts';
import {
	MAX_COMMENT_CHARS,
	MAX_POST_CHARS,
	type DraftView,
	type EventPayload
} from '../../academy/events.ts';
import { appendEvents } from '../repo/events.ts';
import * as ex from '../repo/exercises.ts';
import * as drafts from '../repo/drafts.ts';
import { newId } from '../auth/tokens.ts';
import type { Queryable } from '../db/types.ts';
import { AcademyError, cleanText } from './errors.ts';
import { effectiveStatus, type Ctx } from './service.ts';
import { scenarioOf } from './scenarios.ts';
import { ownWorldAt, remember, worldAt } from './worlds.ts';
import { noteStreamPositions } from './stream-positions.ts';

export interface Author {
	memberId: string;
	participantId: string;
	displayName: string;
	isLead: boolean;
}

/** What a member publishes: a post (a reply or a quote post), or a re-post of a feed item. */
export type Publication =
	| { kind: 'post'; text: string; replyTo?: string; quoteOf?: string }
	| { kind: 'share'; itemId: string; text: string };

export type PostResult =
	| { status: 'published'; postId: string; t: number; seq: number; score: PostScore }
	| { status: 'pending'; draftId: string; seq: number };

const nowOf = (c: Ctx) => (c.now ? c.now() : Date.now());

function openFor(status: string) {
	if (status === 'lobby') throw new AcademyError(409, 'The exercise has not started yet.');
	if (status === 'paused')
		throw new AcademyError(409, 'Exercise control has paused the exercise. Your draft is kept.');
	if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
}

/** Publish now, or (a team member in a team with clearance) send it to the team lead for approval. */
export async function submitPost(
	c: Ctx,
	exerciseId: string,
	who: Author,
	body: { text: unknown; replyTo?: unknown; quoteOf?: unknown }
): Promise<PostResult> {
	const text = cleanText(body.text, 'The post', MAX_POST_CHARS);
	const ref = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 100) : undefined);
	const replyTo = ref(body.replyTo);
	const quoteOf = ref(body.quoteOf);
	if (replyTo && quoteOf)
		throw new AcademyError(400, 'A post replies to a post or quotes it, not both.');
	return submit(c, exerciseId, who, {
		kind: 'post',
		text,
		...(replyTo ? { replyTo } : {}),
		...(quoteOf ? { quoteOf } : {})
	});
}

/** Publish (or send for clearance) a post or a re-post. */
export async function submit(
	c: Ctx,
	exerciseId: string,
	who: Author,
	pub: Publication
): Promise<PostResult> {
	const res = await c.db.tx(async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		openFor(effectiveStatus(e, nowOf(c)));
		if (e.clearance && !who.isLead) {
			// Check the reference now, so a draft never waits on something that cannot be published.
			await checkRefs(q, c, e, who.participantId, pub);
			const draftId = newId('d');
			const refs = {
				replyTo: pub.kind === 'post' ? (pub.replyTo ?? null) : null,
				quoteOf: pub.kind === 'post' ? (pub.quoteOf ?? null) : null,
				shareOf: pub.kind === 'share' ? pub.itemId : null
			};
			await drafts.insertDraft(q, {
				id: draftId,
				exerciseId: e.id,
				participantId: who.participantId,
				memberId: who.memberId,
				text: pub.text,
				...refs
			});
			const draft = draftView({
				id: draftId,
				member_id: who.memberId,
				author: who.displayName,
				text: pub.text,
				reply_to: refs.replyTo,
				quote_of: refs.quoteOf,
				share_of: refs.shareOf,
				status: 'pending',
				note: null,
				post_id: null
			});
			const rows = await appendEvents(q, e.id, [draftEvent(e, who.participantId, draft, nowOf(c))]);
			const result = { status: 'pending' as const, draftId, seq: rows[0].seq };
			return { result, world: undefined, rows };
		}
		return publish(q, c, e, who.participantId, who.displayName, pub);
	});
	if (res.world) remember(exerciseId, who.participantId, res.world);
	await c.hub.announce(exerciseId, res.rows);
	return res.result;
}

/** The feed items a publication refers to must be in the member's timeline (and shareable). */
async function checkRefs(
	q: Queryable,
	c: Ctx,
	e: ex.Exercise,
	participantId: string,
	pub: Publication
) {
	const t = clockNow(e.clock, nowOf(c));
	const s = (await worldAt(q, e, participantId, t)).state;
	refsOk(s, pub);
}

function refsOk(s: SessionState, pub: Publication) {
	if (pub.kind === 'share') {
		const why = shareRefusal(s, pub.itemId);
		if (why) throw new AcademyError(400, why);
		return;
	}
	if (pub.replyTo && !s.feed.some((f) => f.id === pub.replyTo))
		throw new AcademyError(400, 'The post you are replying to is not in your timeline.');
	if (pub.quoteOf && !s.feed.some((f) => f.id === pub.quoteOf && f.channel !== 'internal'))
		throw new AcademyError(400, 'The post you are quoting is not in your timeline.');
}

function draftView(d: drafts.DraftRow, decidedBy?: string): DraftView {
	return {
		id: d.id,
		memberId: d.member_id,
		author: d.author,
		text: d.text,
		...(d.reply_to ? { replyTo: d.reply_to } : {}),
		...(d.quote_of ? { quoteOf: d.quote_of } : {}),
		...(d.share_of ? { shareOf: d.share_of } : {}),
		status: d.status,
		...(d.note ? { note: d.note } : {}),
		...(d.post_id ? { postId: d.post_id } : {}),
		...(decidedBy ? { decidedBy } : {})
	};
}

function draftEvent(e: ex.Exercise, participantId: string, draft: DraftView, now: number) {
	const payload: EventPayload = { kind: 'draft', participantId, draft };
	return { audience: participantId, kind: 'draft', t: clockNow(e.clock, now), payload };
}

async function publish(
	q: Queryable,
	c: Ctx,
	e: ex.Exercise,
	participantId: string,
	author: string,
	pub: Publication
) {
	const scenario = scenarioOf(e);
	const t = clockNow(e.clock, nowOf(c));
	// A copy of the world that is ours alone: the post is applied to it in place, and it is cached only once
	// the transaction commits (a refusal or a failed commit leaves the cache as it was). The participant's live
	// streams may vouch that the cached world has every input so far (then the log is not read again).
	noteStreamPositions(c.hub, e.id, participantId);
	const s = (await ownWorldAt(q, e, participantId, t)).state;
	if (s.ended) throw new AcademyError(409, 'The exercise has ended.');
	refsOk(s, pub);
	const postId = `p${s.posts.length + 1}`;
	let input: Input;
	if (pub.kind === 'share') input = { kind: 'share', t, id: postId, itemId: pub.itemId, author };
	else {
		const own = pub.replyTo !== undefined && s.posts.some((p) => p.id === pub.replyTo);
		input = {
			kind: 'post',
			t,
			id: postId,
			text: pub.text,
			...(pub.replyTo ? { replyTo: pub.replyTo } : {}),
			...(own ? { threadOf: pub.replyTo } : {}),
			...(pub.quoteOf ? { quoteOf: pub.quoteOf } : {}),
			author
		};
	}
	stepInPlace(scenario, s, input);
	const score = s.posts.find((p) => p.id === postId)?.score;
	if (!score) throw new Error('The engine did not record the post.');
	const rows = await appendEvents(q, e.id, [
		{
			audience: participantId,
			kind: 'input',
			t,
			payload: { kind: 'input', participantId, input, score } satisfies EventPayload
		}
	]);
	const result = { status: 'published' as const, postId, t, seq: rows[0].seq, score };
	/** To cache once the transaction has committed. */
	const world = { state: s, seq: rows[0].seq };
	return { result, world, rows };
}

/** The team lead approves (publishes) or sends back a teammate's draft. */
export async function decideDraft(
	c: Ctx,
	exerciseId: string,
	who: Author,
	draftId: string,
	decision: { approve: boolean; note?: unknown }
) {
	if (!who.isLead) throw new AcademyError(403, 'Only the team lead clears drafts.');
	const note =
		decision.note === undefined || decision.note === ''
			? undefined
			: cleanText(decision.note, 'The note', MAX_COMMENT_CHARS);
	const res = await c.db.tx(async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const d = await drafts.findTeamDraft(q, draftId, exerciseId, who.participantId);
		if (!d) throw new AcademyError(404, 'No such draft in your team.');
		if (d.status !== 'pending') throw new AcademyError(409, 'This draft has already been decided.');
		let postId: string | undefined;
		let pub: Awaited<ReturnType<typeof publish>> | undefined;
		if (decision.approve) {
			openFor(effectiveStatus(e, nowOf(c)));
			pub = await publish(
				q,
				c,
				e,
				who.participantId,
				`${d.author} (cleared by ${who.displayName})`,
				d.share_of
					? { kind: 'share', itemId: d.share_of, text: d.text }
					: {
							kind: 'post',
							text: d.text,
							...(d.reply_to ? { replyTo: d.reply_to } : {}),
							...(d.quote_of ? { quoteOf: d.quote_of } : {})
						}
			);
			postId = pub.result.postId;
		}
		const status = decision.approve ? ('approved' as const) : ('rejected' as const);
		await drafts.recordDecision(q, d.id, {
			status,
			note: note ?? null,
			decidedBy: who.memberId,
			postId: postId ?? null
		});
		const draft = draftView(
			{ ...d, status, note: note ?? null, post_id: postId ?? null },
			who.displayName
		);
		await appendEvents(q, e.id, [draftEvent(e, who.participantId, draft, nowOf(c))]);
		return pub;
	});
	if (res) remember(exerciseId, who.participantId, res.world);
	await c.hub.announce(exerciseId);
	return res ? { postId: res.result.postId, score: res.result.score } : {};
}

/** Pending and decided drafts of a team (members of that team and its instructors only). */
export async function draftsOf(q: Queryable, exerciseId: string, participantId: string) {
	const rows = await drafts.listTeamDrafts(q, exerciseId, participantId);
	return rows.map((d) => draftView(d));
}

/** A trainee deletes one of their posts (its effects stay, as in real life). */
export async function deletePost(c: Ctx, exerciseId: string, who: Author, postId: string) {
	await c.db.tx(async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		openFor(effectiveStatus(e, nowOf(c)));
		const t = clockNow(e.clock, nowOf(c));
		const w = await worldAt(q, e, who.participantId, t);
		if (!w.state.posts.some((p) => p.id === postId && !p.deleted))
			throw new AcademyError(404, 'No such post of yours.');
		const input: Input = { kind: 'delete', t, postId };
		await appendEvents(q, e.id, [
			{
				audience: who.participantId,
				kind: 'input',
				t,
				payload: { kind: 'input', participantId: who.participantId, input } satisfies EventPayload
			}
		]);
	});
	await c.hub.announce(exerciseId);
}

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
	await c.db.tx(async (q) => {
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
