/**
 * The trainee's actions besides posting: pinning a post (a pinned correction stays in view and fades more
 * slowly, core/world.ts PIN_FACTOR) and messaging a colleague on the internal channel, who answers a few
 * minutes later with what can be confirmed by then (sim/escalation.ts).
 */
import type { Scenario } from '../scenario/types.ts';
import { stream } from '../sim/rng.ts';
import type { SessionState } from './state.ts';
import type { Effect, FeedItem, Input } from './types.ts';
import { answer } from '../sim/escalation.ts';

/** Personas the trainee can message: colleagues and officials of their own side. */
export function colleagues(scenario: Scenario) {
	return scenario.personas.filter((p) => p.kind === 'colleague' || p.kind === 'official');
}

export function applyPin(s: SessionState, input: Extract<Input, { kind: 'pin' }>) {
	if (input.postId === null) {
		delete s.pinned;
		return;
	}
	const post = s.posts.find((p) => p.id === input.postId);
	if (!post || post.deleted || s.pinned?.postId === post.id) return;
	s.pinned = { postId: post.id, t: s.t };
}

export function applyMessage(
	scenario: Scenario,
	s: SessionState,
	input: Extract<Input, { kind: 'message' }>,
	effects: Effect[]
) {
	const to = colleagues(scenario).find((p) => p.id === input.to);
	if (!to || s.feed.some((f) => f.id === input.id) || !input.text.trim()) return;
	const acct = scenario.trainee.account;
	const item: FeedItem = {
		id: input.id,
		t: s.t,
		kind: 'internal',
		channel: 'internal',
		author: { name: input.author ?? acct.displayName, handle: acct.handle, kind: 'trainee' },
		text: `To ${to.name}: ${input.text.trim()}`,
		counts: { likes: 0, shares: 0, replies: 0 }
	};
	s.feed.push(item);
	effects.push({ kind: 'feed', item });
	const rand = stream(s.seed, 'message', input.id);
	const replyAt = s.t + (3 + Math.floor(rand() * 4)) * 60;
	const a = answer(scenario, to, input.text, replyAt, s.revealed);
	const replyId = `m${++s.seq}`;
	s.messages.push({
		id: input.id,
		t: s.t,
		to: to.id,
		text: input.text.trim(),
		confirms: a.confirms,
		replyId,
		replyAt
	});
	s.scheduled.push({
		id: replyId,
		t: replyAt,
		kind: 'internal',
		channel: 'internal',
		author: { name: to.name, personaId: to.id, kind: 'persona' },
		text: a.text,
		replyTo: input.id,
		counts: { likes: 0, shares: 0, replies: 0 },
		...(a.confirms.length ? { reveals: a.confirms } : {})
	});
	s.scheduled.sort((x, y) => x.t - y.t || x.id.localeCompare(y.id));
}
