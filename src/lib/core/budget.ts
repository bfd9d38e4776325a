/** The engine's work meter and its errors; the work model and the budget are in src/lib/scenario/work.ts. */
import type { Scenario } from '../scenario/types.ts';
import { organicCount, perMinute } from '../scenario/work.ts';
import type { SessionState } from './state.ts';

export { workLimit, scanWork } from '../scenario/work.ts';

export type EngineErrorCode = 'RT101' | 'RT102';

/** The engine refusing to go on: too much work (RT101) or an input it cannot apply (RT102). */
export class EngineError extends Error {
	constructor(
		readonly code: EngineErrorCode,
		message: string
	) {
		super(`${code}: ${message}`);
		this.name = 'EngineError';
	}
}

export class Meter {
	work = 0;
	constructor(
		readonly kind: 'step' | 'run',
		readonly limit: number
	) {}
	add(units: number) {
		this.work += units;
		if (this.work > this.limit)
			throw new EngineError(
				'RT101',
				`this scenario needs more simulation work than one ${this.kind} may use (${this.limit.toLocaleString('en')} units); ` +
					'its author should reduce the number of claims, audiences or events'
			);
	}
}

/** Work of one scenario minute in this state. */
export function minuteWork(scenario: Scenario, s: SessionState): number {
	return perMinute(
		scenario.claims.length,
		organicCount(scenario),
		s.fired.length,
		s.engagement.length
	);
}
