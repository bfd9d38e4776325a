/** Token buckets: a burst is allowed, then one request per refill interval, per key. */
import { describe, expect, it } from 'vitest';
import { LIMITS, RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
	it('allows the burst, then asks to wait until a token is back', () => {
		const l = new RateLimiter({ burst: 3, perSecond: 0.5 });
		const t = 1_000_000;
		expect([l.take('a', t), l.take('a', t), l.take('a', t)]).toEqual([0, 0, 0]);
		expect(l.take('a', t)).toBe(2);
		expect(l.take('a', t + 1000)).toBe(1);
		expect(l.take('a', t + 2000)).toBe(0);
	});

	it('keeps keys apart', () => {
		const l = new RateLimiter({ burst: 1, perSecond: 1 });
		expect(l.take('10.0.0.1', 0)).toBe(0);
		expect(l.take('10.0.0.1', 0)).toBe(1);
		expect(l.take('10.0.0.2', 0)).toBe(0);
	});

	it('refills no further than the burst after a long pause', () => {
		const l = new RateLimiter({ burst: 2, perSecond: 1 });
		l.take('k', 0);
		l.take('k', 0);
		const later = 3_600_000;
		expect([l.take('k', later), l.take('k', later)]).toEqual([0, 0]);
		expect(l.take('k', later)).toBeGreaterThan(0);
	});

	it('does not count refused requests as tokens', () => {
		const l = new RateLimiter({ burst: 1, perSecond: 1 });
		l.take('k', 0);
		for (let i = 0; i < 10; i++) expect(l.take('k', 0)).toBe(1);
		expect(l.take('k', 1000)).toBe(0);
	});

	it('slows login guessing to five a minute after ten tries', () => {
		const l = new RateLimiter(LIMITS.login);
		let allowed = 0;
		for (let s = 0; s < 600; s++) if (l.take('x', s * 1000) === 0) allowed++;
		// Ten minutes: the burst of ten plus about fifty refills.
		expect(allowed).toBeGreaterThanOrEqual(59);
		expect(allowed).toBeLessThanOrEqual(61);
	});
});
