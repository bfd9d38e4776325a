/** The `when:` language: grammar, precedence, atoms, and column-accurate errors. */
import { describe, expect, it } from 'vitest';
import { parseCondition } from './index.ts';

describe('condition parser', () => {
	it('parses atoms', () => {
		expect(parseCondition('posted').condition).toEqual({ op: 'posted' });
		expect(parseCondition('posted()').condition).toEqual({ op: 'posted' });
		expect(parseCondition('posted_since(00:35)').condition).toEqual({ op: 'posted', since: 2100 });
		expect(parseCondition("posted_since('45m')").condition).toEqual({ op: 'posted', since: 2700 });
		expect(parseCondition('mentioned("open", \'shelter\', hotline)').condition).toEqual({
			op: 'mentioned',
			phrases: ['open', 'shelter', 'hotline']
		});
		expect(parseCondition('corrected(turned-away)').condition).toEqual({
			op: 'corrected',
			claim: 'turned-away'
		});
		expect(parseCondition('repeated(turned-away)').condition).toEqual({
			op: 'repeated',
			claim: 'turned-away'
		});
		expect(parseCondition('faux_pas()').condition).toEqual({ op: 'faux_pas' });
		expect(parseCondition('faux_pas(emoji-in-tragedy)').condition).toEqual({
			op: 'faux_pas',
			id: 'emoji-in-tragedy'
		});
		expect(parseCondition('replied(journalist-question)').condition).toEqual({
			op: 'replied',
			event: 'journalist-question'
		});
		expect(parseCondition('fired(quake-news)').condition).toEqual({
			op: 'fired',
			event: 'quake-news'
		});
		expect(parseCondition('true').condition).toEqual({ op: 'const', value: true });
		expect(parseCondition('false').condition).toEqual({ op: 'const', value: false });
	});

	it('gives not > and > or precedence, and parentheses override it', () => {
		expect(parseCondition('not posted and fired(a) or fired(b)').condition).toEqual({
			op: 'or',
			args: [
				{
					op: 'and',
					args: [
						{ op: 'not', arg: { op: 'posted' } },
						{ op: 'fired', event: 'a' }
					]
				},
				{ op: 'fired', event: 'b' }
			]
		});
		expect(parseCondition('not (posted or fired(a))').condition).toEqual({
			op: 'not',
			arg: { op: 'or', args: [{ op: 'posted' }, { op: 'fired', event: 'a' }] }
		});
		expect(parseCondition('fired(a) and fired(b) and fired(c)').condition).toEqual({
			op: 'and',
			args: [
				{ op: 'fired', event: 'a' },
				{ op: 'fired', event: 'b' },
				{ op: 'fired', event: 'c' }
			]
		});
		expect(parseCondition('not not true').condition).toEqual({
			op: 'not',
			arg: { op: 'not', arg: { op: 'const', value: true } }
		});
	});

	it.each([
		['', 'SC211', 0],
		['posted and', 'SC211', 10],
		['(posted', 'SC211', 7],
		['posted)', 'SC211', 6],
		['posted && fired(a)', 'SC211', 7],
		['!posted', 'SC211', 0],
		['mentioned("open)', 'SC211', 10],
		['posted fired(a)', 'SC211', 7],
		['fired(a b)', 'SC211', 8],
		['postd', 'SC212', 0],
		['corrected()', 'SC213', 0],
		['fired(a, b)', 'SC213', 0],
		['posted_since(later)', 'SC204', 13],
		['corrected("turned away")', 'SC213', 10],
		['and posted', 'SC211', 0]
	])('%j → %s at offset %i', (src, code, start) => {
		const { condition, error } = parseCondition(src);
		expect(condition).toBeUndefined();
		expect(error?.code).toBe(code);
		expect(error?.start).toBe(start);
	});

	it('refuses absurd nesting without throwing', () => {
		const { error } = parseCondition('not '.repeat(200) + 'posted');
		expect(error?.code).toBe('SC211');
		expect(parseCondition('('.repeat(5000)).error?.code).toBe('SC211');
	});
});
