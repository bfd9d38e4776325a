/**
 * factual-error: a quantity near a fact's keywords (same sentence; a count within eight words) that contradicts the
 * fact (or, without its keywords, a sentence that tells the fact in three or more of its own words) — compared
 * only with the fact's quantities of the same kind: counts ("140", "two hundred"), clock times,
 * dates, durations ("15 minutes" vs "45 minutes", "40 minutes" vs "four hours") and percentages. The fact's
 * quantities are its `numbers` plus those written in its text. A second clock time or date in a post that also
 * gives the correct one is taken to be about something else. Times and ordinal dates in words ("eight
 * o'clock this morning", "half past three", "the second of May") count too (./word-times.ts), with the
 * tolerance their roundness needs. A count in a sentence that already gives every count of the fact right is about
 * something else. Figures that count nothing are skipped: one corrected away ("14:00, not 16:00"), a post's stamp or
 * number ("Update 4 (07:56)", "3/"), a hyphenated "three-day visit". Also (./factual-durations.ts): a duration or a
 * count in the fact's own unit without its keywords ("up to five weeks" for nine), a duration the facts give only as
 * two clock times, a clock time with the fact's digits swapped and a wrong day of the week; and a phone number that
 * is not one the scenario published (a wrong hotline sends people nowhere).
 */
import { digitRuns, findAny } from '../text/phrase.ts';
import { postText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity } from '../text/quantities.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES, sentenceAt, type Detector } from './context.ts';
import { agrees, allQuantities, factQuantities, unitOf, type FactQ } from './fact-quantities.ts';
import {
	swappedTimeErrors,
	reported,
	sameUnitAbout,
	windowErrors,
	weekdayErrors
} from './factual-durations.ts';
import {
	aboutSame,
	sameToll,
	contradictsSameCount,
	countsOtherThing,
	UPDATE_SIGNAL,
	isUpdatedFigure,
	staleFigures
} from './fact-updates.ts';
import { allSafeErrors, groupCountErrors } from './fact-groups.ts';
import { hoursErrors } from './fact-hours.ts';
import { movedErrors, placeMovedErrors, supersededErrors } from './fact-superseded.ts';
import { countedAs } from './fact-counted.ts';
import { placeErrors } from './fact-places.ts';
import { statusErrors } from './fact-status.ts';
import { standingErrors } from './fact-standing.ts';
import { measureErrors } from './fact-measures.ts';
import { percentErrors } from './fact-percents.ts';
import { correctedErrors } from './fact-corrected.ts';
import { orgErrors } from './fact-orgs.ts';
import { isStamp } from './fact-stamps.ts';
import { sentencesTelling, sharesStem } from './fact-telling.ts';
import { wordQuantities, type WordQuantity } from './word-times.ts';

/** The post's figure is said to lie inside a range ("eight weeks is within our normal processing time"); a promise
 * made with the bound ("within two weeks") is a figure of its own and is checked. */
