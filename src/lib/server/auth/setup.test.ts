/** First-run setup: who counts as the local machine, and the one-time token. */
import { describe, expect, it, vi } from 'vitest';
import { isLoopback, setupToken, tokenMatches } from './setup.ts';

describe('isLoopback', () => {
	it('accepts the loopback addresses only', () => {
		for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a), a).toBe(true);
		for (const a of [
			'10.0.0.1',
			'192.168.1.5',
			'::ffff:10.0.0.1',
			'',
			'127.0.0.1.evil',
			'localhost'
		])
			expect(isLoopback(a), a).toBe(false);
	});
});

describe('setup token', () => {
	it('matches nothing before one is issued, then only itself', () => {
		expect(tokenMatches('anything')).toBe(false);
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const t = setupToken();
		expect(log).toHaveBeenCalledTimes(1);
		expect(log.mock.calls[0][0]).toContain(`/academy/setup?token=${t}`);
		expect(setupToken()).toBe(t);
		expect(log).toHaveBeenCalledTimes(1);
		log.mockRestore();
		expect(Buffer.from(t, 'base64url')).toHaveLength(16);
		expect(tokenMatches(t)).toBe(true);
		expect(tokenMatches(t.slice(0, -1))).toBe(false);
		expect(tokenMatches(t + 'x')).toBe(false);
		expect(tokenMatches(t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase())).toBe(false);
		expect(tokenMatches('')).toBe(false);
		expect(tokenMatches(null)).toBe(false);
		expect(tokenMatches(undefined)).toBe(false);
	});
});
