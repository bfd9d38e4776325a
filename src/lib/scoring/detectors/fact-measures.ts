/**
 * factual-error: a figure named by the measure word before it — "magnitude 6.1", "category 3", "a level 4 alert",
 * "force 9", "grade 2" — that the public facts known give with another value ("A magnitude 7.1 earthquake"). The
 * measure word ties the figure to the fact even where no keyword does ("After a magnitude 6.1 quake, phone networks
 * are overloaded"). A post that also gives the facts' value (a correction: "magnitude 7.1, not 6.1") is fine. CERC: be
 * right.
 */
import type { Finding } from '../types.ts';
import { factFinding, type DetectorInput } from './context.ts';

const MEASURE =
	/\b(magnitude|category|level|force|grade|class|stage|phase|scale) (\d+(?:[.,]\d+)?)(?![\d.,]*\d)(?!\s*(?:%|per ?cent|km|m\b|kilomet|met|mile|hour|minute|day|week|people|dead|injured))|\b(M|Mw|Cat)\.? ?(\d+[.,]\d|[1-5])(?![\d.,]*\d)(?=\s*(?:earthquake|quake|tremor|aftershock|hurricane|cyclone|typhoon|storm)\b)/gi;
/** The short forms: "M6.1 earthquake", "Cat 4 hurricane". */
const SHORT: Record<string, string> = { m: 'magnitude', mw: 'magnitude', cat: 'category' };
const wordOf = (m: RegExpMatchArray) => (m[1] ?? SHORT[m[3].toLowerCase()]).toLowerCase();
const valueOf = (m: RegExpMatchArray) => Number((m[2] ?? m[4]).replace(',', '.'));

const FACT_MEASURES = new WeakMap<object, { word: string; value: number }[]>();
function factMeasures(fact: { text: string }): { word: string; value: number }[] {
	let r = FACT_MEASURES.get(fact);
	if (!r) {
		r = [...fact.text.matchAll(MEASURE)].map((m) => ({ word: wordOf(m), value: valueOf(m) }));
		FACT_MEASURES.set(fact, r);
	}
	return r;
}

export function measureErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	if (
		!/\b(?:(?:magnitude|category|level|force|grade|class|stage|phase|scale) |M|Mw|Cat\.? ?)\d/i.test(
			d.pt.text
		)
	)
		return [];
	const said = [...d.pt.text.matchAll(MEASURE)].map((m) => ({
		word: wordOf(m),
		value: valueOf(m),
		start: m.index!,
		end: m.index! + m[0].length,
		text: m[0]
	}));
	const out: Finding[] = [];
	for (const s of said) {
		if (found.some((f) => f.spans.some((x) => x.start < s.end && s.start < x.end))) continue;
		// the latest public fact known that gives this measure
		const facts = d.c.derived.publicFacts.filter(
			(f) => d.revealed.has(f.fact.id) && factMeasures(f.fact).some((x) => x.word === s.word)
		);
		const latest = facts.reduce<(typeof facts)[number] | undefined>(
			(a, f) => (!a || f.fact.knownFrom >= a.fact.knownFrom ? f : a),
			undefined
		);
		if (!latest) continue;
		const values = factMeasures(latest.fact)
			.filter((x) => x.word === s.word)
			.map((x) => x.value);
		if (values.includes(s.value)) continue;
		if (said.some((o) => o.word === s.word && values.includes(o.value))) continue;
		out.push(
			factFinding(
				`“${s.text}” contradicts the known fact: ${latest.fact.text}`,
				'A wrong magnitude, category or alert level is quoted back at you for the rest of the crisis. Check it against the latest confirmed facts.',
				[{ start: s.start, end: s.end }]
			)
		);
	}
	return out;
}
