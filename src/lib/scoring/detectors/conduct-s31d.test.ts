/** Session 31, round seventeen: a cultural account that keeps posting, a legal adviser, a family liaison officer, a
 * tsunami warning and a hunger strike. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, hacked, election, evac, envoy, askstate } = scenarios();
const { hunger, tsunami } = evalScenarios();

describe('session 31: round seventeen', () => {
	it('the family answered by first name, accents aside, is told nothing new', () => {
		expectFinding(
			quake,
			'00:30',
			'confidential-leak',
			[],
			[
				'Tomas, we are so sorry you cannot reach your parents. Call +00 100 200 300 and give the team their names.'
			],
			'worried-family'
		);
	});

	it('sarcasm in the liaison voice: "some of us are busy…", "you should try it sometime", a thrilling afternoon', () => {
		expectFinding(
			askstate,
			'00:50',
			'sarcasm',
			[
				'@truthhammer Some of us are busy answering real questions tonight.',
				'@truthhammer Helping people is rewarding. You should try it sometime.',
				'@truthhammer Thanks for asking again, it has been a riveting evening.'
			],
			[
				'@truthhammer We are answering questions about visas tonight: processing takes up to nine weeks.'
			]
		);
	});

	it('mock politeness to a ministry or a reporter: a generous deadline, "how reassuring to hear"', () => {
		expectFinding(
			envoy,
			'01:13',
			'sarcasm',
			[
				'@LenaOrtizDC Thank you for the ample ten-minute deadline. Policy unchanged.',
				'@MFAEsteria How comforting to read that. We will be sure to remember this.'
			],
			['@LenaOrtizDC Thank you for your question. Policy unchanged.']
		);
	});

	it('a verdict by way of an apology owed, a government that "finally hears", life not made easy', () => {
		expectFinding(
			election,
			'01:00',
			'taking-sides',
			[
				'Some ministers owe Talvanians an apology.',
				'We hope the ruling party finally listens to its voters.',
				'The government has not exactly made life easy for the opposition.'
			],
			['Whatever happens on Sunday, Calvera will work with whichever government Talvanians choose.']
		);
	});

	it('harm put on the family’s choices: children left alone, "don’t make the same mistake", at their own risk', () => {
		expectFinding(
			evac,
			'01:10',
			'victim-blaming',
			[
				'Children should not be left unattended near the protests.',
				'Some families stayed in the old town. Please do not make the same mistake.',
				'Nationals who ignore the travel advice travel at their own risk.'
			],
			[
				'If you are still in the old town, register at register.elbany.example and head to an assembly point.'
			]
		);
	});

	it('relayed messages and people "telling us", hedged or not', () => {
		expectFinding(
			quake,
			'00:35',
			'amplified-unverified',
			[
				'Messages are going round saying the harbour road is flooded. We are checking.',
				'People down by the harbour are telling us two more buildings fell.'
			],
			['Civil protection says the harbour road is closed. Use the ring road.']
		);
	});

	it('a reopening announced for a later hour is no contradiction of "closed now"', () => {
		expectFinding(
			evac,
			'00:30',
			'factual-error',
			['The airport is open as normal.'],
			[
				'Port Iset airport reopens at 16:00 tomorrow for charter flights only; it is closed until then.'
			]
		);
	});

	it('the asker told it is not the priority, to check the website like everyone else', () => {
		expectFinding(
			hacked,
			'00:45',
			'belittling',
			[
				'Applicants, the visa page is not the priority today. Check the website like everyone else.'
			],
			['Applicants: check the visa page for your new appointment; we will email everyone affected.']
		);
	});

	it('figures: the total of a fact’s parts, the old time named as set, a stamp before "update"', () => {
		expectFinding(
			hunger,
			'02:35',
			'factual-error',
			[
				'Seven people were hurt in the scuffle outside the Vaskor Prison Hospital.',
				'Reminder: the hearing is at 14:00 today at Saldris City Court.'
			],
			[
				'Five people were hurt in the scuffle outside the Vaskor Prison Hospital.',
				'The hearing, which was set for 14:00 today, has been moved to 9 April at 10:00.'
			]
		);
		expectFinding(
			tsunami,
			'03:50',
			'factual-error',
			[],
			['10:40 update: Marivo airport reopens at 16:00. Help 24h: +00 310 555 0100.']
		);
	});

	it('a lawyer the public facts name is no private person', () => {
		expectFinding(
			hunger,
			'00:34',
			'confidential-leak',
			[],
			['We remain in close contact with her family and with her lawyer, Teodor Halm.']
		);
	});
});
