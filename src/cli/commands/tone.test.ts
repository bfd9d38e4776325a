/** `ddsim tone`: one JSON object of tone dimensions per input line. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { run as tone } from './tone.ts';

describe('ddsim tone', () => {
	it('prints one JSON object per input line', async () => {
		const io = memoryIo({}, 'We are deeply saddened.\n\nlol ok\n');
		expect(await tone([], io)).toBe(0);
		const lines = io.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(2);
		expect(Object.keys(lines[0]).sort()).toEqual([
			'certainty',
			'empathy',
			'formality',
			'hostility',
			'politeness',
			'valence'
		]);
		expect(lines[0].empathy).toBeGreaterThan(lines[1].empathy);
	});
	it('--jsonl reads {"text"} objects and copies other fields', async () => {
		const io = memoryIo({}, '{"id":7,"text":"You are pathetic liars."}\n');
		expect(await tone(['--jsonl'], io)).toBe(0);
		const o = JSON.parse(io.stdout);
		expect(o.id).toBe(7);
		expect(o.hostility).toBeGreaterThan(0.5);
	});
});
