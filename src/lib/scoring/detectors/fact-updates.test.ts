/** Facts that update earlier facts (./fact-updates.ts): the newer figure is right, the older one out of date once
 * the update is revealed; a count of something else, or the part of a whole, is not compared. */
import { describe, expect, it } from 'vitest';
import { messagesOf, miniScenario, publicFact } from '../test-fixtures.ts';
import type { Scenario } from '../../scenario/types.ts';

const fact = publicFact;

const flood: Scenario = miniScenario({
	facts: [
		fact(
			'bridge',
			0,
			'The old bridge over the Nera river collapsed at dawn, 12 kilometres north of Lanto.',
			['bridge', 'collapsed']
		),
		fact(
			'toll-1',
			600,
			'Three people died and 14 are injured, 4 of them seriously; 9 people are missing.',
			['died', 'injured', 'missing']
		),
		fact(
			'toll-2',
			3600,
			'Five people have now died and 12 are injured; 6 people are still missing.',
			['death toll', 'still missing']
		)
	]
});

const errors = (text: string, t: number) => messagesOf(flood, 'factual-error', text, t);

describe('facts updated by later facts', () => {
	it('before the update the first figures are right and others wrong', () => {
		expect(errors('Three people died; 9 people are missing.', 1200)).toEqual([]);
		expect(errors('Five people died and 9 people are missing.', 1200).length).toBe(1);
	});

	it('after the update its figures are right, not errors against the first fact', () => {
		expect(errors('Five people have died and 12 are injured. 6 people are missing.', 4000)).toEqual(
			[]
		);
	});

	it('after the update the first figures are out of date', () => {
		const e = errors('We mourn the three people who died; 9 people are missing.', 4000);
		expect(e.length).toBe(2);
		expect(e[0]).toMatch(/out of date/);
		// told as history, the first figure is not stale
		expect(errors('At first, three people were reported dead.', 4000)).toEqual([]);
	});

	it('a figure that agrees with another count of the fact is still wrong for its own count', () => {
		// 4 is the seriously injured, not the dead
		expect(errors('Four people died and 14 are injured.', 1200).length).toBe(1);
	});

	it('a count of something the fact does not speak of is not compared with it', () => {
		expect(errors('The collapse of the bridge has cost two lives, we are told.', 300)).toEqual([]);
		expect(errors('The bridge collapsed 12 kilometres north of Lanto.', 300)).toEqual([]);
		expect(errors('The bridge collapsed 15 kilometres north of Lanto.', 300).length).toBe(1);
	});
});
