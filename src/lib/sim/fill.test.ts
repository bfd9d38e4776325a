/** Placeholders in reaction and adversary texts: filled from the scenario and the moment, or not said. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { fill, snippet } from './fill.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;

describe('fill', () => {
	it('fills the scenario placeholders', () => {
		expect(fill('Thank you, {handle}.', S)).toBe(`Thank you, ${S.trainee.account.handle}.`);
		expect(fill('{hashtag} again', S)).toBe('#ConsulateShame again');
		expect(fill('No placeholder   here ', S)).toBe('No placeholder here');
	});

	it('fills the moment placeholders from the post, and leaves a text unsaid when one has no value', () => {
		const post = { text: 'Our consulate is open and sheltering 140 people tonight.', t: 45 * 60 };
		expect(fill('"{snippet}" is that right?', S, { post })).toBe(
			'"Our consulate is open and sheltering 140 people tonight." is that right?'
		);
		expect(fill('Posted at {time}', S, { post })).toMatch(/^Posted at \d\d:\d\d$/);
		expect(fill('"{snippet}"?', S)).toBeUndefined();
		expect(fill('{asker} asked', S)).toBeUndefined();
		expect(fill('{asker} asked', S, { asker: '@veyrawire' })).toBe('@veyrawire asked');
		expect(fill('{nonsense}', S)).toBeUndefined();
	});

	it('snippet cuts long text at a word, with an ellipsis', () => {
		expect(snippet('short  text')).toBe('short text');
		const long = snippet('word '.repeat(40));
		expect(long.endsWith('…')).toBe(true);
		expect(long.length).toBeLessThanOrEqual(61);
		expect(long).not.toMatch(/ …$/);
	});
});
