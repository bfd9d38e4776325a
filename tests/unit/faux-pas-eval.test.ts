/**
 * The faux-pas evaluation (tests/fixtures/faux-pas-eval, `npm run eval`): the split is the one fixed before
 * tuning, the set covers what issue 12 asks, and the CHECK half holds its measured level — at most 5 % of posts
 * falsely flagged, no detector falsely flagging more than 5 % of the posts it should leave alone, and recall at
 * the honest floor measured on it. Issue 12's goal is recall ≥ 0.95: the first check half (200 posts) met it
 * (0.98) but had been over-used; with the 105 fresh check posts added in session 19 (written before that
 * session's detector changes) the check half measures 0.905 overall, so the floors below are that measured
 * level, not the goal. The check half is never used for tuning; its figures are in docs/scoring.md.
 */
/** Measured floors — raise them only to measured values. Session 20 tuned on
 * new posts of its own; those went to the tune half only (the ones sha256 would have put in the check half were
 * left out of the repository, since a check half holds nothing anyone tuned on). On the 305 check posts the
 * check half measured 0.935, and every detector with ≥ 4 positives ≥ 0.84. Session 21 (the same rule for its
 * tuned-on posts): 0.940, every detector with ≥ 4 positives ≥ 0.81. Session 23 (cues from three batches by other
 * authors): 0.950 (191/201), the goal's level on this half — fresh batches by new authors still measure 0.55–0.80
 * on their first run (docs/scoring.md). */
const OVERALL_RECALL_FLOOR = 0.95;
const DETECTOR_RECALL_FLOOR = 0.8;
import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '../../src/lib/scenario/finding-ids.ts';
import type { FindingId } from '../../src/lib/scoring/types.ts';
import { evaluate, halfOf, loadHalf, SCENARIO_FILES } from '../eval/faux-pas.ts';

const check = loadHalf('check');
const tune = loadHalf('tune');
const all = [...check, ...tune];

describe('faux-pas evaluation set', () => {
	it('every post sits in the half its sha256 decides, and no post is in both', () => {
		for (const p of check) expect(halfOf(p.text), p.text).toBe('check');
		for (const p of tune) expect(halfOf(p.text), p.text).toBe('tune');
		expect(new Set(all.map((p) => p.text)).size).toBe(all.length);
	});

	it('has ≥ 300 posts over all six scenarios, ≥ 100 clean near-misses, and every id it names exists', () => {
		expect(all.length).toBeGreaterThanOrEqual(300);
		expect(all.filter((p) => p.fire.length === 0).length).toBeGreaterThanOrEqual(100);
		// Issue 12 names the six scenarios shipped when it was filed; the eval also knows the later ones
		// (election, envoy), so a post may name any shipped scenario.
		const named = new Set(all.map((p) => p.s));
		for (const s of ['quake', 'askstate', 'evac', 'deepfake', 'hacked', 'visit'])
			expect(named).toContain(s);
		for (const s of named) expect(Object.keys(SCENARIO_FILES)).toContain(s);
		const ids = new Set<string>(FINDING_IDS);
		for (const p of all)
			for (const id of [...p.fire, ...(p.allow ?? [])]) expect(ids, id).toContain(id);
	});

	it('covers the kinds of misses issue 12 lists', () => {
		const kinds = new Set(all.map((p) => p.kind));
		for (const k of [
			'name-hyphen',
			'name-transposition',
			'name-short-place',
			'name-title',
			'name-listed-longer',
			'name-flag',
			'name-honorific',
			'name-regnal',
			'humour-pun',
			'humour-light',
			'blame-actor',
			'no-comment',
			'clean-no-comment',
			'leak-personal',
			'factual-words',
			'factual-duration',
			'factual-date',
			'factual-phone',
			'myth-paraphrase',
			'clean-myth',
			'clean-collision',
			'victim-blaming',
			'belittling',
			'platitude',
			'self-promotion',
			'taking-sides',
			'sarcasm',
			'profanity',
			'profanity-insult'
		])
			expect(kinds, k).toContain(k);
	});

	it('the finding ids the validator knows are exactly scoring’s FindingId union', () => {
		type Known = (typeof FINDING_IDS)[number];
		// both directions are checked by the type checker (npm test runs svelte-check over tests too)
		const toKnown = (x: FindingId): Known => x;
		const toFinding = (x: Known): FindingId => x;
		const a: FindingId[] = [...FINDING_IDS].map(toFinding);
		expect(a.map(toKnown)).toEqual([...FINDING_IDS]);
		expect(a.length).toBe(new Set(a).size);
	});
});

describe('faux-pas detectors on the check half (goals of issue 12)', () => {
	const r = evaluate('check', check);
	it(`overall recall ≥ ${OVERALL_RECALL_FLOOR} (measured floor = the goal)`, () => {
		expect(r.recall).toBeGreaterThanOrEqual(OVERALL_RECALL_FLOOR);
	});
	it('at most 5 % of posts draw a finding their label does not allow', () => {
		expect(r.postsWithFalseFlag / r.posts).toBeLessThanOrEqual(0.05);
	});
	for (const d of r.detectors)
		it(`${d.id}: false flags ≤ 5 %${d.positives >= 4 ? `, recall ≥ ${DETECTOR_RECALL_FLOOR}` : ''}`, () => {
			const why = [
				...d.missed.map((p) => `missed: ${p.text}`),
				...d.flagged.map((f) => `false: ${f.post.text}`)
			].join('\n');
			expect(d.falseFlagRate, why).toBeLessThanOrEqual(0.05);
			if (d.positives >= 4) expect(d.recall, why).toBeGreaterThanOrEqual(DETECTOR_RECALL_FLOOR);
		});
});
