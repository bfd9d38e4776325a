/**
 * Scenario times and durations. Both forms are accepted wherever the format expects a time:
 *   clock  `HH:MM` or `HH:MM:SS` (hours:minutes since the start, e.g. `01:10` = 70 minutes)
 *   units  `90s`, `45m`, `2h`, `1h30m`, `1h 30m 15s`
 * All results are whole seconds of scenario time.
 */
import type { Seconds } from './types.ts';

/** The accepted syntax as one regular expression (shared by the validator and the JSON Schema). */
export const TIME_PATTERN =
	/^(?:\d{1,3}:[0-5]\d(?::[0-5]\d)?|\d{1,3}h(?: ?\d{1,5}m)?(?: ?\d{1,6}s)?|\d{1,5}m(?: ?\d{1,6}s)?|\d{1,6}s)$/;

const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;
const UNITS = /^(?:(\d{1,3})h)? ?(?:(\d{1,5})m)? ?(?:(\d{1,6})s)?$/;

/** Parse `01:10`, `90s`, `45m`, `1h30m` … into seconds; undefined when the text is not a time. */
export function parseTime(text: string): Seconds | undefined {
	if (typeof text !== 'string') return undefined;
	const t = text.trim();
	if (t.length === 0 || t.length > 24 || !TIME_PATTERN.test(t)) return undefined;
	const clock = CLOCK.exec(t);
	if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
	const units = UNITS.exec(t);
	if (!units || (units[1] === undefined && units[2] === undefined && units[3] === undefined))
		return undefined;
	return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds → `HH:MM` (e.g. 3900 → "01:05"), or `HH:MM:SS` when the seconds are not zero. */
export function formatTime(seconds: Seconds): string {
	if (!Number.isFinite(seconds)) return String(seconds);
	const sign = seconds < 0 ? '-' : '';
	const s = Math.round(Math.abs(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const sec = s % 60;
	return `${sign}${pad(h)}:${pad(m)}${sec ? `:${pad(sec)}` : ''}`;
}
