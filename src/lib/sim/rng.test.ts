/** Seeded streams: keyed, independent, reproducible; the draws have the sizes their models assume. */
import { describe, expect, it } from 'vitest';
import { binomial, gauss, pick, poisson, stream } from './rng.ts';

const draws = (r: () => number, n: number) => Array.from({ length: n }, r);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('stream', () => {
	it('is the same for the same key and different for another seed, name or key', () => {
		expect(draws(stream(1, 'spread', 'a', 3), 5)).toEqual(draws(stream(1, 'spread', 'a', 3), 5));
		const base = draws(stream(1, 'spread', 'a', 3), 5);
		expect(draws(stream(2, 'spread', 'a', 3), 5)).not.toEqual(base);
		expect(draws(stream(1, 'reactions', 'a', 3), 5)).not.toEqual(base);
		expect(draws(stream(1, 'spread', 'a', 4), 5)).not.toEqual(base);
		for (const x of base) expect(x >= 0 && x < 1).toBe(true);
	});
});

describe('draws', () => {
	it('poisson: 0 for λ ≤ 0, mean near λ for small and large λ', () => {
		const r = stream(7, 'test');
		expect(poisson(r, 0)).toBe(0);
		expect(poisson(r, -3)).toBe(0);
		expect(mean(Array.from({ length: 4000 }, () => poisson(r, 3)))).toBeCloseTo(3, 0);
		const big = Array.from({ length: 2000 }, () => poisson(r, 400));
		expect(Math.abs(mean(big) - 400)).toBeLessThan(5);
		expect(big.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
	});

	it('binomial: within 0…n, exact at the edges, mean near n·p', () => {
		const r = stream(7, 'binomial');
		expect(binomial(r, 0, 0.5)).toBe(0);
		expect(binomial(r, 100, 0)).toBe(0);
		expect(binomial(r, 100, 1)).toBe(100);
		const xs = Array.from({ length: 2000 }, () => binomial(r, 1_000_000, 0.01));
		expect(Math.abs(mean(xs) - 10_000) / 10_000).toBeLessThan(0.01);
		const small = Array.from({ length: 2000 }, () => binomial(r, 50, 0.1));
		expect(small.every((x) => x >= 0 && x <= 50)).toBe(true);
		expect(mean(small)).toBeCloseTo(5, 0);
	});

	it('gauss has mean 0 and spread 1; pick takes every item and only items', () => {
		const r = stream(9, 'gauss');
		const g = Array.from({ length: 4000 }, () => gauss(r));
		expect(Math.abs(mean(g))).toBeLessThan(0.1);
		expect(Math.sqrt(mean(g.map((x) => x * x)))).toBeCloseTo(1, 0);
		const seen = new Set(Array.from({ length: 200 }, () => pick(r, ['a', 'b', 'c'])));
		expect([...seen].sort()).toEqual(['a', 'b', 'c']);
	});
});
