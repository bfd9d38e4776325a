/** Session 30: round ten's kinds (corrections and updates, replies to trolls, an operation placed abroad,
 * organisations that are not people). Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, election, askstate, envoy, hacked, deepfake } = scenarios();

describe('session 30: updates, trolls, operations placed abroad', () => {
	it("an operation said to be run from or by another country's actors, before any attribution", () => {
		expectFinding(
			election,
			'00:40',
			'premature-blame',
			[
				"These bot accounts are operated from a neighbouring state's troll farm.",
				'The #CalveraRigs posts are coordinated by a foreign propaganda network.',
				'This campaign is run from another country, as far as we can see.'
			],
			[
				'Our election observers are coordinated from the capital, with the OSCE.',
				'We do not yet know who runs the accounts behind these posts.'
			]
		);
	});

	it('a reply to a troll that mocks or talks down answers it in kind', () => {
		expectFinding(
			askstate,
			'00:47',
			'engaging-troll',
			[
				'@truthhammer Bless you for trying. Perhaps read the visa page slowly, out loud, before posting.'
			],
			['@truthhammer Visa processing takes up to nine weeks; the details are on our visa page.'],
			'troll-personal'
		);
	});

	it('sympathy and watching behind an "Update:" label is still empty', () => {
		expectFinding(
			quake,
			'00:25',
			'empty-platitude',
			[
				'Update: we continue to watch developments in Porto Veyra closely. Our hearts are with everyone there.',
				'UPDATE 02:40 — Thinking of everyone in Porto Veyra tonight. We are monitoring the situation closely.'
			],
			[
				'Update: our hearts are with everyone in Porto Veyra. The consulate is open; call +00 100 200 300.',
				'Update: thinking of everyone in Porto Veyra. Next update from us at 03:30.'
			]
		);
	});

	it('an organisation named in a post is not a private person', () => {
		expectFinding(
			quake,
			'01:40',
			'confidential-leak',
			[],
			[
				'Blankets and water are at the Red Cross shelter by the harbour.',
				'The Red Crescent Society tent near the old town has first aid for anyone injured.'
			]
		);
	});

	it('masked compounds and "your bs" are profanity', () => {
		expectFinding(
			election,
			'00:44',
			'profanity',
			[
				'@truthseeker_88 Nobody is reading your sh!tty thread.',
				'@truthseeker_88 Enough of this total bs about funding.'
			],
			['@truthseeker_88 Calvera funds no party. BS and MA students can apply for our scholarships.']
		);
	});

	it('watching alone, or awareness of reports and watching, says nothing', () => {
		expectFinding(
			envoy,
			'01:12',
			'empty-platitude',
			[
				'We are monitoring developments closely.',
				'@LenaOrtizDC We have seen the reports and are watching the situation closely.'
			],
			[
				'We are following the situation closely; our policy is unchanged, as the minister said today.',
				'We are aware of the reports and have asked the foreign ministry for a meeting.'
			]
		);
	});

	it('sarcasm: "try reading before typing", "back on planet Earth", "remarkable sources", "just your hobby"', () => {
		expectFinding(
			quake,
			'01:12',
			'sarcasm',
			[
				'@LenaOrtizAD Try reading the whole statement before replying, Lena.',
				'@LenaOrtizAD Your informant must have remarkable sources. Here on planet Earth, the consulate is open.',
				'@LenaOrtizAD Back on planet Earth: the consulate never closed.',
				'@LenaOrtizAD Is spreading rumours just your hobby?'
			],
			['@LenaOrtizAD Please read the full statement on our website; the consulate never closed.']
		);
	});

	it("a party's programme 'plainly the closest to our values'; a government told to 'finally start listening'", () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				"Calvera takes no side, though the opposition's platform is obviously the one closest to our values.",
				'We hope the ruling coalition government will at last start listening to its own voters.'
			],
			['We hope every Talvanian voter can cast a ballot freely on Sunday.']
		);
	});

	it("an incident called a named state's operation, whatever the sentence's subject", () => {
		expectFinding(
			deepfake,
			'00:45',
			'premature-blame',
			['The doctored clip of our ambassador is a Castavian intelligence operation.'],
			['The doctored clip of our ambassador is part of our investigation, with the platform.']
		);
	});

	it('victims told what they really should have done; a rule they were repeatedly told', () => {
		expectFinding(
			hacked,
			'00:45',
			'victim-blaming',
			[
				'@lucia_ferro Applicants honestly need to look at the web address before typing in a passport number.',
				'@lucia_ferro Applicants have been repeatedly warned not to follow links in messages.'
			],
			[
				'@lucia_ferro Your application is safe. To be sure a link is ours, check it ends in .example.'
			]
		);
	});
});
