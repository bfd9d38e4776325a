/** Session 30: round ten's kinds (corrections and updates, replies to trolls, an operation placed abroad,
 * organisations that are not people). Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, election, askstate } = scenarios();

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
});
