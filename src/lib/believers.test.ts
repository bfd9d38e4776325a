import { describe, expect, it } from 'vitest';
import { falseBelievers, falseBelieversSeries, falseClaimIds } from './believers';

const scenario = {
	claims: [
		{ id: 'closed', truth: false },
		{ id: 'open', truth: true },
		{ id: 'looting', truth: false }
	]
};
const sample = (closed: number, open: number, looting?: number) => ({
	claims: [
		{ claim: 'closed', believers: closed },
		{ claim: 'open', believers: open },
		...(looting === undefined ? [] : [{ claim: 'looting', believers: looting }])
	]
});

describe('believers of false claims', () => {
	it('counts only the claims that are not true', () => {
		expect([...falseClaimIds(scenario)].sort()).toEqual(['closed', 'looting']);
		expect(falseBelievers(falseClaimIds(scenario), sample(1200, 9000, 300.5))).toBe(1500.5);
	});
	it('is zero without a sample or without false claims', () => {
		expect(falseBelievers(falseClaimIds(scenario), undefined)).toBe(0);
		expect(
			falseBelievers(falseClaimIds({ claims: [{ id: 'open', truth: true }] }), sample(5, 5))
		).toBe(0);
	});
	it('gives one value per metric sample, in order', () => {
		expect(falseBelieversSeries(scenario, [sample(0, 1), sample(10, 1, 5), sample(3, 1)])).toEqual([
			0, 15, 3
		]);
	});
});
