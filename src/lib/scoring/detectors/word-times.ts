/**
 * Clock times and dates written in words, which the shared quantity reader (../text/quantities.ts) reads as
 * counts or not at all (issue 12): "eight o'clock this morning", "half past three", "a quarter to seven",
 * "at six this morning", "noon", "midnight", and ordinal dates ("the second of May", via ./ordinal-dates.ts).
 * Values as there (minutes after midnight; month × 100 + day). A time with no part of the day ("three
 * o'clock") may be either half of the day (`alt`); words are rounder than digits, so a time in words matches
 * a fact within `tol` minutes (15, or 30 after "about", "around", "shortly after"…).
 */
import type { PostText } from '../text/post-text.ts';
import type { Quantity } from '../text/quantities.ts';
import type { Span } from '../types.ts';
import { ordinalDates } from './ordinal-dates.ts';

export interface WordQuantity extends Quantity {
	/** The other half of the day, for a time with no part of the day. */
	alt?: number;
	/** Minutes either side that still agree with a fact. */
	tol: number;
}

const HOURS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
const HOUR = `(${HOURS.join('|')}|1[0-2]|[1-9])`;
const MIN: Readonly<Record<string, number>> = {
	half: 30,
	quarter: 15,
	'a quarter': 15,
	twenty: 20,
	ten: 10,
	five: 5,
	'twenty-five': 25,
	'twenty five': 25
};
const PART = String.raw`(?:\s+(?:(?:this|in the|tomorrow|yesterday) (morning|afternoon|evening|night)|(tonight)|(a\.?m\.?|p\.?m\.?)))?`;
const RE = new RegExp(
	String.raw`\b(?:(about|around|roughly|approximately|shortly (?:after|before)|just (?:after|before)|soon after|after|before|by|at|until)\s+)?` +
		String.raw`(?:(noon|midday|midnight)|(?:(half|a quarter|quarter|twenty[- ]five|twenty|ten|five|\d{1,2} minutes?|(?:one|two|three|four|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|twenty[- ](?:one|two|three|four|six|seven|eight|nine)) minutes?) (past|after|to)\s+)${HOUR}(?:\s+o['’]?clock)?` +
		PART +
		String.raw`|${HOUR}\s+o['’]?clock` +
		PART +
		String.raw`|(?<=\bat\s+)${HOUR}` +
		String.raw`\s+(?:(?:this|in the) (morning|afternoon|evening))` +
		String.raw`)\b`,
	'gi'
);

const SMALL =
	'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
		' '
	);
/** Minutes of "half", "a quarter", "ten", "twelve minutes", "23 minutes". */
function minutesOf(w: string): number {
	const s = w
		.toLowerCase()
		.replace('-', ' ')
		.replace(/ minutes?$/, '');
	if (MIN[s] !== undefined) return MIN[s];
	if (/^\d+$/.test(s)) return Number(s);
	const [a, b] = s.split(' ');
	if (a === 'twenty') return 20 + (b ? SMALL.indexOf(b) + 1 : 0);
	return SMALL.indexOf(a) + 1;
}
const hourOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : HOURS.indexOf(s.toLowerCase()) + 1);

/** Word index of the first word at or after a character offset (and the last word before `end`). */
function wordRange(pt: PostText, span: Span): { from: number; to: number } {
	let from = pt.spans.findIndex((s) => s.end > span.start);
	if (from < 0) from = pt.spans.length;
	let to = from;
	while (to < pt.spans.length && pt.spans[to].start < span.end) to++;
	return { from, to };
}

/** Times and ordinal dates written in words. */
export function wordQuantities(pt: PostText): WordQuantity[] {
	const out: WordQuantity[] = [];
	const text = pt.text;
	if (/(?:o['’]?clock|noon|midday|midnight|past|\bto\b|morning|afternoon|evening)/i.test(text)) {
		for (const m of text.matchAll(RE)) {
			const [, approx, named, minWord, dir, h1, p1, t1, ap1, h2, p2, t2, ap2, h3, p3] = m;
			let h: number;
			let min = 0;
			let part: string | undefined;
			if (named) {
				h = named.toLowerCase() === 'midnight' ? 0 : 12;
				part = 'fixed';
			} else if (h1) {
				h = hourOf(h1);
				min = minutesOf(minWord);
				if (/^to$/i.test(dir)) {
					h = h === 1 ? 12 : h - 1;
					min = 60 - min;
				}
				part = p1 ?? t1 ?? ap1;
			} else if (h2) {
				h = hourOf(h2);
				part = p2 ?? t2 ?? ap2;
			} else {
				h = hourOf(h3);
				part = p3;
			}
			if (h < 1 && !named) continue;
			// "five to ten minutes" is a range: a past/to time needs o'clock, a part of the day or "at", "about"…
			if (h1 && !part && !approx && !/clock/i.test(m[0])) continue;
			let alt: number | undefined;
			const p = part?.toLowerCase().replace(/\./g, '');
			if (p === 'fixed') {
				/* noon, midnight */
			} else if (p === 'morning' || p === 'am') h = h % 12;
			else if (p) h = (h % 12) + 12;
			else if (h < 12) alt = (h + 12) * 60 + min;
			else alt = min;
			const lead = approx && !/^(?:after|before|by|at|until)$/i.test(approx) ? 30 : 15;
			const start = m.index! + (approx ? m[0].indexOf(m[0].slice(approx.length).trimStart()) : 0);
			const span = { start, end: m.index! + m[0].length };
			out.push({
				cls: 'time',
				value: h * 60 + min,
				raw: h,
				...wordRange(pt, span),
				span,
				alt,
				tol: lead
			});
		}
	}
	for (const d of ordinalDates(text))
		out.push({
			cls: 'date',
			value: d.value,
			raw: d.value % 100,
			...wordRange(pt, d.span),
			span: d.span,
			tol: 0
		});
	return out;
}
