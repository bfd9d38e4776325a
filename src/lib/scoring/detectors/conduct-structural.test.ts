/** The structural cues added to the conduct detectors in session 20 (issue 12: detectors that hold on wording
 * nobody tuned on). Each case is written afresh for this file — not copied from the evaluation set — with a
 * clean near-miss beside each positive. */
import { describe, expect, it } from 'vitest';
import { idsAt, shipped } from '../../../../tests/fixtures/shipped.ts';

const quake = shipped('quake-consulate-rumour');
const hacked = shipped('hacked-account');
const evac = shipped('consular-evacuation');
const deepfake = shipped('deepfake-ambassador');
const askstate = shipped('askstate-live-qa');

const ids = idsAt;

describe('structural conduct cues', () => {
	it('belittling: the addressee could have found it, anyone would know — not a pointer to the answer', () => {
		const yes = [
			'@hanne_lund Anyone reading our posts this morning would know where the buses leave from.',
			'@hanne_lund If you had read the pinned post you would know the answer already.',
			'@hanne_lund Even a child can follow three steps: register, wait, board.'
		];
		for (const t of yes)
			expect(ids(evac, '00:40', t, 'stranded-question'), t).toContain('belittling');
		expect(
			ids(
				evac,
				'00:40',
				'@hanne_lund The answer is in our pinned post: register at register.elbany.example and wait for the bus times.',
				'stranded-question'
			)
		).not.toContain('belittling');
	});

	it('empty-platitude: sympathy and wishes only — not sympathy naming where to get help', () => {
		expect(
			ids(quake, '00:12', 'Arcadia stands beside Porto Veyra tonight. Stay strong.')
		).toContain('empty-platitude');
		expect(
			ids(quake, '00:12', 'We know how frightening tonight has been. You are not alone.')
		).toContain('empty-platitude');
		expect(
			ids(
				quake,
				'00:25',
				'We know how frightening tonight has been. If you need help, call +00 100 200 300.'
			)
		).not.toContain('empty-platitude');
	});

	it('humour-in-tragedy: the disaster as a prankster or an entertainer — not the plain report', () => {
		for (const t of [
			'The quake treated our staff to an early morning workout. The consulate is open.',
			'Round two for Porto Veyra this evening. Rescue teams have paused.'
		])
			expect(ids(quake, '02:35', t), t).toContain('humour-in-tragedy');
		expect(
			ids(
				quake,
				'02:35',
				'A second strong shock hit Porto Veyra this evening; rescue teams have paused.'
			)
		).not.toContain('humour-in-tragedy');
	});

	it('sarcasm: strong praise that the post then denies, or that answers a troll — not sincere thanks', () => {
		expect(
			ids(
				deepfake,
				'01:15',
				'@tgeller Wonderful to see such careful reporting on a clip nobody checked. No, she did not say it.',
				'journalist-question'
			)
		).toContain('sarcasm');
		expect(
			ids(
				deepfake,
				'01:25',
				'@realpatriot_cv Thank you for your insightful feedback, as always.',
				'troll-bait'
			)
		).toContain('sarcasm');
		expect(
			ids(
				deepfake,
				'01:15',
				'@tgeller Thanks for asking us directly. No, she did not: the audio was synthesised.',
				'journalist-question'
			)
		).not.toContain('sarcasm');
	});

	it('self-promotion: the sender ranked above others in a tragedy — not thanks to staff', () => {
		expect(
			ids(quake, '01:30', 'Few missions in Veyrania could match what our consulate did tonight.')
		).toContain('self-promotion');
		expect(
			ids(quake, '01:30', 'Tonight our consulate set the standard for every embassy in the city.')
		).toContain('self-promotion');
		expect(
			ids(
				quake,
				'01:30',
				'Thank you to our consular staff, who kept the doors open all night for 140 people.'
			)
		).not.toContain('self-promotion');
	});

	it('victim-blaming: the affected acted against earlier advice — not advice to act now', () => {
		expect(
			ids(
				evac,
				'00:40',
				'Families who stayed on in Sarenne had our travel advice in their inboxes for a month.'
			)
		).toContain('victim-blaming');
		expect(
			ids(
				hacked,
				'00:30',
				'Applicants who typed their details into that link must accept the blame.'
			)
		).toContain('victim-blaming');
		expect(
			ids(
				evac,
				'00:40',
				'Our travel advice has changed: leave Sarenne now if you can, and register first.'
			)
		).not.toContain('victim-blaming');
	});

	it('taking-sides: a verdict on a host political actor — not a call for restraint or thanks', () => {
		for (const t of [
			'The Sarennese government has been shameful in its treatment of students.',
			'The protesters have shown far more courage than the whole government.'
		])
			expect(ids(evac, '00:40', t), t).toContain('taking-sides');
		for (const t of [
			'We call on all sides in Sarenne to refrain from violence.',
			'We thank the Sarennese authorities for their help in opening Port Iset to charter flights.'
		])
			expect(ids(evac, '01:10', t), t).not.toContain('taking-sides');
	});

	it('premature-blame: a causal link or an insinuated author before the cause is known — not a refusal to guess', () => {
		for (const t of [
			'This was run from abroad, plain and simple.',
			'Only a state with deep pockets could have pulled off a hack like this.'
		])
			expect(ids(hacked, '01:00', t), t).toContain('premature-blame');
		expect(
			ids(
				hacked,
				'01:00',
				'How our account was accessed, and by whom, is for the investigation to establish.'
			)
		).not.toContain('premature-blame');
	});

	it('no-comment: declining in new words — not declining a name with a reason', () => {
		expect(
			ids(
				askstate,
				'00:52',
				"@martakos That isn't something we will be discussing.",
				'reporter-question'
			)
		).toContain('no-comment');
		expect(
			ids(
				askstate,
				'00:52',
				'@martakos We do not discuss individual consular cases in public, to protect the person concerned; our staff have visited him.',
				'reporter-question'
			)
		).not.toContain('no-comment');
	});

	it('confidential-leak: a one-word confidential keyword used as a verb is not the fact', () => {
		expect(
			ids(
				askstate,
				'00:47',
				'@truthhammer Hearing from you is always instructive.',
				'troll-personal'
			)
		).not.toContain('confidential-leak');
		expect(
			ids(askstate, '00:52', '@martakos His hearing is set for 3 June.', 'reporter-question')
		).toContain('confidential-leak');
	});
});
