/**
 * Generated public reactions: each minute, at most two readable sample posts from the busiest audiences, each
 * standing for many similar ones. What a reaction says is drawn from the SITUATION it answers:
 * - a reply to one of the trainee's recent posts answers that post's outcome (sim/outcome.ts), threaded under
 *   it: praise only when the outcome allows praise; a gaffe draws its finding's pool; a repeated myth is
 *   picked up by believers;
 * - otherwise the conversation: the rumour's believers and skeptics, talk about a deleted post, complaints
 *   about silence (only when the trainee has posted nothing for SILENCE_WINDOW), or the ambient chatter.
 * Texts come from the scenario's pools (`reactions:`, weighted 3×) and the built-in pools (sim/pools), with
 * placeholders filled and the last RECENT texts avoided, so a long run does not repeat itself.
 */
import type { Scenario, Situation, Stance } from '../scenario/types.ts';
import type { SessionState, PostRecord } from '../core/state.ts';
import type { Effect, FeedItem } from '../core/types.ts';
import { pick, stream, type Rand } from '../core/rng.ts';
import type { FindingId } from '../scoring/types.ts';
import { fill } from './fill.ts';
import {
	AMBIENT_TRAGEDY,
	BUILTIN,
	FIRST,
	GAFFE_BY_FINDING,
	LAST,
	NETWORK_A,
	NETWORK_B,
	type Pool
} from './pools/index.ts';

/** A post is answered by replies for this long after it went out (seconds). */
export const REPLY_WINDOW = 45 * 60;
/** "Silent" complaints only after this long without a public post (and this long into the crisis). */
export const SILENCE_WINDOW = 30 * 60;
/** Ambient support of the government needs a well-received live post at most this old. */
export const PRAISE_WINDOW = 60 * 60;
/** Talk about a deleted post lasts this long after the deletion. */
export const DELETED_WINDOW = 20 * 60;
/** A text is not reused while it is among the last RECENT reactions. */
export const RECENT = 60;

export function fictionalName(rand: Rand): { name: string; handle: string } {
	const first = pick(rand, FIRST);
	const last = pick(rand, LAST);
	const n = Math.floor(rand() * 900) + 100;
	return {
		name: `${first} ${last}`,
		handle: `@${first.toLowerCase()}${last[0].toLowerCase()}${n}`
	};
}

/** A coordinated network's account name, e.g. "Truth Watch 4471". */
export function networkName(rand: Rand): { name: string; handle: string } {
	const a = pick(rand, NETWORK_A);
	let b = pick(rand, NETWORK_B);
	if (b === a) b = 'Now';
	const n = Math.floor(rand() * 9000) + 1000;
	return { name: `${a} ${b}`, handle: `@${a}${b}${n}` };
}

export interface StanceWeights {
	believer: number;
	skeptic: number;
	hostile: number;
	supportive: number;
	neutral: number;
}

export function chooseStance(rand: Rand, w: StanceWeights): Stance {
	const entries = Object.entries(w) as [Stance, number][];
	const total = entries.reduce((s, [, v]) => s + Math.max(0, v), 0);
	let r = rand() * total;
	for (const [k, v] of entries) {
		r -= Math.max(0, v);
		if (r <= 0) return k;
	}
	return 'neutral';
}

/** The stances that may speak in a situation (praise only where the outcome allows it). */
export function allowedStances(situation: Situation, praise: boolean): Stance[] {
	switch (situation) {
		case 'good':
		case 'answer':
			return praise ? ['supportive', 'neutral', 'hostile'] : ['neutral', 'hostile'];
		case 'correction':
			return praise
				? ['supportive', 'skeptic', 'believer', 'hostile', 'neutral']
				: ['skeptic', 'believer', 'hostile', 'neutral'];
		case 'weak':
			return ['hostile', 'neutral', 'supportive'];
		case 'gaffe':
			return ['hostile', 'neutral', 'supportive', 'believer'];
		case 'myth':
			return ['believer', 'skeptic', 'hostile', 'neutral'];
		case 'deleted':
		case 'silence':
			return ['hostile', 'neutral', 'believer'];
		case 'rumour':
			return ['believer', 'skeptic'];
		case 'ambient':
			return praise ? ['neutral', 'hostile', 'supportive'] : ['neutral', 'hostile'];
	}
}

const textsMemo = new WeakMap<Scenario, Map<string, string[]>>();

/** Candidate texts for (audience, situation, stance): the scenario's (3×), then the built-in ones. */
export function textsFor(
	scenario: Scenario,
	audience: string,
	situation: Situation,
	stance: Stance,
	opts: { findings?: FindingId[]; tragedy?: boolean } = {}
): string[] {
	let memo = textsMemo.get(scenario);
	if (!memo) textsMemo.set(scenario, (memo = new Map()));
	const key = `${audience}|${situation}|${stance}|${opts.findings?.join(',') ?? ''}|${opts.tragedy ? 1 : 0}`;
	const hit = memo.get(key);
	if (hit) return hit;
	const own = (aud: string) => [
		...(scenario.reactions[aud]?.[situation]?.[stance] ?? []),
		// The plain believer/skeptic lists are the rumour's talk.
		...(situation === 'rumour' ? (scenario.reactions[aud]?.ambient?.[stance] ?? []) : [])
	];
	const authored = [...own(audience), ...own('*')];
	const builtin: string[] = [];
	const add = (p: Pool | undefined) => builtin.push(...(p?.[stance] ?? []));
	if (situation === 'gaffe') {
		for (const f of opts.findings ?? [])
			add(f === 'myth-repetition' ? BUILTIN.myth : GAFFE_BY_FINDING[f]);
		if (!builtin.length) add(BUILTIN.gaffe);
	} else {
		add(BUILTIN[situation]);
		if (situation === 'ambient' && opts.tragedy) add(AMBIENT_TRAGEDY);
	}
	const out = [...authored, ...authored, ...authored, ...builtin];
	if (memo.size < 2000) memo.set(key, out);
	return out;
}

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
	const tragedy = s.fired.some((f) => scenario.events.find((e) => e.id === f.id)?.tragedy);
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
