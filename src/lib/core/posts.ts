/**
 * The trainee's posts acting on the world. A post (or a quote, or a re-post) is scored first
 * (src/lib/scoring); the engine then records what it did — the corrections that work, the myth it repeated or
 * amplified — and computes its outcome once (sim/outcome.ts), which the reactions, the adversary, the
 * conditions and the debrief all read. The score sets the size of each effect: a prompt, credible correction
 * pulls exposed and believing accounts toward skepticism and lifts trust; repeating or amplifying the myth
 * gives the rumour a push; a faux pas starts its own wave (quote posts, anger, a journalist's question).
 */
import type { Scenario } from '../scenario/types.ts';
import { lookup } from '../scenario/lookup.ts';
import type { AmplifiedItem, Scorer } from '../scoring/types.ts';
import { amplifiedClaim } from '../scoring/detectors/amplified-unverified.ts'; // not the index (see engine.ts)
import type { PostRecord, SessionState } from './state.ts';
import type { Effect, FeedItem, Input } from './types.ts';
import { history, publish } from './feed.ts';
import { startEngagement } from '../sim/engagement.ts';
import { organic } from './world.ts';
import { outcomeOf } from '../sim/outcome.ts';
import { markAnswered } from './questions.ts';
import { amplifiedItem, answersTroll } from './amplify.ts';
import { scheduleWave } from './wave.ts';

/** Corrections lose strength the later they come after the claim first spread (time constant, seconds). */
export const LATENESS_TAU = 90 * 60;
const SEVERITY = { minor: 0.02, major: 0.1, critical: 0.22 } as const;
/** The least strength at which a correction counts as one (score × earliness). */
export const CORRECTION_WORKS = 0.15;
/** How hard amplifying a false claim pushes it (a myth repetition in the trainee's words is 1). */
export const AMPLIFY_PUSH = { share: 1.5, quote: 1 } as const;

interface OwnPost {
	id: string;
	text: string;
	replyTo?: string;
	threadOf?: string;
	author?: string;
	quoteOf?: string;
	share?: string;
	amplifies?: AmplifiedItem;
}

export function applyPost(
	scenario: Scenario,
	s: SessionState,
	input: Extract<Input, { kind: 'post' }>,
	scorer: Scorer,
	effects: Effect[]
) {
	if (taken(s, input.id)) return;
	const quoted = input.quoteOf ? s.feed.find((f) => f.id === input.quoteOf) : undefined;
	publishOwn(
		scenario,
		s,
		{
			id: input.id,
			text: input.text,
			replyTo: input.replyTo,
			threadOf: input.threadOf,
			author: input.author,
			...(quoted ? { quoteOf: quoted.id, amplifies: amplifiedItem(scenario, quoted, 'quote') } : {})
		},
		scorer,
		effects
	);
}

/** Re-post a feed item: the followers see its text under the trainee's name; it is scored as such. */
export function applyShare(
	scenario: Scenario,
	s: SessionState,
	input: Extract<Input, { kind: 'share' }>,
	scorer: Scorer,
	effects: Effect[]
) {
	if (taken(s, input.id) || shareRefusal(s, input.itemId)) return;
	const item = s.feed.find((f) => f.id === input.itemId)!;
	publishOwn(
		scenario,
		s,
		{
			id: input.id,
			text: item.text,
			author: input.author,
			share: item.id,
			amplifies: amplifiedItem(scenario, item, 'share')
		},
		scorer,
		effects
	);
	const counts = { ...item.counts, shares: item.counts.shares + 1 };
	s.feed[s.feed.indexOf(item)] = { ...item, counts };
	effects.push({ kind: 'counts', itemId: item.id, counts });
}

/** Why an item cannot be re-posted now (undefined: it can). The engine, the browser and the server agree. */
export function shareRefusal(s: SessionState, itemId: string): string | undefined {
	const item = s.feed.find((f) => f.id === itemId);
	if (!item || (item.channel !== 'feed' && item.channel !== 'news'))
		return 'That post is not in your timeline.';
	if (item.deleted) return 'That post has been deleted.';
	if (item.kind === 'trainee' && item.repostOf) return 'Re-post the original post instead.';
	if (s.posts.some((p) => p.share === item.id && !p.deleted))
		return 'You have already re-posted it.';
	return undefined;
}

function taken(s: SessionState, id: string): boolean {
	return s.posts.some((p) => p.id === id) || s.feed.some((f) => f.id === id);
}

