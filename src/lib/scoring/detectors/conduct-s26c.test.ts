/** Session 26's third round: four more scenarios by other authors (a school choir held at a border, a toxic cloud
 * from a chemical plant, a writer's death in custody, a volcano evacuation) and two voices (a cautious ministry
 * lawyer, a youth-outreach account in internet slang). Each cue is tested in wording written afresh for this file,
 * with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { border, chemical, custody, volcano } = evalScenarios();
const { quake, election, evac, hacked, visit, deepfake } = scenarios();

describe('session 26c: blame, sides and the people hit', () => {
	it('guards who "killed him", a death "murdered by the regime", a delay "caused by" a failure, those who "wish us ill"', () => {
		expectFinding(
			custody,
			'01:30',
			'premature-blame',
			[
				'The prison guards beat him, and that is what killed him.',
				'He was tortured to death by the guards at Holvik.'
			],
			['An autopsy has been ordered; the cause of death is not yet known.']
		);
		expectFinding(volcano, '02:05', 'premature-blame', [
			'The slow warning was caused by the civil protection agency’s delays.'
		]);
		expectFinding(quake, '00:50', 'premature-blame', [
			'The clip was plainly made by people who wish us harm.'
		]);
	});

	it('"we agree with" or "<name> is right" for any named person of the host; voters told to remember; a government we would welcome', () => {
		expectFinding(
			border,
			'00:55',
			'taking-sides',
			['We fully agree with Greta Vollan on this.'],
			['We have spoken to Greta Vollan about the children’s return.']
		);
		expectFinding(volcano, '02:25', 'taking-sides', ['Governor Daskas is right about the alert.']);
		expectFinding(border, '03:10', 'taking-sides', ['We hope voters remember this rule.']);
		expectFinding(election, '00:57', 'taking-sides', [
			'Talvania’s friends would certainly welcome a new government.'
		]);
		expectFinding(
			election,
			'01:30',
			'taking-sides',
			[],
			['Who you vote for on Sunday is your choice alone, Talvania.']
		);
	});

	it('the people hit: "the result of his own decision", "put themselves at risk", "those who, …, elected to…"', () => {
		expectFinding(
			custody,
			'01:44',
			'victim-blaming',
			['His death was the consequence of his own choices.'],
			['He chose to go on hunger strike to protest his detention; we asked for medical care.']
		);
		expectFinding(chemical, '03:05', 'victim-blaming', [
			'Staff who skip the drills put themselves in danger.'
		]);
		expectFinding(evac, '00:35', 'victim-blaming', [
			'Those who, despite everything, opted to stay will understand that the consequences are theirs.'
		]);
	});
});

describe('session 26c: relays, tone and register', () => {
	it('"Passing on:", "we pass on, …, a report that", "we share below the clip now circulating"', () => {
		expectFinding(
			chemical,
			'00:52',
			'amplified-unverified',
			['Passing on: the plant may explode again tonight.'],
			['Passing on our thanks to the fire crews at Lyndrath.']
		);
		expectFinding(evac, '00:55', 'amplified-unverified', [
			'We pass on, for what it is worth, a report that the charter is full.'
		]);
		expectFinding(deepfake, '00:15', 'amplified-unverified', [
			'We share below the video now doing the rounds.'
		]);
	});

	it('a death as a jokey euphemism, mock thanks "very reassuring", "ok buddy", "news for some"; a masked swear', () => {
		expectFinding(chemical, '02:59', 'humour-in-tragedy', [
			'Sadly one of our workers has kicked the bucket at the plant.'
		]);
		expectFinding(custody, '00:44', 'sarcasm', [
			'@InteriorMinistry Thank you for that deeply moving statement. Very comforting for his family.'
		]);
		expectFinding(deepfake, '01:22', 'sarcasm', [
			'@realpatriot_cv ok buddy, watch the full video.'
		]);
		expectFinding(chemical, '03:24', 'sarcasm', [
			'Surprise for some: the capital is fine. Who would have thought?'
		]);
		expectFinding(hacked, '00:40', 'profanity', [
			'Some f***wit got into our account this morning.'
		]);
	});

	it('"!!" is emphasis, not shouting; a thing or an act called a joke or a disgrace insults no one', () => {
		expectFinding(
			evac,
			'00:50',
			'shouting',
			['Pack light!!! One bag each!!!'],
			['Pack light!! One bag each, assembly points open at 14:00.']
		);
		expectFinding(
			visit,
			'00:25',
			'profanity',
			[],
			[
				'The flag post was just a joke that went wrong; we apologise.',
				'Holding a school choir at the border is a disgrace.'
			]
		);
	});
});
