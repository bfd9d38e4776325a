/**
 * The compiler's fast path (src/lib/scenario/fast-read.ts) against the full `yaml` path on seeded mutations of
 * the shipped scenarios (tests/fuzz): the same diagnostics, positions and messages, the same compiled scenario.
 * A failing case prints its seed and index; `fuzzCase(shippedScenarios(), seed, index)` rebuilds it.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { fuzzCase, shippedScenarios } from '../fuzz/mutate.ts';

const SEED = 16_2026;
const CASES = 120;

describe('the fast path on fuzzed scenarios', () => {
	it(`${CASES} mutated scenarios compile to the same result either way`, () => {
		const shipped = shippedScenarios();
		const differ: string[] = [];
		let clean = 0;
		for (let i = 0; i < CASES; i++) {
			const c = fuzzCase(shipped, SEED, i);
			const fast = compileScenario(c.source, 'fuzz.yaml');
			const full = compileScenario(c.source, 'fuzz.yaml', { fastPath: false });
			if (JSON.stringify(fast) !== JSON.stringify(full)) differ.push(`seed ${SEED} index ${i}`);
			if (full.scenario) clean++;
		}
		expect(differ).toEqual([]);
		expect(clean).toBeGreaterThan(CASES / 10);
	}, 600_000);
});
