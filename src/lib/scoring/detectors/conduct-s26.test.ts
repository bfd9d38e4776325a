/** Session 26's cues from five more scenarios by other authors (tests/fixtures/faux-pas-eval/scenarios: a wildfire,
 * a forged cable, a detained student, an embassy reception that made guests ill, an avalanche) and two new voices
 * (an ambassador's own, and replies in the heat of a thread). Each cue is tested in wording written afresh for this
 * file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { car, wildfire, cable, student, reception, avalanche } = evalScenarios();
const { quake, askstate, election, envoy, evac, hacked, visit } = scenarios();

describe('session 26: statuses that contradict the facts (factual-error)', () => {
	it('a death, a release or "no one hurt" against what the facts say of that person', () => {
		expectFinding(
			car,
			'01:30',
			'factual-error',
			[
				'We send our deepest sympathy to the family of the young cyclist who died on Calder Avenue.',
				'We mourn the death of the cyclist hit at Tollgate Street.',
				'Thankfully no one was hurt in the collision at Calder Avenue.'
			],
			[
				'Our thoughts are with the seriously injured cyclist and the family.',
				'The cyclist is in hospital; no one else was hurt.',
				'Claims that the cyclist has died are false: the cyclist is seriously injured.',
				'The driver nearly killed a cyclist, say some posts; police are investigating the cause.'
			]
		);
		expectFinding(
			student,
			'00:45',
			'factual-error',
			['Good news: Oskar Lindqvar was freed this morning and is safe.'],
			['Oskar Lindqvar is still held in Velmora; we have asked for consular access.']
		);
	});

	it('a death announced before any fact or report gives one; a group is left to the figures', () => {
		expectFinding(
			avalanche,
			'01:30',
			'factual-error',
			['With great sadness we confirm that two Norvessans have lost their lives at Drossen Col.'],
			[
				'Two Norvessans are still missing and the search goes on.',
				'We cannot yet say whether anyone has died; the search continues.',
				'Sharing unconfirmed reports that two climbers were killed: we are seeking confirmation.'
			]
		);
		expectFinding(
			avalanche,
			'02:30',
			'factual-error',
			[],
			['Two Norvessans died at Drossen Col; four are in hospital in Lenholm.']
		);
	});
});

describe('session 26: refusals, blame and the people hit', () => {
	it('a bare "no comment" with a reason is still one; a scoped refusal with what can be said is an answer', () => {
		expectFinding(
			reception,
			'01:20',
			'no-comment',
			[
				'No comment while the inspectors are at work.',
				'We do not comment on leaked documents. Thank you.',
				"I'm afraid we shan't be commenting on that today."
			],
			[
				'We do not comment on the inquiry’s work; that is for the inspectors. What we can say: every guest’s medical costs are covered and the guest line is open.'
			]
		);
	});

	it('a cause or culprit named while it is pending: arson, "started by", "points to", "questions to answer"', () => {
		expectFinding(
			wildfire,
			'01:00',
			'premature-blame',
			[
				'This smells like arson, and whoever lit it must face justice.',
				'The blaze was obviously started by sparks from the railway line.'
			],
			['The cause of the fire is under investigation; please follow evacuation orders.']
		);
		expectFinding(reception, '00:58', 'premature-blame', [
			'All the evidence points to the kitchen staff at the residence.'
		]);
		expectFinding(
			avalanche,
			'01:05',
			'premature-blame',
			[
				'The trekking company has serious questions to answer about this morning.',
				'Our citizens were hurt because the guides chose the wrong slope.'
			],
			['Our citizens were hurt because of the avalanche; the search continues.']
		);
		expectFinding(
			hacked,
			'01:15',
			'premature-blame',
			['We name no one, but the timing speaks for itself.'],
			[]
		);
		// our own fault owned is an apology, not blame
		expectFinding(
			visit,
			'00:36',
			'premature-blame',
			[],
			[
				"The fault is the ministry's, and we have apologised for the post.",
				"The error was ours: our press office posted the wrong flag, and the fault is the ministry's."
			]
		);
	});

	it('the people hit blamed: staying despite an order, a risk taken knowingly', () => {
		expectFinding(
			wildfire,
			'02:50',
			'victim-blaming',
			[
				'Tourists remaining in their villas despite the evacuation order put themselves in danger.',
				'Hiking in fire season is a risk every visitor takes knowingly.'
			],
			['Everyone still in the area must follow the evacuation order now.']
		);
	});
});

describe('session 26: politics, tone and naming', () => {
	it('a named party or politician judged or backed, protesters backed against the government', () => {
		expectFinding(
			cable,
			'01:10',
			'taking-sides',
			[
				"People's Forward should stop spreading forgeries about its opponents.",
				'Union for Ardesia has run a disgraceful campaign.'
			],
			['We respect every party in Ardesia; the choice belongs to Ardesian voters.']
		);
		expectFinding(
			student,
			'02:12',
			'taking-sides',
			['We stand with the young Quessarans demanding change in Velmora.'],
			['We call on all sides to refrain from violence.']
		);
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			["Civic Renewal's economic programme would be good for Talvania."],
			[]
		);
	});

	it('talking down, sarcasm at a crowd, jokes that make injuries small, promotion slipped into a tragedy', () => {
		expectFinding(
			askstate,
			'00:20',
			'belittling',
			[
				'Everything is on our website if you read it properly.',
				'A quick search answers this one.',
				'There is nothing to worry about; people just need to be patient.'
			],
			[
				'Please read our travel advice carefully before you travel.',
				'Please read this first: the line opens at 18:00.'
			]
		);
		expectFinding(
			wildfire,
			'02:56',
			'sarcasm',
			['Funny how everyone online is suddenly a wildfire expert.'],
			['Many people have asked how the fire started; the National Fire Service is investigating.']
		);
		expectFinding(
			envoy,
			'00:48',
			'sarcasm',
			[
				'@truthseeker_88 Says the account with no name. Maybe read the transcript before you lecture us.'
			],
			[]
		);
		expectFinding(quake, '02:45', 'humour-in-tragedy', [
			'The consulate is still standing, unlike our nerves. Call +00 100 200 300.',
			'Some cuts and bruises among staff, nothing a plaster won’t fix.'
		]);
		expectFinding(
			reception,
			'00:38',
			'humour-in-tragedy',
			[],
			['Around 40 guests of our reception are ill; our guests’ medical costs will be covered.']
		);
		expectFinding(avalanche, '01:20', 'self-promotion', [
			'Meanwhile, a friendly reminder that our new student exchange programme opens next week!'
		]);
	});

	it('relays, a wrong surname after a near first name, denials that make a relay clean', () => {
		expectFinding(
			student,
			'01:45',
			'amplified-unverified',
			['Sharing this so everyone is aware: the student was beaten in custody.'],
			[]
		);
		expectFinding(
			envoy,
			'00:45',
			'amplified-unverified',
			[],
			[
				'Our policy is unchanged. Reports that we now back independence for Saltmarsh are incorrect.'
			]
		);
		expectFinding(
			student,
			'00:40',
			'wrong-name',
			['We are following the case of Oscar Lindqvest closely.'],
			['We are following the case of Oskar Lindqvar closely.']
		);
		// the writer's own family is no private person's data
		expectFinding(
			evac,
			'01:46',
			'confidential-leak',
			[],
			[
				"Mr Ortez, I'm a father too, and I know how hard this is. Our consular team will call you privately."
			]
		);
	});
});
