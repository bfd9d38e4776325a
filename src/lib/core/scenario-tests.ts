/**
 * runScenarioTests(scenario): each `tests:` entry's scripted posts run through the real engine with the
 * scenario's seed, to the end of the scenario, exactly as `ddsim run` and the app would play them (conditions,
 * questions, the simulation's corrections). Bounds apply to the exercise report (overall, criteria, objective
 * ids); finding lists to every post.
 */
import type { Bound, Scenario } from '../scenario/types.ts';
import { runHeadless } from './headless.ts';

function holds(b: Bound, v: number): boolean {
	const e = 1e-9;
	switch (b.op) {
		case '>=':
			return v >= b.value - e;
		case '>':
			return v > b.value;
		case '<=':
			return v <= b.value + e;
		case '<':
			return v < b.value;
		case '==':
			return Math.abs(v - b.value) < 1e-6;
	}
}

export function runScenarioTests(
	scenario: Scenario
): { name: string; passed: boolean; failures: string[] }[] {
	return scenario.tests.map((test) => {
		const failures: string[] = [];
		const { report } = runHeadless(scenario, scenario.seed, test.posts);
		for (const [key, bound] of Object.entries(test.expect)) {
			const v =
				key === 'overall'
					? report.overall
					: (report.criteria.find((c) => c.id === key)?.score ??
						report.objectives.find((o) => o.id === key)?.score);
			if (v === undefined) failures.push(`${key}: no such criterion or objective`);
			else if (!holds(bound, v)) failures.push(`${key} ${v.toFixed(3)} is not ${bound.text}`);
		}
		const raised = new Set(report.posts.flatMap((p) => p.findings.map((f) => f.id)));
		for (const id of test.findings.includes)
			if (!raised.has(id as never))
				failures.push(
					`expected finding ${id} was not raised (raised: ${[...raised].join(', ') || 'none'})`
				);
		for (const id of test.findings.excludes)
			if (raised.has(id as never)) failures.push(`finding ${id} was raised but is excluded`);
		return { name: test.name, passed: failures.length === 0, failures };
	});
}
