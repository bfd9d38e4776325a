import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTime } from '../../src/lib/scenario/index.ts';
import {
	runScenarioTests,
	score,
	scoreExercise,
	scoreScript,
	windowScore
} from '../../src/lib/scoring/index.ts';
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
		const w = s.rubric.weights;
		const manual =
			good.criteria.reduce((a, c) => a + c.weight * c.score, 0) /
			(w.timing + w.tone + w.keyMessages + w.fauxPas + w.platform);
		expect(good.overall).toBeCloseTo(manual, 2);
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
	it('a correction sets correctsClaims; journalist-question objective shows in the report', () => {
		const { posts, report } = scoreScript(quake, [
			{
				at: T('00:45'),
				text: 'Our consulate in Porto Veyra is open and sheltering 140 people. Claims it turned people away are false.'
			},
			{
				at: T('01:20'),
				text: '@LenaOrtizAD Yes: the consulate is open and sheltering 140 people. A side gate was closed for 15 minutes for a safety check.',
				replyTo: 'journalist-question'
			}
		]);
		expect(posts[0].score.correctsClaims).toEqual(['turned-away']);
		expect(posts[1].score.objectives).toContain('answer-press');
		expect(report.objectives.find((o) => o.id === 'answer-press')!.score).toBeGreaterThan(0.7);
		expect(
			report.objectives.find((o) => o.id === 'first-response')!.reasons.length
		).toBeGreaterThan(0);
	});
	it('silence is penalised: unanswered question, no first response', () => {
		const r = scoreExercise(
			quake,
			[],
			[
				{ id: 'quake-news', t: 300 },
				{ id: 'worried-family', t: 1680 }
			],
			T('02:30')
		);
		expect(r.criteria[0].score).toBe(0);
		expect(r.criteria[0].reasons.map((x) => x.rule)).toContain('timing.unanswered-question');
		expect(r.rating).toBe('U');
	});
	it('a score is fast once the scenario matchers are cached', () => {
		const text =
			'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. If you need help, come to the main entrance or call +00 100 200 300. Claims that the consulate turned people away are false. More updates at 02:00.';
		const ctx = ctxAt(quake, T('00:50'));
		for (let i = 0; i < 200; i++) score(post(text, T('00:50')), ctx);
		const t0 = performance.now();
		for (let i = 0; i < 500; i++) score(post(text, T('00:50')), ctx);
		expect((performance.now() - t0) / 500).toBeLessThan(2); // ms; the benchmark reports the real figure
	});
});

describe('exercise-level checks', () => {
	it('silence during a claim spike and a burst of posts are reported', () => {
		const silent = scoreExercise(quake, [], [{ id: 'rumour-video', t: T('00:35') }], T('01:30'));
		expect(silent.criteria[0].reasons.map((r) => r.rule)).toContain('timing.silence-in-spike');
		const burst = scoreScript(
			quake,
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
	it('"No comment" is one finding (no-comment), not also avoided-phrase', () => {
		const s = score(post('No comment on the video.', T('01:20')), ctxAt(quake, T('01:20')));
		expect(s.findings.map((f) => f.id)).toEqual(['no-comment']);
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
