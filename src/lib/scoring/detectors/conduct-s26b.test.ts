/** Session 26's second round: four more scenarios by other authors (a hotel fire, a fake-account visa scam, a
 * shopping-centre shooting, a mine collapse) and two voices (a marketing-trained social-media officer, a terse
 * press officer at the end of a long night). Each cue is tested in wording written afresh for this file, with a
 * clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { hotelfire, scam, mall, mine } = evalScenarios();
const { quake, election, hacked } = scenarios();

describe('session 26b: figures read as people and statuses', () => {
	it('"people have died" counts the dead; a later state not known yet says nothing; an update about the same thing', () => {
		expectFinding(
			hotelfire,
			'00:40',
			'factual-error',
			['According to the fire service, 6 people have died in the Hotel Belvane fire.'],
			['According to the fire service, 4 people have died in the Hotel Belvane fire.']
		);
		// the fire service's updated toll (7 dead) updates its own earlier toll, not the delegation's one death
		expectFinding(
			hotelfire,
			'02:35',
			'factual-error',
			['The fire service says 4 people have now died at the Hotel Belvane.'],
			[
				'Of our 12 delegates, 1 died, 4 are in hospital, 5 are safe and 2 are still unaccounted for.'
			]
		);
		// "9 miners were still trapped" is known only at 02:45: at 02:15, 27 still trapped is right
		expectFinding(
			mine,
			'02:15',
			'factual-error',
			[],
			[
				'27 miners are still trapped at Marrowdeep and the rescue goes on.',
				'Rescuers are still working to reach the miners underground at Marrowdeep.'
			]
		);
		expectFinding(
			mine,
			'03:15',
			'factual-error',
			[],
			[
				'Marrowdeep, 09:15: 30 of the 41 miners are out, 9 still trapped.',
				// parts of a whole named first count that whole's kind, not the gallery "600 metres underground"
				'Of our seven nationals, four are out and three are still underground.',
				'Four of our seven nationals are out and three are still underground.'
			]
		);
	});
});

describe('session 26b: blame, relays and the people hit', () => {
	it('blame by cost, by blood, by terror label, by early signs; relays by hearsay', () => {
		expectFinding(
			hotelfire,
			'01:02',
			'premature-blame',
			['Shoddy wiring in that hotel has cost lives today.'],
			['The cause of the fire is being investigated by the Oskaro Fire Service.']
		);
		expectFinding(mall, '00:31', 'premature-blame', [
			'A terrorist attack by extremists has hit Orchard Gate.'
		]);
		expectFinding(mall, '02:06', 'taking-sides', [
			'The MPs who voted down the gun bill have blood on their hands.'
		]);
		expectFinding(hacked, '01:16', 'premature-blame', [
			'All the signs point to a foreign service behind this hack.'
		]);
		expectFinding(
			scam,
			'00:30',
			'amplified-unverified',
			[
				'Passing on, from a reader: the scammers now call people at home. Share widely!',
				'Reports say the fake accounts have taken thousands. Please share.'
			],
			[
				'Reports say the embassy leaked its applicants’ data. That is false: no applicant data has been published.'
			]
		);
		// hearsay is relayed when the post asks people to pass it on
		expectFinding(
			mall,
			'00:40',
			'amplified-unverified',
			['We are hearing from several sources that the gunman had an accomplice. Please share.'],
			[
				'We have asked the police whether the gunman had an accomplice and will share what they confirm.',
				'Reports suggest the shooting may be linked to a dispute, but we do not yet know.'
			]
		);
	});

	it('the scammed blamed, people told where not to go, workers said to know the risks; a warning about gangs is fine', () => {
		expectFinding(
			scam,
			'01:52',
			'victim-blaming',
			['Too many people were taken in because they did not check the account.'],
			['If you were taken in by these accounts, you did nothing wrong: report it on 1717.']
		);
		expectFinding(mall, '01:52', 'victim-blaming', [
			'Halvorians, think a bit more carefully about where you go at weekends.'
		]);
		expectFinding(mine, '01:30', 'victim-blaming', [
			'Underground workers understand the risks of the job.'
		]);
		expectFinding(
			scam,
			'01:28',
			'belittling',
			[],
			['Maybe check your facts before calling people thieves?']
		);
	});
});

describe('session 26b: tone and politics', () => {
	it('puns on a mine, breezy "hold on to your…", promotion by "don\'t forget", "stop asking"', () => {
		expectFinding(
			mine,
			'01:24',
			'humour-in-tragedy',
			['The rescuers are digging deep and we hope they strike gold soon.'],
			['The rescuers are working in shifts around the clock at Marrowdeep.']
		);
		expectFinding(quake, '00:30', 'humour-in-tragedy', [
			'Long night in Porto Veyra: hold on to your hats! Call +00 100 200 300 if you need us.'
		]);
		expectFinding(mine, '02:44', 'self-promotion', [
			"Don't forget: our export awards ceremony kicks off on Friday!"
		]);
		expectFinding(
			mine,
			'02:36',
			'belittling',
			['Stop asking us the same question, please; the figures are on our timeline.'],
			['Many of you have asked how to reach us: call +00 410 220 330.']
		);
	});

	it('the current government praised before the vote; backing a call for a minister to resign; "some sod"', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				'We have enjoyed working with the current government and hope our partnership goes on after Sunday.'
			],
			['We will work with whichever government Talvanians choose on Sunday.']
		);
		expectFinding(mine, '01:08', 'taking-sides', [
			'We stand behind the miners’ union and its demand for the minister to resign.'
		]);
		expectFinding(hacked, '02:10', 'profanity', ['Some sod sent our staff a fake login page.'], []);
	});
});
