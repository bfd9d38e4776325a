/**
 * Engagement on the trainee's posts: a self-exciting (Hawkes-type) process per post, in minute steps.
 * Intensity λ(m) = μ(m) + excitation, where μ(m) = base · e^(−m/τ) is the post's own reach fading over time and
 * every like/share/reply raises the intensity a little, decaying at rate δ (Zhao et al. 2015, SEISMIC; Hawkes
 * 1971). `base` scales with followers and with how well the post is received. The branching ratio
 * α / (1 − e^(−δ)) ≈ 0.68 stays below 1, so a cascade always dies out.
 */
import { poisson, type Rand } from './rng.ts';

export const ENGAGEMENT = { tau: 25, alpha: 0.2, delta: 0.35, reach: 0.0015, horizon: 240 };

export interface EngagementState {
	postId: string;
	/** Scenario second the post went out. */
	t: number;
	base: number;
	excitation: number;
	last: number;
	likes: number;
	shares: number;
	replies: number;
	/** 0…1: share of reactions that are quote-shares and angry replies (a gaffe) rather than likes. */
	outrage: number;
	/** Someone else's item (a wire story, a rumour, an adversary post): not a mention of the trainee. */
	other?: boolean;
	/** A rumour item: its counts follow the claim's reach since `reach0` (see core/world.ts), not the process. */
	claim?: string;
	reach0?: number;
}

/** Engagement on someone else's item: pull from its author's reach, `outrage` the share of angry shares. */
export function startOther(
	itemId: string,
	t: number,
	followers: number,
	outrage = 0.2
): EngagementState {
	return { ...startEngagement(itemId, t, followers, 0.5, outrage), other: true };
}

export function startEngagement(
	postId: string,
	t: number,
	followers: number,
	reception: number,
	outrage: number
): EngagementState {
	const base = followers * ENGAGEMENT.reach * (0.3 + reception + 1.5 * outrage);
	return { postId, t, base, excitation: 0, last: 0, likes: 0, shares: 0, replies: 0, outrage };
}

/** e^(−δ) and e^(−m/τ) for every minute m of the horizon, computed once (the same expressions, so the same
 * numbers to the last bit as computing them each minute). */
const DECAY = Math.exp(-ENGAGEMENT.delta);
const FADE = Array.from({ length: ENGAGEMENT.horizon + 1 }, (_, m) =>
	Math.exp(-m / ENGAGEMENT.tau)
);

/** Advance one minute; returns the new state (unchanged once past the horizon). */
export function stepEngagement(e: EngagementState, minute: number, rand?: Rand): EngagementState {
	if (!live(e, minute)) return e;
	const next = { ...e };
	advanceEngagement(next, minute, rand);
	return next;
}

/** Whether minute `minute` still moves this post's process (from its own minute to the horizon). */
export function live(e: EngagementState, minute: number): boolean {
	const m = minute - Math.floor(e.t / 60);
	return m >= 0 && m <= ENGAGEMENT.horizon;
}

/** `stepEngagement` in place, for a caller that owns `e` (core/world.ts steps every item every minute). */
export function advanceEngagement(e: EngagementState, minute: number, rand?: Rand): void {
	const m = minute - Math.floor(e.t / 60);
	if (m < 0 || m > ENGAGEMENT.horizon) return;
	const excitation = e.excitation * DECAY + ENGAGEMENT.alpha * e.last;
	const lambda = e.base * (FADE[m] ?? Math.exp(-m / ENGAGEMENT.tau)) + excitation;
	const n = rand ? poisson(rand, lambda) : lambda;
	const o = e.outrage;
	e.excitation = excitation;
	e.last = n;
	e.likes = e.likes + n * (0.78 - 0.5 * o);
	e.shares = e.shares + n * (0.14 + 0.3 * o);
	e.replies = e.replies + n * (0.08 + 0.2 * o);
}
