/** Session 28, round seven: heated threads, a defensive spokesperson, a polished adviser, humour as house style, a
 * cruise ship in quarantine and a staffer's real video. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { cruise, barvideo } = evalScenarios();
const { quake, evac, deepfake, hacked, election, envoy, askstate } = scenarios();

describe('session 28c: relays and blame', () => {
	it('hearsay from the replies, from journalists, a clip that "appears to show"; a clip called a fake', () => {
		expectFinding(
			evac,
			'02:20',
			'amplified-unverified',
			[
				'A few of you are saying the airport road is flooded. Avoid it for now.',
				'Hearing from two reporters that the charter will be delayed.'
			],
			['The Sarenne police say the airport road is open. Assembly points open at 14:00.']
		);
		expectFinding(
			cruise,
			'00:55',
			'amplified-unverified',
			['A clip going round this morning seems to show passengers being locked in their cabins.'],
			[
				'A clip going round this morning that appears to show passengers locked in their cabins is not authentic.'
			]
		);
	});

	it('an unnamed coordinated effort, a fake pinned on an agency, "the trail does not lead far from"', () => {
		expectFinding(
			quake,
			'00:55',
			'premature-blame',
			[
				'The clip is part of an orchestrated campaign to smear our consular staff.',
				'That video was staged by a PR firm working for our critics.'
			],
			[
				'We do not know who made the clip. The facts: the consulate is open and 140 people are inside.'
			]
		);
		expectFinding(
			hacked,
			'01:12',
			'premature-blame',
			['No names yet, but the trail does not lead very far from the capital.'],
			['We are not naming anyone; the investigation will establish who did this.']
		);
		expectFinding(
			hacked,
			'01:15',
			'premature-blame',
			['Our engineers believe a gang of hackers was behind it.'],
			['Our engineers are working with the police to establish who was behind it.']
		);
	});

	it('a death put down to what a company ignores', () => {
		expectFinding(
			cruise,
			'01:50',
			'premature-blame',
			['This is what happens when an operator skimps on hygiene.'],
			['The cause of the outbreak is being investigated by the Ministry of Health.']
		);
	});
});

describe('session 28c: conduct', () => {
	it('sarcasm: a crowd of instant experts, heavy lifting, a deadline loved, a suggestion made gently', () => {
		expectFinding(
			askstate,
			'00:35',
			'sarcasm',
			[
				'Incredible how many people have become experts on biometric systems since lunch.',
				'@truthhammer We would gently suggest reading the answers above.'
			],
			['Many people have asked about the biometric system; here is how it works.']
		);
		expectFinding(
			envoy,
			'01:14',
			'sarcasm',
			[
				'@LenaOrtizDC An anonymous source doing the heavy lifting again, we see.',
				'@LenaOrtizDC Love a tight deadline. The policy is unchanged.'
			],
			['@LenaOrtizDC Thank you for the deadline. The policy is unchanged.']
		);
	});

	it('belittling: relax and enjoy, anyone sensible knows, deep breaths', () => {
		expectFinding(
			election,
			'01:00',
			'belittling',
			[
				'Anyone with a bit of sense already knows the document is fake.',
				'Deep breaths, folks: it is one forged page.'
			],
			['The document is a forgery; Calvera funds no party or candidate.']
		);
		expectFinding(
			askstate,
			'00:12',
			'belittling',
			['Relax and enjoy the summer; your visa will come.'],
			['Enjoy the summer course; if your visa has not arrived in nine weeks, write to us.']
		);
	});

	it('humour: shaken but not stirred, woke up with a jolt, not a catwalk, a bonus night aboard', () => {
		expectFinding(
			quake,
			'01:00',
			'humour-in-tragedy',
			[
				'Shaken but not stirred, that is Porto Veyra tonight.',
				'The city woke up to quite a rumble tonight.'
			],
			['The earthquake shook Porto Veyra tonight; our consulate is open.']
		);
		expectFinding(
			cruise,
			'02:20',
			'humour-in-tragedy',
			['A surprise bonus day on board for our passengers!'],
			['Passengers stay on board one more day; disembarkation starts at 14:00.']
		);
	});

	it('taking sides: a programme that looks good from here, a party said to be behind a rumour; a rhetorical question is not', () => {
		expectFinding(
			election,
			'00:53',
			'taking-sides',
			['Civic Renewal’s plans look rather sensible from where we sit.'],
			[
				'Who should win on Sunday? That is for Talvanians alone. Calvera funds no party or candidate.'
			]
		);
		expectFinding(
			barvideo,
			'01:12',
			'taking-sides',
			['The Civic Front is obviously behind this smear.'],
			['We apologise without reservation for our staff member’s remarks.']
		);
	});

	it('an office icon is no emoji in a tragedy; love sent with nothing else is a platitude', () => {
		expectFinding(
			evac,
			'00:18',
			'emoji-in-tragedy',
			['Stay safe everyone 😎'],
			['Register now: 📝 register.elbany.example or 📞 +00 200 300 400. 🌐 More at elbany.example.']
		);
		expectFinding(
			quake,
			'00:12',
			'empty-platitude',
			['All our love goes out to Porto Veyra tonight.'],
			['All our love to Porto Veyra tonight. Arcadians who need help: +00 100 200 300.']
		);
	});

	it('a rule taught to the victim after the fact; "not dignifying"', () => {
		expectFinding(
			hacked,
			'00:42',
			'victim-blaming',
			[
				'@lucia_ferro First rule of online safety: never give your passport number to a prize link.'
			],
			['@lucia_ferro We are so sorry. Please call us and we will help you protect your passport.'],
			'applicant-worry'
		);
		expectFinding(
			deepfake,
			'00:35',
			'no-comment',
			['Not dignifying that video with an answer.'],
			['The video has been manipulated; the full recording will be online shortly.']
		);
	});

	it('a time stamp before an update and a figure beside a ship’s name belong to other facts', () => {
		expectFinding(
			cruise,
			'02:20',
			'factual-error',
			['Disembarkation from the Coral Meridian starts at 16:00.'],
			[
				'Health ministry update (11:10): 188 people have fallen ill; disembarkation from the Coral Meridian starts at 14:00.'
			]
		);
	});
});
