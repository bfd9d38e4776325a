/**
 * factual-error: a percentage named by what it measures — "turnout is 61.4%", "turnout: 58%", "a 40% share", "98% of
 * ballots counted", "61% turnout" — that the public facts known give with another value. What is measured ties the
 * figure to the fact even where no keyword does. When an earlier fact gave the post's value and a later one has
 * changed it, the figure is out of date ("Final turnout is 61.4%" after the count moved it to 63.8%), unless the post
 * says it was an earlier figure ("at 22:35", "earlier", "provisional … was"). A post that also gives the latest value
 * is fine (a comparison: "up from 61.4% to 63.8%"). CERC: be right; give the latest confirmed figures.
 */
import type { Finding } from '../types.ts';
import { factFinding, type DetectorInput } from './context.ts';

const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|per ?cent\b)/gi;
/** Words between what is measured and its figure ("turnout is now at 61%"). */
const LINK =
	/(?:\s*(?:[:=–—-]|\b(?:is|was|were|are|has|have|had|been|stands?|stood|now|currently|reached|reaches|rose|rises|risen|fell|falls|fallen|climbed|dropped|to|at|of|about|around|some|nearly|almost|just|over|under|roughly|approximately|an?|the|tonight|today|yesterday|overall|nationally|nationwide)\b))*\s*$/iu;
/** Words that name no measure ("it is 40%", "up to 40%"). */
const NOT_MEASURE = new Set(
	'this that these those which what there here they them their with from than more less only about some'.split(
		' '
	)
);
const stem = (w: string) => w.replace(/(?<!s)s$/, '');

interface Said {
	/** What the figure measures: up to three content words before it in its clause, or the noun after it. */
	subjects: string[];
	value: number;
	start: number;
	end: number;
}

/** Words passed over when reading what a figure measures ("coverage in the district is 48%"). */
const SKIP = new Set('in of the a an for across among on at our their its all this'.split(' '));

/** The percentages of a text with what each measures. */
function percentsIn(text: string): Said[] {
	const out: Said[] = [];
	for (const m of text.matchAll(PERCENT)) {
		const start = m.index!;
		const end = start + m[0].length;
		const value = Number(m[1].replace(',', '.'));
		const before = text.slice(Math.max(0, start - 60), start);
		const clause = before.slice(
			Math.max(...['.', '!', '?', ';', ',', ':'].map((c) => before.lastIndexOf(c + ' '))) + 1
		);
		const words = (clause.replace(LINK, '').match(/[\p{L}][\p{L}-]*/gu) ?? []).reverse();
		const subjects: string[] = [];
		for (const w of words) {
			const lw = w.toLowerCase();
			if (SKIP.has(lw)) continue;
			if (lw.length < 4 || NOT_MEASURE.has(lw) || VERB.test(lw)) break;
			subjects.push(stem(lw));
			if (subjects.length === 3) break;
		}
		// "61% turnout", "98.6% of ballots counted", "71% of the polling stations"
		const after = /^\s+(?:of\s+(?:the\s+|all\s+|our\s+)?)?([\p{L}][\p{L}-]{3,})/u.exec(
			text.slice(end)
		);
		if (after && !NOT_MEASURE.has(after[1].toLowerCase())) subjects.push(stem(after[1]));
		if (subjects.length) out.push({ subjects, value, start, end });
	}
	return out;
}
/** A verb ends the reading of what is measured ("officials say coverage…"). */
const VERB =
	/^(?:says?|said|reports?|reported|shows?|showed|confirms?|confirmed|estimates?|estimated|announced?|puts?)$/;
const shares = (a: Said, b: Said) => a.subjects.some((w) => b.subjects.includes(w));

const FACT_PERCENTS = new WeakMap<object, Said[]>();
function factPercents(fact: { text: string }): Said[] {
	let r = FACT_PERCENTS.get(fact);
	if (!r) FACT_PERCENTS.set(fact, (r = percentsIn(fact.text)));
	return r;
}

/** The post says the figure is an earlier one ("at 22:35", "earlier", "this morning", "was … provisional"). */
const EARLIER =
	/\b(?:earlier|initially|at first|first count|early count|this morning|last night|provisional|preliminary|previous(?:ly)?|up from|down from|from|had been|at \d{1,2}[:.]\d{2})\b/i;

export function percentErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	if (!/\d\s*(?:%|per ?cent)/i.test(d.pt.text)) return [];
	const said = percentsIn(d.pt.text);
	const out: Finding[] = [];
	for (const s of said) {
		if (found.some((f) => f.spans.some((x) => x.start < s.end && s.start < x.end))) continue;
		const facts = d.c.derived.publicFacts.filter(
			(f) => d.revealed.has(f.fact.id) && factPercents(f.fact).some((x) => shares(x, s))
		);
		if (!facts.length) continue;
		const latest = facts.reduce((a, f) => (f.fact.knownFrom >= a.fact.knownFrom ? f : a));
		const values = factPercents(latest.fact)
			.filter((x) => shares(x, s))
			.map((x) => x.value);
		if (values.includes(s.value)) continue;
		if (said.some((o) => shares(o, s) && values.includes(o.value))) continue;
		const earlier = facts.find(
			(f) => f !== latest && factPercents(f.fact).some((x) => shares(x, s) && x.value === s.value)
		);
		const text = d.pt.text.slice(s.start, s.end);
		if (earlier) {
			const sentence = d.pt.text.slice(
				Math.max(0, d.pt.text.lastIndexOf('.', s.start - 1) + 1),
				d.pt.text.indexOf('.', s.end) < 0 ? undefined : d.pt.text.indexOf('.', s.end)
			);
			if (EARLIER.test(sentence)) continue;
			out.push(
				factFinding(
					`“${text}” is out of date: ${latest.fact.text}`,
					'A figure that has since changed is quoted back at you as a wrong one. Give the latest confirmed figure, and say when it changed.',
					[{ start: s.start, end: s.end }]
				)
			);
		} else
			out.push(
				factFinding(
					`“${text}” contradicts the known fact: ${latest.fact.text}`,
					'A wrong percentage is quoted back at you for the rest of the crisis. Check it against the latest confirmed facts.',
					[{ start: s.start, end: s.end }]
				)
			);
	}
	return out;
}
