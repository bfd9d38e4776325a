/** Building doctrine check results: item weights, labels, and the check score (weighted mean of items). */
import type { CheckResult, ItemResult, Span } from '../types.ts';
import { round3 } from '../rating.ts';

export function item(
	id: string,
	label: string,
	weight: number,
	score: number,
	spans: Span[],
	met: string,
	missed: string,
	partly?: string
): ItemResult {
	return {
		id,
		label,
		weight,
		score,
		spans: score > 0 ? spans : [],
		text: score >= 1 ? met : score > 0 ? (partly ?? met) : missed
	};
}

/** The check's score: weighted mean of its items, skipping the scenario's `skip` list. */
export function finish(
	base: Omit<CheckResult, 'score' | 'items' | 'summary'>,
	items: ItemResult[],
	skip: string[],
	noun: string
): CheckResult {
	const used = items.filter((i) => !skip.includes(i.id));
	const total = used.reduce((a, i) => a + i.weight, 0) || 1;
	const score = round3(used.reduce((a, i) => a + i.weight * i.score, 0) / total);
	const met = used.filter((i) => i.score >= 1).length;
	const clean = Object.fromEntries(
		Object.entries(base).filter(([, v]) => v !== undefined)
	) as typeof base;
	return {
		...clean,
		score,
		items: used,
		summary: `${noun}: ${met} of ${used.length} points met (${Math.round(score * 100)}/100).`
	};
}

export const firstSpan = (spans: Span[]) =>
	spans.reduce((m, s) => Math.min(m, s.start), Number.POSITIVE_INFINITY);
