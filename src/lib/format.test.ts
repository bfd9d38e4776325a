import { describe, expect, it } from 'vitest';
import { humanDuration } from './format';

describe('humanDuration', () => {
	it('reads naturally', () => {
		expect(humanDuration(10800)).toBe('3 h');
		expect(humanDuration(5400)).toBe('1 h 30 min');
		expect(humanDuration(2700)).toBe('45 min');
	});
});
