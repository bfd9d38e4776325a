/**
 * One scenario minute of the simulated public: rumour spread per (claim, audience), mood per audience,
 * engagement on the trainee's posts, and a readable sample of generated reactions.
 */
import type { Scenario } from '../scenario/types.ts';
import { lookup } from '../scenario/lookup.ts';
import type { SessionState } from './state.ts';
import type { Effect, FeedItem, MetricSample } from './types.ts';
import { stream } from '../sim/rng.ts';
import { paramsFor, stepMinute } from '../sim/seiz.ts';
import { advanceEngagement, live } from '../sim/engagement.ts';
import { addReactions } from './sample-reactions.ts';
import { feedIndex } from './feed.ts';

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
	for (const x of s.pushes)
		if (x.claim === claim && t >= x.t && t < x.t + x.duration) {
			const net = scenario.adversary?.network;
			const size = scenario.audiences.find((a) => a.id === net)?.size ?? 1000;
			p += 0.0025 * x.strength * (Math.log10(1 + size) / 3);
		}
	return p;
}

/** A pinned correction stays in view: it fades this many times more slowly while pinned. */
export const PIN_FACTOR = 2;

export function correctionLevel(s: SessionState, claim: string, t: number, trust: number): number {
	let c = 0;
	for (const r of s.corrections)
		if (r.claim === claim && r.t <= t) {
			const pinned = s.pinned && s.pinned.postId === r.postId && s.pinned.t <= t;
			const tau = pinned ? CORRECTION_TAU * PIN_FACTOR : CORRECTION_TAU;
			c += r.q * (0.5 + trust) * Math.exp(-(t - r.t) / tau);
		}
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

	// Engagement on every item (Hawkes-type), reported as moving counts; a rumour item's counts follow its
	// claim's reach, so the counts tell the same story as the curves.
	const reach: Record<string, number> = {};
	for (const k of sample.claims) reach[k.claim] = (reach[k.claim] ?? 0) + k.reach;
	// Each record is updated in place (the state is the caller's own: `step` copied it); an item past its
	// horizon is skipped, as `stepEngagement` would leave it unchanged.
	let replies = 0;
	for (const e of s.engagement) {
		const likes = e.likes;
		const shares = e.shares;
		const was = e.replies;
		if (e.claim !== undefined) {
			const grown = Math.max(0, (reach[e.claim] ?? 0) - (e.reach0 ?? 0));
			e.likes = grown * 0.08;
			e.shares = grown * 0.03;
			e.replies = grown * 0.01;
		} else {
			if (!live(e, minute)) continue;
			const rand =
				s.mode === 'stochastic' ? stream(s.seed, 'engagement', e.postId, minute) : undefined;
			advanceEngagement(e, minute, rand);
			if (!e.other) replies += e.replies - was;
		}
		if (
			Math.round(e.likes) !== Math.round(likes) ||
			Math.round(e.shares) !== Math.round(shares) ||
			Math.round(e.replies) !== Math.round(was)
		) {
			const at = feedIndex(s, e.postId);
			const item = at < 0 ? undefined : s.feed[at];
			if (item) {
				// Shares by the trainee and other counted extras stay on top of the process.
				const counts = {
					likes: Math.round(e.likes),
					shares: Math.round(e.shares) + (item.counts.shares - Math.round(shares)),
					replies: Math.round(e.replies)
				};
				s.feed[at] = withCounts(item, counts);
				effects.push({ kind: 'counts', itemId: e.postId, counts });
			}
		}
	}

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

/** A copy of a feed item with new counts (published items are replaced, never changed). A plain property
 * copy: feed items come in many shapes, where object spread falls back to a slow generic path. */
function withCounts(item: FeedItem, counts: FeedItem['counts']): FeedItem {
	const copy = {} as Record<string, unknown>;
	for (const k in item) copy[k] = (item as unknown as Record<string, unknown>)[k];
	copy.counts = counts;
	return copy as unknown as FeedItem;
}
