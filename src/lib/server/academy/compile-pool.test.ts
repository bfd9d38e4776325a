/**
 * The compile worker: the time limit counts compilation only (not the worker's start-up, which takes seconds
 * on a busy machine), and a worker terminated after a time-out never fails the next upload (its late 'exit'
 * once rejected the job its replacement was running: "The scenario compiler stopped unexpectedly").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileOffThread } from './compile-pool.ts';
import { generateScenario } from '../../../../tests/bench/validate.bench.ts';

const QUAKE = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');

describe('compileOffThread', () => {
	it('starts its worker outside the time limit, times out a long compile, then serves the next upload', async () => {
		// A fresh worker loads the whole compiler first; a small limit still leaves a tiny file its answer.
		const tiny = await compileOffThread('format: nope\n', 'tiny.yaml', 2_000);
		expect('timedOut' in tiny).toBe(false);
		if (!('timedOut' in tiny)) expect(tiny.diagnostics[0]?.severity).toBe('error');
		// A 10,000-line scenario cannot compile in 1 ms: the worker is terminated and the author told so.
		const big = await compileOffThread(generateScenario(10_000), 'big.yaml', 1);
		expect(big).toEqual({ timedOut: true, limitMs: 1 });
		// Straight after, in a new worker, a good scenario compiles (it used to be rejected by the old
		// worker's exit).
		const next = await compileOffThread(QUAKE, 'quake.yaml', 60_000);
		expect('timedOut' in next).toBe(false);
		if (!('timedOut' in next)) expect(next.scenario?.id).toBe('quake-consulate-rumour');
	});
});
