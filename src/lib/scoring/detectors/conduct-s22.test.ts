/** Cues added in session 22 after a batch written by someone who had not seen the detectors (issue 12): a wrong
 * demonym of either country, a count beside the right one, a domestic actor's motives disparaged, a choice held
 * against the affected, a concern waved away by comparison, the asker's motive mocked. Each case is written
 * afresh for this file — not copied from the evaluation set — with a clean near-miss beside each positive. */
import { describe, expect, it } from 'vitest';
import { findingsAt, idsAt, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, visit, askstate, hacked } = scenarios();

const ids = idsAt;
const findings = findingsAt;

describe('session 22 cues', () => {
	it("wrong-name: another demonym form than the one the scenario's texts use, for the host or the sender's own country", () => {
		const own = findings(evac, '01:10', 'Elbanish families can now register online.');
		expect(own.map((f) => f.id)).toContain('wrong-name');
		expect(own.find((f) => f.id === 'wrong-name')!.message).toContain('Elbanian');
		expect(ids(quake, '01:10', 'Veyranese firefighters are still at work.')).toContain(
			'wrong-name'
		);
		// the attested forms, singular and plural, and the country itself stay clean
		for (const t of [
			'Elbanian families can now register online.',
			'All Elbanians in Sarenne can register online.',
			'Elbany thanks everyone who helped today.'
		])
			expect(ids(evac, '01:10', t), t).not.toContain('wrong-name');
		expect(ids(quake, '01:10', 'Veyranian firefighters are still at work.')).not.toContain(
			'wrong-name'
		);
	});

	it('factual-error: a count beside every right count of the fact is about something else; beside only some, it is checked', () => {
		expect(
			ids(
				quake,
				'02:40',
				'Three hours after the quake our consulate is open, with 140 people sheltering inside.'
			)
		).not.toContain('factual-error');
		expect(
			ids(quake, '02:40', 'Our consulate is open, with 190 people sheltering inside.')
		).toContain('factual-error');
		expect(
			ids(
				evac,
				'03:05',
				'Two charter flights with two hundred and ninety people have left Port Iset.'
			)
		).toContain('factual-error');
	});

	it('taking-sides: a host political actor said to play politics or score points', () => {
		for (const t of [
			'Sad to see the opposition playing politics with an honest error instead of welcoming the new trade agreement.',
			"The ruling party's cheap shots at our ambassador help nobody."
		])
			expect(ids(visit, '01:10', t), t).toContain('taking-sides');
		expect(
			ids(
				visit,
				'01:10',
				'We will not play politics with an honest error: we apologise, and the visit goes on.'
			)
		).not.toContain('taking-sides');
	});

	it('victim-blaming: a choice held against the affected', () => {
		for (const t of [
			'Tourists who decided to stay on after the warning must now accept the delays.',
			'Driving to the airport yesterday was always going to be dangerous.'
		])
			expect(ids(evac, '00:40', t), t).toContain('victim-blaming');
		expect(
			ids(
				evac,
				'00:40',
				'If you decided to stay in Sarenne, you can still register: every registered national can board.'
			)
		).not.toContain('victim-blaming');
	});

	it('belittling: a concern waved away because others are in the same position', () => {
		expect(
			ids(
				askstate,
				'00:12',
				'@amira_h So many students are in the same boat, so please be patient.',
				'visa-question'
			)
		).toContain('belittling');
		expect(
			ids(
				askstate,
				'00:12',
				'@amira_h You are not alone: we are sorry, and a fix for the biometric system is due next month. Urgent cases can request priority processing.',
				'visa-question'
			)
		).not.toContain('belittling');
	});

	it("sarcasm (addressed to someone): the asker's motive mocked as a better story", () => {
		expect(
			ids(
				visit,
				'00:35',
				'@sigridvale A typo is not a conspiracy, though we see it makes for a juicier story.'
			)
		).toContain('sarcasm');
		expect(
			ids(
				visit,
				'00:35',
				'@sigridvale The full story is on our website: the post was a mistake, and we have apologised.'
			)
		).not.toContain('sarcasm');
	});

	// second batch (fresh-H, another helper): the kinds its first run missed
	it('no-comment: a privacy refusal that is all the post says; not one that goes on to help, nor a refusal to speculate', () => {
		expect(
			ids(askstate, '00:20', '@leila_rahimi We cannot discuss individual cases.', 'family-plea')
		).toContain('no-comment');
		expect(
			ids(
				askstate,
				'00:20',
				'@leila_rahimi We cannot discuss individual cases in public. Our consular team will ring you this afternoon to go through next steps.',
				'family-plea'
			)
		).not.toContain('no-comment');
		expect(
			ids(
				hacked,
				'01:12',
				'We will not comment on who might be responsible while the inquiry runs.'
			)
		).not.toContain('no-comment');
	});

	it('confidential-leak: a public reply that tells a citizen where their relative is or how they travel', () => {
		expect(
			ids(
				evac,
				'01:45',
				'@carlos_ortez Your boy is safe and has a seat on tonight’s bus to Port Iset.',
				'parent-question'
			)
		).toContain('confidential-leak');
		expect(
			ids(
				evac,
				'01:45',
				'@carlos_ortez We understand. We will call you privately about your son within the hour.',
				'parent-question'
			)
		).not.toContain('confidential-leak');
	});

	it('self-promotion, premature-blame, victim-blaming, belittling and sarcasm in new forms', () => {
		expect(
			ids(
				quake,
				'02:00',
				'Few consulates in the region could have managed that: our team kept 140 people safe all night.'
			)
		).toContain('self-promotion');
		expect(
			ids(
				hacked,
				'01:15',
				'Readers may draw their own conclusions about who gains from a row between our countries.'
			)
		).toContain('premature-blame');
		expect(
			ids(hacked, '00:40', 'Clicking a link in a random message was your own decision.')
		).toContain('victim-blaming');
		expect(
			ids(hacked, '00:40', 'A post asking for passport numbers should have raised suspicions.')
		).toContain('victim-blaming');
		expect(
			ids(askstate, '01:25', 'Every answer is on our visa page for anyone who bothers to read it.')
		).toContain('belittling');
		expect(
			ids(
				visit,
				'00:35',
				'@sigridvale Nothing says friendship like a typo, apparently. It was a mistake and it has been removed.'
			)
		).toContain('sarcasm');
		// near-misses
		expect(
			ids(hacked, '00:40', 'Choosing a strong password is a choice that protects you: here is how.')
		).not.toContain('victim-blaming');
		expect(
			ids(askstate, '01:25', 'Every answer is on our visa page, and we will keep it up to date.')
		).not.toContain('belittling');
	});
});