const WITHIN =
	/^\s*(?:[\p{L}'’]+\s+){0,2}?(?:is|are|was|were|falls?|lies?|remains?|stays?|sits?)\s+(?:well\s+|still\s+|comfortably\s+|entirely\s+|quite\s+)?(?:within|under|below|inside|in line with|normal\b|usual\b|typical\b)/iu;
/** "a quarter of an hour", "three quarters of an hour", "a third of an hour": the fraction of the duration. */
function fraction(text: string, q: Quantity): Quantity {
	if (q.cls !== 'duration') return q;
	const m = /\b(?:(three) quarters|quarter|(a|one) third) of\s*$/i.exec(
		text.slice(Math.max(0, q.span.start - 20), q.span.start)
	);
	if (!m) return q;
	const k = m[1] ? 0.75 : m[2] ? 1 / 3 : 0.25;
	return { ...q, value: q.value * k, span: { start: q.span.start - m[0].length, end: q.span.end } };
}

/** The quantity reader's output plus times and ordinal dates in words (replacing the counts inside them). */
function withWords(pt: ReturnType<typeof postText>, qs: Quantity[]): (Quantity | WordQuantity)[] {
	const words = wordQuantities(pt);
	if (!words.length) return qs;
	const inside = (q: Quantity) =>
		words.some((w) => w.span.start <= q.span.start && w.span.end >= q.span.end);
	return [...qs.filter((q) => !inside(q)), ...words];
}

/** Inside a phone-like run of 7 or more digits (a phone number is not a quantity). */
const inRun = (runs: { digits: string; span: Span }[], s: Span) =>
	runs.some((r) => r.digits.length >= 7 && r.span.start <= s.start && r.span.end >= s.end);

/** Figures of the post that agree with a distinctive figure of the fact (20 or more, and no other fact's), as
 * hits at their own position. */
function anchored(
	quantities: (Quantity | WordQuantity)[],
	fq: FactQ[],
	all: FactQ[]
): { from: number; to: number; span: Span }[] {
	const out: { from: number; to: number; span: Span }[] = [];
	for (const q of quantities) {
		const own = fq.find((x) => x.cls === q.cls && x.value >= 20 && agrees(q, x.value));
		if (!own) continue;
		if (all.filter((x) => x.cls === q.cls && agrees(q, x.value)).length > 1) continue;
		out.push({ from: q.from, to: q.to, span: q.span });
	}
	return out;
}

/** A thread counter at the start (after any @mentions) or the end of the post: "1/2 Update…", "…(2/3)". */
function threadMarker(text: string): Span | undefined {
	const m =
		/^(?:@\w+\s+)*\(?(\d{1,2})\/(\d{1,2})\)?(?=\s)/.exec(text) ??
		/(?<=\s)\(?(\d{1,2})\/(\d{1,2})\)?\s*$/.exec(text);
	if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) return undefined;
	return { start: m.index, end: m.index + m[0].length };
}

const INJECT_Q = new WeakMap<object, Quantity[]>();
/** Times, dates and durations in the internal messages the trainee has received by the post's time. */
function toldByInjects(d: Parameters<Detector>[0]): Quantity[] {
	const out: Quantity[] = [];
	for (const e of d.c.events.values()) {
		if (e.channel !== 'internal' || e.at > d.post.t) continue;
		let q = INJECT_Q.get(e);
		if (!q) INJECT_Q.set(e, (q = quantitiesIn(postText(e.text)).filter((x) => x.cls !== 'count')));
		out.push(...q);
	}
	return out;
}

/** Words of casualties. */
const CASUALTY =
	/\b(?:hurt|injured|injuries|wounded|killed|died|dead|deaths?|fatalit(?:y|ies)|hospitali[sz]ed|in hospital|missing)\b/i;

export const factualError: Detector = (d) => {
	const out: Finding[] = [];
	const { pt, c } = d;
	const runs = digitRuns(pt);
	let quantities: Quantity[] | undefined;
	const all = allQuantities(c);
	const marker = threadMarker(pt.text);
	const replyText = d.post.replyTo ? c.events.get(d.post.replyTo)?.text : undefined;
	for (const f of c.facts) {
		if (f.fact.confidential) continue;
		// a later state not known yet ("By 08:40 … 9 miners were still trapped") says nothing against an earlier post
		if (!d.revealed.has(f.fact.id) && UPDATE_SIGNAL.test(f.fact.text)) continue;
		const fq = factQuantities(f);
		if (fq.length === 0) continue;
		let hits: { from: number; to: number; span: Span }[] = findAny(pt, f.kw).filter(
			(h) => h.from >= 0
		);
		const keyworded = hits.length > 0;
		if (hits.length === 0) hits = sentencesTelling(pt, f, c);
		const byUnit = fq.some((x) => x.unit);
		if (hits.length === 0 && fq.length < 2 && !byUnit) continue;
		quantities ??= withWords(
			pt,
			quantitiesIn(pt, (s) => inRun(runs, s)).map((q) => fraction(pt.text, q))
		);
		// without its keywords, a sentence that gives one of the fact's distinctive figures right (380 people,
		// which no other fact has) is about that fact: its other figures are checked against the fact's
		// ("three charter flights and 380 compatriots" against "two charter flights carrying 380 people")
		if (hits.length === 0) hits = anchored(quantities, fq, all);
		// a keyword that is a figure and what it counts ("2,400 applicants") names the thing whatever the figure
		if (hits.length === 0) hits = countedAs(pt, f, quantities);
		if (hits.length === 0 && !byUnit) continue;
		for (const q of quantities) {
			if (marker && q.span.start >= marker.start && q.span.end <= marker.end) continue;
			// a figure corrected away ("open at 14:00, not 16:00") or a post's own time stamp ("Update 4 (07:56):")
			if (
				/\b(?:not|rather than|instead of|and not)\s*$/i.test(
					pt.text.slice(Math.max(0, q.span.start - 14), q.span.start)
				)
			)
				continue;
			if (q.cls === 'time' && isStamp(pt.text, q.span)) continue;
			// (the time someone was last seen is another moment than the fact's: "not seen since 19:45")
			if (
				q.cls === 'time' &&
				/\b(?:last seen(?: at)?|not (?:been )?(?:seen|heard from)(?: since)?|(?:missing|unaccounted for|no (?:contact|news|word)(?: from \p{L}+)?) since)\s*(?:about |around |approximately )?$/iu.test(
					pt.text.slice(Math.max(0, q.span.start - 30), q.span.start)
				)
			)
				continue;
			// a compound adjective ("a three-day visit", "a 24-hour line") measures something else; so does an ordinal
			// ("a second secretary")
			if (
				/^an? second$/i.test(pt.text.slice(q.span.start, q.span.end)) &&
				!/^\s+(?:ago|later|of|long|delay|or|and|before|after)\b|^\s*[.,;!?]/i.test(
					pt.text.slice(q.span.end, q.span.end + 10)
				)
			)
				continue;
			if (
				(q.cls === 'count' || q.cls === 'duration') &&
				/^-(?:day|week|hour|minute|year|month|night|man|person|strong|point|page)\b/i.test(
					pt.text.slice(q.span.end, q.span.end + 8)
				)
			)
				continue;
			// a post's number in a live thread ("Update 4", "Correction to 3/") counts nothing
			if (
				q.cls === 'count' &&
				(/\b(?:update|correction(?: to)?|post|tweet|part|no\.?|number)\s*#?\s*$/i.test(
					pt.text.slice(Math.max(0, q.span.start - 16), q.span.start)
				) ||
					pt.text[q.span.end] === '/')
			)
				continue;
			const mine = fq.filter((x) => x.cls === q.cls);
			if (
				mine.length === 0 ||
				(mine.some((x) => agrees(q, x.value)) && !contradictsSameCount(pt, q, f))
			)
				continue;
			if (isUpdatedFigure(pt, q, f, c, d.revealed) || countsOtherThing(pt, q, f)) continue;
			// a figure only the trainee's own injects have given by now (an internal cable: "Next flights tomorrow
			// 09:00"); one a fact also gives is judged against that fact below
			if (
				q.cls !== 'count' &&
				toldByInjects(d).some((x) => x.cls === q.cls && agrees(q, x.value)) &&
				!all.some((x) => x.cls === q.cls && agrees(q, x.value))
			)
				continue;
			// a figure inside the fact's upper bound, said to be inside it, agrees with it
			if (
				mine.some((x) => x.max && q.value <= x.value) &&
				WITHIN.test(pt.text.slice(q.span.end, q.span.end + 60))
			)
				continue;
			if (q.cls === 'count' && q.raw < 2 && Number.isInteger(q.raw)) continue;
			if (q.cls === 'duration' && reported(pt, q)) continue;
			// a figure another fact gives is about that fact, unless this fact's keywords share its sentence and the
			// other fact is not mentioned ("Assembly points open at 4pm at the Grand Hotel Meridien" when 16:00 is
			// only the flights' departure)
			if (
				all.some((x) => x.cls === q.cls && agrees(q, x.value)) &&
				c.facts.some(
					(o) => o !== f && factQuantities(o).some((x) => x.cls === q.cls && agrees(q, x.value))
				)
			) {
				const owners = c.facts.filter(
					(o) =>
						o !== f &&
						!o.fact.confidential &&
						factQuantities(o).some((x) => x.cls === q.cls && agrees(q, x.value))
				);
				const here =
					keyworded &&
					hits.some(
						(h) =>
							pt.sentence[h.from] === pt.sentence[q.from] &&
							Math.min(Math.abs(h.from - q.to), Math.abs(q.from - h.to)) <= 3 &&
							// (a name, "the Coral Meridian", pins no figure to this fact)
							!pt.words.slice(h.from, h.to).every((w) => c.knownWords.has(w))
					);
				if (
					!here ||
					!owners.length ||
					// a later fact gives this figure: it is the update ("27 miners were still trapped" after "Forty-one
					// miners … were trapped")
					// (the same for a time or date a later fact moved: "the flight has moved from 09:00 to 13:00")
					owners.some(
						(o) =>
							d.revealed.has(o.fact.id) &&
							o.fact.knownFrom > f.fact.knownFrom &&
							(aboutSame(f, o) || (q.cls === 'count' && sameToll(f, o)))
					) ||
					owners.some((o) => findAny(pt, o.kw).some((h) => h.from >= 0)) ||
					// (a time another fact gives, beside that fact's own words: "GSIA briefing (12:45)")
					(q.cls !== 'count' &&
						owners.some((o) => d.revealed.has(o.fact.id) && sharesStem(pt, q, o.fact.text)))
				)
					continue;
			}
			// (a duration only beside one in its own unit: "nine weeks; after 3 weeks ask us", not "a fix in three
			// months; until then up to nine weeks")
			if (
				(q.cls === 'time' || q.cls === 'date' || q.cls === 'duration') &&
				quantities.some(
					(o) =>
						o.cls === q.cls &&
						(q.cls !== 'duration' || unitOf(pt.words, o) === unitOf(pt.words, q)) &&
						mine.some((x) => agrees(o, x.value))
				)
			)
				continue;
			// a count in a sentence that already gives every count of the fact right counts something else
			// ("after the 5.8 aftershock, … sheltered one hundred and forty people")
			if (
				q.cls === 'count' &&
				mine.every((x) =>
					quantities!.some(
						(o) =>
							o !== q &&
							o.cls === 'count' &&
							pt.sentence[o.from] === pt.sentence[q.from] &&
							agrees(o, x.value)
					)
				)
			)
				continue;
			// the total of the fact's parts ("Five people are hurt" for "three protesters and two police officers")
			if (q.cls === 'count') {
				const parts = mine.filter((x) => x.cls === 'count').map((x) => x.value);
				if (parts.length >= 2 && parts.reduce((a, b) => a + b, 0) === q.value) continue;
			}
			// a count of casualties is not the size of a crowd or a queue: "five people … were hurt" against "the crowd
			// has grown to about 400 people"
			if (
				q.cls === 'count' &&
				CASUALTY.test(sentenceAt(pt, q.span.start)?.text ?? '') &&
				!CASUALTY.test(f.fact.text)
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
			const about =
				near ??
				(byUnit && sameUnitAbout(pt, q, quantities, f, c, keyworded, replyText)
					? { span: q.span }
					: undefined);
			if (!about) continue;
			if (out.some((o) => o.spans[0].start === q.span.start)) continue;
			out.push({
				id: 'factual-error',
				severity: 'major',
				message: `“${pt.text.slice(q.span.start, q.span.end)}” contradicts the known fact: ${f.fact.text}`,
				explanation:
					'A wrong figure, time or date is quoted back at you for the rest of the crisis. Check numbers against the latest confirmed facts.',
				source: SOURCES.cercRight,
				spans: about === near ? [q.span, about.span] : [q.span]
			});
		}
	}
	const quantitiesOf = () =>
		(quantities ??= withWords(
			pt,
			quantitiesIn(pt, (s) => inRun(runs, s)).map((q) => fraction(pt.text, q))
		));
	for (const w of swappedTimeErrors(d, quantitiesOf, out)) out.push(w);
	for (const w of weekdayErrors(d, out)) out.push(w);
	for (const w of windowErrors(d, quantitiesOf, out)) out.push(w);
	for (const w of staleFigures(d, quantitiesOf, out)) out.push(w);
	for (const w of statusErrors(d, out)) out.push(w);
	for (const w of standingErrors(d, out)) out.push(w);
	for (const w of measureErrors(d, out)) out.push(w);
	for (const w of percentErrors(d, out)) out.push(w);
	for (const w of orgErrors(d, out)) out.push(w);
	for (const w of groupCountErrors(d, quantitiesOf, out)) out.push(w);
	for (const w of allSafeErrors(d, out)) out.push(w);
	for (const w of placeErrors(d, out)) out.push(w);
	for (const w of hoursErrors(d, out)) out.push(w);
	for (const w of supersededErrors(d, quantitiesOf, out)) out.push(w);
	for (const w of correctedErrors(d, quantitiesOf, out)) out.push(w);
	for (const w of movedErrors(d, out)) out.push(w);
	for (const w of placeMovedErrors(d, out)) out.push(w);
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
		// a wrong number corrected away ("the line is +00 100 200 300, not +00 100 200 030")
		if (
			/\b(?:not|rather than|instead of|and not)\s*$/i.test(
				pt.text.slice(Math.max(0, r.span.start - 14), r.span.start)
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
