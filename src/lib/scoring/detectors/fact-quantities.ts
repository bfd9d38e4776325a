/**
 * The quantities a scenario's facts give, for factual-error (./factual-error.ts, ./factual-durations.ts): the counts,
 * clock times, dates, durations and percentages written in each fact's text or listed in its `numbers`, with the
 * unit of a duration and whether the fact gives it as an upper bound ("up to nine weeks"); and how a post's
 * quantity is said to agree with one.
 */
import type { CompiledScenario } from '../compiled.ts';
import { digitRuns } from '../text/phrase.ts';
import { postText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity, type QuantityClass } from '../text/quantities.ts';
import type { WordQuantity } from './word-times.ts';

/** A fact's quantity; `max` when the fact gives it as an upper bound ("up to nine weeks"); `unit` the singular
 * unit word of a duration ("week"). */
export type FactQ = { cls: QuantityClass; value: number; max?: boolean; unit?: string };
const UPPER_BOUND =
	/\b(?:up to|as many as|at most|no more than|a maximum of|maximum of|not more than)\s*$/i;
const FACT_Q = new WeakMap<object, FactQ[]>();
/** "next week/month/year" in a fact as a duration (minutes, as text/quantities.ts counts them). */
const NEXT: Record<string, number> = { week: 10080, month: 43800, year: 525600 };

export function factQuantities(f: CompiledScenario['facts'][number]): FactQ[] {
	let q = FACT_Q.get(f);
	if (q) return q;
	const pt = postText(f.fact.text);
	const runs = digitRuns(pt).filter((r) => r.digits.length >= 7);
	const all = quantitiesIn(pt, (s) =>
		runs.some((r) => r.span.start <= s.start && r.span.end >= s.end)
	);
	q = all.map((x) => {
		const y: FactQ = { cls: x.cls, value: x.value };
		if (UPPER_BOUND.test(f.fact.text.slice(0, x.span.start))) y.max = true;
		if (x.cls === 'duration') y.unit = unitOf(pt.words, x);
		else if (x.cls === 'count') y.unit = countNoun(pt.words, x);
		return y;
	});
	// "a fix is due next month": one month from now
	for (const m of f.fact.text.matchAll(/\bnext (week|month|year)\b/gi)) {
		const unit = m[1].toLowerCase();
		q.push({ cls: 'duration', value: NEXT[unit], unit });
	}
	for (const n of f.fact.numbers)
		// (a listed number the text gives as a duration or a time in words is that, not a count: "nine weeks")
		if (
			!q.some((x) => x.value === n || (x.cls !== 'count' && quantityRaw(f.fact.text, n))) &&
			!all.some((x) => x.cls !== 'count' && x.raw === n)
		)
			q.push({ cls: 'count', value: n });
	FACT_Q.set(f, q);
	return q;
}

/** The singular unit word of a duration ("weeks" → "week"). */
export const unitOf = (words: readonly string[], q: { to: number }) =>
	words[q.to - 1]?.replace(/s$/, '');

/** What a count counts, when a noun follows it ("140 people" → "n:people", "two flights" → "n:flight"). */
export function countNoun(words: readonly string[], q: { to: number }): string | undefined {
	const w = words[q.to];
	if (
		!w ||
		!/^\p{L}{3,}$/u.test(w) ||
		/^(?:and|are|were|was|have|has|had|the|for|per|more|less|than|who|with|from|in|at|on|of|by)$/.test(
			w
		)
	)
		return undefined;
	return `n:${w.replace(/(?<!s)s$/, '')}`;
}

const ALL_Q = new WeakMap<CompiledScenario, FactQ[]>();

/** The quantities of every fact of the scenario. */
export function allQuantities(c: CompiledScenario): FactQ[] {
	let q = ALL_Q.get(c);
	if (!q) ALL_Q.set(c, (q = c.facts.flatMap((f) => factQuantities(f))));
	return q;
}

/** The fact text writes this number with a unit (then its typed form already covers it). */
function quantityRaw(text: string, n: number): boolean {
	return new RegExp(`(^|\\D)${String(n).replace('.', '\\.')}(\\D|$)`).test(text);
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** A quantity agrees with a fact's value (a time in words: either half of the day, within its tolerance). */
export function agrees(q: Quantity | WordQuantity, v: number): boolean {
	if (!('tol' in q)) return same(q.value, v);
	return Math.abs(q.value - v) <= q.tol || (q.alt !== undefined && Math.abs(q.alt - v) <= q.tol);
}
