import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileScenario, parseTime } from '../../scenario/index.ts';
import { score } from '../index.ts';
import { ctxAt, post } from '../test-fixtures.ts';

const quake = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake.yaml'
).scenario!;
type Case = { id: string; at: string; fire: boolean; text: string; reply_to?: string };
const cases = parse(readFileSync('tests/fixtures/calibration-detectors.yaml', 'utf8')) as Case[];

function raised(c: Case): boolean {
	const t = parseTime(c.at)!;
	return score(post(c.text, t, c.reply_to), ctxAt(quake, t)).findings.some((f) => f.id === c.id);
}

/** Floors per detector (docs/scoring.md#agreement): every labelled case currently passes; floors leave room. */
const FLOOR = { precision: 0.8, recall: 0.75 };

describe('faux-pas detectors on labelled cases', () => {
	const ids = [...new Set(cases.map((c) => c.id))];
	for (const id of ids) {
		it(`${id}: precision and recall above the floors`, () => {
			let tp = 0;
			let fp = 0;
			let fn = 0;
			const misses: string[] = [];
			for (const c of cases.filter((x) => x.id === id)) {
				const r = raised(c);
				if (r && c.fire) tp++;
				else if (r && !c.fire) {
					fp++;
					misses.push(`false alarm: ${c.text}`);
				} else if (!r && c.fire) {
					fn++;
					misses.push(`missed: ${c.text}`);
				}
			}
			const precision = tp + fp ? tp / (tp + fp) : 1;
			const recall = tp + fn ? tp / (tp + fn) : 1;
			expect({ id, precision, recall, misses }).toMatchObject({ id });
			expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.precision);
			expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.recall);
		});
	}
	it('the brief’s near-misses never fire', () => {
		const t = parseTime('01:15')!;
		const s = score(
			post('We will not comment on speculation while the rescue continues.', t),
			ctxAt(quake, t)
		);
		expect(s.findings.map((f) => f.id)).not.toContain('no-comment');
		const c = score(
			post(
				'Our consulate in Porto Veyra is open and sheltering 140 people. A video claiming it turned people away is false.',
				t
			),
			ctxAt(quake, t)
		);
		expect(c.findings.map((f) => f.id)).not.toContain('myth-repetition');
		expect(c.correctsClaims).toEqual(['turned-away']);
		expect(c.repeatsClaims).toEqual([]);
	});
	it('every finding carries spans inside the text, an explanation and a source', () => {
		for (const c of cases.filter((x) => x.fire)) {
			const t = parseTime(c.at)!;
			for (const f of score(post(c.text, t, c.reply_to), ctxAt(quake, t)).findings) {
				expect(f.explanation.length).toBeGreaterThan(10);
				expect(f.source.length).toBeGreaterThan(5);
				for (const s of f.spans) {
					expect(s.start).toBeGreaterThanOrEqual(0);
					expect(s.end).toBeLessThanOrEqual(c.text.length);
					expect(s.end).toBeGreaterThan(s.start);
					expect(Object.keys(s).sort()).toEqual(['end', 'start']);
				}
			}
		}
	});
});
