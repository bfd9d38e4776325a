/** The scenario clock: wall time to scenario time through pauses, speed changes and jumps. */
import { describe, expect, it } from 'vitest';
import { clockNow, createClock, jumpTo, pause, setSpeed, start } from './clock.ts';

describe('clock', () => {
	it('maps wall time to scenario time through pauses and speed changes', () => {
		let c = createClock(3 * 3600);
		expect(clockNow(c, 1000)).toBe(0);
		c = start(c, 1000);
		expect(clockNow(c, 11_000)).toBe(10);
		c = setSpeed(c, 11_000, 20);
		expect(clockNow(c, 12_000)).toBe(30);
		c = pause(c, 12_000);
		expect(clockNow(c, 99_000)).toBe(30);
		c = jumpTo(start(c, 99_000), 99_000, 35 * 60);
		expect(clockNow(c, 99_000)).toBe(35 * 60);
		c = setSpeed(c, 99_000, 'max');
		expect(clockNow(c, 10_000_000)).toBe(3 * 3600);
	});
});