function publishOwn(
	scenario: Scenario,
	s: SessionState,
	p: OwnPost,
	scorer: Scorer,
	effects: Effect[]
) {
	const score = scorer(
		{
			id: p.id,
			t: s.t,
			text: p.text,
			replyTo: p.replyTo,
			platform: scenario.trainee.account.platform,
			...(p.amplifies ? { amplifies: p.amplifies } : {})
		},
		{
			scenario,
			t: s.t,
			fired: s.fired,
			revealed: s.revealed,
			history: history(s),
			questions: s.questions,
			mode: 'final'
		}
	);
	const carried = p.amplifies ? amplifiedClaim(scenario, p.amplifies) : undefined;

	// Corrections: strength = score × earliness. Scoring never lists a post that repeats the myth; one too weak
	// or too late to move anyone is not a correction either, nor one that amplifies the false post itself (the
	// same fact for `corrected()`, the objectives and the reactions).
	// A fact stated before its myth circulates is a prebunk: it counts (and fades like any correction), but
	// nobody has seen a myth corrected, so the public does not thank anyone for "setting the record straight".
	const corrected: string[] = [];
	const prebunked: string[] = [];
	for (const claim of score.correctsClaims) {
		if (claim === carried) continue;
		const first = firstSpread(scenario, s, claim);
		const late = first === undefined ? 1 : Math.exp(-Math.max(0, s.t - first) / LATENESS_TAU);
		const q = Math.round(score.overall * late * 1000) / 1000;
		if (q >= CORRECTION_WORKS) {
			const prebunk = first === undefined;
			s.corrections.push({ claim, t: s.t, q, postId: p.id, ...(prebunk ? { prebunk } : {}) });
			(prebunk ? prebunked : corrected).push(claim);
		}
	}
	// A myth repeated in the trainee's words pushes the claim once; a re-post or quote of the false post
	// pushes it as amplification (the stronger of the two, never both).
	for (const claim of score.repeatsClaims)
		if (claim !== carried) s.backfires.push({ claim, t: s.t, q: 1 });
	if (carried) s.backfires.push({ claim: carried, t: s.t, q: AMPLIFY_PUSH[p.amplifies!.mode] });

	const outcome = outcomeOf({
		score,
		corrected,
		prebunked,
		...(p.amplifies && p.amplifies.source !== 'trainee'
			? {
					amplified: {
						itemId: p.amplifies.itemId,
						...(carried ? { claim: carried } : {}),
						unverified: ['public', 'troll', 'adversary'].includes(p.amplifies.source)
					}
				}
			: {}),
		// A re-post amplifies (amplified-unverified) but does not talk to anyone; a reply or quote does.
		trollReply: !p.share && answersTroll(scenario, s, p.text, [p.replyTo, p.quoteOf])
	});
	const record: PostRecord = {
		id: p.id,
		t: s.t,
		text: p.text,
		...(p.replyTo ? { replyTo: p.replyTo } : {}),
		...(p.threadOf ? { threadOf: p.threadOf } : {}),
		...(p.author ? { author: p.author } : {}),
		...(p.share ? { share: p.share } : {}),
		...(p.quoteOf ? { quoteOf: p.quoteOf } : {}),
		score,
		outcome
	};
	s.posts.push(record);
	const acct = scenario.trainee.account;
	const item: FeedItem = {
		id: p.id,
		t: s.t,
		kind: 'trainee',
		channel: 'feed',
		author: { name: acct.displayName, handle: acct.handle, kind: 'trainee' },
		text: p.share ? '' : p.text,
		counts: { likes: 0, shares: 0, replies: 0 },
		...(p.replyTo ? { replyTo: p.replyTo } : {}),
		...(p.quoteOf ? { quoteOf: p.quoteOf } : {}),
		...(p.share ? { repostOf: p.share } : {})
	};
	publish(scenario, s, item, effects);
	effects.push({ kind: 'scored', postId: p.id, score });
	markAnswered(s, p.id, s.t, score.answers);

	// Mood: reception moves goodwill and trust; gaffes draw anger.
	const gaffe = score.findings.reduce((n, f) => n + SEVERITY[f.severity], 0);
	for (const a of organic(scenario)) {
		const m = s.mood[a.id];
		m.goodwill += 0.15 * (score.overall - 0.45) * (0.5 + m.trust);
		m.trust = Math.min(1, Math.max(0, m.trust + 0.05 * (score.overall - 0.5) - 0.3 * gaffe));
		m.outrage += gaffe * (1.2 - a.stance) * 0.6;
	}
	s.engagement.push(
		startEngagement(p.id, s.t, acct.followers, score.overall, Math.min(1, gaffe * 2))
	);
	if (outcome.gaffes.length) scheduleWave(scenario, s, record);
}

function firstSpread(scenario: Scenario, s: SessionState, claim: string): number | undefined {
	const events = lookup(scenario).events;
	for (const f of s.fired) {
		const ev = events.get(f.id);
		if (ev?.spreads?.claim === claim) return f.t;
	}
	return undefined;
}

/** Deleting hides the post from the timeline but, as in real life, its effects (and screenshots) remain. */
export function applyDelete(s: SessionState, postId: string, effects: Effect[]) {
	const post = s.posts.find((p) => p.id === postId);
	if (!post || post.deleted) return;
	post.deleted = true;
	post.deletedAt = s.t;
	if (s.pinned?.postId === postId) delete s.pinned;
	const at = s.feed.findIndex((f) => f.id === postId);
	if (at >= 0) {
		const item = { ...s.feed[at], deleted: true };
		s.feed[at] = item;
		effects.push({ kind: 'feed', item: { ...item } });
	}
}
