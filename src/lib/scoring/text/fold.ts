/**
 * Name-comparison helpers: diacritic folding and a bounded Damerau distance (optimal string alignment: insert,
 * delete, substitute, or swap two adjacent letters, each one edit — "Hlae" is one edit from "Hale").
 * Written here rather than taken from `damerau-levenshtein` because this runs in the scoring hot path: it stops
 * as soon as the bound is exceeded and allocates only two small rows.
 */

import { wordInfo, type WordInfo } from './word-info.ts';

const SPECIAL: Record<string, string> = {
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

/** Lower case without diacritics: "Ekström" → "ekstrom", "Kovač" → "kovac", "Søren" → "soren". */
export function fold(word: string): string {
	return foldInfo(wordInfo(word.toLowerCase()));
}

/** fold() of a word's record (computed once and kept there). */
export function foldInfo(info: WordInfo): string {
	return (info.fold ??= foldLower(info.word.toLowerCase()));
}

function foldLower(lower: string): string {
	for (let i = 0; i < lower.length; i++)
		if (lower.charCodeAt(i) > 127)
			return lower
				.normalize('NFD')
				.replace(/\p{M}+/gu, '')
				.replace(/[øæœßłđðþı]/g, (c) => SPECIAL[c]);
	return lower;
}

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/** Damerau distance (optimal string alignment) if it is ≤ max, otherwise max + 1. */
export function damerau(a: string, b: string, max: number): number {
	if (a === b) return 0;
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > max) return max + 1;
	if (m + 1 > cur.length) {
		prev2 = new Int32Array(m + 1);
		prev = new Int32Array(m + 1);
		cur = new Int32Array(m + 1);
	}
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		cur[0] = i;
		let rowMin = i;
		const ai = a.charCodeAt(i - 1);
		for (let j = 1; j <= m; j++) {
			const bj = b.charCodeAt(j - 1);
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
			if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
				v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		const t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return Math.min(prev[m], max + 1);
}

/** The edit budget for a name word: one edit, two for words of eight letters or more. */
export function budget(word: string): number {
	return word.length >= 8 ? 2 : 1;
}

/** a is a near miss of b: different, within b's budget. */
export function isNear(a: string, b: string): boolean {
	return a !== b && damerau(a, b, budget(b)) <= budget(b);
}
