/**
 * The one timestamp format of the exercise screen, the feed and the debrief: `HH:MM` on the scenario's local
 * clock when the scenario sets one (`local_clock: { start: "02:09" }`), otherwise elapsed scenario time.
 */
import { formatTime } from './time.ts';
import type { Scenario, Seconds } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM` for scenario time `t`: local time of day, or elapsed time when there is no local clock. */
export function clockTime(scenario: Pick<Scenario, 'localClock'>, t: Seconds): string {
	const whole = Math.floor(Math.max(0, t) / 60) * 60;
	const c = scenario.localClock;
	if (!c) return formatTime(whole);
	const s = (c.start + whole) % 86400;
	return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;
}

/** "Porto Veyra time" / "scenario time": what the clock shows, for labels. */
export function clockLabel(scenario: Pick<Scenario, 'localClock'>): string {
	const c = scenario.localClock;
	return c ? `${c.label ?? 'local'} time` : 'scenario time';
}
