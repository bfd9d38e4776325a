/** The SEIZ rumour model: accounts are conserved, corrections slow the spread, truth spreads slower. */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, initial, paramsFor, seed, stepMinute, type Compartments } from './seiz.ts';
import { stream } from './rng.ts';

const total = (c: Compartments) => c.S + c.E + c.I + c.Z;
function run(minutes: number, correction: number, rand?: () => number) {
	let c = seed(initial(100_000), 50);
	const k = paramsFor(0.7, 0.5, false);
	for (let m = 0; m < minutes; m++) c = stepMinute(c, k, { pressure: 0, correction }, rand);
	return c;
}

describe('SEIZ', () => {
	it('starts everyone susceptible; seeding moves accounts from S to I, never more than S', () => {
		expect(initial(1000)).toEqual({ S: 1000, E: 0, I: 0, Z: 0, volume: 0 });
		expect(seed(initial(1000), 30)).toMatchObject({ S: 970, I: 30, volume: 30 });
		expect(seed(initial(10), 30)).toMatchObject({ S: 0, I: 10 });
		expect(seed(initial(10), -5)).toMatchObject({ S: 10, I: 0 });
	});

	it('keeps the audience size in both modes, with no negative compartment', () => {
		for (const rand of [undefined, stream(4, 'spread')]) {
			const c = run(180, 0, rand);
			expect(total(c)).toBeCloseTo(100_000, 6);
			for (const v of [c.S, c.E, c.I, c.Z]) expect(v).toBeGreaterThanOrEqual(0);
		}
	});

	it('a rumour grows without a correction; a correction leaves fewer believers and more skeptics', () => {
		const free = run(120, 0);
		const corrected = run(120, 0.8);
		expect(free.I).toBeGreaterThan(50);
		expect(corrected.I).toBeLessThan(free.I);
		expect(corrected.Z / total(corrected)).toBeGreaterThan(0);
	});

	it('scales contact with virality and susceptibility; a true claim spreads at truthFactor', () => {
		const low = paramsFor(0.1, 0.1, false);
		const high = paramsFor(0.9, 0.9, false);
		expect(high.beta).toBeGreaterThan(low.beta);
		expect(paramsFor(0.5, 0.5, true).beta).toBeCloseTo(
			paramsFor(0.5, 0.5, false).beta * DEFAULTS.truthFactor,
			10
		);
		expect(
			stepMinute({ S: 0, E: 0, I: 0, Z: 0, volume: 3 }, high, { pressure: 0, correction: 0 })
		).toEqual({ S: 0, E: 0, I: 0, Z: 0, volume: 0 });
	});
});
