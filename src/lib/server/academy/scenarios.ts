/**
 * Each exercise's scenario, compiled once per process from the YAML snapshot stored with it. `loadScenario`
 * compiles in the worker (src/lib/server/academy/compile-pool.ts), off the event loop; request paths call it
 * first, then read the cached value with `scenarioOf`.
 */
import { compileScenario } from '../../scenario/index.ts';
import { restoreDicts } from '../../scenario/compile.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { Exercise } from '../repo/exercises.ts';
import { compileOffThread } from './compile-pool.ts';
import { Lru } from '../lru.ts';
import { config } from '../config.ts';

type Source = Pick<Exercise, 'id' | 'scenarioYaml' | 'scenarioFile'>;

/** Compiled scenarios by exercise (DDSIM_SCENARIO_CACHE of them; a dropped one is compiled again). */
const cache = new Lru<Scenario>(config().scenarioCache);
const loading = new Map<string, Promise<Scenario>>();

function broken(id: string) {
	return new Error(`The stored scenario of exercise ${id} no longer compiles.`);
}

/** The compiled scenario of an exercise (cached; compiled on this thread if not loaded yet). */
export function scenarioOf(ex: Source): Scenario {
	let s = cache.get(ex.id);
	if (!s) {
		const r = compileScenario(ex.scenarioYaml, ex.scenarioFile);
		if (!r.scenario) throw broken(ex.id);
		s = r.scenario;
		cache.set(ex.id, s);
	}
	return s;
}

/** Load an exercise's scenario into the cache, compiling it in the worker (first use after a restart). */
export async function loadScenario(ex: Source): Promise<Scenario> {
	const hit = cache.get(ex.id);
	if (hit) return hit;
	let p = loading.get(ex.id);
	if (!p) {
		p = compileOffThread(ex.scenarioYaml, ex.scenarioFile)
			.then((r) => {
				if ('timedOut' in r || !r.scenario) throw broken(ex.id);
				const s = restoreDicts(r.scenario);
				cache.set(ex.id, s);
				return s;
			})
			.finally(() => loading.delete(ex.id));
		loading.set(ex.id, p);
	}
	return p;
}

/** Remember a scenario compiled elsewhere (the worker, at exercise creation). */
export function rememberScenario(exerciseId: string, s: Scenario) {
	cache.set(exerciseId, s);
}
