/** Session 25's cues from five scenarios by other authors (tests/fixtures/faux-pas-eval/scenarios): what a crisis
 * the detectors were not tuned on showed — a festival, a named detainee, a flag pair, puns on the disaster's own
 * subject, fault named before an accident's cause is known. Each cue is tested in wording written afresh for this
 * file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const {
	coach,
	collision,
	outbreak,
	detention,
	siege,
	cyclone,
	derailment,
	car,
	kidnap,
	crush,
	ferry
} = evalScenarios();
const { quake, hacked } = scenarios();

describe('session 25 cues on scenarios by other authors', () => {
	it('the crisis’s own subject is not promotion, its own names not private, its own flags not wrong', () => {
		expectFinding(
			outbreak,
			'00:20',
			'self-promotion',
			[],
			['Dovrians who were at the Lumen Tide Festival can call +00 410 220 900 at any hour.']
		);
		expectFinding(
			detention,
			'00:40',
			'confidential-leak',
			[],
			['Ruben Aldecott is held at the Ostrel Remand Centre; we are supporting his family.']
		);
		expectFinding(
			detention,
			'01:40',
			'wrong-name',
			['Mr Aldecot will be in court on 20 May.'],
			['Mr Aldecott will be in court on 20 May; Ms Aldecott is being kept informed.']
		);
		expectFinding(
			siege,
			'02:50',
			'wrong-name',
			['Corvessa 🇽🇵 thanks the police of Kelmarsh.'],
			['Corvessa 🇽🇨 and Pelmora 🇽🇵: a friendship that one night of violence will not break.']
		);
		expectFinding(
			siege,
			'02:10',
			'confidential-leak',
			['The Ambassador is safe at the residence in Hessel.'],
			['Thank you to the Kelmarsh police for protecting our staff tonight.']
		);
	});

	it('humour-in-tragedy: idioms on the disaster’s own subject', () => {
		expectFinding(
			collision,
			'01:50',
			'humour-in-tragedy',
			['That video looks rather fishy to us. The joint inquiry will say more.'],
			['That video does not show the Stella Marren. The joint inquiry will say more.']
		);
		expectFinding(
			coach,
			'01:00',
			'humour-in-tragedy',
			['The choir’s tour has ended on a sad note. Our thoughts are with the families.'],
			['The choir’s tour has ended in grief. Our thoughts are with the families.']
		);
		expectFinding(
			siege,
			'00:50',
			'humour-in-tragedy',
			['Nobody hurt inside, but the broken glass is a royal pane. Staff are safe.'],
			[]
		);
		// the same idiom where the scenario does not speak of fish is not a pun
		expectFinding(
			hacked,
			'01:00',
			'humour-in-tragedy',
			[],
			['That link looked fishy: do not click it.']
		);
	});

	it('premature-blame: fault or cause stated while the cause is pending', () => {
		expectFinding(
			coach,
			'00:45',
			'premature-blame',
			[
				'The driver was clearly going too fast on the descent.',
				'The coach company must be held accountable for this.',
				'The crash was caused by worn tyres, we understand.'
			],
			[
				'Police are investigating whether speed played a part; the cause is not yet known.',
				'Please drive carefully if you travel to Vasken: the R7 is closed.',
				'Our consular staff have worked without a break since the crash.',
				'The delay in naming a contact was a careless error by our team, and we take full responsibility.'
			]
		);
	});

	it('victim-blaming: the person hit told what they should not have done, or to choose better', () => {
		expectFinding(
			siege,
			'01:00',
			'victim-blaming',
			['The injured guard should not have confronted the crowd.'],
			['The injured guard is in hospital and we are with his family.']
		);
		expectFinding(
			outbreak,
			'01:30',
			'victim-blaming',
			[
				'Young festival-goers need to make wiser choices about crowded events.',
				'Visitors should take more care where they camp.'
			],
			['Please take care of yourselves and see a doctor if you feel unwell.']
		);
		expectFinding(
			collision,
			'03:00',
			'victim-blaming',
			['Skippers who fish Sennet Bank at night know the dangers.'],
			['We know how dangerous the sea is for fishing families, and we stand with them.']
		);
	});

	it('taking-sides: named politicians judged, the host’s record judged', () => {
		expectFinding(
			outbreak,
			'02:40',
			'taking-sides',
			[
				'Minister Keswick should have acted far sooner.',
				"Solvane's regulators failed to enforce basic hygiene rules."
			],
			['Minister Keswick has briefed us on the quarantine; we thank her team.']
		);
		expectFinding(
			collision,
			'01:20',
			'taking-sides',
			['Sabine Korrel is absolutely right about the coast guard.'],
			['Sabine Korrel has asked us a question; our answer is the same as to everyone.']
		);
	});

	it('amplified-unverified: unchecked reports relayed', () => {
		expectFinding(
			quake,
			'00:40',
			'amplified-unverified',
			[
				'We are hearing that the harbour road has collapsed.',
				'Reports reaching us suggest two more buildings have fallen.'
			],
			['We are hearing from many of you that the line is busy: we are adding staff.']
		);
	});

	it('sarcasm: mock thanks for harm and mock praise', () => {
		expectFinding(
			coach,
			'01:30',
			'sarcasm',
			[
				'@ks_frontline Thank you for turning a school tragedy into a political point. Very mature.',
				'Big thanks to everyone who picked the perfect moment to spread rumours about the Ortel Pass.'
			],
			['@ks_frontline Thank you for the correction. The cause is still being investigated.']
		);
	});

	it('belittling: "like everyone else" said of the addressee, not of ourselves', () => {
		expectFinding(
			outbreak,
			'01:10',
			'belittling',
			['@x Just wait your turn for a test like everyone else.'],
			['The embassy learned of the outbreak at 08:00, like everyone else.']
		);
	});

	it('derailment and cyclone: fault and cause named early, denied claims, consular hashtags, flag pairs', () => {
		expectFinding(
			derailment,
			'00:50',
			'premature-blame',
			[
				'Years of poor maintenance on the line led to the derailment, it seems.',
				'Human error by the driver is the likely explanation for tonight.'
			],
			[
				'We do not know what caused the derailment; the investigation board will establish it.',
				'The photo claiming the driver was drunk is doctored.'
			]
		);
		expectFinding(
			cyclone,
			'01:10',
			'premature-blame',
			['Our tourists were hurt because the resort ignored the evacuation instructions.'],
			[]
		);
		expectFinding(
			derailment,
			'02:10',
			'taking-sides',
			['Greta Hallbeck is quite right about the minister.'],
			['Greta Hallbeck asked about consular help; here is what we are doing.']
		);
		expectFinding(
			derailment,
			'02:00',
			'victim-blaming',
			['Some of the passengers were walking between carriages instead of staying in their seats.'],
			['Passengers who need help getting home can call our crisis line.']
		);
		expectFinding(
			cyclone,
			'02:40',
			'self-promotion',
			[],
			['#KelmoransInLenuva buses leave the Vaiora Convention Centre at 12:00.']
		);
		expectFinding(
			derailment,
			'00:50',
			'wrong-name',
			[],
			['🇰🇹 🇻🇲 Kestria mourns with Velmora tonight.']
		);
		expectFinding(
			derailment,
			'01:20',
			'amplified-unverified',
			['Passing this on: a local paper says the driver had worked a double shift.'],
			['Reports that the driver was drunk are false: the photo is doctored.']
		);
		expectFinding(
			derailment,
			'01:10',
			'humour-in-tragedy',
			[],
			['Please do not share the photo, not even as a joke: it is doctored.']
		);
	});

	it('diplomatic car and kidnapping: fault on the road, the abductors named, sides, relays, refusals', () => {
		expectFinding(
			car,
			'00:55',
			'premature-blame',
			[
				'The cyclist jumped the red light, witnesses tell us.',
				'Our driver ran a red light at the junction.'
			],
			['Police are establishing how the collision happened; we are cooperating fully.']
		);
		expectFinding(
			car,
			'01:00',
			'victim-blaming',
			['The teenage cyclist was riding without a helmet, we understand.'],
			['The teenage cyclist is in hospital and we are thinking of the family.']
		);
		expectFinding(
			kidnap,
			'00:40',
			'premature-blame',
			['The aid workers were kidnapped near Ombassi yesterday by separatist militants.'],
			['The aid workers were taken near Ombassi yesterday; we do not know who holds them.']
		);
		expectFinding(
			kidnap,
			'02:20',
			'taking-sides',
			[
				'Mr Mendu makes a fair point about security in the province.',
				'The government has plainly lost control of the north.'
			],
			['Mr Mendu asked about the hostages; our answer to everyone is the same.']
		);
		expectFinding(
			kidnap,
			'01:20',
			'self-promotion',
			[],
			['#ArdessaPaid is a lie: no ransom has been paid, and none will be.']
		);
		expectFinding(
			kidnap,
			'01:00',
			'confidential-leak',
			[],
			['No comment on any contacts with the kidnappers: lives are at stake.']
		);
		expectFinding(
			kidnap,
			'03:20',
			'amplified-unverified',
			['Reports on social media claim the hostages have been moved across the border.'],
			['The Sulmaran authorities confirm the three aid workers are safe and in their care.']
		);
	});

	it('pilgrimage crush and ferry: relays, puns afloat, a firm with a lot to answer for, neutral on a resignation', () => {
		expectFinding(
			ferry,
			'01:20',
			'amplified-unverified',
			['Passing this on for anxious relatives: fishermen on Marenza say everyone is safe.'],
			['The coast guard confirms the search continues through the night.']
		);
		expectFinding(
			crush,
			'00:40',
			'amplified-unverified',
			['Sharing this from a volunteer at the gate: the toll is far higher than reported.'],
			[]
		);
		expectFinding(
			ferry,
			'00:55',
			'humour-in-tragedy',
			['Our consular team is keeping everyone afloat tonight. Call us if you are worried.'],
			['Our consular team is with survivors tonight. Call us if you are worried.']
		);
		expectFinding(
			ferry,
			'02:10',
			'premature-blame',
			['The ferry company has a lot to answer for.'],
			['The ferry company is cooperating with the inquiry.']
		);
		expectFinding(
			ferry,
			'02:30',
			'taking-sides',
			[],
			['Whether the minister should resign is a matter for Kessaria, not for us.']
		);
		expectFinding(
			ferry,
			'01:20',
			'victim-blaming',
			['Passengers who ignored the storm warnings must accept the consequences.'],
			['Please follow the storm warnings and stay in port until they are lifted.']
		);
		expectFinding(
			crush,
			'02:25',
			'premature-blame',
			[],
			[
				'A hashtag blaming Caldrian pilgrims is spreading false claims: police found no evidence of it.'
			]
		);
	});
});
