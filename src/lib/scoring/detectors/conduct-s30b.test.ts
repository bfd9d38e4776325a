/** Session 30, second part: round ten's false flags and light framing — a reopening announced for tomorrow, a
 * number corrected away, a possessive without its apostrophe, others' jokes named, a forecast of the harm, staying
 * out of a political debate. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, envoy, election } = scenarios();

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
});
