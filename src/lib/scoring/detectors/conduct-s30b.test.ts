/** Session 30, second part: round ten's false flags and light framing — a reopening announced for tomorrow, a
 * number corrected away, a possessive without its apostrophe, others' jokes named, a forecast of the harm, staying
 * out of a political debate. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, envoy, election, hacked } = scenarios();

describe('session 30: false flags and light framing', () => {
	it('a state announced for tomorrow is no claim about now; a wrong number corrected away is no error', () => {
		expectFinding(
			evac,
			'00:30',
			'factual-error',
			['The international airport is open again; head there now.'],
			[
				'The international airport reopens tomorrow morning, if the authorities confirm it.',
				'Please note: our hotline is +00 200 300 400, not +00 200 300 440.'
			]
		);
	});

	it('a name with a possessive s typed without its apostrophe is the name', () => {
		expectFinding(
			envoy,
			'00:44',
			'wrong-name',
			['Brena supports a negotiated settlement.'],
			[
				'BRENNAS POSITION ON SALTMARSH IS UNCHANGED.',
				'Esterias sovereignty is not in question for us.'
			]
		);
	});

	it("others' jokes named are not ours; a forecast of the harm, a toll scored as a win, 'do the talking' are", () => {
		expectFinding(
			quake,
			'01:00',
			'humour-in-tragedy',
			[
				'Porto Veyra tonight: overcast with a chance of falling masonry. Stay indoors.',
				'The consulate lost two windows and no staff; we will take that as a win.',
				'Rescue dogs are on site. Let the dogs do the talking.'
			],
			[
				'@cast_uncovered People have died and you are posting jokes. Please stop.',
				'Forecast for tomorrow: rain. Shelter at the consulate is open all night.'
			]
		);
	});

	it('refusing to join a political debate is not evasion', () => {
		expectFinding(
			election,
			'00:52',
			'no-comment',
			['We will not comment on the allegations.'],
			[
				'We will not comment on the party-political debate in Talvania; Calvera funds no party or candidate.'
			]
		);
	});

	it('hearsay passed on with its "that" clause, checked or not', () => {
		expectFinding(
			quake,
			'00:50',
			'amplified-unverified',
			[
				'Other embassies are hearing that a second hotel has collapsed in the old town. We are checking.',
				'We understand from contacts in the harbour district that the ferry terminal is flooded.',
				'We are hearing from residents near the port that water is short. Not confirmed yet.'
			],
			[
				'We are hearing from the civil protection agency that the old town is being cleared.',
				'We have heard that families are anxious; our emergency line is +00 100 200 300.'
			]
		);
	});

	it('the pending cause named as what it was, before it is established', () => {
		expectFinding(
			hacked,
			'01:00',
			'premature-blame',
			[
				'This was a classic phishing job, nothing more.',
				'Someone got in via a phishing e-mail to our press team.'
			],
			[
				'Was it phishing? We do not know yet; the investigation continues.',
				'Investigators are still establishing how the account was accessed.'
			]
		);
	});

	it('a party wished success, a government found wanting, a minister vindicated against the opposition', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				"We would love to see Civic Renewal's candidate win on Sunday.",
				'The Talvanian government has once again delivered nothing for young voters.',
				'The result vindicates the ruling party, whatever the Civic Renewal campaign claims.'
			],
			[
				'We would love to see a high turnout on Sunday.',
				'The OSCE mission has delivered its interim report; we welcome it.'
			]
		);
		expectFinding(
			quake,
			'01:05',
			'taking-sides',
			['Decades of shoddy inspections by the city have left the old town exposed.'],
			['Decades-old buildings in the old town are being inspected by engineers tonight.']
		);
	});
});

describe('session 30: round twelve', () => {
	const { quake, evac, election, deepfake } = scenarios();
	it('sarcasm: "how thrilling for you", "on the edge of our seats", "find yourself a hobby", ", genius"', () => {
		expectFinding(
			quake,
			'01:13',
			'sarcasm',
			[
				'@LenaOrtizAD Another deadline? How exciting for you.',
				'@LenaOrtizAD We are on the edge of our seats waiting for your next scoop.',
				'@LenaOrtizAD Check the full video first, genius.'
			],
			['@LenaOrtizAD Thank you for asking before publishing: the consulate never closed.']
		);
		expectFinding(
			deepfake,
			'01:22',
			'sarcasm',
			['@realpatriot_cv Go and find yourselves a new hobby.'],
			['@realpatriot_cv The full recording is on our website.'],
			'troll-bait'
		);
	});

	it('"this is exactly why we ask"; a government hoped for; hearsay without a subject', () => {
		expectFinding(
			evac,
			'01:10',
			'victim-blaming',
			['Stuck without a seat? This is precisely why we advise registering before you travel.'],
			['Register now, even if you are already in Sarenne: it is how we find you.']
		);
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			['We would be happy to see a new government in Talvania that takes reform seriously.'],
			['We would be happy to see a calm, fair count on Sunday.']
		);
		expectFinding(
			election,
			'01:52',
			'amplified-unverified',
			['Heard from people at the count that ballots went missing in Vardel.'],
			['The electoral commission says every ballot in Vardel has been counted.']
		);
	});
});
