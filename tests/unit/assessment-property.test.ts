/**
 * Property tests over the assessment (issue 11): whatever the post or the run,
 * - adding a faux pas to a post never raises that post's score, nor the run's;
 * - answering a question on the record never lowers the run's score.
 * Posts are assembled from fragments of ordinary embassy English (fast-check picks and orders them), the
 * gaffes from the kinds the scoring names (humour, insult, leak, premature blame, evasion).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTime } from '../../src/lib/scenario/index.ts';
import { score } from '../../src/lib/scoring/index.ts';
import { ctxAt, post } from '../../src/lib/scoring/test-fixtures.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';

const quake = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake.yaml'
).scenario!;
const T = (s: string) => parseTime(s)!;

const CLEAN = [
	'Our thoughts are with the families in Porto Veyra tonight.',
	'The consular emergency line +00 100 200 300 is open day and night.',
	'Our consulate in Porto Veyra is open and sheltering 140 people.',
	'We do not yet know whether any Arcadians are among the injured.',
	'Our team is working with the local authorities.',
	'If you need help, call +00 100 200 300.',
	'We will post the next update at 02:00.',
	'Please follow the instructions of the local emergency services.',
	'A side gate was closed for 15 minutes while engineers checked a damaged wall.',
	'The main entrance stayed open all night.'
];
const GAFFES = [
	' lol 😂',
	' Honestly, some people should have built sturdier houses.',
	' The Veyranian police caused this chaos, not us.',
	' K. Dervish, passport AR4471902, is at Porto Veyra General Hospital.',
	' No comment on the video.',
	' Anyone who believes that video is an idiot.'
];

const cleanPost = fc
	.uniqueArray(fc.constantFrom(...CLEAN), { minLength: 1, maxLength: 4 })
	.map((xs) => xs.join(' '));

describe('assessment properties (issue 11)', () => {
	it('adding a faux pas never raises the post', () => {
		fc.assert(
			fc.property(
				cleanPost,
				fc.constantFrom(...GAFFES),
				fc.constantFrom('00:25', '00:45', '01:20', '02:10'),
				(text, gaffe, at) => {
					const ctx = ctxAt(quake, T(at));
					const before = score(post(text, T(at)), ctx);
					const after = score(post(text + gaffe, T(at)), ctx);
					expect(after.findings.length, `${text}${gaffe}`).toBeGreaterThan(0);
					expect(after.overall, `${text} ⟶ ${gaffe}`).toBeLessThanOrEqual(before.overall + 1e-9);
				}
			),
			{ numRuns: 120, seed: 11 }
		);
	});

	it('adding a faux pas never raises the run', () => {
		fc.assert(
			fc.property(cleanPost, cleanPost, fc.constantFrom(...GAFFES), (a, b, gaffe) => {
				const base = [
					{ at: T('00:25'), text: a },
					{ at: T('01:00'), text: b }
				];
				const clean = runHeadless(quake, quake.seed, base).report.overall;
				const bad = runHeadless(quake, quake.seed, [base[0], { at: T('01:00'), text: b + gaffe }])
					.report.overall;
				expect(bad, `${b} ⟶ ${gaffe}`).toBeLessThanOrEqual(clean + 1e-9);
			}),
			{ numRuns: 40, seed: 12 }
		);
	});

	it('answering a question on the record, in the tone the rubric asks, never lowers the run', () => {
		const answers = [
			{
				at: '00:33',
				replyTo: 'worried-family',
				text: '@tomas_reyne We understand how worrying this is. Please call +00 100 200 300 with your parents’ names; our team will look for them.'
			},
			{
				at: '01:14',
				replyTo: 'journalist-question',
				text: '@LenaOrtizAD No: our consulate in Porto Veyra is open and sheltering 140 people tonight. We understand families are worried and we are here to help.'
			},
			{
				at: '01:20',
				replyTo: 'journalist-follow-up',
				text: '@LenaOrtizAD 140 people are sheltering at the consulate, which stays open. We understand how worrying this night is for families.'
			}
		];
		fc.assert(
			fc.property(cleanPost, fc.constantFrom(...answers), fc.boolean(), (first, ans, early) => {
				const base = [{ at: T(early ? '00:25' : '00:50'), text: first }];
				const without = runHeadless(quake, quake.seed, base).report.overall;
				const withAnswer = runHeadless(quake, quake.seed, [
					...base,
					{ at: T(ans.at), text: ans.text, replyTo: ans.replyTo }
				]).report.overall;
				expect(withAnswer, `${first} + ${ans.text}`).toBeGreaterThanOrEqual(without - 1e-9);
			}),
			{ numRuns: 40, seed: 13 }
		);
	});
});
