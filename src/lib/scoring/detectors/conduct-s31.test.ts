/** Session 31, rounds thirteen and fourteen: the kinds the unseen batches missed (a Q&A post's platitude, masked
 * swearing with trailing stars, mock gratitude and mock concessions, a motive ascribed, a verdict on a host official,
 * waved-away alarm, a hedged relay, a boast by contrast) and the false flags (a treaty taken for a person, a refusal
 * that repeats the question, "stand by the police" taken for sympathy). Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, askstate, election, evac, deepfake, envoy, visit } = scenarios();
const { pouch, doping } = evalScenarios();

describe('session 31: conduct the unseen batches missed', () => {
	it('masked swearing with the stars at the end, and masked insults the word list lacks', () => {
		expectFinding(
			deepfake,
			'01:25',
			'profanity',
			[
				'@realpatriot_cv The recording is public. Enough of this bull****.',
				'@realpatriot_cv Only a pr*ck hides behind an anonymous account.'
			],
			[
				'Fields marked * are required when you register.',
				'@realpatriot_cv The full recording is public: norland-embassy.example/toast'
			]
		);
	});

	it("a Q&A post's quoted question is not the answer's substance", () => {
		expectFinding(
			quake,
			'00:30',
			'empty-platitude',
			[
				'Q: How is the embassy helping people in Porto Veyra? A: We are following events closely. Our hearts go out to all those affected.',
				'You asked: what are you doing for families? Our answer: our thoughts are with every family tonight.'
			],
			[
				'Q: How is the embassy helping? A: The consulate is open all night; call +00 100 200 300.',
				'Our thoughts are with everyone in Porto Veyra. Call +00 100 200 300 if you need help.'
			]
		);
		expectFinding(
			evac,
			'00:20',
			'empty-platitude',
			[
				'The Embassy of the Commonwealth of Elbany is following developments in Sarenne with the greatest attention and remains in close contact with the local authorities.',
				'We are aware of tonight’s events in Port Iset and are monitoring the situation closely.'
			],
			['We are following developments in Sarenne closely. Register now at register.elbany.example.']
		);
	});

	it('mock gratitude, mock concession and a rhetorical jab at the person answered', () => {
		expectFinding(
			askstate,
			'00:47',
			'sarcasm',
			[
				'@truthhammer How terribly generous of you. We always welcome such insightful contributions.',
				'@truthhammer Astonishingly, no. Visas are processed for everyone.',
				'@truthhammer Anything else we can do for your clicks today?'
			],
			[
				'@truthhammer Visas are processed for everyone; it takes up to nine weeks.',
				'@amira_h Thank you for your patience. Processing takes up to nine weeks.'
			]
		);
		expectFinding(
			envoy,
			'01:00',
			'sarcasm',
			[
				'@MFAEsteria We value advice on diplomacy, though perhaps less so from a ministry that leaks its own cables.',
				'@truthseeker_88 We take no lessons in honesty from an account created last week.'
			],
			[
				'@MFAEsteria Brenna’s policy is unchanged: territorial integrity and a negotiated settlement.'
			]
		);
	});

	it('a motive ascribed to an actor is blame before the facts', () => {
		expectFinding(
			pouch,
			'00:40',
			'premature-blame',
			[
				'Opening our bag was retaliation for last week’s vote in the Varda Council.',
				'The customs stop is a convenient diversion from the budget row.'
			],
			[
				'Turning a customs stop into a political stunt helps nobody. Our driver must be released.',
				'We will not speculate about motives. The bag is protected by the Vienna Convention.'
			]
		);
	});

	it('a verdict on a host official, and a side taken in diplomatic words', () => {
		expectFinding(
			doping,
			'02:40',
			'taking-sides',
			[
				'The sports minister’s comments today were shameful and beneath his office.',
				'Ardessans deserve better than this.'
			],
			['We have noted the sports minister’s comments and will respond through diplomatic channels.']
		);
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				'We wish every success to all those fighting for reform on Sunday.',
				'We note our concern at the tactics of the ruling party during this election campaign.'
			],
			[
				'@LenaOrtizDC You ask whether we back Civic Renewal. Choosing a government is for Talvanians alone.',
				'International observers work under the regime established by the OSCE.'
			]
		);
	});

	it('alarm waved away and the asker sent off to the guidance', () => {
		expectFinding(
			quake,
			'00:32',
			'belittling',
			[
				'@tomas_reyne There is really no cause for panic. Please do not overload our lines.',
				'@tomas_reyne Don’t worry, your parents will be absolutely fine.',
				'@tomas_reyne We literally posted this already.'
			],
			[
				'@tomas_reyne We understand how worrying this is. Call +00 100 200 300 with your parents’ details.',
				'Please stay calm and follow the civil protection instructions.'
			]
		);
		expectFinding(
			askstate,
			'00:12',
			'belittling',
			[
				'@amira_h Applicants should review the published visa guidance before submitting questions here.'
			],
			[
				'@amira_h The published guidance is at tessaly.example/visas; processing takes up to nine weeks.'
			]
		);
	});

	it('an unverified report relayed with a hedge beside it is still relayed', () => {
		expectFinding(
			quake,
			'00:15',
			'amplified-unverified',
			[
				'The consulate has received unverified reports of looting near the harbour. We are checking.',
				'Local radio reports that the road to the airport may close tonight. We are looking into it.'
			],
			[
				'Unconfirmed reports that the consulate turned people away are false: the consulate is open.',
				'The consulate is open all night. Call +00 100 200 300.'
			]
		);
	});

	it('a boast by contrast with other missions, and a plug for the national stand', () => {
		expectFinding(
			quake,
			'02:05',
			'self-promotion',
			[
				'No other embassy in Veyrania stayed open all night.',
				'Our consular team worked through the night while others slept.'
			],
			['We thank the other embassies in Veyrania that helped shelter people tonight.']
		);
		expectFinding(
			doping,
			'02:37',
			'self-promotion',
			['Pop by Orvenia House to taste our legendary honey cake!'],
			['Orvenian fans: Orvenia House at Corvin Park is open as a meeting point today.']
		);
	});

	it('wordplay flagged by its own marker, and a rescue as a game', () => {
		expectFinding(
			evac,
			'03:05',
			'humour-in-tragedy',
			[
				'Port Iset airport: achievement unlocked, 380 people out.',
				'We are running on fumes (literally) but the charters are flying.'
			],
			['380 people left Port Iset on two charters today. Next flights tomorrow at 09:00.']
		);
	});

	it('harm said to come with the victim’s own choice', () => {
		expectFinding(
			evac,
			'01:10',
			'victim-blaming',
			[
				'Many of those stranded decided not to register, and that is why the charters are full.',
				'Sadly, that sort of risk goes with the territory when you travel during unrest.'
			],
			['Charters are open to every registered national. If you have not registered yet, do it now.']
		);
	});
});

describe('session 31: false flags the unseen batches showed', () => {
	it('a treaty is not a private person, and the question repeated before a refusal tells nothing', () => {
		expectFinding(
			askstate,
			'00:18',
			'confidential-leak',
			[],
			[
				'@leila_rahimi Consular staff have visited your husband, as the Vienna Convention provides, and are in contact with your family.',
				'@martakos You asked about the hearing. We do not discuss case details in public; consular staff have visited him.'
			]
		);
	});

	it('standing by an institution is not sympathy; an emoji ends a sentence', () => {
		expectFinding(
			visit,
			'00:45',
			'empty-platitude',
			['We stand with everyone affected.'],
			['We stand by the statement the ministry issued this morning.']
		);
	});

	it('the asker’s words reported in a reply are not the post’s side', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[],
			[
				'@IrinaVassMP You ask whether the ruling party has lost all legitimacy. That is for Talvanians to judge, not for us.'
			]
		);
	});

	it('a partial refusal after the facts is no "no comment"', () => {
		expectFinding(
			deepfake,
			'00:40',
			'no-comment',
			['@tgeller We will not comment.'],
			[
				'@tgeller The video is manipulated; the full toast is at norland-embassy.example/toast. We will not comment on each repost one by one.'
			]
		);
	});
});
