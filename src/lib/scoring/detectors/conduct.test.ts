/** The conduct detectors of issue 12 (victim-blaming, belittling, sarcasm, taking-sides, self-promotion,
 * empty-platitude, profanity) and the broadened ones (premature-blame, no-comment, humour, leaks, facts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../scenario/index.ts';
import { findingsAt, idsAt, shipped } from '../../../../tests/fixtures/shipped.ts';

const quake = shipped('quake-consulate-rumour');
const hacked = shipped('hacked-account');
const evac = shipped('consular-evacuation');

const ids = idsAt;

describe('conduct detectors', () => {
	it('victim-blaming, but not self-criticism or advice', () => {
		expect(
			ids(evac, '00:30', 'Those who ignored our travel advice only have themselves to blame.')
		).toContain('victim-blaming');
		expect(
			ids(quake, '00:45', 'We should have posted the hotline sooner: +00 100 200 300.')
		).not.toContain('victim-blaming');
		expect(ids(evac, '00:20', 'If you have not registered yet, please do so now.')).not.toContain(
			'victim-blaming'
		);
	});
	it('belittling, but not reassurance', () => {
		expect(ids(quake, '00:45', 'Stop flooding our hotline with silly questions.')).toContain(
			'belittling'
		);
		expect(
			ids(
				quake,
				'00:45',
				'There are no silly questions. Please stay calm and call +00 100 200 300.'
			)
		).not.toContain('belittling');
	});
	it('sarcasm at a journalist, not a sincere answer', () => {
		expect(
			ids(
				hacked,
				'01:12',
				'@inesmarr Shocking news: an embassy account can be hacked. Who knew?',
				'reporter-question'
			)
		).toContain('sarcasm');
		expect(
			ids(
				hacked,
				'01:12',
				'@inesmarr Good question. We are still investigating how the account was accessed.',
				'reporter-question'
			)
		).not.toContain('sarcasm');
	});
	it('taking sides in domestic politics, not calls for restraint', () => {
		expect(
			ids(evac, '00:10', 'We stand with the brave protesters against this corrupt regime.')
		).toContain('taking-sides');
		expect(ids(evac, '00:10', 'We call on all sides to refrain from violence.')).not.toContain(
			'taking-sides'
		);
	});
	it('self-promotion only in a tragedy', () => {
		expect(ids(quake, '00:50', 'Proud of our award-winning consular team!')).toContain(
			'self-promotion'
		);
		expect(
			ids(quake, '00:50', 'Thank you to the volunteers sheltering 140 people with us.')
		).not.toContain('self-promotion');
	});
	it('an empty platitude alone, not sympathy with substance', () => {
		expect(ids(quake, '00:10', 'Thoughts and prayers.')).toContain('empty-platitude');
		expect(
			ids(
				quake,
				'00:25',
				'Our thoughts are with Porto Veyra. If you need help, call +00 100 200 300.'
			)
		).not.toContain('empty-platitude');
	});
	it('profanity and a hacked account’s insult (critical)', () => {
		const f = findingsAt(hacked, '00:05', 'President Solberg is a clown and Meridia is a joke.');
		expect(f.find((x) => x.id === 'profanity')?.severity).toBe('critical');
		expect(ids(quake, '00:45', 'The consulate is open, damn it.')).toContain('profanity');
	});
	it('premature blame of any actor; not when attribution is refused', () => {
		expect(ids(hacked, '01:00', 'We know who did this.')).toContain('premature-blame');
		expect(
			ids(hacked, '01:00', 'We are not blaming anyone; the investigation continues.')
		).not.toContain('premature-blame');
		expect(ids(hacked, '02:05', 'The password was stolen through a phishing email.')).not.toContain(
			'premature-blame'
		);
	});
	it('no-comment in its forms; a reasoned refusal with substance is fine', () => {
		expect(ids(quake, '00:45', 'We will not dignify that video with a response.')).toContain(
			'no-comment'
		);
		expect(
			ids(
				quake,
				'01:12',
				'@LenaOrtizAD We do not comment on individual consular cases in public, but the consulate is open.',
				'journalist-question'
			)
		).not.toContain('no-comment');
	});
	it('humour: puns on the disaster, not its literal description', () => {
		expect(
			ids(quake, '00:30', 'Shaken, not stirred: our team is working through the night.')
		).toContain('humour-in-tragedy');
		expect(ids(quake, '00:30', 'The earthquake shook Porto Veyra at 02:14.')).not.toContain(
			'humour-in-tragedy'
		);
	});
	it('personal data of a private person is a leak; an unpublished phone number is a factual error', () => {
		expect(ids(evac, '03:05', 'A retired teacher, Margit Solvang, 81, needs dialysis.')).toContain(
			'confidential-leak'
		);
		const phone = ids(quake, '00:30', 'Call our emergency line on +00 100 300 200.');
		expect(phone).toContain('factual-error');
		expect(phone).not.toContain('confidential-leak');
	});
	it('every finding of these detectors has an explanation, a source and spans inside the text', () => {
		const text = 'Those who ignored our advice only have themselves to blame, damn it. Calm down.';
		for (const f of findingsAt(evac, '00:30', text)) {
			expect(f.explanation.length).toBeGreaterThan(20);
			expect(f.source.length).toBeGreaterThan(10);
			for (const s of f.spans) expect(s.end).toBeLessThanOrEqual(text.length);
		}
	});
});

describe('scenario format: flags', () => {
	it('a flag that is not one flag emoji is SC209', () => {
		const src = readFileSync('scenarios/state-visit-gaffe.yaml', 'utf8').replace(
			'flag: "🇴🇧"',
			'flag: "OB"'
		);
		const r = compileScenario(src, 'x.yaml');
		expect(r.diagnostics.map((d) => d.code)).toContain('SC209');
	});
});
