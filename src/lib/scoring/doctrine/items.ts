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

/** The check's score: weighted mean of its items, skipping the scenario's `skip` list. The result has the
 * base's defined fields in their order, then score, items and summary (built field by field: an object made
 * through Object.fromEntries is a slow dictionary for every later reader). */
export function finish(
	base: Omit<CheckResult, 'score' | 'items' | 'summary'>,
	items: ItemResult[],
	skip: string[],
	noun: string
): CheckResult {
	const used = skip.length ? items.filter((i) => !skip.includes(i.id)) : items;
	let total = 0;
	let sum = 0;
	let met = 0;
	for (const i of used) total += i.weight;
	for (const i of used) sum += i.weight * i.score;
	for (const i of used) if (i.score >= 1) met++;
	const score = round3(sum / (total || 1));
	const out = {} as CheckResult;
	const b = base as Record<string, unknown>;
	for (const k in b) if (b[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = b[k];
	out.score = score;
	out.items = used;
	out.summary = `${noun}: ${met} of ${used.length} points met (${Math.round(score * 100)}/100).`;
	return out;
}

export const firstSpan = (spans: Span[]) =>
	spans.reduce((m, s) => Math.min(m, s.start), Number.POSITIVE_INFINITY);
