import { describe, expect, it } from 'vitest';
import { humanDuration, pct, ratingLabel, RATING_LABELS } from './format';

describe('humanDuration', () => {
	it('reads naturally', () => {
		expect(humanDuration(10800)).toBe('3 h');
		expect(humanDuration(5400)).toBe('1 h 30 min');
		expect(humanDuration(2700)).toBe('45 min');
	});
});

describe('pct', () => {
	it('shows a 0–1 score as a whole number out of 100', () => {
		expect(pct(0.734)).toBe('73');
		expect(pct(0.735)).toBe('74');
		expect(pct(0)).toBe('0');
		expect(pct(1)).toBe('100');
	});
	it('shows a dash for a missing score', () => {
		expect(pct(undefined)).toBe('—');
		expect(pct(NaN)).toBe('—');
	});
});

describe('rating labels', () => {
	it('names every HSEEP rating', () => {
		expect(ratingLabel('P')).toBe('Performed');
		expect(ratingLabel('U')).toBe('Unable to perform');
		expect(Object.keys(RATING_LABELS)).toEqual(['P', 'S', 'M', 'U']);
	});
});
