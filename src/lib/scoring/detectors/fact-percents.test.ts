/** A percentage named by what it measures (./fact-percents.ts), against the latest public fact that gives it. */
import { describe, expect, it } from 'vitest';
import { messagesOf, miniScenario, publicFact } from '../test-fixtures.ts';
import type { Scenario } from '../../scenario/types.ts';

const fact = publicFact;

const outbreak: Scenario = miniScenario({
	facts: [
		fact('first', 600, 'Health officials say vaccination coverage in the district is 48% so far.'),
		fact('later', 3600, 'Officials now report vaccination coverage at 57%; 12 clinics are open.')
	]
});

const errors = (text: string, t: number) => messagesOf(outbreak, 'factual-error', text, t);

describe('a percentage named by what it measures', () => {
	it('contradicts the fact that gives it, in any wording', () => {
		expect(
			errors('Good news from the district: coverage is 48%. Clinics stay open.', 1200)
		).toEqual([]);
		expect(errors('Vaccination coverage stands at 39% in the district.', 1200)[0]).toMatch(
			/contradicts/
		);
		expect(errors('About 39% coverage so far: please get vaccinated.', 1200).length).toBe(1);
	});

	it('is out of date once a later fact changes it, unless the post says it was earlier', () => {
		expect(errors('Vaccination coverage is 48% in the district.', 4000).length).toBe(1);
		expect(errors('Vaccination coverage is 57% in the district.', 4000)).toEqual([]);
		expect(errors('Coverage has risen from 48% this morning to 57% now.', 4000)).toEqual([]);
		expect(errors('Earlier today coverage was 48%; more clinics have opened since.', 4000)).toEqual(
			[]
		);
	});

	it('leaves percentages of other things alone', () => {
		expect(errors('Our phone lines are 100% staffed tonight.', 4000)).toEqual([]);
		expect(errors('We answered 90% of calls within ten minutes.', 4000)).toEqual([]);
	});
});
