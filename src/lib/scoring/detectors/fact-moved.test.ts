/** A date or time a later fact moved (./fact-superseded.ts movedErrors) and a figure named by its measure word
 * (./fact-measures.ts), in a small scenario. */
import { describe, expect, it } from 'vitest';
import { messagesOf, miniScenario, publicFact } from '../test-fixtures.ts';
import type { Scenario } from '../../scenario/types.ts';

const fact = publicFact;

const storm: Scenario = miniScenario({
	facts: [
		fact('storm', 0, 'Storm Ilka, a category 3 storm, reached the coast at dawn.', ['Storm Ilka']),
		fact('upgrade', 3000, 'Storm Ilka has strengthened to category 4.', ['strengthened']),
		fact('flight-set', 600, 'The charter flight home is set for Thursday.', ['charter flight']),
		fact('flight-moved', 3600, 'The airline moved the charter flight from Thursday to Saturday.', [
			'moved',
			'Saturday'
		])
	]
});

const errors = (text: string, t: number) => messagesOf(storm, 'factual-error', text, t);

describe('a moved date and a measure word', () => {
	it('a date a later fact moved is out of date once the move is known', () => {
		expect(errors('The charter flight home leaves on Thursday.', 1200)).toEqual([]);
		expect(errors('The charter flight home leaves on Thursday.', 4000).length).toBe(1);
		expect(
			errors('The charter flight, first planned for Thursday, now leaves on Saturday.', 4000)
		).toEqual([]);
		expect(errors('The charter flight was moved from Thursday. Details to follow.', 4000)).toEqual(
			[]
		);
	});

	it('a figure named by its measure word, against the latest fact that gives it', () => {
		expect(errors('Stay indoors: a category 2 storm is on the coast.', 600).length).toBe(1);
		expect(errors('Stay indoors: a category 3 storm is on the coast.', 600)).toEqual([]);
		expect(errors('Storm Ilka is category 3. Stay indoors.', 3600).length).toBe(1);
		expect(errors('Storm Ilka is now category 4, up from category 3.', 3600)).toEqual([]);
	});
});
