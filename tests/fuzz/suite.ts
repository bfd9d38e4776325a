/** The part of the fuzz suite that `npm test` runs (tests/unit/fuzz-scenarios*.test.ts): light mutations only. */
import { checkCase } from './check.ts';
import { fuzzCase, shippedScenarios } from './mutate.ts';

export const FUZZ_SEED = 20261201;
export const CASES_PER_FILE = 1500;

export function fuzzRange(from: number, count: number) {
	const shipped = shippedScenarios();
	let clean = 0;
	const problems: string[] = [];
	for (let i = from; i < from + count; i++) {
		const c = fuzzCase(shipped, FUZZ_SEED, i);
		const r = checkCase(c);
		const where = `seed ${FUZZ_SEED} index ${i} (${c.base})`;
		if (r.compilerError)
			problems.push(`compiler error, ${where}: ${r.compilerError.split('\n')[0]}`);
		if (r.clean) {
			clean++;
			if (r.runError) problems.push(`engine error, ${where}: ${r.runError.split('\n')[0]}`);
			else if (!r.ended) problems.push(`run did not end, ${where}`);
		}
	}
	return { clean, problems };
}
