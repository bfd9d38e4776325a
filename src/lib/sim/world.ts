/**
 * One scenario minute of the simulated public: rumour spread per (claim, audience), mood per audience,
 * engagement on the trainee's posts, and a readable sample of generated reactions.
 */
import type { Scenario } from '../scenario/types.ts';
import { lookup } from '../scenario/lookup.ts';
import type { SessionState } from '../core/state.ts';
import type { Effect, FeedItem, MetricSample } from '../core/types.ts';
import { stream } from '../core/rng.ts';
import { paramsFor, stepMinute } from './seiz.ts';
import { stepEngagement } from './engagement.ts';
import { chooseStance, fictionalName, fill, templates } from './reactions.ts';

export const MOOD = {
	follow: 0.1,
	believerWeight: 0.8,
	goodwillDecay: 0.99,
	outrageDecay: 0.985,
	erosion: 0.0008
};
/** Corrections fade with this time constant (seconds); backfires with the shorter one. */
export const CORRECTION_TAU = 150 * 60;
export const BACKFIRE_TAU = 30 * 60;
/** At most this many generated reactions per minute, so the feed stays readable. */
export const REACTIONS_PER_MINUTE = 2;

/** Rounding that never yields -0, so state survives a JSON round trip unchanged. */
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d || 0;
const whole = (x: number) => Math.round(x) || 0;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function organic(scenario: Scenario) {
	return scenario.audiences.filter((a) => a.kind === 'organic');
}

/** Amplification pressure on a claim from coordinated boosts active at time t. */
export function boostPressure(
	scenario: Scenario,
	s: SessionState,
	claim: string,
	t: number
): number {
	let p = 0;
	const ix = lookup(scenario);
	for (const f of s.fired) {
		const ev = ix.events.get(f.id);
		if (ev?.spreads?.claim !== claim) continue;
		for (const b of ev.spreads.boosts) {
			const startT = Math.max(b.at, f.t);
			if (t >= startT && t < startT + b.duration) {
				const size = ix.audiences.get(b.audience)?.size ?? 1000;
				p += 0.0025 * b.strength * (Math.log10(1 + size) / 3);
			}
		}
	}
	return p;
}

export function correctionLevel(s: SessionState, claim: string, t: number, trust: number): number {
	let c = 0;
	for (const r of s.corrections)
		if (r.claim === claim && r.t <= t)
			c += r.q * (0.5 + trust) * Math.exp(-(t - r.t) / CORRECTION_TAU);
	return clamp(c, 0, 1);
}

function backfire(s: SessionState, claim: string, t: number): number {
	let b = 0;
	for (const r of s.backfires)
		if (r.claim === claim && r.t <= t) b += 0.01 * r.q * Math.exp(-(t - r.t) / BACKFIRE_TAU);
	return b;
}

