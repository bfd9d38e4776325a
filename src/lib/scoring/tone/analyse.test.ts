import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseTone } from '../index.ts';
import { buildLexiconModule } from '../../../../scripts/gen-vader-lexicon.mjs';

const rows = readFileSync('tests/fixtures/calibration.jsonl', 'utf8')
	.trim()
	.split('\n')
	.map((l) => JSON.parse(l));
const DIMS = ['valence', 'empathy', 'politeness', 'formality', 'hostility', 'certainty'] as const;

function ranks(a: number[]): number[] {
	const idx = a.map((v, i) => [v, i]).sort((x, y) => x[0] - y[0]);
	const r = new Array<number>(a.length);
	for (let i = 0; i < idx.length;) {
		let j = i;
		while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
		for (let k = i; k <= j; k++) r[idx[k][1]] = (i + j) / 2 + 1;
		i = j + 1;
	}
	return r;
}

export function spearman(a: number[], b: number[]): number {
	const ra = ranks(a);
	const rb = ranks(b);
	const n = a.length;
	const ma = ra.reduce((s, x) => s + x, 0) / n;
	const mb = rb.reduce((s, x) => s + x, 0) / n;
	let num = 0;
	let da = 0;
	let db = 0;
	for (let i = 0; i < n; i++) {
		num += (ra[i] - ma) * (rb[i] - mb);
		da += (ra[i] - ma) ** 2;
		db += (rb[i] - mb) ** 2;
	}
	return num / Math.sqrt(da * db);
}

/** Floors documented in docs/scoring.md#agreement (measured values minus a margin). */
const FLOORS: Record<(typeof DIMS)[number], number> = {
	valence: 0.6,
	empathy: 0.65,
	politeness: 0.7,
	formality: 0.7,
	hostility: 0.68,
	certainty: 0.5
};

describe('tone calibration (hand-labelled posts)', () => {
	it('has at least 220 labelled posts across registers', () => {
		expect(rows.length).toBeGreaterThanOrEqual(220);
		expect(new Set(rows.map((r) => r.register)).size).toBeGreaterThanOrEqual(8);
	});
	const out = rows.map((r) => analyseTone(r.text));
	for (const d of DIMS) {
		it(`${d}: Spearman ≥ ${FLOORS[d]}`, () => {
			const rho = spearman(
				rows.map((r) => r[d]),
				out.map((o) => o[d])
			);
			expect(rho).toBeGreaterThanOrEqual(FLOORS[d]);
		});
	}
});

describe('analyseTone rules', () => {
	it('keeps every dimension in range', () => {
		for (const t of ['', '!!!', '😂😂😂', 'NO', 'a'.repeat(5000), 'We hereby inform you.']) {
			const v = analyseTone(t);
			expect(v.valence).toBeGreaterThanOrEqual(-1);
			expect(v.valence).toBeLessThanOrEqual(1);
			for (const d of DIMS.slice(1)) {
				expect(v[d]).toBeGreaterThanOrEqual(0);
				expect(v[d]).toBeLessThanOrEqual(1);
			}
		}
	});
	it('words that are Object.prototype names are ordinary words', () => {
		const v = analyseTone('constructor toString valueOf __proto__ hasOwnProperty');
		for (const d of DIMS) expect(Number.isFinite(v[d])).toBe(true);
		expect(v.valence).toBe(0);
	});
	it('negation flips, boosters and caps and "!" intensify, "but" shifts weight', () => {
		expect(analyseTone('This is good.').valence).toBeGreaterThan(0);
		expect(analyseTone('This is not good.').valence).toBeLessThan(0);
		expect(analyseTone('This is very good.').valence).toBeGreaterThan(
			analyseTone('This is good.').valence
		);
		expect(analyseTone('This is GOOD here.').valence).toBeGreaterThan(
			analyseTone('This is good here.').valence
		);
		expect(analyseTone('This is good!!').valence).toBeGreaterThan(
			analyseTone('This is good.').valence
		);
		expect(analyseTone('The food was good but the service was terrible.').valence).toBeLessThan(0);
	});
	it('emoji and split hashtags carry valence', () => {
		expect(analyseTone('Our team 😢').valence).toBeLessThan(0);
		expect(analyseTone('Our team ❤️').valence).toBeGreaterThan(0);
		expect(analyseTone('#ShameOnYou').valence).toBeLessThan(0);
	});
	it('hedges lower certainty; condolence formulas raise empathy; slang lowers formality', () => {
		expect(analyseTone('Reports suggest two may be injured.').certainty).toBeLessThan(
			analyseTone('Two are injured.').certainty
		);
		expect(analyseTone('Our condolences to the families.').empathy).toBeGreaterThan(0.5);
		expect(analyseTone('lol gonna be a long night guys 😅').formality).toBeLessThan(
			analyseTone('The Embassy will remain open overnight.').formality
		);
		expect(analyseTone('Please accept our thanks.').politeness).toBeGreaterThan(
			analyseTone('Accept it.').politeness
		);
		expect(analyseTone('You are pathetic liars.').hostility).toBeGreaterThan(0.6);
	});
	it('the bundled lexicon is generated from the installed vader-sentiment package', () => {
		expect(readFileSync('src/lib/scoring/tone/vader-data.ts', 'utf8')).toBe(buildLexiconModule());
	});
});

describe('empathy: naming what people feel', () => {
	it('"We know this is frightening" acknowledges a feeling; a "scary video" describes a clip', () => {
		expect(analyseTone('We know this is frightening.').empathy).toBeGreaterThan(0.3);
		expect(analyseTone('It has been a frightening night for families.').empathy).toBeGreaterThan(
			0.3
		);
		expect(analyseTone('The scary video shows a gate closed for 15 minutes.').empathy).toBe(0);
	});
});
