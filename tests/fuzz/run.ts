/**
 * `npm run fuzz [-- --cases N --seed S --from I --light]`: the long fuzz run on demand (default 20,000 cases,
 * including the scale-up mutations that `npm test` leaves out; `--light` leaves them out here too).
 * Prints counts and timings against the budgets: validation of any input ≤ 1 s; a clean scenario played to
 * the end ≤ 2 s per 3 hours of scenario time. Exit 1 on any compiler crash, engine error, unfinished run
 * or budget overrun, printing the seed and index that reproduce it.
 */
import { checkCase } from './check.ts';
import { fuzzCase, shippedScenarios } from './mutate.ts';

function arg(name: string, dflt: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
const cases = arg('cases', 20_000);
const seed = arg('seed', 20261130);
const from = arg('from', 0);
const shipped = shippedScenarios();
const VALIDATE_BUDGET_MS = 1000;
const RUN_BUDGET_MS_PER_3H = 2000;

let clean = 0;
let failures = 0;
const compileTimes: number[] = [];
const runTimes: number[] = [];
const t0 = performance.now();
for (let i = from; i < from + cases; i++) {
	const c = fuzzCase(shipped, seed, i, !process.argv.includes('--light'));
	const r = checkCase(c);
	compileTimes.push(r.compileMs);
	const where = `seed ${seed} index ${i} (from ${c.base})`;
	if (r.compilerError) {
		failures++;
		console.log(`✗ compiler error, ${where}: ${r.compilerError.split('\n')[0]}`);
	}
	if (r.compileMs > VALIDATE_BUDGET_MS) {
		failures++;
		console.log(`✗ validation took ${r.compileMs.toFixed(0)} ms, ${where}`);
	}
	if (r.clean) {
		clean++;
		const per3h = ((r.runMs ?? 0) / Math.max(r.hours ?? 3, 1 / 60)) * 3;
		runTimes.push(per3h);
		if (r.runError) {
			failures++;
			console.log(`✗ engine error, ${where}: ${r.runError.split('\n').slice(0, 3).join(' | ')}`);
		} else if (!r.ended) {
			failures++;
			console.log(`✗ run did not end, ${where}`);
		} else if (per3h > RUN_BUDGET_MS_PER_3H) {
			failures++;
			console.log(
				`✗ run took ${r.runMs!.toFixed(0)} ms for ${r.hours} h (${per3h.toFixed(0)} ms per 3 h), ${where}`
			);
		}
	}
	if ((i - from + 1) % (process.env.FUZZ_PROGRESS ? 1 : 5000) === 0)
		console.log(
			`… ${i - from + 1} cases, ${clean} clean, ${failures} failures, ${((performance.now() - t0) / 1000).toFixed(0)} s`
		);
}
const q = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
console.log(
	`\nfuzz: ${cases} cases (seed ${seed}), ${clean} compiled clean and were played to the end`
);
console.log(
	`validation ms: p50 ${q(compileTimes, 0.5).toFixed(1)}  p99 ${q(compileTimes, 0.99).toFixed(1)}  max ${q(compileTimes, 1).toFixed(1)}  (budget ${VALIDATE_BUDGET_MS})`
);
console.log(
	`run ms per 3 h of scenario: p50 ${q(runTimes, 0.5).toFixed(1)}  p99 ${q(runTimes, 0.99).toFixed(1)}  max ${q(runTimes, 1).toFixed(1)}  (budget ${RUN_BUDGET_MS_PER_3H})`
);
console.log(`${cases - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