/** Advance the world by the minute ending at scenario time `t` (a multiple of 60). Mutates `s`. */
export function tickMinute(
	scenario: Scenario,
	s: SessionState,
	t: number,
	effects: Effect[]
): void {
	const minute = t / 60;
	const auds = organic(scenario);
	const sample: MetricSample = { t, audiences: [], claims: [] };
	const volumeByAudience: Record<string, number> = {};

	for (const claim of scenario.claims) {
		const byAud = s.spread[claim.id];
		const shares = auds.map((a) => byAud[a.id].I / a.size);
		const pushed = boostPressure(scenario, s, claim.id, t) + backfire(s, claim.id, t);
		const active = pushed > 0 || auds.some((a) => byAud[a.id].I > 0);
		auds.forEach((a, i) => {
			const cross = shares.reduce((sum, v, j) => (j === i ? sum : sum + v), 0) * 0.1;
			const rand =
				s.mode === 'stochastic' ? stream(s.seed, 'spread', claim.id, a.id, minute) : undefined;
			const before = byAud[a.id];
			const next = active
				? stepMinute(
						before,
						paramsFor(claim.virality, a.susceptibility, claim.truth),
						{
							pressure: pushed + cross,
							correction: correctionLevel(s, claim.id, t, s.mood[a.id].trust)
						},
						rand
					)
				: { ...before, volume: 0 };
			byAud[a.id] = next;
			volumeByAudience[a.id] = (volumeByAudience[a.id] ?? 0) + (claim.truth ? 0 : next.volume);
			sample.claims.push({
				claim: claim.id,
				audience: a.id,
				reach: whole(next.E + next.I + next.Z),
				believers: whole(next.I),
				skeptics: whole(next.Z),
				exposed: whole(next.E),
				susceptible: whole(next.S),
				volume: whole(next.volume)
			});
		});
	}

	// Engagement on the trainee's posts (Hawkes-type), reported as moving counts.
	let replies = 0;
	s.engagement = s.engagement.map((e) => {
		const rand =
			s.mode === 'stochastic' ? stream(s.seed, 'engagement', e.postId, minute) : undefined;
		const next = stepEngagement(e, minute, rand);
		replies += next.replies - e.replies;
		if (
			Math.round(next.likes) !== Math.round(e.likes) ||
			Math.round(next.shares) !== Math.round(e.shares)
		) {
			const counts = {
				likes: Math.round(next.likes),
				shares: Math.round(next.shares),
				replies: Math.round(next.replies)
			};
			const item = s.feed.find((f) => f.id === e.postId);
			if (item) item.counts = counts;
			effects.push({ kind: 'counts', itemId: e.postId, counts });
		}
		return next;
	});

	// Mood per audience.
	const total = auds.reduce((n, a) => n + a.size, 0);
	for (const a of auds) {
		const m = s.mood[a.id];
		const believers = scenario.claims
			.filter((c) => !c.truth)
			.reduce((sum, c) => sum + s.spread[c.id][a.id].I / a.size, 0);
		m.goodwill *= MOOD.goodwillDecay;
		m.outrage *= MOOD.outrageDecay;
		const target = a.stance - MOOD.believerWeight * believers + m.goodwill - m.outrage;
		m.sentiment = clamp(m.sentiment + MOOD.follow * (target - m.sentiment), -1, 1);
		m.trust = clamp(m.trust - MOOD.erosion * believers, 0, 1);
		m.mentions = Math.round(
			0.3 * (volumeByAudience[a.id] ?? 0) + replies * (a.size / total) + m.outrage * a.size * 0.0002
		);
		sample.audiences.push({
			audience: a.id,
			sentiment: round(m.sentiment),
			trust: round(m.trust),
			mentions: m.mentions
		});
	}
	s.metrics.push(sample);
	effects.push({ kind: 'metric', sample });

	addReactions(scenario, s, t, volumeByAudience, effects);
}

function addReactions(
	scenario: Scenario,
	s: SessionState,
	t: number,
	volume: Record<string, number>,
	effects: Effect[]
) {
	const minute = t / 60;
	const rand = stream(s.seed, 'reactions', minute);
	const auds = organic(scenario)
		.map((a) => ({ a, activity: (volume[a.id] ?? 0) + s.mood[a.id].mentions }))
		.filter((x) => x.activity >= 1)
		.sort((x, y) => y.activity - x.activity || x.a.id.localeCompare(y.a.id))
		.slice(0, REACTIONS_PER_MINUTE);
	const lastPost = [...s.posts].reverse().find((p) => !p.deleted && t - p.t <= 30 * 60);
	for (const { a, activity } of auds) {
		if (rand() > Math.min(1, 0.15 + activity / 200)) continue;
		const m = s.mood[a.id];
		const falseClaims = scenario.claims.filter((c) => !c.truth);
		const I = falseClaims.reduce((n, c) => n + s.spread[c.id][a.id].I, 0) / a.size;
		const Z = falseClaims.reduce((n, c) => n + s.spread[c.id][a.id].Z, 0) / a.size;
		const stance = chooseStance(rand, {
			believer: 4 * I,
			skeptic: 4 * Z,
			hostile: Math.max(0, -m.sentiment) + m.outrage,
			// Supportive templates praise the trainee's response, so they need a recent live post to praise.
			supportive: lastPost ? Math.max(0, m.sentiment) * 0.5 + m.goodwill : 0,
			neutral: 0.25
		});
		const texts = templates(scenario, a.id, stance);
		if (!texts.length) continue;
		const who = fictionalName(rand);
		const reply =
			lastPost && (stance === 'hostile' || stance === 'supportive') ? lastPost.id : undefined;
		const item: FeedItem = {
			id: `r${++s.seq}`,
			t,
			kind: 'reaction',
			channel: 'feed',
			author: { name: who.name, handle: who.handle, audience: a.id, kind: 'public' },
			text: fill(texts[Math.floor(rand() * texts.length)], scenario),
			represents: Math.max(1, Math.round(activity)),
			stance,
			counts: {
				likes: Math.round(rand() * 40),
				shares: Math.round(rand() * 10),
				replies: Math.round(rand() * 5)
			},
			...(reply ? { replyTo: reply } : {})
		};
		s.feed.push(item);
		effects.push({ kind: 'feed', item });
	}
}
