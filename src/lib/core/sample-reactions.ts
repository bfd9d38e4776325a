/**
 * The reactions of the simulated public each minute, placed in the feed: at most two sample posts from the
 * busiest organic audiences, each standing for many similar ones, aimed at a recent post of the trainee (by
 * its outcome), a deleted post, the trainee's silence, the rumour or the ambient talk. What they say comes from
 * src/lib/sim/reactions.ts (stances, pools, windows); placeholders are filled by src/lib/sim/fill.ts.
 */
import type { Scenario, Situation, Stance } from '../scenario/types.ts';
import type { SessionState, PostRecord } from './state.ts';
import type { Effect, FeedItem } from './types.ts';
import { lookup } from '../scenario/lookup.ts';
import { stream, type Rand } from '../sim/rng.ts';
import { fill } from '../sim/fill.ts';
import {
	allowedStances,
	chooseStance,
	DELETED_WINDOW,
	fictionalName,
	PRAISE_WINDOW,
	RECENT,
	REPLY_WINDOW,
	SILENCE_WINDOW,
	textsFor,
	type StanceWeights
} from '../sim/reactions.ts';

interface Target {
	situation: Situation;
	praise: boolean;
	post?: PostRecord;
	/** Reply under the post (true), or quote it (a deleted post's screenshot). */
	reply: boolean;
}

function chooseTarget(
	scenario: Scenario,
	s: SessionState,
	t: number,
	a: string,
	rand: Rand
): Target {
	const live = s.posts.filter((p) => !p.deleted);
	const latest = live.at(-1);
	const recent = live.filter((p) => t - p.t <= REPLY_WINDOW);
	const weights = recent.map((p) => Math.exp(-(t - p.t) / (15 * 60)));
	const total = weights.reduce((x, y) => x + y, 0);
	if (recent.length && rand() < Math.min(0.8, total)) {
		let r = rand() * total;
		let post = recent[recent.length - 1];
		for (let i = 0; i < recent.length; i++) {
			r -= weights[i];
			if (r <= 0) {
				post = recent[i];
				break;
			}
		}
		return { situation: post.outcome.situation, praise: post.outcome.praise, post, reply: true };
	}
	const deleted = s.posts.filter((p) => p.deleted && t - (p.deletedAt ?? 0) <= DELETED_WINDOW);
	if (deleted.length && rand() < 0.4)
		return { situation: 'deleted', praise: false, post: deleted.at(-1), reply: false };
	const size = scenario.audiences.find((x) => x.id === a)?.size ?? 1;
	let I = 0;
	let Z = 0;
	for (const c of scenario.claims)
		if (!c.truth) {
			I += s.spread[c.id]?.[a]?.I ?? 0;
			Z += s.spread[c.id]?.[a]?.Z ?? 0;
		}
	// Silence is complained about when there is a void to fill: nothing said yet, a question waiting, or a
	// rumour with believers — and only SILENCE_WINDOW after the last post.
	const crisis = s.fired[0]?.t;
	const silent =
		crisis !== undefined &&
		t - crisis >= SILENCE_WINDOW &&
		(latest === undefined || t - latest.t >= SILENCE_WINDOW) &&
		(latest === undefined || s.questions.some((q) => !q.answeredBy) || I / size > 0.01);
	if (silent && rand() < 0.5) return { situation: 'silence', praise: false, reply: false };
	const rumour = (4 * (I + Z)) / size;
	if (rand() < rumour / (rumour + 0.5)) return { situation: 'rumour', praise: false, reply: false };
	const praise = latest !== undefined && t - latest.t <= PRAISE_WINDOW && latest.outcome.praise;
	return { situation: 'ambient', praise, reply: false };
}

export function addReactions(
	scenario: Scenario,
	s: SessionState,
	t: number,
	volume: Record<string, number>,
	effects: Effect[]
) {
	const minute = t / 60;
	const rand = stream(s.seed, 'reactions', minute);
	const auds = scenario.audiences
		.filter((a) => a.kind === 'organic')
		.map((a) => ({ a, activity: (volume[a.id] ?? 0) + s.mood[a.id].mentions }))
		.filter((x) => x.activity >= 1)
		.sort((x, y) => y.activity - x.activity || x.a.id.localeCompare(y.a.id))
		.slice(0, 2);
	const events = lookup(scenario).events;
	const tragedy = s.fired.some((f) => events.get(f.id)?.tragedy);
	const used = new Set(
		s.feed
			.slice(-4 * RECENT)
			.filter((f) => f.kind === 'reaction')
			.slice(-RECENT)
			.map((f) => f.text)
	);
	for (const { a, activity } of auds) {
		if (rand() > Math.min(1, 0.15 + activity / 200)) continue;
		const target = chooseTarget(scenario, s, t, a.id, rand);
		const m = s.mood[a.id];
		const size = a.size;
		let I = 0;
		let Z = 0;
		for (const c of scenario.claims)
			if (!c.truth) {
				I += s.spread[c.id][a.id].I / size;
				Z += s.spread[c.id][a.id].Z / size;
			}
		const allowed = allowedStances(target.situation, target.praise);
		const on = (k: Stance, v: number) => (allowed.includes(k) ? v : 0);
		const w: StanceWeights = {
			believer: on('believer', 4 * I + 0.05),
			skeptic: on('skeptic', 4 * Z + 0.05),
			hostile: on('hostile', Math.max(0, -m.sentiment) + m.outrage + 0.1),
			supportive: on('supportive', Math.max(0, m.sentiment) * 0.5 + m.goodwill),
			neutral: on('neutral', 0.25)
		};
		const stance = chooseStance(rand, w);
		const findings = target.post?.outcome.gaffes;
		const ctx = {
			...(target.post ? { post: { text: target.post.text, t: target.post.t } } : {}),
			...(target.post?.outcome.answered.length
				? { asker: askerOf(s, target.post.outcome.answered[0]) }
				: {})
		};
		const raw = textsFor(scenario, a.id, target.situation, stance, { findings, tragedy });
		// Walk the candidates from a random start: the first that can be said now and was not said lately.
		// The conversation may fall quiet rather than repeat itself; a reply to a post may repeat a text.
		const start = Math.floor(rand() * raw.length);
		let text: string | undefined;
		let fallback: string | undefined;
		for (let k = 0; k < raw.length && text === undefined; k++) {
			const x = fill(raw[(start + k) % raw.length], scenario, ctx);
			if (x === undefined) continue;
			if (!used.has(x)) text = x;
			else fallback ??= x;
		}
		if (text === undefined && target.post && target.reply) text = fallback;
		if (text === undefined) continue;
		used.add(text);
		const who = fictionalName(rand);
		const item: FeedItem = {
			id: `r${++s.seq}`,
			t,
			kind: 'reaction',
			channel: 'feed',
			author: { name: who.name, handle: who.handle, audience: a.id, kind: 'public' },
			text,
			represents: Math.max(1, Math.round(activity)),
			stance,
			pool: `${target.situation}/${stance}`,
			counts: {
				likes: Math.round(rand() * 40),
				shares: Math.round(rand() * 10),
				replies: Math.round(rand() * 5)
			},
			...(target.post && target.reply ? { replyTo: target.post.id } : {}),
			...(target.post && !target.reply ? { quoteOf: target.post.id } : {})
		};
		s.feed.push(item);
		effects.push({ kind: 'feed', item });
	}
}

function askerOf(s: SessionState, itemId: string): string | undefined {
	const q = s.questions.find((x) => x.itemId === itemId);
	return q?.asker ? `@${q.asker}` : undefined;
}
