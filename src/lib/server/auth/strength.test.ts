/** Password strength: zxcvbn's estimate, the user's own names, and the advice given. */
import { describe, expect, it } from 'vitest';
import { MIN_STRENGTH, weakness } from './strength.ts';

describe('weakness', () => {
	it('asks for at least "safely unguessable"', () => {
		expect(MIN_STRENGTH).toBe(3);
	});

	it('passes unrelated words and fails repeats, sequences and keyboard walks', () => {
		expect(weakness('correct cobalt lantern fjord')).toBeUndefined();
		for (const pw of ['aaaaaaaaaaaa', 'abcdefghijkl', '1234567890', 'asdfghjkl;'])
			expect(weakness(pw), pw).toMatch(/^This password is too easy to guess/);
	});

	it('counts the username and display name as known words', () => {
		// Random-looking on its own, but it is the username with a symbol.
		const pw = 'xwqzbrtkplm!';
		expect(weakness(pw)).toBeUndefined();
		expect(weakness(pw, ['xwqzbrtkplm', 'Embassy Warsaw'])).toMatch(/too easy to guess/);
	});

	it('ignores user words shorter than three letters', () => {
		expect(weakness('correct cobalt lantern fjord', ['co', 'la'])).toBeUndefined();
	});

	it('ends with advice a person can act on', () => {
		expect(weakness('password1')).toMatch(/A few unrelated words make a strong one\.$/);
	});

	it('estimates only the first 100 characters of a very long password', () => {
		expect(weakness('correct cobalt lantern fjord '.repeat(7))).toBeUndefined();
	});
});
