/**
 * A gaffe's wave: quote posts that screenshot the post (by fictional, seeded accounts of the most upset
 * audiences, with texts that fit the finding), and, if the scenario has a journalist, a follow-up question.
 */
import type { Scenario } from '../scenario/types.ts';
import { clockTime } from '../scenario/clock.ts';
import { stream } from '../sim/rng.ts';
import type { PostRecord, SessionState } from './state.ts';
import type { FeedItem } from './types.ts';
import { fill } from '../sim/fill.ts';
import { fictionalName } from '../sim/reactions.ts';
import { WAVE } from '../sim/pools/index.ts';
import { startOther } from '../sim/engagement.ts';

function waveTexts(post: PostRecord): string[] {
	const g = new Set(post.outcome.gaffes);
	const out = [...WAVE.any];
	if (g.has('emoji-in-tragedy') || g.has('humour-in-tragedy')) out.unshift(...WAVE.tragedy);
	if (g.has('premature-blame')) out.unshift(...WAVE.blame);
	if (g.has('confidential-leak')) out.unshift(...WAVE.leak);
	if (g.has('engaging-troll')) out.unshift(...WAVE.troll);
	return out;
}

export function scheduleWave(scenario: Scenario, s: SessionState, post: PostRecord) {
	const rand = stream(s.seed, 'wave', post.id);
	const organic = scenario.audiences
		.filter((a) => a.kind === 'organic')
		.sort((a, b) => a.stance - b.stance || a.id.localeCompare(b.id));
	const ctx = { post: { text: post.text, t: post.t } };
	const texts = waveTexts(post)
		.map((x) => fill(x, scenario, ctx))
		.filter((x): x is string => x !== undefined);
	const specific = texts.length - WAVE.any.length;
	for (let i = 0; i < 2 && texts.length; i++) {
		// The first quote uses a finding-specific text when there is one.
		const k =
			i === 0 && specific > 0
				? Math.floor(rand() * specific)
				: Math.floor(rand() * texts.length) % texts.length;
		const text = texts.splice(k, 1)[0];
		const who = fictionalName(rand);
		const aud = organic[i % Math.max(1, organic.length)];
		const at = s.t + (3 + 5 * i) * 60;
		s.scheduled.push({
			id: `w${++s.seq}`,
			t: at,
			kind: 'quote',
			channel: 'feed',
			author: {
				name: who.name,
				handle: who.handle,
				kind: 'public',
				...(aud ? { audience: aud.id } : {})
			},
			text,
			quoteOf: post.id,
			stance: 'hostile',
			pool: 'gaffe/wave',
			represents: 50 * (i + 1),
			counts: { likes: 0, shares: 0, replies: 0 }
		});
	}
	const journalist = scenario.personas.find((p) => p.kind === 'journalist');
	if (journalist) {
		const handle = scenario.trainee.account.handle;
		s.scheduled.push({
			id: `w${++s.seq}`,
			t: s.t + 12 * 60,
			kind: 'event',
			channel: 'feed',
			author: {
				name: journalist.name,
				handle: journalist.handle,
				personaId: journalist.id,
				kind: 'persona'
			},
			text: `${handle} Your post at ${clockTime(scenario, s.t)} is being widely shared. Can you explain what you meant, and will you correct it?`,
			replyTo: post.id,
			question: true,
			counts: { likes: 0, shares: 0, replies: 0 }
		});
	}
	s.scheduled.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}

/** Engagement for an item someone else published (wave quotes, wire stories, adversary posts). */
export function engageOther(scenario: Scenario, s: SessionState, item: FeedItem) {
	if (item.kind === 'trainee' || item.kind === 'reaction' || item.channel === 'internal') return;
	if (item.channel === 'dm') return;
	if (s.engagement.some((e) => e.postId === item.id)) return;
	if (item.claim && item.kind !== 'adversary') {
		let reach0 = 0;
		for (const k of s.metrics.at(-1)?.claims ?? []) if (k.claim === item.claim) reach0 += k.reach;
		s.engagement.push({ ...startOther(item.id, item.t, 0), claim: item.claim, reach0 });
		return;
	}
	const persona = scenario.personas.find((p) => p.id === item.author.personaId);
	const followers =
		item.kind === 'adversary' || item.kind === 'quote'
			? (item.represents ?? 50) * 40
			: persona?.kind === 'news'
				? 150_000
				: persona?.kind === 'journalist'
					? 60_000
					: persona
						? { low: 2_000, medium: 20_000, high: 200_000 }[persona.reach]
						: 5_000;
	const angry = item.kind === 'adversary' || item.kind === 'quote' ? 0.8 : 0.15;
	s.engagement.push(startOther(item.id, item.t, followers, angry));
}
