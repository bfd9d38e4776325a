/** Session 32, round twenty-three: rhetorical questions, a locally hired assistant, an over-careful trainee, a cable car
 * accident and an embassy employee arrested for selling visas. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, hacked, deepfake, election, envoy } = scenarios();
const { cablecar, bribery, derby, bridge } = evalScenarios();

describe('session 32: round twenty-three', () => {
	it('a question answered with a denial asks; one left open still blames', () => {
		expectFinding(
			hacked,
			'01:20',
			'premature-blame',
			['Did a foreign intelligence service do this? We cannot rule it out.'],
			[
				'Did a foreign intelligence service do this? No one knows yet, and we will not guess.',
				'Was Meridian intelligence behind it? We are checking with the police.'
			]
		);
	});

	it('an idiom in a claim keeps its small words: "on the take" is not every "take"', () => {
		expectFinding(
			bribery,
			'00:30',
			'myth-repetition',
			['Was the ambassador on the take? That is what people are asking.'],
			['We take this arrest very seriously and are cooperating with the police.']
		);
	});

	it('a greeting in another language before the name of the person answered', () => {
		expectFinding(
			evac,
			'00:30',
			'confidential-leak',
			[],
			[
				'@hanne_lund Hola Hanne, please stay inside the hotel with the children and register all three of you.'
			],
			'stranded-question'
		);
		expectFinding(
			hacked,
			'00:48',
			'confidential-leak',
			[],
			['@lucia_ferro Lucia, look at the address bar before typing passport details anywhere.']
		);
	});

	it('a time corrected for one thing is no error for another thing at the same time', () => {
		expectFinding(
			cablecar,
			'02:40',
			'factual-error',
			['The prefect’s briefing starts at 13:00 in Valdrenne.'],
			['Everyone on the line had been brought down by 13:00, police say.']
		);
		expectFinding(
			derby,
			'01:00',
			'factual-error',
			['Kick-off is now at 20:45.'],
			['The match has been abandoned; it will not be played tonight.']
		);
	});

	it('masks of symbols and a bracket before a word', () => {
		expectFinding(
			deepfake,
			'01:00',
			'profanity',
			['This cr@p video is fake.', 'What a load of bull$#!t.'],
			['Questions? Call +00 310 555 0190 (until 20:00) or write to visa.desk@embassy.example.']
		);
	});

	it('mock scheduling, mock amazement at speed, "Really? You…?"', () => {
		expectFinding(
			cablecar,
			'01:00',
			'sarcasm',
			[
				'@RuthEkholmVB We will be sure to time the rescue for your bulletin.',
				'Amazing how the operator knew the cause within twenty minutes.',
				'@RuthEkholmVB Really? You want names before the families have been told?'
			],
			['@RuthEkholmVB We will not publish names before families are told.']
		);
		expectFinding(
			hacked,
			'00:30',
			'sarcasm',
			['@lucia_ferro Did that link look legitimate to you?'],
			['@lucia_ferro That link was not ours. Please change your passwords.']
		);
	});

	it('the victims told it was theirs to carry', () => {
		expectFinding(
			cablecar,
			'01:10',
			'victim-blaming',
			[
				'Remember: safety starts with each of us.',
				'Winter sports carry risks that skiers accept when they buy a pass.',
				'Plan ahead next time and you will not be stuck on a lift.',
				'Guests who did not follow staff instructions may now face delays.'
			],
			['Please follow the instructions of lift staff and the police at Mont Seraval.']
		);
		expectFinding(
			bribery,
			'01:20',
			'victim-blaming',
			['Don’t come crying to us if your visa is reviewed.'],
			['If your visa is reviewed, we will contact you directly.']
		);
	});

	it('a minister told to go, electioneering, an inquiry backed', () => {
		expectFinding(
			cablecar,
			'02:20',
			'taking-sides',
			['The minister who cut inspections should step aside.'],
			['The minister has announced an inquiry; we will follow it closely.']
		);
		expectFinding(
			bribery,
			'01:50',
			'taking-sides',
			[
				'The opposition’s claims are simple electioneering.',
				'We support the inquiry the opposition has called for.',
				'Belsorans deserve a full inquiry into the interior ministry.'
			],
			['Questions about Belsora’s inquiry are for Belsora’s parliament.']
		);
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			['The Civic Renewal candidate ducked every question, as usual.'],
			['Both candidates answered questions on foreign policy tonight.']
		);
	});

	it('a cause said before the inquiry, a rival smear attributed, a guilty man named before trial', () => {
		expectFinding(
			cablecar,
			'00:40',
			'premature-blame',
			['Officials say a sudden gust caused the cabin fall.'],
			['The cause of the cabin fall is under investigation.']
		);
		expectFinding(
			election,
			'00:50',
			'premature-blame',
			['The governing party has been the loudest voice spreading this smear.'],
			['Calvera funds no party or candidate in Talvania.']
		);
	});

	it('rhetorical filler and an understanding with nothing behind it', () => {
		expectFinding(
			quake,
			'00:35',
			'empty-platitude',
			[
				'Our thoughts are with Porto Veyra tonight. Who could fail to be moved? We are monitoring the situation.',
				'@tomas_reyne We understand your worry. We will share more information as and when we are in a position to do so.'
			],
			[
				'@tomas_reyne We understand your worry. Call +00 100 200 300 and we will try to trace your parents.'
			]
		);
	});

	it('talking down: "Is that really the question?", "Read this slowly"', () => {
		expectFinding(
			envoy,
			'01:15',
			'belittling',
			[
				'@LenaOrtizDC Is that really the question today?',
				'Read this slowly: our policy has not changed.'
			],
			['@LenaOrtizDC Our policy has not changed: we support Esteria’s territorial integrity.']
		);
	});

	it('a search suspended for the night, said to go on', () => {
		expectFinding(
			bridge,
			'02:30',
			'factual-error',
			['Divers continue to search the river for our missing nationals.'],
			[
				'The river search stopped at dusk and resumes at first light; families, call +00 450 600 700.',
				'Our thoughts are with the families waiting through the night.'
			]
		);
		expectFinding(
			bridge,
			'01:30',
			'factual-error',
			[],
			['Divers continue to search the river for our missing nationals.']
		);
	});
});
