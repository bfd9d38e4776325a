import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL } from '../detectors/confidential-leak.ts';
import { BARE_ADDRESS } from '../doctrine/cues.ts';
import { clauseBreak, hasCharIn, isSpace, mayHaveAddress, mayHaveEmail } from './chars.ts';

// strings made of the characters these tests look at, so that matches are frequent
const text = fc.string({
	unit: fc.constantFrom(...'aZ09_-.@+ ,;:—–\t\u00a0x.yz/é😅'.split('')),
	maxLength: 24
});
const matches = (re: RegExp, s: string) => {
	re.lastIndex = 0;
	const r = re.test(s);
	re.lastIndex = 0;
	return r;
};

describe('character tests that stand in for regexes', () => {
	it('isSpace is \\s', () => {
		const wrong: string[] = [];
		for (let c = 0; c < 0x10000; c++)
			if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(`U+${c.toString(16)}`);
		expect(wrong).toEqual([]);
	});
	it('clauseBreak is /[;:—–]|\\s-\\s/ on the slice', () => {
		fc.assert(
			fc.property(text, fc.nat(30), fc.nat(30), (s, a, b) => {
				expect(clauseBreak(s, a, b)).toBe(/[;:—–]|\s-\s/.test(s.slice(a, b)));
				expect(hasCharIn(s, a, b, 44)).toBe(s.slice(a, b).includes(','));
			}),
			{ numRuns: 3000 }
		);
		expect(clauseBreak('a - b', 0, 5)).toBe(true);
		expect(clauseBreak('a-b', 0, 3)).toBe(false);
	});
	it('mayHaveAddress is false only where BARE_ADDRESS cannot match', () => {
		fc.assert(
			fc.property(text, (s) => {
				if (!mayHaveAddress(s)) expect(matches(BARE_ADDRESS, s)).toBe(false);
			}),
			{ numRuns: 5000 }
		);
		expect(mayHaveAddress('see gov.uk/travel')).toBe(true);
		expect(mayHaveAddress('Open now. Call us.')).toBe(false);
	});
	it('mayHaveEmail is false only where EMAIL cannot match', () => {
		fc.assert(
			fc.property(text, (s) => {
				if (!mayHaveEmail(s)) expect(matches(EMAIL, s)).toBe(false);
			}),
			{ numRuns: 5000 }
		);
		expect(mayHaveEmail('write to k.d@mail.example')).toBe(true);
		expect(mayHaveEmail('@LenaOrtizAD no')).toBe(false);
	});
});
