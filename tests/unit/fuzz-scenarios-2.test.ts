/** Second half of the seeded scenario fuzz suite (see fuzz-scenarios.test.ts). */
import { describe, expect, it } from 'vitest';
import { CASES_PER_FILE, fuzzRange } from '../fuzz/suite.ts';

describe('scenario fuzz (second half)', () => {
	it(`${CASES_PER_FILE} more mutated scenarios`, () => {
		const { clean, problems } = fuzzRange(CASES_PER_FILE, CASES_PER_FILE);
		expect(problems).toEqual([]);
		expect(clean).toBeGreaterThan(CASES_PER_FILE / 10);
	}, 900_000);
});
