/** Session 24's third round of cues (issue 12), from batches by three more authors: a spokesperson answering
 * journalists, very short posts, and a consular help desk answering citizens in public. Each cue is tested in
 * wording written afresh for this file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, deepfake, hacked, visit, election, askstate, envoy } = scenarios();

describe('session 24 cues, third round', () => {
	it('factual-error: ten times the fact, a swapped clock time, a hyphenated "three-day" is no duration', () => {
		expectFinding(
			quake,
			'01:25',
			'factual-error',
			[
				'About one thousand four hundred people are sheltering with us at the consulate.',
				'Some 14 people are sheltering at the consulate tonight.'
			],
			[
				'About 40 people are queuing at the consulate gate; 140 are sheltering inside.',
				'Around 50 people are queuing outside the consulate for water.'
			]
		);
		expectFinding(
			hacked,
			'01:05',
			'factual-error',
			['We have had the account back since 06:52.'],
			[
				'The account was accessed at 05:48 and we regained control at 06:25; passwords were reset by 06:40.',
				'Next update on this account at 07:30.'
			]
		);
		expectFinding(
			visit,
			'00:40',
			'factual-error',
			[],
			['The post was deleted within the hour, on the second morning of a three-day visit.']
		);
	});

	it('victim-blaming: care told too late to the person hit, "ignored the signs", "our advice was to leave"', () => {
		expectFinding(
			hacked,
			'00:45',
			'victim-blaming',
			['It pays to check a link before entering your card details, Lucia.'],
			['The only official site is visas.valdora.example; call your bank today.'],
			'applicant-worry'
		);
		// the same advice to everyone, not in reply to the person hit, is advice
		expectFinding(
			hacked,
			'00:45',
			'victim-blaming',
			[],
			['Always check a link before entering your passport number: ours end in valdora.example.']
		);
		expectFinding(
			evac,
			'00:35',
			'victim-blaming',
			[
				'Our advice was to leave the country some weeks ago. Register now.',
				'Travellers who ignored the warnings now need to register fast.'
			],
			['Our advice is to stay indoors and register now at register.elbany.example.']
		);
	});

	it('no-comment, belittling and sarcasm in a few words', () => {
		expectFinding(
			envoy,
			'01:20',
			'no-comment',
			[
				'We have said what we are going to say on the podcast.',
				"We're not going to be drawn into that today."
			],
			['We have said it before and say it again: our policy is unchanged.']
		);
		expectFinding(
			askstate,
			'00:40',
			'belittling',
			[
				'It is literally on our travel page. Try scrolling.',
				'Relax, Mr Vance. It is a visa form, not a war.'
			],
			['Our travel page has the entry rules; scroll to "Korvath" for the visa section.']
		);
		expectFinding(
			hacked,
			'01:15',
			'sarcasm',
			[
				"@inesmarr We'll be sure to name the culprit once our crystal ball is back from repair.",
				'@valdorasucks_ Do keep going, it is very convincing.',
				'@inesmarr Happy to explain it once more for you: the account was compromised.'
			],
			[
				'@inesmarr We will not name anyone until the investigation does; the account was compromised.'
			]
		);
	});

	it('humour, platitude, promotion, amplification and sides in short posts', () => {
		expectFinding(
			evac,
			'00:50',
			'humour-in-tragedy',
			['Airport closed, so it is a road trip to Port Iset. Buses from 14:00.'],
			['The airport is closed, so buses will take you to Port Iset from 14:00.']
		);
		expectFinding(
			evac,
			'00:30',
			'empty-platitude',
			['We are with every Elbanian in Sarenne today. You are going to be fine.'],
			['We are with every Elbanian in Sarenne today: register at register.elbany.example.']
		);
		expectFinding(
			deepfake,
			'01:00',
			'self-promotion',
			['Reminder: our design week opens on Friday at the National Gallery!'],
			['Reminder: the full recording of the toast is at norland-embassy.example/toast.']
		);
		expectFinding(
			deepfake,
			'00:25',
			'amplified-unverified',
			['Posting the video here so you can make up your own minds. We are checking it.'],
			['Please stop sharing the video: it is fake, and the full recording is on our site.']
		);
		expectFinding(
			election,
			'01:00',
			'taking-sides',
			[
				'The opposition has real grievances with this government.',
				'The government kept putting off the electoral reform for months.'
			],
			['Every party has told us its view; we take no side.']
		);
		expectFinding(
			deepfake,
			'01:20',
			'premature-blame',
			['We would only ask who stands to gain from souring our friendship.'],
			['We do not know who made the video; the forensic work continues.']
		);
	});

	it('a citizen greeted by name and asked to send details is not a leak', () => {
		expectFinding(
			quake,
			'00:35',
			'confidential-leak',
			[],
			["Tomás, call +00 100 200 300 with your parents' address and we will try to reach them."],
			'worried-family'
		);
	});
});
