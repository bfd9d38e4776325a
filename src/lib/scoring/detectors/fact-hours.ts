/**
 * factual-error: opening hours given to a line the public facts say is staffed round the clock ("our emergency line
 * … staffed from 08:00 to 20:00" when it is staffed 24 hours). People who call at night find no one, or do not call
 * at all. CERC: be right.
 */
import type { Finding } from '../types.ts';
import { SOURCES, sentencesOf, type DetectorInput } from './context.ts';

const ROUND =
	/\b(?:24[- ]hours?|24\/7|24h|round[- ]the[- ]clock|around the clock|day and night|night and day|at any time|any time of (?:day|night))\b/i;
const LINE = /\b(?:line|hotline|helpline|phone|number|call us|ring us)\b/i;
/** Hours that end: "from 08:00 to 20:00", "9am–5pm", "until 18:00", "office hours", "weekdays only". */
const HOURS =
	/\b(?:from |between )?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?\s*(?:to|until|till|and|-|–|—)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?\b|\b(?:open|staffed|available|answered|manned)\s+(?:until|till)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|\b(?:during |in )?(?:office|working|business|opening) hours\b|\bweekdays only\b|\b(?:closed|shut|unstaffed) (?:at night|overnight|at weekends|on weekends)\b/gi;

/** Phone numbers (seven digits or more) in a text, digits only. */
const numbers = (t: string) =>
	(t.match(/\+?\d[\d ().-]{5,}\d/g) ?? [])
		.map((x) => x.replace(/\D/g, ''))
		.filter((x) => x.length >= 7);

const ROUND_LINES = new WeakMap<object, { roundNums: string[]; otherHours: boolean }>();
/** A round-the-clock fact's numbers that are always staffed, and whether it also keeps hours for another line
 * (read once per fact). */
function roundLine(fact: { text: string }): { roundNums: string[]; otherHours: boolean } {
	let r = ROUND_LINES.get(fact);
	if (!r) {
		const clauses = fact.text.split(/[;.](?:\s|$)/);
		r = {
			roundNums: clauses.filter((x) => ROUND.test(x)).flatMap(numbers),
			otherHours: clauses.some((x) => !ROUND.test(x) && new RegExp(HOURS.source, 'i').test(x))
		};
		ROUND_LINES.set(fact, r);
	}
	return r;
}

export function hoursErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	if (!LINE.test(d.pt.text)) return [];
	return [...alwaysErrors(d, found), ...roundClaimed(d, found)];
}

/** The converse: a number the facts give opening hours for, said to be answered round the clock ("our consular
 * hotline +00 … is staffed 24 hours a day" when it is staffed 07:00–22:00): people call at night and find no one. */
function roundClaimed(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const out: Finding[] = [];
	const hoursRe = new RegExp(HOURS.source, 'i');
	const kept = d.c.facts.flatMap((f) =>
		f.fact.confidential || !d.revealed.has(f.fact.id)
			? []
			: f.fact.text
					.split(/[;.](?:\s|$)/)
					.filter((x) => !ROUND.test(x) && hoursRe.test(x))
					.flatMap((x) => numbers(x).map((n) => ({ n, f })))
	);
	if (!kept.length) return out;
	// numbers the facts say are answered round the clock: "24-hour" may be about them
	const always = d.c.facts.flatMap((f) =>
		f.fact.confidential
			? []
			: f.fact.text
					.split(/[;.](?:\s|$)/)
					.filter((x) => ROUND.test(x))
					.flatMap(numbers)
	);
	for (const s of sentencesOf(d.pt)) {
		const m = ROUND.exec(s.text);
		if (!m || numbers(s.text).some((n) => always.includes(n))) continue;
		const hit = kept.find((k) => numbers(s.text).includes(k.n));
		if (!hit) continue;
		const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
		if (found.some((f) => f.spans.some((x) => x.start < span.end && span.start < x.end))) continue;
		out.push({
			id: 'factual-error',
			severity: 'major',
			message: `“${m[0]}” contradicts the known fact: ${hit.f.fact.text}`,
			explanation:
				'A line with opening hours, given as round the clock, leaves people who call at night with no answer. Give its hours and the number that answers outside them.',
			source: SOURCES.cercRight,
			spans: [span]
		});
	}
	return out;
}

function alwaysErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const always = d.c.facts.find(
		(f) =>
			!f.fact.confidential &&
			d.revealed.has(f.fact.id) &&
			ROUND.test(f.fact.text) &&
			LINE.test(f.fact.text)
	);
	if (!always) return [];
	// the fact may keep hours for one line and name another that is always staffed ("the hotline … from 07:00 to
	// 22:00; outside those hours the 24-hour line +00 …"): hours are wrong only for the round-the-clock number
	const { roundNums, otherHours } = roundLine(always.fact);
	const out: Finding[] = [];
	for (const s of sentencesOf(d.pt)) {
		if (ROUND.test(s.text)) continue;
		const nums = numbers(s.text);
		if (nums.length ? !nums.some((n) => roundNums.includes(n)) : otherHours) continue;
		for (const m of s.text.matchAll(HOURS)) {
			// the line named within eight words before the hours ("our emergency line … staffed from 08:00 to 20:00")
			const before = s.text.slice(0, m.index).split(/\s+/).slice(-9).join(' ');
			if (!LINE.test(before)) continue;
			// other counters keep hours ("the desk at the terminal is open 08:00–20:00")
			if (
				/\b(?:desk|office|counter|centre|center|terminal|section|reception|bus|ferry|flight)s?\b/i.test(
					before
				)
			)
				continue;
			const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
			if (found.some((f) => f.spans.some((x) => x.start < span.end && span.start < x.end)))
				continue;
			out.push({
				id: 'factual-error',
				severity: 'major',
				message: `“${m[0]}” contradicts the known fact: ${always.fact.text}`,
				explanation:
					'A line that is staffed round the clock, given with opening hours, stops people calling at night, when they most need it.',
				source: SOURCES.cercRight,
				spans: [span]
			});
			break;
		}
	}
	return out;
}
