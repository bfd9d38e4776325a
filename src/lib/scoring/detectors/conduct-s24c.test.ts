/** Session 24's fourth round of cues (issue 12), from batches by three more authors: a shared desk reusing
 * templates, trainees chasing engagement, and a hedging legalistic ministry voice. Each cue is tested in wording
 * written afresh for this file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, deepfake, hacked, visit, election, askstate, envoy } = scenarios();

describe('session 24 cues, fourth round', () => {
	it('no-comment: the formal refusal ("is not in a position to address…", "does not propose to enter into…"), "Not today"', () => {
		expectFinding(
			quake,
			'01:20',
			'no-comment',
			[
				'The Embassy is not in a position to address that question at present.',
				'The Ministry does not propose to enter into characterisations of that kind.',
				'@LenaOrtizAD Not now, sorry.',
				"We'll leave that one there for tonight."
			],
			[
				'The Embassy is not in a position to confirm names yet, but the consulate is open and 140 people are sheltering.'
			]
		);
	});

	it('insults in formal words or after a preposition; sarcasm by courtesy', () => {
		expectFinding(
			askstate,
			'00:50',
			'profanity',
			[
				'The Ministry will not be lectured by anonymous cowards.',
				'To whoever did this: you pathetic little weasels.'
			],
			['The Ministry will not be lectured by anonymous accounts; here are the facts.']
		);
		expectFinding(
			deepfake,
			'01:20',
			'sarcasm',
			[
				'@tgeller We trust a reporter of your experience can tell a synthetic voice from a real one.',
				'@realpatriot_cv One might have hoped for a better argument.',
				'@realpatriot_cv Thank you ever so much for the history lesson.'
			],
			[
				'@tgeller Thank you for the question: the voice is synthetic, and the full recording is online.'
			]
		);
	});

	it('belittling and victim-blaming in formal words', () => {
		expectFinding(
			askstate,
			'00:15',
			'belittling',
			[
				'It takes a few minutes to look this up on our website.',
				'Applicants are expected to consult the website before raising questions here.'
			],
			['It takes up to nine weeks to process an application; the website has the details.']
		);
		expectFinding(
			evac,
			'00:40',
			'victim-blaming',
			[
				'Those who elected to remain despite our repeated warnings must now register.',
				'Driving to the border with small children was always going to be a risk.'
			],
			['Those who stayed: register now at register.elbany.example and stay indoors.']
		);
		expectFinding(
			hacked,
			'00:45',
			'victim-blaming',
			[
				'Card details should never have gone into that page in the first place.',
				'Golden rule for next time: only use visas.valdora.example.'
			],
			['Only use visas.valdora.example; if you entered card details, call your bank.']
		);
	});

	it('blame, sides and self-promotion in hedged or breezy words', () => {
		expectFinding(
			hacked,
			'01:20',
			'premature-blame',
			[
				'We cannot rule out the involvement of a foreign service.',
				'We have a very good idea where this came from.'
			],
			['We cannot rule out anything yet; the investigation continues.']
		);
		expectFinding(
			election,
			'01:00',
			'taking-sides',
			[
				'Some parties have run a cleaner campaign than yours, Ms Vass.',
				'The programme of your party is in line with the values we share.',
				'Shame the governing coalition has stayed silent all week.'
			],
			['Every party has run its own campaign; the choice is for voters.']
		);
		expectFinding(
			evac,
			'03:10',
			'self-promotion',
			[
				'Big shout-out to our amazing consular team tonight!',
				'Two charters out: our team was the first in the region to get everyone home.',
				'Two charters out. Follow us for more stories like this!'
			],
			['Two charters are out; thank you to the crews and to the host authorities.']
		);
	});

	it('breezy idioms in a tragedy; a relayed quotation; a duration "for … before"', () => {
		expectFinding(
			quake,
			'01:50',
			'humour-in-tragedy',
			['The aftershocks clearly did not get the memo about bedtime. Stay safe.'],
			['Aftershocks continue tonight. Stay away from damaged buildings.']
		);
		expectFinding(
			evac,
			'00:55',
			'amplified-unverified',
			[
				"The Embassy notes the following post, which it cannot yet verify: 'The charter is only for diplomats' families.'"
			],
			[
				'The Embassy has seen claims about the charter flights. They are false: every registered national can board.'
			]
		);
		expectFinding(
			visit,
			'00:40',
			'factual-error',
			['The post was online for roughly ten minutes before it was deleted.'],
			['The post was deleted at 11:20, forty minutes after it went up.']
		);
	});

	it('fifth round: a wrong day of the week, insults by contrast, sarcasm and belittling in courteous words', () => {
		expectFinding(
			election,
			'00:45',
			'factual-error',
			['Talvanians vote on Saturday; Calvera funds no party or candidate.'],
			[
				'Talvanians vote on Sunday; Calvera funds no party or candidate.',
				'Our consular team will be at the OSCE briefing on Saturday.'
			]
		);
		expectFinding(
			askstate,
			'00:15',
			'profanity',
			[
				'@truthhammer The only cowards here are the accounts without a name.',
				'@truthhammer What a sad little account with nothing to say.'
			],
			['@truthhammer The only answer here is the fact: there is no visa freeze.']
		);
		expectFinding(
			envoy,
			'01:15',
			'sarcasm',
			['@LenaOrtizDC If only everything were that simple. Our policy is unchanged.'],
			['@LenaOrtizDC It is simple: our policy is unchanged.']
		);
		expectFinding(
			envoy,
			'01:15',
			'belittling',
			[
				'As any attentive reader will know, our policy is unchanged.',
				'The statement is clear to anyone who reads it properly.',
				'A question we answered an hour ago: the policy is unchanged.'
			],
			['For anyone who missed it, here is our statement again: the policy is unchanged.']
		);
	});

	it('fifth round: hoping for a new government, a conditional reproach, first to take people in, happy campers', () => {
		expectFinding(
			election,
			'01:00',
			'taking-sides',
			[
				'We would like Talvania to have a cleaner government after Sunday.',
				"If Talvania's government had acted sooner, none of this would be news."
			],
			['We would like Talvania to have a calm and fair vote on Sunday.']
		);
		expectFinding(
			quake,
			'01:00',
			'self-promotion',
			['Our consulate was the first in the city to take people in tonight.'],
			['Our consulate took people in from the first hour; 140 are sheltering now.']
		);
		expectFinding(
			evac,
			'03:10',
			'humour-in-tragedy',
			['Two charters and 380 happy campers are out of Port Iset.'],
			['Two charters with 380 people are out of Port Iset.']
		);
		expectFinding(
			quake,
			'00:15',
			'empty-platitude',
			['The Embassy shares in the profound grief of Porto Veyra and bows its head.'],
			[
				'The Embassy shares in the grief of Porto Veyra: our consulate is open, call +00 100 200 300.'
			]
		);
	});
});
