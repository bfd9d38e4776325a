import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { caseSensitiveTwin, lowerForMatch } from './case-fold.ts';
import { allMatches } from './matches.ts';
import { postText } from './post-text.ts';
import { spansOf } from '../detectors/context.ts';

const PATTERNS = [
	/\blike (?:everyone|everybody|every other [\p{L}-]+|all the others) else\b/giu,
	/\b(?:the|simply the) (?:very )?(?:best|finest|most [\p{L}-]+)\b(?: [\p{L}-]+){0,4}?(?: (?:in|of)\b|[.,;!])/giu,
	/(?<![\d\p{L}] ?)\b(?:ha|hah|heh)\b(?=[.!,]|\s*$)/giu,
	/\b(?:we|i) (know|are sure) (?:exactly )?(who|which [\p{L}]+)\b[^.!?;]{0,20}/giu,
	/\b(?<who>mr|ms|dr)\.? ([\p{L}’'-]+)/giu,
	/\bstra[sß]e\b|\bk\w+/giu,
	/\w+\s*\W/giu,
	/[^.!?]{0,5}!/giu
];

const ALPHABET = [
	...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
	..." ., !?;-’'0123",
	'ſ', // long s: folds to s
	'K', // Kelvin sign: folds to k
	'İ', // lower-cases to two code units
	'ß',
	'ẞ',
	'Σ',
	'ς',
	'σ',
	'É',
	'é',
	'Ø',
	'µ',
	'😂',
	'🇫🇷'
];
const WORDS = [
	'like',
	'everyone',
	'else',
	'the',
	'best',
	'ha',
	'we',
	'know',
	'who',
	'Mr',
	'strasse',
	'kelvin'
];

function randomText(rng: () => number): string {
	let s = '';
	const n = Math.floor(rng() * 40);
	for (let i = 0; i < n; i++)
		s +=
			rng() < 0.4
				? ` ${WORDS[Math.floor(rng() * WORDS.length)]} `
				: ALPHABET[Math.floor(rng() * ALPHABET.length)];
	return s;
}

const plain = (ms: RegExpExecArray[]) =>
	ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups ? { ...m.groups } : undefined }));

describe('case-insensitive Unicode patterns run on the lower-cased text', () => {
	it('makes a twin only for patterns it can match the same way', () => {
		expect(caseSensitiveTwin(/\bthe best\b/giu)?.flags).toBe('gu');
		expect(caseSensitiveTwin(/[\p{L}-]+ (\w+)/giu, true)?.flags).toBe('dgu');
		expect(caseSensitiveTwin(/\bthe best\b/gi)).toBeNull(); // (no u: V8 is fast already)
		expect(caseSensitiveTwin(/\bthe best\b/gu)).toBeNull();
		expect(caseSensitiveTwin(/[A-Z]\w+/giu)).toBeNull();
		expect(caseSensitiveTwin(/\p{Lu}\w+/giu)).toBeNull();
		expect(caseSensitiveTwin(/\P{L}+/giu)).toBeNull();
		expect(caseSensitiveTwin(/café/giu)).toBeNull(); // (é is cased: kept as written)
		expect(caseSensitiveTwin(/caf\u00e9/giu)).not.toBeNull(); // (an escape is not a literal letter)
		expect(caseSensitiveTwin(/(?<Name>x)\s/giu)).not.toBeNull(); // (a group's name is not matched text)
	});

	it('lower-cases a text only when that keeps every index and it has no long s', () => {
		expect(lowerForMatch('Hello ÉTÉ 😂')).toBe('hello été 😂');
		expect(lowerForMatch('İstanbul')).toBeNull();
		expect(lowerForMatch('Maſs')).toBeNull();
	});

	it('gives the same matches, groups and spans as the original on 4,000 random texts', () => {
		const rng = seedrandom('case-fold');
		let matched = 0;
		for (let k = 0; k < 500; k++) {
			const text = randomText(rng);
			const pt = postText(text);
			for (const re of PATTERNS) {
				const want = [...text.matchAll(new RegExp(re.source, re.flags))];
				expect(plain(allMatches(re, text)), `${re} on ${JSON.stringify(text)}`).toEqual(
					plain(want)
				);
				const spans: { start: number; end: number }[] = [];
				for (const m of want) {
					const s = { start: m.index, end: m.index + m[0].length };
					if (s.end > s.start && !spans.some((x) => x.start < s.end && s.start < x.end))
						spans.push(s);
				}
				expect(spansOf(re, pt), `${re} on ${JSON.stringify(text)}`).toEqual(spans);
				matched += want.length;
			}
		}
		expect(matched).toBeGreaterThan(500); // (the texts do exercise the patterns)
	});
});
