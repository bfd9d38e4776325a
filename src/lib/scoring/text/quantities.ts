/**
 * Quantities in a text, typed so that only like is compared with like: counts ("140", "two hundred and
 * forty", "three"), clock times ("02:40", "2 pm"), dates ("12 May", "May 12"), durations ("15 minutes", "four
 * hours", "nine weeks", "24h", "an hour") and percentages. Durations are in minutes, times in minutes after
 * midnight, dates as month × 100 + day.
 */
import type { Span } from '../types.ts';
import type { PostText } from './post-text.ts';
import { dict } from '../../dict.ts';

export type QuantityClass = 'count' | 'time' | 'date' | 'duration' | 'percent';

export interface Quantity {
	cls: QuantityClass;
	/** Normalised value (see above). */
	value: number;
	/** The number as written ("nine" → 9). */
	raw: number;
	/** Word index range in the post (from inclusive, to exclusive). */
	from: number;
	to: number;
	span: Span;
}

const UNITS: Readonly<Record<string, number>> = dict({
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	dozen: 12
});
const SCALES: Readonly<Record<string, number>> = dict({
	hundred: 100,
	thousand: 1000,
	million: 1_000_000
});
/** Month names, January first (also read by detectors/ordinal-dates.ts). */
export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));
const DURATION: Readonly<Record<string, number>> = dict({
	s: 1 / 60,
	sec: 1 / 60,
	secs: 1 / 60,
	second: 1 / 60,
	seconds: 1 / 60,
	min: 1,
	mins: 1,
	minute: 1,
	minutes: 1,
	h: 60,
	hr: 60,
	hrs: 60,
	hour: 60,
	hours: 60,
	day: 1440,
	days: 1440,
	week: 10080,
	weeks: 10080,
	month: 43800,
	months: 43800,
	year: 525600,
	years: 525600
});

/** Month number of a month name or abbreviation ("may" is the full name), from one table. */
const MONTH_OF: ReadonlyMap<string, number> = new Map([
	...MONTHS.map((m, i) => [m, i + 1] as const),
	...MONTH_ABBR.flatMap((a, i) => (a === 'may' ? [] : [[a, i + 1] as const]))
]);

function monthOf(w: string): number | undefined {
	return MONTH_OF.get(w);
}

/** A number written in words starting at word i: [value, words used], or undefined. */
/** The own keys of UNITS (a Set test costs less than a property lookup by a fresh string). */
const UNIT_WORDS: ReadonlySet<string> = new Set(Object.keys(UNITS));

function wordsNumber(words: readonly string[], i: number): [number, number] | undefined {
	// "a hundred and forty", "a thousand": the article counts as one before a scale word
	const article = (words[i] === 'a' || words[i] === 'an') && words[i + 1] in SCALES;
	if (!article && !UNIT_WORDS.has(words[i])) return undefined;
	let total = 0;
	let current = article ? 1 : 0;
	let used = article ? 1 : 0;
	let k = article ? i + 1 : i;
	let any = article;
	/** What the last word added: a units word (1–19), a tens word (20, 30 …), or a scale or "and" (undefined). */
	let last: 'unit' | 'tens' | undefined;
	while (k < words.length) {
		const w = words[k];
		if (w in UNITS) {
			const v = UNITS[w];
			const tens = v >= 20 && v < 100 && v % 10 === 0;
			// "three, two pupils", "one two three": two numbers, not their sum (only "twenty five" adds up)
			if (last === 'unit' || (last === 'tens' && (tens || v >= 10))) break;
			current += v;
			any = true;
			last = tens ? 'tens' : 'unit';
		} else if (w in SCALES && any) {
			last = undefined;
			current = Math.max(current, 1) * SCALES[w];
			if (SCALES[w] >= 1000) {
				total += current;
				current = 0;
			}
		} else if (w === 'and' && any && k + 1 < words.length && words[k + 1] in UNITS) {
			// "one hundred and forty"
			last = undefined;
		} else break;
		k++;
		used = k - i;
	}
	return any ? [total + current, used] : undefined;
}

/** A cheap necessary condition for quantitiesIn(pt) to hold a count of one of these values: a number token
 * that reads as one of them, or a number word anywhere (then only the full reading can tell). */
export function mayHaveCount(pt: PostText, values: readonly number[]): boolean {
	for (const tok of pt.tokens) {
		if (tok.kind !== 'number' || tok.text.startsWith('+')) continue;
		const raw = Number(tok.text.includes(',') ? tok.text.replace(/,(?=\d{3}\b)/g, '') : tok.text);
		if (values.includes(raw)) return true;
	}
	for (const w of pt.words) if (UNIT_WORDS.has(w)) return true;
	return false;
}

