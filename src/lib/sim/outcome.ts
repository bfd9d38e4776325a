/**
 * How one of the trainee's posts landed, computed ONCE when it is published, from its score (findings with
 * severity, tone, claims repeated, questions answered, rating) and from the engine's own record (the
 * corrections that worked, amplification of a false or unverified post, a reply to a troll). Reactions, the
 * adversary, the conditions and the debrief read this record, so they can never tell a different story from
 * the score: no praise after a major or critical finding, no thanks for a myth-repeating correction.
 */
import type { FindingId, PostScore } from '../scoring/types.ts';

/** What the public answers a post with (the reaction pools of the same names). */
export type PostSituation = 'gaffe' | 'myth' | 'correction' | 'answer' | 'good' | 'weak';

export interface Outcome {
	situation: PostSituation;
	/** Praise is allowed: no major or critical finding, no repeated myth, and a post that was received well. */
	praise: boolean;
	/** The worst finding's severity. */
	severity: 'none' | 'minor' | 'major' | 'critical';
	/** Ids of the major and critical findings. */
	gaffes: FindingId[];
	/** Claims the engine counted as corrected by this post (a correction that works). */
	corrected: string[];
	/** Claims whose fact the post stated before the claim circulated (a prebunk that works). */
	prebunked: string[];
	/** Claims the post repeated, or amplified by sharing or quoting them. */
	repeated: string[];
	/** The shared or quoted item, when it carried a false claim or came from an unverified account. */
	amplified?: string;
	/** Question items the post answered on the record when it was published. */
	answered: string[];
	/** It replied to, quoted or @mentioned a troll, a bot network or an adversary account. */
	trollReply: boolean;
}

export interface OutcomeInput {
	score: PostScore;
	corrected: string[];
	prebunked?: string[];
	amplified?: { itemId: string; claim?: string; unverified: boolean };
	trollReply: boolean;
}

/** A post at or above this overall is received well (when nothing else says otherwise). */
export const GOOD = 0.6;
/** Below this it reads as weak or evasive. */
export const WEAK = 0.45;

const RANK = { none: 0, minor: 1, major: 2, critical: 3 } as const;

export function outcomeOf(i: OutcomeInput): Outcome {
	const { score } = i;
	let severity: Outcome['severity'] = 'none';
	for (const f of score.findings) if (RANK[f.severity] > RANK[severity]) severity = f.severity;
	const gaffes = [
		...new Set(score.findings.filter((f) => f.severity !== 'minor').map((f) => f.id))
	];
	const amplifiedClaim = i.amplified?.claim;
	const repeated = [
		...new Set([...score.repeatsClaims, ...(amplifiedClaim ? [amplifiedClaim] : [])])
	];
	const amplified =
		i.amplified && (i.amplified.claim || i.amplified.unverified) ? i.amplified.itemId : undefined;
	const situation: PostSituation = gaffes.length
		? 'gaffe'
		: repeated.length || amplified
			? 'myth'
			: i.corrected.length
				? 'correction'
				: score.answers.length
					? 'answer'
					: score.overall >= GOOD
						? 'good'
						: score.overall < WEAK
							? 'weak'
							: 'good';
	const praise =
		gaffes.length === 0 &&
		repeated.length === 0 &&
		!amplified &&
		(i.corrected.length > 0 || (i.prebunked?.length ?? 0) > 0 || score.overall >= GOOD);
	return {
		situation,
		praise,
		severity,
		gaffes,
		corrected: [...i.corrected],
		prebunked: [...(i.prebunked ?? [])],
		repeated,
		...(amplified ? { amplified } : {}),
		answered: [...score.answers],
		trollReply: i.trollReply
	};
}
