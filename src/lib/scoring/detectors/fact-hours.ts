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

export function hoursErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	if (!LINE.test(d.pt.text)) return [];
	const always = d.c.facts.find(
		(f) =>
			!f.fact.confidential &&
			d.revealed.has(f.fact.id) &&
			ROUND.test(f.fact.text) &&
			LINE.test(f.fact.text)
	);
	if (!always) return [];
	const out: Finding[] = [];
	for (const s of sentencesOf(d.pt)) {
		if (ROUND.test(s.text)) continue;
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
