import { describe, expect, it } from 'vitest';
import { allMatches } from './matches.ts';

const same = (re: RegExp, text: string) => {
	const want = [...text.matchAll(re)].map((m) => ({ index: m.index, groups: [...m] }));
	const got = allMatches(re, text).map((m) => ({ index: m.index, groups: [...m] }));
	expect(got).toEqual(want);
};

describe('allMatches', () => {
	it('finds what matchAll finds, groups and indices included', () => {
		same(
			/\p{Lu}[\p{L}’'-]+/gu,
			'Ms Anna Brel, 34, and Jean-Paul’s son Émile were at the Hotel Miramar.'
		);
		same(/(\w+)@(\w+)\.com/g, 'write to a@b.com or c@d.com');
		same(/x/g, 'no match here');
	});

	it('steps over empty matches like matchAll, by code point for a Unicode regex', () => {
		same(/a*/g, 'baaac');
		same(/(?:)/gu, 'a😀b');
		same(/(?:)/g, 'a😀b');
		same(/\b/g, 'two words');
	});

	it('starts at the lastIndex of the regex, as matchAll does, and leaves it as it was', () => {
		const re = /o/g;
		re.lastIndex = 5;
		same(re, 'foo boo');
		expect(re.lastIndex).toBe(5);
		re.lastIndex = 0;
		same(re, 'foo boo');
		expect(re.lastIndex).toBe(0);
	});

	it('refuses a regex without the g flag, as matchAll does', () => {
		expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
	});
});
