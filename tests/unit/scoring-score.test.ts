import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTime } from '../../src/lib/scenario/index.ts';
import { score, scoreExercise, windowScore } from '../../src/lib/scoring/index.ts';
import { runScenarioTests } from '../../src/lib/core/scenario-tests.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';
import { ctxAt, miniScenario, post } from '../../src/lib/scoring/test-fixtures.ts';

const quake = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake.yaml'
).scenario!;
const T = (s: string) => parseTime(s)!;

describe('timing windows', () => {
	it('1.0 to ideal, 0.7 at acceptable, 0.3 at late, 0 beyond', () => {
		const r = { ideal: 600, acceptable: 1800, late: 3600 };
		expect(windowScore(300, r)).toBe(1);
		expect(windowScore(1800, r)).toBeCloseTo(0.7);
		expect(windowScore(3600, r)).toBeCloseTo(0.3);
		expect(windowScore(3601, r)).toBe(0);
		expect(windowScore(1200, r)).toBeGreaterThan(0.7);
	});
	it('only the first relevant post after the from event is timed', () => {
		const s = miniScenario();
		const first = score(post('Our condolences to the families.', 2400), ctxAt(s, 2400));
		expect(first.criteria[0].score).toBeCloseTo(0.3 + 0.4 * (1 - 600 / 1800), 3);
		const hist = [
			{
				id: 'a',
				t: 300,
				text: 'Our condolences.',
				overall: 1,
				correctsClaims: [],
				findings: [],
				keyMessages: ['sym']
			}
		];
		const later = score(post('Update: the office is open.', 2400), ctxAt(s, 2400, hist));
		expect(later.criteria[0].reasons[0].rule).toBe('timing.none');
		// a post that opens no window is not assessed on timing (weight 0), never a free 1.0
		expect(later.criteria[0].weight).toBe(0);
	});
});

describe('score on a hand-built scenario', () => {
	it('weights, synonyms and the critical cap', () => {
		const s = miniScenario();
		const good = score(
			post('Our deepest sympathy to the families affected by the floods.', 300),
			ctxAt(s, 300)
		);
		expect(good.keyMessages.map((k) => k.id)).toEqual(['sym']);
		expect(good.overall).toBeGreaterThan(0.7);
		// the overall is the weighted mean over the criteria that apply (weight > 0), then the caps
		const applied = good.criteria.filter((c) => c.weight > 0);
		const manual =
			applied.reduce((a, c) => a + c.weight * c.score, 0) /
			applied.reduce((a, c) => a + c.weight, 0);
		if (good.caps.length) expect(good.overall).toBeLessThan(manual);
		else expect(good.overall).toBeCloseTo(manual, 2);
		const wrong = score(post('Minister Vargas sends condolences.', 300), ctxAt(s, 300));
		expect(wrong.findings.map((f) => f.id)).toContain('wrong-name');
		const ids = (text: string) => score(post(text, 300), ctxAt(s, 300)).findings.map((f) => f.id);
		expect(ids('The office is open: 12 people inside.')).not.toContain('factual-error');
		expect(ids('The office is open: 40 people inside.')).toContain('factual-error');
	});
	it('a negated key phrase does not count', () => {
		const s = miniScenario();
		expect(score(post('No condolences from us.', 300), ctxAt(s, 300)).keyMessages).toEqual([]);
	});
});

describe('the reference scenario', () => {
	it('its embedded tests pass', () => {
		for (const r of runScenarioTests(quake))
			expect(r, r.failures.join('; ')).toMatchObject({ passed: true });
	});
	it('a correction sets correctsClaims; the journalist is answered and the follow-up asks what was given', () => {
		const { state, report } = runHeadless(quake, quake.seed, [
			{
				at: T('00:45'),
				text: 'Our consulate in Porto Veyra is open and sheltering 140 people. Claims it turned people away are false.'
			}
		]);
		expect(state.posts[0].score.correctsClaims).toEqual(['turned-away']);
		// the simulation counted the correction, so the journalist asks the friendly follow-up, which the
		// correction had already answered (how many people are sheltering)
		expect(state.corrections.map((c) => c.claim)).toEqual(['turned-away']);
		expect(state.fired.map((f) => f.id)).toContain('journalist-follow-up');
		const q = state.questions.find((x) => x.itemId === 'journalist-follow-up')!;
		expect(q.answeredBy).toBe('p1');
		expect(report.objectives.find((o) => o.id === 'answer-press')!.score).toBeGreaterThan(0.7);
	});
	it('a silent run is 0, U, everywhere', () => {
		const { report } = runHeadless(quake, quake.seed, [], { endAt: T('02:30') });
		expect(report.overall).toBe(0);
		expect(report.rating).toBe('U');
		expect(report.criteria[0].reasons.map((x) => x.rule)).toContain('timing.unanswered-question');
		for (const o of report.objectives.filter((x) => x.exercised)) expect(o.score).toBe(0);
	});
});

