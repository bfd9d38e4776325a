/**
 * factual-error: a quantity near a fact's keywords (same sentence; a count within eight words) that contradicts the
 * fact — compared only with the fact's quantities of the same kind: counts ("140", "two hundred"), clock times,
 * dates, durations ("15 minutes" vs "45 minutes", "40 minutes" vs "four hours") and percentages. The fact's
 * quantities are its `numbers` plus those written in its text. A second clock time or date in a post that also
 * gives the correct one is taken to be about something else. Also: a phone number that is not one the
 * scenario published (a wrong hotline sends people nowhere).
 */
import type { CompiledScenario } from '../compiled.ts';
import { digitRuns, findAny } from '../text/phrase.ts';
import { postText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity, type QuantityClass } from '../text/quantities.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

type FactQ = { cls: QuantityClass; value: number };
const FACT_Q = new WeakMap<object, FactQ[]>();

function factQuantities(f: CompiledScenario['facts'][number]): FactQ[] {
	let q = FACT_Q.get(f);
	if (q) return q;
	const pt = postText(f.fact.text);
	const runs = digitRuns(pt).filter((r) => r.digits.length >= 7);
	q = quantitiesIn(pt, (s) => runs.some((r) => r.span.start <= s.start && r.span.end >= s.end)).map(
		(x) => ({ cls: x.cls, value: x.value })
	);
	for (const n of f.fact.numbers)
		if (!q.some((x) => x.value === n || (x.cls !== 'count' && quantityRaw(f.fact.text, n))))
			q.push({ cls: 'count', value: n });
	FACT_Q.set(f, q);
	return q;
}

const ALL_Q = new WeakMap<CompiledScenario, FactQ[]>();

/** The quantities of every fact of the scenario. */
function allQuantities(c: CompiledScenario): FactQ[] {
	let q = ALL_Q.get(c);
	if (!q) ALL_Q.set(c, (q = c.facts.flatMap((f) => factQuantities(f))));
	return q;
}

/** The fact text writes this number with a unit (then its typed form already covers it). */
function quantityRaw(text: string, n: number): boolean {
	return new RegExp(`(^|\\D)${String(n).replace('.', '\\.')}(\\D|$)`).test(text);
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Inside a phone-like run of 7 or more digits (a phone number is not a quantity). */
const inRun = (runs: { digits: string; span: Span }[], s: Span) =>
	runs.some((r) => r.digits.length >= 7 && r.span.start <= s.start && r.span.end >= s.end);

export const factualError: Detector = (d) => {
	const out: Finding[] = [];
	const { pt, c } = d;
	const runs = digitRuns(pt);
	let quantities: Quantity[] | undefined;
	const all = allQuantities(c);
	for (const f of c.facts) {
		if (f.fact.confidential) continue;
		const fq = factQuantities(f);
		if (fq.length === 0) continue;
		const hits = findAny(pt, f.kw).filter((h) => h.from >= 0);
		if (hits.length === 0) continue;
		quantities ??= quantitiesIn(pt, (s) => inRun(runs, s));
		for (const q of quantities) {
			const mine = fq.filter((x) => x.cls === q.cls);
			if (mine.length === 0 || mine.some((x) => same(x.value, q.value))) continue;
			if (q.cls === 'count' && q.raw < 2 && Number.isInteger(q.raw)) continue;
			if (all.some((x) => x.cls === q.cls && same(x.value, q.value))) continue;
			if (
				(q.cls === 'time' || q.cls === 'date') &&
				quantities.some((o) => o.cls === q.cls && mine.some((x) => same(x.value, o.value)))
			)
				continue;
			const near = hits.find(
				(h) =>
					pt.sentence[h.from] === pt.sentence[q.from] &&
					(q.cls !== 'count' ||
						Math.min(
							Math.abs(h.from - q.from),
							Math.abs(h.to - 1 - q.from),
							Math.abs(h.from - (q.to - 1))
						) <= 8)
			);
			if (!near) continue;
			if (out.some((o) => o.spans[0].start === q.span.start)) continue;
			out.push({
				id: 'factual-error',
				severity: 'major',
				message: `“${pt.text.slice(q.span.start, q.span.end)}” contradicts the known fact: ${f.fact.text}`,
				explanation:
					'A wrong figure, time or date is quoted back at you for the rest of the crisis. Check numbers against the latest confirmed facts.',
				source: SOURCES.cercRight,
				spans: [q.span, near.span]
			});
		}
	}
	// a phone number nobody published
	for (const r of runs) {
		if (r.digits.length < 7) continue;
		if (
			c.publicDigits.some(
				(p) => r.digits.includes(p) || (p.includes(r.digits) && r.digits.length >= p.length - 1)
			)
		)
			continue;
		if (
			c.facts.some(
				(f) =>
					f.fact.confidential &&
					findAny(pt, f.kw).some((h) => h.span.start <= r.span.start && h.span.end >= r.span.end)
			)
		)
			continue;
		out.push({
			id: 'factual-error',
			severity: 'major',
			message: `${pt.text.slice(r.span.start, r.span.end)} is not a number the scenario has published.`,
			explanation:
				'A wrong or unpublished number sends worried people nowhere (or to a private line). Copy numbers from the confirmed facts.',
			source: SOURCES.cercRight,
			spans: [r.span]
		});
	}
	return out;
};
