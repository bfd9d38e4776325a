/**
 * The trainee's posts acting on the world. The post is scored first (src/lib/scoring); the score then sets the
 * size of each effect: a prompt, credible correction pulls exposed and believing accounts toward skepticism and
 * lifts trust; repeating the myth gives the rumour a brief push; a faux pas starts its own wave (quote posts,
 * anger, a journalist's follow-up question).
 */
import type { Scenario } from '../scenario/types.ts';
import { lookup } from '../scenario/lookup.ts';
import type { Scorer } from '../scoring/types.ts';
import type { SessionState } from './state.ts';
import type { Effect, FeedItem, Input } from './types.ts';
import { history, publish } from './feed.ts';
import { startEngagement } from '../sim/engagement.ts';
import { organic } from '../sim/world.ts';
import { formatTime } from '../scenario/time.ts';
import { markAnswered } from './questions.ts';

/** Corrections lose strength the later they come after the claim first spread (time constant, seconds). */
export const LATENESS_TAU = 90 * 60;
const SEVERITY = { minor: 0.02, major: 0.1, critical: 0.22 } as const;
/** The least strength at which a correction counts as one (score × earliness). */
export const CORRECTION_WORKS = 0.15;

export function applyPost(
	scenario: Scenario,
	s: SessionState,
	input: Extract<Input, { kind: 'post' }>,
	scorer: Scorer,
	effects: Effect[]
) {
	if (s.posts.some((p) => p.id === input.id) || s.feed.some((f) => f.id === input.id)) return;
	const score = scorer(
		{
			id: input.id,
			t: s.t,
			text: input.text,
			replyTo: input.replyTo,
			platform: scenario.trainee.account.platform
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
	s.posts.push({
		id: input.id,
		t: s.t,
		text: input.text,
		...(input.replyTo ? { replyTo: input.replyTo } : {}),
		...(input.threadOf ? { threadOf: input.threadOf } : {}),
		...(input.author ? { author: input.author } : {}),
		score
	});
	const acct = scenario.trainee.account;
	const item: FeedItem = {
		id: input.id,
		t: s.t,
		kind: 'trainee',
		channel: 'feed',
		author: { name: acct.displayName, handle: acct.handle, kind: 'trainee' },
		text: input.text,
		counts: { likes: 0, shares: 0, replies: 0 },
		...(input.replyTo ? { replyTo: input.replyTo } : {})
	};
	publish(scenario, s, item, effects);
	effects.push({ kind: 'scored', postId: input.id, score });
	markAnswered(s, input.id, s.t, score.answers);

	// Corrections: strength = score × earliness. Scoring never lists a post that repeats the myth; one too weak
	// or too late to move anyone is not a correction either (the same fact for `corrected()`, the objectives
	// and the reactions).
	for (const claim of score.correctsClaims) {
		const first = firstSpread(scenario, s, claim);
		const late = first === undefined ? 1 : Math.exp(-Math.max(0, s.t - first) / LATENESS_TAU);
		const q = Math.round(score.overall * late * 1000) / 1000;
		if (q >= CORRECTION_WORKS) s.corrections.push({ claim, t: s.t, q, postId: input.id });
	}
	for (const claim of score.repeatsClaims) s.backfires.push({ claim, t: s.t, q: 1 });

	// Mood: reception moves goodwill and trust; gaffes draw anger.
	const gaffe = score.findings.reduce((n, f) => n + SEVERITY[f.severity], 0);
	for (const a of organic(scenario)) {
		const m = s.mood[a.id];
		m.goodwill += 0.15 * (score.overall - 0.45) * (0.5 + m.trust);
		m.trust = Math.min(1, Math.max(0, m.trust + 0.05 * (score.overall - 0.5) - 0.3 * gaffe));
		m.outrage += gaffe * (1.2 - a.stance) * 0.6;
	}
	s.engagement.push(
		startEngagement(input.id, s.t, acct.followers, score.overall, Math.min(1, gaffe * 2))
	);

	if (score.findings.some((f) => f.severity !== 'minor'))
		scheduleWave(scenario, s, input.id, input.text);
}

function firstSpread(scenario: Scenario, s: SessionState, claim: string): number | undefined {
	const events = lookup(scenario).events;
	for (const f of s.fired) {
		const ev = events.get(f.id);
		if (ev?.spreads?.claim === claim) return f.t;
	}
	return undefined;
}

/** A gaffe's wave: two angry quote posts and, if the scenario has a journalist, a follow-up question. */
function scheduleWave(scenario: Scenario, s: SessionState, postId: string, text: string) {
	const handle = scenario.trainee.account.handle;
	const snippet = text.length > 60 ? `${text.slice(0, 57)}…` : text;
	const quotes = [
		`Screenshot taken. ${handle} really posted this: “${snippet}”`,
		`Is this how ${scenario.trainee.government} talks in a crisis? “${snippet}”`
	];
	quotes.forEach((q, i) => {
		s.scheduled.push({
			id: `w${++s.seq}`,
			t: s.t + (3 + 5 * i) * 60,
			kind: 'quote',
			channel: 'feed',
			author: { name: 'Quote posts', kind: 'public' },
			text: q,
			replyTo: postId,
			stance: 'hostile',
			represents: 50 * (i + 1),
			counts: { likes: 0, shares: 0, replies: 0 }
		});
	});
	const journalist = scenario.personas.find((p) => p.kind === 'journalist');
	if (journalist) {
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
			text: `${handle} Your post at ${formatTime(s.t)} is being widely shared. Can you explain what you meant, and will you correct it?`,
			replyTo: postId,
			question: true,
			counts: { likes: 0, shares: 0, replies: 0 }
		});
	}
	s.scheduled.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}

/** Deleting hides the post from the timeline but, as in real life, its effects (and screenshots) remain. */
export function applyDelete(s: SessionState, postId: string, effects: Effect[]) {
	const post = s.posts.find((p) => p.id === postId);
	if (!post || post.deleted) return;
	post.deleted = true;
	post.deletedAt = s.t;
	const item = s.feed.find((f) => f.id === postId);
	if (item) {
		item.deleted = true;
		effects.push({ kind: 'feed', item: { ...item } });
	}
}