describe('exercise-level checks', () => {
	it('silence during a claim spike and a burst of posts are reported', () => {
		const silent = scoreExercise(quake, {
			posts: [],
			fired: [{ id: 'rumour-video', t: T('00:35') }],
			endT: T('01:30'),
			ended: false
		});
		expect(silent.criteria[0].reasons.map((r) => r.rule)).toContain('timing.silence-in-spike');
		const burst = runHeadless(
			quake,
			quake.seed,
			[1, 2, 3, 4, 5].map((m) => ({
				at: T('00:40') + m * 60,
				text: `Update ${m}: the consulate is open.`
			}))
		);
		expect(
			burst.report.criteria.find((c) => c.id === 'platform')!.reasons.map((r) => r.rule)
		).toContain('platform.burst');
	});
	it('key messages: author synonyms and `all` phrases', () => {
		const ctx = ctxAt(quake, T('00:45'));
		const s = score(post('The consulate is hosting families from the old town.', T('00:45')), ctx);
		expect(s.keyMessages.map((k) => k.id)).toContain('consulate-open');
		const before = score(
			post('The consulate is hosting families.', T('00:30')),
			ctxAt(quake, T('00:30'))
		);
		expect(
			before.criteria.find((c) => c.id === 'key-messages')!.reasons.map((r) => r.rule)
		).not.toContain('key.consulate-open');
		const all = miniScenario();
		all.rubric.mustInclude = [
			{ id: 'both', any: [], all: ['hotline', 'open'], synonyms: {}, label: 'Both' }
		];
		expect(score(post('The hotline is staffed.', 60), ctxAt(all, 60)).keyMessages).toEqual([]);
		expect(
			score(post('The hotline is staffed and we are open.', 60), ctxAt(all, 60)).keyMessages.map(
				(k) => k.id
			)
		).toEqual(['both']);
	});
});

describe('duplicates', () => {
	it('"No comment" is one major mistake: the must-avoid phrase stays in the report as a minor note', () => {
		const s = score(post('No comment on the video.', T('01:20')), ctxAt(quake, T('01:20')));
		expect(s.findings.map((f) => [f.id, f.severity])).toEqual([
			['no-comment', 'major'],
			['avoided-phrase', 'minor']
		]);
		expect(s.findings[1].message).toContain('same words as the evasion');
		const f = score(post('That video is fake news.', T('01:20')), ctxAt(quake, T('01:20')));
		expect(f.findings.map((x) => x.id)).toContain('avoided-phrase');
	});
});

describe('robustness', () => {
	it('never throws; scores in 0..1; spans inside the text (fast-check)', async () => {
		const fc = await import('fast-check');
		const ctx = ctxAt(quake, T('01:00'));
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
				const s = score(post(text, T('01:00')), ctx);
				expect(s.overall).toBeGreaterThanOrEqual(0);
				expect(s.overall).toBeLessThanOrEqual(1);
				for (const c of s.criteria) {
					expect(c.score).toBeGreaterThanOrEqual(0);
					expect(c.score).toBeLessThanOrEqual(1);
					for (const r of c.reasons)
						for (const sp of r.spans ?? []) expect(sp.end).toBeLessThanOrEqual(text.length);
				}
				for (const f of s.findings)
					for (const sp of f.spans) expect(sp.end).toBeLessThanOrEqual(text.length);
			}),
			{ numRuns: 300 }
		);
	});
	it('deterministic: same input, same score', () => {
		const ctx = ctxAt(quake, T('00:50'));
		const p = post('The consulate is open!! 140 people sheltering 🙏 #PortoVeyra', T('00:50'));
		expect(JSON.stringify(score(p, ctx))).toBe(JSON.stringify(score(p, ctx)));
	});
});
