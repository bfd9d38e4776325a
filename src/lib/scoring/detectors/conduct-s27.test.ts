/** Session 27: four more voices on the shipped scenarios (a minister's political spokesperson, a consular duty
 * officer answering people one by one, a storytelling public-diplomacy officer, a senior officer's threads full of
 * figures) and two more crises (a ferry with a school group aboard, leaked embassy emails). Each cue is tested in
 * wording written afresh for this file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding } from '../../../../tests/fixtures/shipped.ts';

const { chemical, mall, volcano } = evalScenarios();

describe('session 27: counts of a nationality', () => {
	it('the count of our nationals against the facts’ count of them, for the same thing', () => {
		expectFinding(
			chemical,
			'03:05',
			'factual-error',
			['We are heartbroken: two Valmoran workers lost their lives in the explosion.'],
			[
				'Two workers died in the explosion; one of them was Valmoran.',
				'One Valmoran worker died in the explosion, and another worker from Kestrevia.'
			]
		);
		expectFinding(
			mall,
			'01:20',
			'factual-error',
			['Three Halvorians were killed and two were injured at Orchard Gate.'],
			[
				'Two Halvorians were killed and three injured at Orchard Gate.',
				'Three Halvorians are in hospital after the shooting.',
				'Dozens of Halvorians live in Dravik; call us if you need help.'
			]
		);
		expectFinding(
			volcano,
			'02:40',
			'factual-error',
			['So far 420 Brasmorians have registered with us on Keravos.'],
			['510 Brasmorians are now registered on Keravos, up from 420 this morning.']
		);
	});
});
