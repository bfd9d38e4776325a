/**
 * Constant-time lookups into a compiled scenario (events by id, personas by id, audiences by id), built once
 * per scenario object and cached beside it. The engine and the simulation use them instead of scanning lists,
 * so a scenario with thousands of events costs time in proportion to what happens, not its square.
 */
import type { Audience, Persona, Scenario, ScenarioEvent } from './types.ts';

export interface ScenarioIndex {
	events: Map<string, ScenarioEvent>;
	personas: Map<string, Persona>;
	audiences: Map<string, Audience>;
	/** Position of each event in `scenario.events` (sorted by time). */
	order: Map<string, number>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function lookup(s: Scenario): ScenarioIndex {
	let ix = cache.get(s);
	if (!ix) {
		ix = {
			events: new Map(s.events.map((e) => [e.id, e])),
			personas: new Map(s.personas.map((p) => [p.id, p])),
			audiences: new Map(s.audiences.map((a) => [a.id, a])),
			order: new Map(s.events.map((e, i) => [e.id, i]))
		};
		cache.set(s, ix);
	}
	return ix;
}
