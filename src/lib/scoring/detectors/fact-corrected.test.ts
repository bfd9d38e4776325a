/** A figure a public fact corrects in so many words (./fact-corrected.ts), given again as current. */
import { describe, expect, it } from 'vitest';
import { messagesOf, miniScenario, publicFact } from '../test-fixtures.ts';
import type { Scenario } from '../../scenario/types.ts';

const fact = publicFact;

const ferry: Scenario = miniScenario({
	facts: [
		fact('sail', 0, 'The replacement ferry will leave Port Anvik at 18:00.'),
		fact('moved', 1800, 'The replacement ferry now leaves Port Anvik at 19:15, not 18:00.'),
		fact('toll', 2400, 'Coastguard update: 9 injured, 2 missing. Replaces 14 injured / 5 missing.'),
		fact('hull', 3000, 'Divers found two breaches in the hull, not four.')
	]
});

const errors = (text: string, t: number) => messagesOf(ferry, 'factual-error', text, t);

describe('a figure a fact corrects in so many words', () => {
	it('is an error once the correction is known, unless named as the old figure', () => {
		expect(
			errors('Passengers: the replacement ferry sails at 18:00 from Port Anvik.', 600)
		).toEqual([]);
		expect(
			errors('Passengers: the replacement ferry sails at 18:00 from Port Anvik.', 2000)[0]
		).toMatch(/was corrected/);
		expect(errors('The replacement ferry now sails at 19:15 instead of 18:00.', 2000)).toEqual([]);
	});

	it('a corrected count must count the same thing', () => {
		expect(errors('The coastguard says 14 people are injured.', 3000).length).toBe(1);
		expect(errors('The coastguard now counts 9 injured, down from 14.', 3000)).toEqual([]);
		expect(errors('Our 14 consular staff are working through the night.', 3000)).toEqual([]);
	});

	it('a bare figure corrected away counts what the figure before it counts', () => {
		expect(errors('Divers report four breaches in the hull of the ferry.', 3600).length).toBe(1);
		expect(errors('Divers report four crew members were on duty.', 3600)).toEqual([]);
	});
});

describe('a time a later fact moves without naming the old one', () => {
	const talk: Scenario = miniScenario({
		facts: [
			fact('set', 0, 'The harbour master will brief families at 16:00 in the port office.'),
			fact('moved', 1800, 'The harbour master briefing for families has been moved to 17:30.')
		]
	});
	const errs = (text: string, t: number) => messagesOf(talk, 'factual-error', text, t);
	it('the earlier time is out of date once the move is known', () => {
		expect(errs('Families: the harbour master briefs you at 16:00 today.', 600)).toEqual([]);
		expect(errs('Families: the harbour master briefs you at 16:00 today.', 2000)[0]).toMatch(
			/has been moved/
		);
		expect(errs('The briefing for families, first set for 16:00, is now at 17:30.', 2000)).toEqual(
			[]
		);
	});
});
