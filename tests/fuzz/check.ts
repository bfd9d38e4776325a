/**
 * One fuzz case end to end: compile (must never throw nor report an internal error), and, when the scenario
 * compiles clean, play it to the end with the case's posts (must never throw and must end). Times are
 * measured for the runner's report (`npm run fuzz`), never asserted in `npm test`.
 */
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { replay } from '../../src/lib/core/engine.ts';
import type { Input } from '../../src/lib/core/types.ts';
import type { FuzzCase } from './mutate.ts';

export interface CaseResult {
	compileMs: number;
	/** The compiler threw (a bug) or reported SC199 (an internal error caught by the compiler). */
	compilerError?: string;
	clean: boolean;
	runMs?: number;
	/** Scenario hours played, to scale the run time to a 3-hour scenario. */
	hours?: number;
	runError?: string;
	ended?: boolean;
}

export function postsAsInputs(c: FuzzCase): Input[] {
	return c.posts.map((p, i) => ({
		kind: 'post' as const,
		t: p.at,
		id: `p${i + 1}`,
		text: p.text,
		...(p.replyTo ? { replyTo: p.replyTo } : {})
	}));
}

export function checkCase(c: FuzzCase): CaseResult {
	const t0 = performance.now();
	let compiled: ReturnType<typeof compileScenario>;
	try {
		compiled = compileScenario(c.source, `fuzz-${c.seed}-${c.index}.yaml`);
	} catch (e) {
		return {
			compileMs: performance.now() - t0,
			compilerError: String((e as Error)?.stack ?? e),
			clean: false
		};
	}
	const compileMs = performance.now() - t0;
	const internal = compiled.diagnostics.find((d) => d.code === 'SC199');
	if (internal) return { compileMs, compilerError: internal.message, clean: false };
	const scenario = compiled.scenario;
	if (!scenario) return { compileMs, clean: false };
	const t1 = performance.now();
	try {
		const log: Input[] = [...postsAsInputs(c), { kind: 'tick', t: scenario.duration }];
		const { state } = replay(scenario, scenario.seed, log);
		return {
			compileMs,
			clean: true,
			runMs: performance.now() - t1,
			hours: scenario.duration / 3600,
			ended: state.ended
		};
	} catch (e) {
		return {
			compileMs,
			clean: true,
			runMs: performance.now() - t1,
			hours: scenario.duration / 3600,
			runError: String((e as Error)?.stack ?? e).slice(0, 2000)
		};
	}
}
