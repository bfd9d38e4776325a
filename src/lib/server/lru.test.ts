import { describe, expect, it } from 'vitest';
import { Lru } from './lru.ts';

describe('Lru', () => {
	it('keeps at most `max` entries, dropping the least recently used', () => {
		const c = new Lru<number>(3);
		c.set('a', 1).set('b', 2).set('c', 3);
		expect(c.get('a')).toBe(1); // a is now the most recent
		c.set('d', 4);
		expect(c.size).toBe(3);
		expect(c.has('b')).toBe(false);
		expect([c.get('a'), c.get('c'), c.get('d')]).toEqual([1, 3, 4]);
	});

	it('peek does not count as a use; set of an existing key refreshes it', () => {
		const c = new Lru<number>(2);
		c.set('a', 1).set('b', 2);
		expect(c.peek('a')).toBe(1);
		c.set('c', 3); // a was only peeked: it goes
		expect(c.has('a')).toBe(false);
		c.set('b', 20).set('d', 4); // b refreshed, c goes
		expect(c.has('c')).toBe(false);
		expect(c.get('b')).toBe(20);
	});

	it('refuses a size that is not a whole number ≥ 1', () => {
		expect(() => new Lru(0)).toThrow(/size ≥ 1/);
		expect(() => new Lru(Number.NaN)).toThrow(/size ≥ 1/);
	});
});
