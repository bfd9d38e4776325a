/** Session 28, round six: four more voices (a press conference live-posted, a cheerful culture account caught in a
 * crisis, a junior drafting fast, a consular desk answering relatives in public) and two more crises (ransomware on
 * an embassy's visa system, a diplomat's son in a crash with immunity raised). Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { ransomware, immunity } = evalScenarios();
const { quake, evac, hacked, election, askstate } = scenarios();

describe('session 28b: figures and facts', () => {
	it('a figure keyword names the thing counted, whatever figure is given', () => {
		expectFinding(
			ransomware,
			'00:50',
			'factual-error',
			['Some 3,900 applicants may have had their passport scans copied.'],
			['About 2,400 applicants may have had their passport scans copied.']
		);
	});

	it('a figure a later fact says is superseded, given again as current', () => {
		expectFinding(
			ransomware,
			'02:15',
			'factual-error',
			['To recap: about 2,400 applicants are affected; we will write to each of them.'],
			[
				'Up to 6,100 applicants may be affected, up from the first estimate of 2,400.',
				'Up to 6,100 applicants may be affected; we will write to each of them by Friday.'
			]
		);
	});

	it('a thousands comma in a keyword matches the post’s figure; a denial led by the myth’s figure', () => {
		expectFinding(
			ransomware,
			'02:25',
			'myth-repetition',
			['Black Lantern has not taken 50,000 passport scans. Up to 6,100 people may be affected.'],
			[
				'Up to 6,100 people may be affected. Claims of a far larger theft are false. We will write to each of them.'
			]
		);
	});

	it('a myth asked back as a yes/no question in other words ("sell" for "sold")', () => {
		expectFinding(
			ransomware,
			'00:45',
			'myth-repetition',
			['Is the embassy selling applicants’ passport data to brokers? Absolutely not.'],
			['The embassy has never sold or shared anyone’s data; criminals attacked our systems.']
		);
	});
});

describe('session 28b: blame', () => {
	it('a named group said to have attacked, a cause "because", an insider, an attack called the result', () => {
		expectFinding(
			ransomware,
			'01:10',
			'premature-blame',
			[
				'Black Lantern have hacked the embassy and want a ransom.',
				'The attackers got in because a contractor reused his password.',
				'Someone inside the consulate let the attackers in.'
			],
			[
				'Our visa system was hit by ransomware this morning; who is behind it is not yet known.',
				'This is not a technical fault: the system was attacked, and the police are investigating.',
				'We will not be discussing culprits or ransoms at this stage; the helpline is +00 410 220 330.'
			]
		);
	});

	it('a charge asked back and denied is no attribution', () => {
		expectFinding(
			hacked,
			'01:25',
			'premature-blame',
			['It was an inside job by Meridian intelligence.'],
			[
				'An inside job by Meridian intelligence? No one has said so, and there is no evidence of it.'
			]
		);
	});
});

describe('session 28b: relays, personal data, platform talk', () => {
	it('what we are seeing reported, a witness quoted, a claim from the group behind the attack', () => {
		expectFinding(
			immunity,
			'00:35',
			'amplified-unverified',
			[
				'We are seeing posts that the driver has left the country.',
				'According to an eyewitness, the car ran a red light.'
			],
			['Police say the driver is in Lisvara and available to them.']
		);
		expectFinding(
			ransomware,
			'01:00',
			'amplified-unverified',
			['The gang behind the breach claims it has every applicant’s file.'],
			['A criminal group has claimed the attack online; we cannot verify its claims.']
		);
	});

	it('identifying details said back to the person answered', () => {
		expectFinding(
			ransomware,
			'01:48',
			'confidential-leak',
			['@nadia_pellar Yes: your children’s passport scans were on the server that was attacked.'],
			[
				'@nadia_pellar We are so sorry. Please call +00 410 220 330 and we will check your family’s files privately.'
			],
			'applicant-private'
		);
		expectFinding(
			evac,
			'00:31',
			'confidential-leak',
			['@hanne_lund Got it: you are in room 114 at the Airport Park Hotel.'],
			[
				'@hanne_lund Please call +00 200 300 400 and tell us where you are staying; we will collect you.'
			]
		);
	});

	it('an office’s e-mail address, or one the facts give, is no personal data', () => {
		expectFinding(
			ransomware,
			'00:20',
			'confidential-leak',
			['Questions? Write to m.kovac1987@mailbox.example.'],
			['Questions: dataincident@lindora-embassy.example or +00 410 220 330.']
		);
	});
});

describe('session 28b: conduct', () => {
	it('sarcasm: "or just vibes?", "only the fifth time", congratulations to the online sleuths', () => {
		expectFinding(
			ransomware,
			'01:40',
			'sarcasm',
			[
				'@kv_truth Any proof, or just a gut feeling?',
				'Congratulations to all those online who cracked the case before the police did.'
			],
			['@kv_truth We have no evidence of any state involvement; the police are investigating.']
		);
		expectFinding(
			immunity,
			'01:53',
			'sarcasm',
			['Good question, and only the umpteenth time we have had it today.'],
			['Good question: yes, he is still in Marvessa and available to the police.'],
			'journalist-question'
		);
	});

	it('self-promotion: one of the best in the world, "this is what … looks like", always the first', () => {
		expectFinding(
			immunity,
			'02:00',
			'self-promotion',
			['We wrote to the family at once. This is what Aldorian solidarity looks like.'],
			['We have written to the family and remain in contact with the police.']
		);
		expectFinding(
			ransomware,
			'00:35',
			'self-promotion',
			[
				'Our embassy runs one of the most capable cyber teams in the region, as this morning shows.'
			],
			['Our IT team and the National Cyber Centre are working to restore the portal.']
		);
	});

	it('taking sides: agreeing with the opposition, a party told what to do, a candidate we would like to win', () => {
		expectFinding(
			ransomware,
			'02:50',
			'taking-sides',
			['We side with the opposition: the data law must change.'],
			['The Data Protection Authority has opened an inquiry; we are cooperating fully.']
		);
		expectFinding(
			immunity,
			'02:47',
			'taking-sides',
			['The Civic Front should wait for the police before holding vigils.'],
			['We respect the right to protest and we are cooperating with the police.']
		);
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			['Calvera would love to see the party that fights corruption win on Sunday.'],
			['Calvera takes no side in Sunday’s election.']
		);
	});

	it('victim-blaming: safety kit prescribed to the people hit', () => {
		expectFinding(
			immunity,
			'01:00',
			'victim-blaming',
			['Cyclists really should wear helmets on that avenue.'],
			[
				'Our thoughts are with the injured cyclist and his family; we are cooperating with the police.'
			]
		);
	});

	it('humour owned as a joke ("On a serious note…"); the disaster with a will of its own', () => {
		expectFinding(
			immunity,
			'01:20',
			'humour-in-tragedy',
			['Not our finest morning. Jokes aside, the request is with our ministry.'],
			['The request is with our ministry, which will reply through diplomatic channels.']
		);
		expectFinding(
			quake,
			'00:40',
			'humour-in-tragedy',
			['The earth decided to give Porto Veyra a shake tonight.'],
			['The earthquake struck Porto Veyra tonight; our consulate is open.']
		);
	});

	it('belittling: "we get this one every session", look before asking, most will be fine', () => {
		expectFinding(
			askstate,
			'00:35',
			'belittling',
			[
				'We get this question all the time! It is on the visa page; have a look there before asking.',
				'Try not to worry: most of them will turn out to be fine.',
				'Nine weeks is not that bad, honestly.'
			],
			[
				'Processing takes up to nine weeks; urgent cases can ask for priority through the contact form.'
			]
		);
	});

	it('an empty platitude: watching is not doing', () => {
		expectFinding(
			quake,
			'00:15',
			'empty-platitude',
			['1/ Our thoughts are with Porto Veyra tonight. We are monitoring the situation closely.'],
			['Our thoughts are with Porto Veyra tonight. Arcadians needing help: +00 100 200 300.']
		);
	});

	it('shouting: short emphasis words beside another capital or standing alone', () => {
		expectFinding(
			election,
			'00:30',
			'shouting',
			['Calvera funds NO candidate. NOT ONE.'],
			['Calvera does NOT fund any party, and did NOT fund the campaign.']
		);
	});

	it('a troll argued with, not answered; a link or a time for the audience is a fact', () => {
		expectFinding(
			hacked,
			'01:25',
			'engaging-troll',
			['Do your own research before posting again.'],
			['Our account was restored at 06:25; the full timeline is on our website.'],
			'rival-rumour'
		);
	});
});
