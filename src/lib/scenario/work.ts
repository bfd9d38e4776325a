/**
 * The engine's work budget (the model; the meter is src/lib/core/budget.ts). Work is counted in units that grow with what the simulation does, never in
 * wall-clock time, so the budget gives the same answer on every machine and in every replay. A unit is
 * calibrated to about one microsecond on the reference machine (2 cores; `npm run bench engine` prints the
 * ratio): per scenario minute, a fixed part, the spread model per claim × organic audience (and its
 * cross-audience term), amplification per claim × fired event, and engagement per live post; per step, the
 * scripted events scanned.
 *
 * The budget is 2 million units (≈ 2 s) per 3 hours of scenario time. The validator refuses a scenario whose
 * run without posts would use more than 3/4 of it (SC111), so every scenario that validates clean runs to
 * the end within budget; if a step or a run ever exceeds it anyway (an unusual flood of posts), the engine
 * stops with a clear EngineError (RT101) instead of freezing a server or a browser tab.
 */
import type { Scenario } from './types.ts';

/** Work units allowed per 3 hours of scenario time, for one step or one whole run. */
export const WORK_PER_3H = 2_000_000;
/** The share of the budget a scenario may use without any post (SC111). */
export const STATIC_SHARE = 0.75;

export function workLimit(scenario: Pick<Scenario, 'duration'>): number {
	return Math.round(WORK_PER_3H * Math.max(1, scenario.duration / (3 * 3600)));
}

export function organicCount(scenario: Pick<Scenario, 'audiences'>) {
	let n = 0;
	for (const a of scenario.audiences) if (a.kind === 'organic') n++;
	return n;
}

/** Work of one scenario minute with `c` claims, `a` organic audiences, `fired` events fired so far and
 * `engagement` live posts. */
export function perMinute(c: number, a: number, fired: number, engagement: number) {
	return (
		200 + 16 * c * a + Math.ceil((c * a * a) / 10) + Math.ceil((c * fired) / 4) + 3 * engagement
	);
}

/** Work of scanning `n` scripted events for the ones due. */
export const scanWork = (n: number) => Math.ceil(n / 10);

/** Upper bound of the work of a whole run without posts (the validator's SC111 check). */
export function runWorkBound(scenario: Scenario): number {
	const minutes = Math.ceil(scenario.duration / 60);
	const c = scenario.claims.length;
	const a = organicCount(scenario);
	const events = scenario.events.length;
	return minutes * (perMinute(c, a, events, 0) + scanWork(events)) + scenario.events.length * 20;
}
