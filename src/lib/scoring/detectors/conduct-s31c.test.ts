/** Session 31, round sixteen: a non-native writer, a terse press secretary, fact-check formats, an espionage arrest
 * and a methanol poisoning. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, deepfake, election, evac, envoy, visit, hacked } = scenarios();

describe('session 31: round sixteen', () => {
	it('watching and sympathy in translated English', () => {
		expectFinding(
			deepfake,
			'00:36',
			'empty-platitude',
			[
				'The Embassy of Norland follows with great attention the discussion on social media and will inform in due time.',
				'In this sad hour our hearts are next to the farmers of Castavia.'
			],
			[
				'The Embassy of Norland follows with attention the discussion. The full recording is at norland-embassy.example/toast.'
			]
		);
		expectFinding(
			quake,
			'00:30',
			'empty-platitude',
			[
				'We are aware of reports concerning damage to buildings in the old town and are monitoring the situation closely.'
			],
			['We are aware of reports of damage in the old town. The consulate is open: +00 100 200 300.']
		);
	});

	it('fact-check labels in capitals are a format, not shouting', () => {
		expectFinding(
			envoy,
			'00:40',
			'shouting',
			['WE HAVE NOT CHANGED OUR POLICY ON SALTMARSH.'],
			[
				'❌ CLAIM: the policy changed. ✅ FACT: Brenna’s policy is unchanged.',
				'MYTH vs FACT: our policy on Saltmarsh is unchanged.'
			]
		);
	});

	it('reports relayed from nationals or said to "say", hedged or not', () => {
		expectFinding(
			evac,
			'02:20',
			'amplified-unverified',
			[
				'We are receiving reports from several nationals that the road to Port Iset is blocked. Not yet confirmed.',
				'Reports say the airport will reopen tonight. We are checking.'
			],
			[
				'Reports that the airport has reopened are false: it is still closed. Register at register.elbany.example.'
			]
		);
	});

	it('a terse jab: "brave of you to", "the clue is in the name", "do write it down"', () => {
		expectFinding(
			deepfake,
			'01:22',
			'sarcasm',
			['@realpatriot_cv Brave of you to say so from an account with no name.'],
			['@realpatriot_cv The full recording is public: norland-embassy.example/toast.']
		);
		expectFinding(
			envoy,
			'01:13',
			'belittling',
			['@LenaOrtizDC Policy unchanged. Do write it down this time.'],
			['@LenaOrtizDC Policy unchanged: territorial integrity and a negotiated settlement.']
		);
	});

	it('a verdict on the host’s justice, and a candidate hinted at', () => {
		expectFinding(
			election,
			'00:54',
			'taking-sides',
			[
				'The charges against the opposition mayor are a show trial.',
				'We would like the candidate who respects the rule of law to win on Sunday.'
			],
			['We will follow the mayor’s trial through the OSCE observers; the verdict is for the court.']
		);
	});

	it('an act ascribed to a service as fact, and blame from the inside', () => {
		expectFinding(
			hacked,
			'00:40',
			'premature-blame',
			[
				'The passwords were clearly leaked to the hackers by someone from the inside.',
				'Our data was obviously handed to the hackers by the DGSI.'
			],
			['How the account was taken over is still being investigated.']
		);
	});

	it('boasts: first to act, faster than the big countries, not bad for a day’s work', () => {
		expectFinding(
			evac,
			'03:10',
			'self-promotion',
			[
				'We were the first embassy in Sarenne to charter a plane.',
				'380 people out today. Not bad for a day’s work.'
			],
			['380 people left Port Iset today on two charters; the next flights leave at 09:00.']
		);
	});

	it('"entitled to" a right is not calling people entitled; a joke post is not an insult', () => {
		expectFinding(
			hacked,
			'01:05',
			'belittling',
			['Some applicants are very entitled about their visas.'],
			['Everyone who entered details is entitled to our help: call +00 410 220 330.']
		);
		expectFinding(
			visit,
			'00:26',
			'profanity',
			['The prime minister is a joke.'],
			['Our post this morning was a joke that went wrong, and we apologise.']
		);
	});
});