/** Every quantity in the post (phone-like digit runs excluded by the caller through `skip`). */
export function quantitiesIn(
	pt: PostText,
	skip: (span: Span) => boolean = () => false
): Quantity[] {
	const out: Quantity[] = [];
	const w = pt.words;
	const n = w.length;
	for (let i = 0; i < n; i++) {
		const tok = pt.tokens[pt.tok[i]];
		let raw: number | undefined;
		let used = 1;
		if (tok.kind === 'number') {
			if (skip(tok) || tok.text.startsWith('+')) continue;
			// (a number glued to a letter is part of a code, not a quantity: "block N4", "the A1", "gate B12")
			if (tok.start > 0 && /\p{L}/u.test(pt.text[tok.start - 1])) continue;
			const time = tok.text.includes(':') ? /^(\d{1,2}):(\d{2})$/.exec(tok.text) : null;
			if (time) {
				let h = Number(time[1]);
				const next = w[i + 1];
				if (next === 'pm' && h < 12) h += 12;
				out.push({
					cls: 'time',
					value: h * 60 + Number(time[2]),
					raw: h,
					from: i,
					to: i + 1,
					span: { start: tok.start, end: tok.end }
				});
				continue;
			}
			raw = Number(tok.text.includes(',') ? tok.text.replace(/,(?=\d{3}\b)/g, '') : tok.text);
			if (!Number.isFinite(raw)) continue;
		} else if (tok.kind === 'word') {
			// ("a hundred and forty" is read by wordsNumber below)
			if ((w[i] === 'a' || w[i] === 'an') && !(w[i + 1] in SCALES)) {
				// "an hour", "a week", "half an hour"
				const unit = DURATION[w[i + 1]];
				if (unit !== undefined && !w[i + 1].endsWith('s')) {
					const half = i > 0 && w[i - 1] === 'half';
					out.push({
						cls: 'duration',
						value: unit * (half ? 0.5 : 1),
						raw: half ? 0.5 : 1,
						from: half ? i - 1 : i,
						to: i + 2,
						span: { start: pt.spans[half ? i - 1 : i].start, end: pt.spans[i + 1].end }
					});
					i++;
				}
				continue;
			}
			const r = wordsNumber(w, i);
			if (!r) continue;
			[raw, used] = r;
		} else continue;
		const after = w[i + used];
		const before = i > 0 ? w[i - 1] : '';
		const span = { start: pt.spans[i].start, end: pt.spans[i + used - 1].end };
		// 2 pm / 2pm
		if (after === 'pm' || after === 'am') {
			// "2.14am", "2.14 pm": hours and minutes with a dot, the British way of writing a 12-hour time
			const dotted = tok.kind === 'number' ? /^(\d{1,2})\.(\d{2})$/.exec(tok.text) : null;
			const hours = dotted ? Number(dotted[1]) : raw;
			const h = (hours % 12) + (after === 'pm' ? 12 : 0);
			const value = h * 60 + (dotted ? Number(dotted[2]) : 0);
			out.push({ cls: 'time', value, raw: hours, from: i, to: i + used + 1, span });
			i += used;
			continue;
		}
		const month = after !== undefined ? monthOf(after) : undefined;
		if (month !== undefined && raw >= 1 && raw <= 31 && Number.isInteger(raw)) {
			out.push({ cls: 'date', value: month * 100 + raw, raw, from: i, to: i + used + 1, span });
			i += used;
			continue;
		}
		const monthBefore = monthOf(before);
		if (monthBefore !== undefined && raw >= 1 && raw <= 31 && Number.isInteger(raw)) {
			out.push({
				cls: 'date',
				value: monthBefore * 100 + raw,
				raw,
				from: i - 1,
				to: i + used,
				span
			});
			continue;
		}
		if (after !== undefined && DURATION[after] !== undefined) {
			out.push({
				cls: 'duration',
				value: raw * DURATION[after],
				raw,
				from: i,
				to: i + used + 1,
				span
			});
			i += used;
			continue;
		}
		if (after === 'percent' || pt.text[span.end] === '%') {
			out.push({ cls: 'percent', value: raw, raw, from: i, to: i + used, span });
			continue;
		}
		out.push({ cls: 'count', value: raw, raw, from: i, to: i + used, span });
		i += used - 1;
	}
	return out;
}
