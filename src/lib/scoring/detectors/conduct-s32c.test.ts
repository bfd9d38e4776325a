/** Session 32, round twenty-two: one long sentence per post, structured posts with headings, a formal voice that
 * implies, a student killed at a protest and an attack on a Christmas market. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, hacked, deepfake, election, envoy, evac } = scenarios();
const { unrest, market } = evalScenarios();

describe('session 32: round twenty-two', () => {
	it('headings in capitals and ❗ are a post’s structure, not shouting or emoji', () => {
		expectFinding(
			quake,
			'00:40',
			'shouting',
			['WE ARE OPEN AND WE ARE NOT TURNING ANYONE AWAY.'],
			[
				'❗ UPDATE\n\nWHAT WE KNOW:\n- The consulate is open\n\nWHAT TO DO:\n- Call +00 100 200 300',
				'SITUATION REPORT – Porto Veyra\nThe consulate is open; 140 people are inside.'
			]
		);
		expectFinding(
			quake,
			'00:40',
			'emoji-in-tragedy',
			['Stay strong, Porto Veyra 💪'],
			['❗ The consulate is open: +00 100 200 300']
		);
	});

	it('the formal voice that implies: questions "rightly asked", a video that "did not make itself"', () => {
		expectFinding(
			deepfake,
			'01:10',
			'premature-blame',
			[
				'Questions will no doubt be raised about who commissioned this forgery.',
				'One observes that such a video does not edit itself.',
				'Which neighbouring capital stands to gain from this is, one suspects, no mystery.'
			],
			['The video has been manipulated. Its origin is being investigated; we will not speculate.']
		);
		expectFinding(
			quake,
			'00:35',
			'premature-blame',
			['The collapses followed decades of lax building inspections.'],
			['Several buildings collapsed in the old town; the cause will be established by engineers.']
		);
	});

	it('irony in a formal voice, and "how good of them… for once"', () => {
		expectFinding(
			election,
			'00:50',
			'sarcasm',
			[
				'@truthseeker_88 Three words appear to be the full extent of the argument.',
				'@truthseeker_88 Some find it easier to be loud than accurate.',
				'@LenaOrtizDC How kind of the Courier to ask us first, for once.'
			],
			['@truthseeker_88 Calvera funds no party or candidate in Talvania.']
		);
		expectFinding(
			envoy,
			'02:10',
			'sarcasm',
			['Summoning our ambassador over a podcast seems a trifle theatrical.'],
			['We have received the summons and our ambassador will attend.']
		);
	});

	it('hearsay in the passive, a clip reproduced for judging', () => {
		expectFinding(
			quake,
			'00:40',
			'amplified-unverified',
			[
				'It is understood from posts circulating tonight that a hotel has collapsed.',
				'The clip is reproduced below so that readers may judge for themselves.',
				'We are hearing (not yet confirmed) that a second hospital has been evacuated.'
			],
			['Civil protection confirms the harbour road is closed.']
		);
		expectFinding(
			market,
			'00:55',
			'amplified-unverified',
			[
				'A picture circulating online appears to show the driver in handcuffs.',
				'Some accounts are saying the driver was known to police.'
			],
			['Police have arrested the driver. Please do not share pictures of the victims.']
		);
	});

	it('killed by the police, said before it is established', () => {
		expectFinding(
			unrest,
			'00:30',
			'premature-blame',
			['Our student was beaten by riot police in Tessin Square.'],
			['Our student died in Tessin Square; the circumstances are not yet established.']
		);
	});

	it('a verdict on the host: a minister who cannot stay, a policy to rethink, a price paid', () => {
		expectFinding(
			market,
			'02:30',
			'taking-sides',
			[
				'It is hard to see how the interior minister can remain in post.',
				'Kestland must rethink its asylum policy.',
				'Kestland is now paying the price for years of drift.'
			],
			['We will not comment on Kestland’s political debate. Our crisis line: +00 310 555 0100.']
		);
	});

	it('the victims told what they should have done', () => {
		expectFinding(
			unrest,
			'00:55',
			'victim-blaming',
			[
				'This afternoon shows what happens when students join street protests abroad.',
				'Her death shows why students should never go near a demonstration.'
			],
			[
				'Valdorians in Morvane: avoid Tessin Square tonight and call +00 47 210 3300 if you need help.'
			]
		);
		expectFinding(
			market,
			'01:30',
			'victim-blaming',
			['Shoppers need to take more care in crowded markets.'],
			['Please avoid Lindenplatz tonight and follow police instructions.']
		);
	});

	it('over-reassurance by numbers, a night "running on coffee", a portmanteau pun', () => {
		expectFinding(
			market,
			'01:30',
			'belittling',
			[
				'There is no reason for our nationals to panic.',
				'Only a few of our citizens were hurt at Lindenplatz.'
			],
			['Five of our nationals are injured and are being treated in hospital.']
		);
		expectFinding(
			market,
			'02:40',
			'humour-in-tragedy',
			[
				'A fan-tastic effort by the paramedics tonight.',
				'Running on coffee and no sleep at the embassy!'
			],
			['Thank you to the paramedics caring for the injured at Lindenplatz.']
		);
	});

	it('a relative clause picks out some of a group; a masked plural insult', () => {
		expectFinding(
			market,
			'01:40',
			'factual-error',
			[],
			['Our consular team is with the Vellmarese who are hurt and with their families.']
		);
		expectFinding(
			market,
			'02:30',
			'profanity',
			['Those sh*theads are spreading lies about the driver.', 'Sick b*stards.'],
			['Please do not spread unverified claims about the driver.']
		);
	});

	it('a tragedy’s own noun in the post makes an idiom a pun', () => {
		expectFinding(
			evac,
			'00:40',
			'humour-in-tragedy',
			['Police cleared the air in the square with tear gas this morning.'],
			['Police used tear gas in the square this morning. Stay indoors.']
		);
	});

	it('a hacked account: an employee’s click named too early', () => {
		expectFinding(
			hacked,
			'00:45',
			'premature-blame',
			['The account was hijacked when a staffer clicked a bad link.'],
			['The account was hijacked this morning. We regained control at 06:25.']
		);
	});
});
