/** Identifiers, session tokens and join codes: random, long enough, stored hashed, typed back forgivingly. */
import { describe, expect, it } from 'vitest';
import { hashToken, newId, newJoinCode, newToken, normaliseJoinCode } from './tokens.ts';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('tokens', () => {
	it('session tokens carry 256 random bits and never repeat', () => {
		const seen = new Set(Array.from({ length: 500 }, newToken));
		expect(seen.size).toBe(500);
		for (const t of seen) expect(Buffer.from(t, 'base64url')).toHaveLength(32);
	});

	it('only a SHA-256 of the token is stored', () => {
		const t = newToken();
		expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashToken(t)).toBe(hashToken(t));
		expect(hashToken(t)).not.toContain(t);
		expect(hashToken(t + 'x')).not.toBe(hashToken(t));
	});

	it('ids carry their prefix and 96 random bits', () => {
		const id = newId('ex');
		expect(id).toMatch(/^ex_[\w-]{16}$/);
		expect(newId('ex')).not.toBe(id);
	});
});

describe('join codes', () => {
	it('are 16 Crockford symbols (80 bits) in four groups, without I, L, O or U', () => {
		for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(CODE);
	});

	it('do not repeat and use every symbol about equally', () => {
		const codes = Array.from({ length: 2000 }, newJoinCode);
		expect(new Set(codes).size).toBe(codes.length);
		const counts = new Map<string, number>();
		for (const c of codes.join('').replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
		expect(counts.size).toBe(32);
		// 32,000 symbols over 32 letters: 1,000 each expected; a biased generator lands far outside this.
		for (const n of counts.values()) {
			expect(n).toBeGreaterThan(800);
			expect(n).toBeLessThan(1200);
		}
	});

	it('are read back whatever the case, spacing and dashes', () => {
		const code = newJoinCode();
		const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
		expect(normaliseJoinCode(typed)).toBe(code);
		expect(normaliseJoinCode(code.replace(/-/g, ''))).toBe(code);
	});

	it('read O as zero and I or L as one', () => {
		expect(normaliseJoinCode('OOOO-IIII-LLLL-oili')).toBe('0000-1111-1111-0111');
	});

	it('refuse the wrong length and letters outside the alphabet', () => {
		expect(normaliseJoinCode('')).toBeUndefined();
		expect(normaliseJoinCode('K7QX-9M2P-4TRW-H8Z')).toBeUndefined();
		expect(normaliseJoinCode('K7QX-9M2P-4TRW-H8ZDA')).toBeUndefined();
		expect(normaliseJoinCode('K7QX-9M2P-4TRW-H8ZU')).toBeUndefined();
		expect(normaliseJoinCode('K7QX-9M2P-4TRW-H8Z!')).toBeUndefined();
		expect(normaliseJoinCode("K7QX-9M2P-4TRW-H8Z'")).toBeUndefined();
	});
});
