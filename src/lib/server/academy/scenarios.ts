/** Each exercise's scenario, compiled once per process from the YAML snapshot stored with it. */
import { compileScenario } from '../../scenario/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { Exercise } from '../repo/exercises.ts';

const cache = new Map<string, Scenario>();

export function scenarioOf(ex: Pick<Exercise, 'id' | 'scenarioYaml' | 'scenarioFile'>): Scenario {
	let s = cache.get(ex.id);
	if (!s) {
		const r = compileScenario(ex.scenarioYaml, ex.scenarioFile);
		if (!r.scenario)
			throw new Error(`The stored scenario of exercise ${ex.id} no longer compiles.`);
		s = r.scenario;
		cache.set(ex.id, s);
	}
	return s;
}
