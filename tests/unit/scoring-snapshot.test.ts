/**
 * Scoring snapshot (small set): every post the project ships as a test input, scored alone at its own scenario
 * time, and every assessment and golden run replayed through the engine, must give exactly the PostScores and
 * reports recorded in tests/fixtures/scoring-snapshot/small.json (hashes of canonical JSON). It guards
 * behaviour-free work on src/lib/scoring (speed): a change that is meant to change results regenerates the
 * fixture on purpose with `npx tsx tests/snapshot/scoring.ts --write` (which also runs the full set: every post
 * on every scenario at five times) and says so in review.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashCases, SMALL_FIXTURE, smallCases } from '../snapshot/scoring.ts';

describe('scoring snapshot', () => {
	const want = JSON.parse(readFileSync(SMALL_FIXTURE, 'utf8')) as Record<string, string>;
	const cases = smallCases();

	it('covers the same cases as the fixture', () => {
		expect(cases.map((c) => c.key).sort()).toEqual(Object.keys(want).sort());
	});

	it('reproduces every PostScore and report exactly', () => {
		const got = hashCases(cases);
		const differ = [...got].filter(([k, v]) => want[k] !== v.hash).map(([k]) => k);
		expect(differ, 'cases whose result changed (diff with --dump on both checkouts)').toEqual([]);
	});
});
