/** Session 31, round eighteen: dense posts, a wry small embassy, a provincial consulate relaying local media, a killed
 * embassy driver and a tanker spill. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, envoy, evac } = scenarios();
const { spill, staffkill } = evalScenarios();

describe('session 31: round eighteen', () => {
	it('local media relayed, a clip offered, reports "heard"', () => {
		expectFinding(
			quake,
			'00:30',
			'amplified-unverified',
			[
				'Radio Costa Veyra is reporting that a second hotel has collapsed. We cannot confirm it.',
				'Here is the video people are sharing from the harbour. We are checking it.',
				'We have heard reports of looting in the old town and are trying to confirm them.'
			],
			['Civil protection confirms the harbour road is closed. Use the ring road.']
		);
	});

	it('a side agreed with by a pronoun, a protest backed, protesters said to be right', () => {
		expectFinding(
			envoy,
			'01:05',
			'taking-sides',
			['The opposition leader says the government is failing Saltmarsh. She has a point.'],
			['The opposition leader spoke about Saltmarsh today. Our policy is unchanged.']
		);
		expectFinding(
			spill,
			'01:58',
			'taking-sides',
			['The fishermen are right about the government. We support their blockade.'],
			['We understand the fishers’ anger and are paying for clean-up crews along Merrow Bay.']
		);
	});

	it('amateurs told off, a risk said to come with the job, "in time for your deadline"', () => {
		expectFinding(
			spill,
			'01:52',
			'belittling',
			['@lise_hammar Leave it to the professionals, please.'],
			['@lise_hammar Volunteers: please register at the briefing before going to the beach.']
		);
		expectFinding(
			spill,
			'00:52',
			'victim-blaming',
			['@mirja_tal Every sailor understands that tanker work carries risks.'],
			['@mirja_tal Please call +00 310 555 200 for news of your son.']
		);
		expectFinding(
			spill,
			'01:25',
			'sarcasm',
			['@NadiaFerroKH Sure, we will confirm rumours in time for your deadline.'],
			['@NadiaFerroKH We do not confirm rumours; here is what we know.']
		);
	});

	it('fault put on an authority, or a cause said as "clearly a robbery"; an arrest reported is not blame', () => {
		expectFinding(
			spill,
			'02:15',
			'premature-blame',
			['The coast guard should have warned the ship off the reef.'],
			[
				'Police have arrested the captain on suspicion of negligence; the cause is still under investigation.'
			]
		);
		expectFinding(
			staffkill,
			'01:02',
			'premature-blame',
			['This was obviously a carjacking, nothing more.'],
			['Police are investigating how our colleague was killed; we will not speculate.']
		);
	});

	it('boasts: "not bad for one of the smallest embassies"', () => {
		expectFinding(
			evac,
			'03:05',
			'self-promotion',
			['380 people out today. Not bad for a small embassy!'],
			['380 people left Port Iset today; the next flights leave tomorrow at 09:00.']
		);
	});

	it('round nineteen: "not before 11:00" is no correction; quotes a side, shrugs off a share, warns too late', () => {
		expectFinding(
			evac,
			'01:00',
			'factual-error',
			['Assembly points open at 15:00 at the Grand Hotel Meridien.'],
			['Assembly points open not before 14:00 at the Grand Hotel Meridien.']
		);
		expectFinding(
			quake,
			'00:40',
			'belittling',
			['Some of you really need to think before you hit share.'],
			['Please check a post with us before you share it: +00 100 200 300.']
		);
		expectFinding(
			envoy,
			'00:50',
			'taking-sides',
			[
				'The ruling party’s programme is the only credible one on the ballot.',
				'We stand with the government, whatever its critics in parliament say.'
			],
			['Brenna’s policy is unchanged: territorial integrity and a negotiated settlement.']
		);
	});
});
