/**
 * Publishing inside the transaction that locked the exercise: the exercise must be running, the feed items a
 * publication refers to must be in the member's timeline, then the participant's world is brought to the
 * clock's time, the engine scores and applies the post, and it is appended to the log. The caller commits,
 * then caches the world and tells the hub.
 */
import { stepInPlace } from '../../core/engine.ts';
import { clockNow } from '../../core/clock.ts';
import type { Input } from '../../core/types.ts';
import type { SessionState } from '../../core/state.ts';
import { shareRefusal } from '../../core/posts.ts';
import type { PostScore } from '../../scoring/types.ts';
import type { EventPayload } from '../../academy/events.ts';
import { appendEvents } from '../repo/events.ts';
import type * as ex from '../repo/exercises.ts';
import type { Queryable } from '../db/types.ts';
import { AcademyError } from './errors.ts';
import { nowOf, type Ctx } from './context.ts';
import { scenarioOf } from './scenarios.ts';
import { ownWorldAt, worldAt } from './worlds.ts';
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

/** Refuse when the exercise is not running, saying why. */
export function openFor(status: string) {
	if (status === 'lobby') throw new AcademyError(409, 'The exercise has not started yet.');
	if (status === 'paused')
		throw new AcademyError(409, 'Exercise control has paused the exercise. Your draft is kept.');
	if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
}

/** The feed items a publication refers to must be in the member's timeline (and shareable). */
export async function checkRefs(
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

/** Score, apply and log a publication (inside the caller's transaction); the world to cache once it commits. */
export async function publish(
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
