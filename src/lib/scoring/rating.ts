/** Scores 0..1 → HSEEP ratings, and the severity costs of findings (docs/scoring.md#ratings). */
import type { Criterion, CriterionId, Finding, Rating, Reason } from './types.ts';

/** P ≥ 0.80, S ≥ 0.60, M ≥ 0.35, else U. */
export function rating(score: number): Rating {
	return score >= 0.8 ? 'P' : score >= 0.6 ? 'S' : score >= 0.35 ? 'M' : 'U';
}

export const SEVERITY_COST: Record<Finding['severity'], number> = {
	minor: 0.15,
	major: 0.35,
	critical: 0.6
};

export const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
export const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A criterion with nothing to assess for this post or run: weight 0, with the reason why. */
export function notAssessed(
	id: CriterionId,
	rule: string,
	text: string,
	more: Reason[] = []
): Criterion {
	return { id, score: 1, rating: 'P', weight: 0, reasons: [...more, { rule, text, delta: 0 }] };
}
