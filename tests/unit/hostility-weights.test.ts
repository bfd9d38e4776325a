/**
 * The learned hostility weights (src/lib/scoring/tone/hostility-weights.ts): small enough for the browser, current
 * with their generator and the analyser's evidence where the training corpora are present (skipped otherwise, as
 * tests/unit/tone-corpora.test.ts is), and decoded into the model the generator fitted.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildHostilityModule, trainingDocs } from '../../scripts/gen-hostility-weights.ts';
import { analyseTone } from '../../src/lib/scoring/index.ts';
import * as DATA from '../../src/lib/scoring/tone/hostility-weights.ts';
import {
	decodeHostilityModel,
	gatedHostility
} from '../../src/lib/scoring/tone/learned-hostility.ts';

const FILE = new URL('../../src/lib/scoring/tone/hostility-weights.ts', import.meta.url);

describe('learned hostility weights', () => {
	it('ship as at most 25 KB gzip', () => {
		expect(gzipSync(readFileSync(FILE)).length).toBeLessThanOrEqual(25_000);
	});

	it('decode to one weight per word and per word pair, within the quantisation range', () => {
		const m = decodeHostilityModel(DATA);
		expect(m.words.size).toBe(DATA.WORD_WEIGHTS.length);
		expect(m.words.size).toBeGreaterThan(500);
		expect(m.pairs.size).toBe(DATA.PAIR_WEIGHTS.length);
		for (const { w } of m.words.values()) expect(Math.abs(w)).toBeLessThanOrEqual(47 * DATA.STEP);
		expect(m.evidence.length).toBeGreaterThan(0);
		// words that mark offence weigh more than the words of a correction
		expect(m.words.get('idiot')!.w).toBeGreaterThan(0.3);
		expect(m.words.get('idiot')!.w).toBeGreaterThan(m.words.get('false')?.w ?? 0);
	});

	it('map the probability to 0…floor below the gate and floor…1 above it, keeping the order', () => {
		const m = { ...decodeHostilityModel(DATA), words: new Map(), pairs: new Map(), evidence: [] };
		const logit = (p: number) => Math.log(p / (1 - p));
		const at = (p: number, gate: number, floor: number) =>
			gatedHostility({ ...m, bias: logit(p), gate, floor }, [], []);
		expect(at(0.25, 0.5, 0.04)).toBeCloseTo(0.02, 6);
		expect(at(0.75, 0.5, 0.04)).toBeCloseTo(0.52, 6);
		expect(at(0.1, 0.5, 0.04)).toBeLessThan(at(0.2, 0.5, 0.04));
		expect(at(0.999999, 0.5, 0.04)).toBeCloseTo(1, 5);
		// the shipped gate: nothing below it, the rest rescaled to 0…1
		expect(at(m.gate * 0.9, m.gate, m.floor)).toBe(m.floor * 0.9);
		expect(at((1 + m.gate) / 2, m.gate, m.floor)).toBeCloseTo(m.floor + (1 - m.floor) / 2, 6);
	});

	it('leave corrections, apologies, condolences and help posts at 0, even on the tweet corpora topics', () => {
		for (const text of [
			'Claims that the embassy closed its border crossing are false; the wall of the old building was inspected.',
			'We are sorry for the confusion. The hotline number in our earlier post was wrong; the right one is +00 100 200 300.',
			'A side gate was briefly closed because of a safety check on a damaged wall; the main entrance stayed open.',
			'Migrants at the border crossing can get water and medical help at the consulate.',
			'Our thoughts are with everyone affected by the earthquake. We are deeply saddened by the loss of life.',
			'We will not comment on an open investigation. Women and children are being evacuated first.'
		])
			expect([text, analyseTone(text).hostility]).toEqual([text, 0]);
	});

	it('find the hostility of a reply the cue lists miss', () => {
		expect(analyseTone('Go home yourself, troll.').hostility).toBeGreaterThan(0.05);
	});

	it('are what scripts/gen-hostility-weights.ts makes from the training splits', async (ctx) => {
		const docs = await trainingDocs();
		if (!docs) return ctx.skip();
		expect(docs.length).toBeGreaterThan(20_000);
		expect(
			buildHostilityModule(docs) === readFileSync(FILE, 'utf8'),
			'run: npx tsx scripts/gen-hostility-weights.ts (the analyser or its evidence changed)'
		).toBe(true);
	}, 120_000);
});
