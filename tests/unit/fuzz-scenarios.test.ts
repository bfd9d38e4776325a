/**
 * The seeded scenario fuzz suite (tests/fuzz): mutated copies of the shipped scenarios must never crash the
 * compiler, and every one that validates clean must play to the end in the engine (within its work budget,
 * src/lib/scenario/work.ts) with a few posts. A failing case prints its seed and index; reproduce it with
 * `npm run fuzz -- --light --seed S --from I --cases 1`. The long run with timings is `npm run fuzz`.
 * Split over two files so the halves run in parallel.
 */
import { describe, expect, it } from 'vitest';
import { CASES_PER_FILE, fuzzRange } from '../fuzz/suite.ts';

describe('scenario fuzz (first half)', () => {
	it(`${CASES_PER_FILE} mutated scenarios: the compiler never fails, clean ones play to the end`, () => {
		const { clean, problems } = fuzzRange(0, CASES_PER_FILE);
		expect(problems).toEqual([]);
		// the mutations must keep reaching the engine, or the suite tests nothing there
		expect(clean).toBeGreaterThan(CASES_PER_FILE / 10);
	}, 900_000);
});
