/** Display helpers shared by pages: durations, scores out of 100, HSEEP rating labels. Pure. */
import type { Rating } from '$lib/scoring/types';

/** 10800 → "3 h", 5400 → "1 h 30 min", 2700 → "45 min". */
export function humanDuration(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.round((seconds % 3600) / 60);
	if (h && m) return `${h} h ${m} min`;
	if (h) return `${h} h`;
	return `${m} min`;
}

/** A 0–1 score as a whole number out of 100: 0.734 → "73"; "—" when there is no score. */
export function pct(x: number | undefined): string {
	return x === undefined || !Number.isFinite(x) ? '—' : String(Math.round(x * 100));
}

/** The HSEEP evaluation ratings in words (src/lib/scoring/types.ts). */
export const RATING_LABELS: Record<Rating, string> = {
	P: 'Performed',
	S: 'Some challenges',
	M: 'Major challenges',
	U: 'Unable to perform'
};

/** "P" → "Performed". */
export function ratingLabel(r: Rating): string {
	return RATING_LABELS[r];
}
