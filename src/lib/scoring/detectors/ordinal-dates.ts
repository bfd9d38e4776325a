/**
 * Dates written with an ordinal ("the third of June", "June the 3rd", "3rd of June"), which the shared quantity
 * reader (../text/quantities.ts) reads as counts or not at all. Values as there: month × 100 + day.
 */
import type { Span } from '../types.ts';
import { MONTHS } from '../text/quantities.ts';

/** Ordinal words, "first" to the last a date needs (shared with names.ts and fact-groups.ts). */
export const ORD = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth'
];
const DAY = `(?:(?:twenty|thirty)[- ](?:${ORD.slice(0, 9).join('|')})|thirtieth|${ORD.join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
const MONTH = `(${MONTHS.join('|')})`;
const RE = new RegExp(`\\b(?:the )?(${DAY}) of ${MONTH}\\b|\\b${MONTH} (?:the )?(${DAY})\\b`, 'gi');

function dayValue(s: string): number {
	const w = s.toLowerCase().replace('-', ' ');
	const d = /^(\d{1,2})/.exec(w);
	if (d) return Number(d[1]);
	if (w === 'thirtieth') return 30;
	const [a, b] = w.split(' ');
	if (b) return (a === 'twenty' ? 20 : 30) + ORD.indexOf(b) + 1;
	return ORD.indexOf(a) + 1;
}

/** Ordinal dates in a text. */
export function ordinalDates(text: string): { value: number; span: Span }[] {
	if (!/(?:st|nd|rd|th)\b/i.test(text)) return [];
	const out: { value: number; span: Span }[] = [];
	for (const m of text.matchAll(RE)) {
		const day = dayValue(m[1] ?? m[4]);
		const month = MONTHS.indexOf((m[2] ?? m[3]).toLowerCase()) + 1;
		if (day >= 1 && day <= 31)
			out.push({
				value: month * 100 + day,
				span: { start: m.index!, end: m.index! + m[0].length }
			});
	}
	return out;
}
