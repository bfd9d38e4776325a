/** Display helpers shared by pages. */

/** 10800 → "3 h", 5400 → "1 h 30 min", 2700 → "45 min". */
export function humanDuration(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.round((seconds % 3600) / 60);
	if (h && m) return `${h} h ${m} min`;
	if (h) return `${h} h`;
	return `${m} min`;
}
