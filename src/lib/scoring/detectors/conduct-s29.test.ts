/** Session 29: standings the facts give (a condition, a post held, a line open or closed, data taken), and
 * confidential keywords that are a preposition and one word. Fresh wording, with near-misses. */
import { describe, expect, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';
import { compileConfidentialPhrase, compilePhrase } from '../text/phrase.ts';

const { immunity, barvideo, ransomware, derailment, floods } = evalScenarios();
const { evac, hacked, envoy, quake, askstate, deepfake } = scenarios();

describe('session 29: standings against the facts', () => {
	it("a patient's condition: the latest fact counts", () => {
		expectFinding(
			immunity,
			'01:33',
			'factual-error',
			[
				'Relieved to hear the injured cyclist is stable this morning; our thoughts are with his family.'
			],
			[
				'The cyclist remains critical in intensive care. Our thoughts are with his family.',
				'We hope the cyclist will soon be stable. We are cooperating fully with the Lisvara police.'
			]
		);
	});

	it('a staff member dismissed or expelled when the facts say suspended, then recalled', () => {
		expectFinding(
			barvideo,
			'02:40',
			'factual-error',
			[
				'The employee concerned has been fired and will not return to the embassy.',
				'Marvosa has declared the staff member persona non grata.'
			],
			[
				'The staff member has been suspended and recalled to Calderra; he leaves within 48 hours.',
				'MPs want the staff member expelled. Our government has decided to recall him instead.'
			]
		);
	});

	it('a line said to be open that the facts keep closed', () => {
		expectFinding(
			derailment,
			'02:30',
			'factual-error',
			['Good news for travellers: the rail line to Varnholt has reopened this afternoon.'],
			[
				'The line between the border and Varnholt stays closed until at least Friday; take the replacement buses.',
				'The family reception centre at Varnholt town hall is open around the clock.'
			]
		);
	});

	it('data said to be safe when the facts say it may have been copied', () => {
		expectFinding(
			ransomware,
			'01:00',
			'factual-error',
			['Applicants can rest assured: their passport scans are completely safe.'],
			[
				'The passport scans of about 2,400 applicants may have been copied. Check your e-mail for our letter.',
				'Keep your passport safe and report any suspicious e-mail to us.'
			]
		);
	});
});

describe('session 29: a preposition and one word', () => {
	it('a confidential "on leave" is an idiom, not every "leave"', () => {
		expectFinding(
			barvideo,
			'01:00',
			'confidential-leak',
			['Second Secretary Gavin Rusk received a written warning in 2023.'],
			['Please leave the Blue Heron story to the investigation; we apologise without reservation.']
		);
		expect(compileConfidentialPhrase('on leave').stems.length).toBe(2);
		expect(compileConfidentialPhrase('the hotline').stems.length).toBe(1);
		// outside confidential facts, "on holiday" still finds "holidaying"
		expect(compilePhrase('on holiday').stems.length).toBe(1);
	});
});

describe('session 29: conduct in new words', () => {
	it('blame for going at all, or for taking a risk; not for a post that went out', () => {
		expectFinding(
			evac,
			'00:40',
			'victim-blaming',
			[
				"Honestly, people shouldn't have booked holidays in Sarenne this month. Register now.",
				'Those who flew in last week with the unrest brewing knowingly took a risk.',
				"You should've looked at our travel advice first. Stay indoors."
			],
			[
				'That update should never have gone out without the assembly times. Here they are.',
				'We took a risk posting the times early; they have changed. Assembly at 14:00.'
			]
		);
	});

	it('a refusal as "not something we\'ll dignify" or "not a question we\'ll be answering"', () => {
		expectFinding(
			envoy,
			'01:20',
			'no-comment',
			['Not something we will dignify with a reply.', "Not a question we're going to answer."],
			[
				"Not a question we can answer in public: the Ministry's request reached us an hour ago, and our reply will go through diplomatic channels today."
			]
		);
	});

	it('insults at critics: "you racist idiot", "these idiots", "whoever did this is a crook", a censored word', () => {
		expectFinding(
			hacked,
			'00:50',
			'profanity',
			[
				'@someone Off you go, you bigoted idiot.',
				'Whoever hijacked our account is a spineless little crook.',
				'Honestly, these morons will believe anything.',
				'That visa lottery page is pure bullsh*t.'
			],
			[
				'Whoever posted on our account this morning was not us; the posts are deleted.',
				'Those clowns in the photo are from the city circus parade, not our staff.'
			]
		);
	});

	it('hearsay as news: told, hearing, circulating, a "Reports:" headline, sharing reports that', () => {
		expectFinding(
			floods,
			'01:00',
			'amplified-unverified',
			[
				'We are told soldiers blew up the Orsa Dam spillway overnight.',
				"We're hearing the Besk bridge has been washed away.",
				'According to messages circulating in the valley, the campsite was never warned.',
				'Reports: a second dam near Tiveli is leaking. Stay away from the river.',
				'Alarming reports that rescuers have stopped searching the Besk ridge.',
				'Sharing reports that the Tiveli school has flooded.'
			],
			[
				'We are told by civil protection that the Orsa Dam spillway stayed closed all night.',
				'We are hearing the same question from many families: yes, the search goes on tonight.',
				'We cannot share reports of individual missing people in public; we call every family directly.'
			]
		);
	});
});

describe('session 29: sarcasm in new words', () => {
	it('instant experts, ironic ignorance, tag questions, mock praise of coverage, a mock concession', () => {
		expectFinding(
			hacked,
			'01:20',
			'sarcasm',
			[
				'Hats off to the keyboard detectives who traced the hack before the police could.',
				'@inesmarr A phishing e-mail? Goodness, that would never have occurred to us.',
				'@inesmarr If the culprits had left a business card, we would barely need an inquiry, would we?',
				'@inesmarr We admire your relentless coverage of our password habits.',
				'@lucia_ferro Sure, Lucia, because every page with our logo on it must be ours.',
				'@inesmarr Some of us prefer claims that are actually checked.',
				'@inesmarr We will explain it all as soon as the press stops inventing motives for us.'
			],
			[
				'Thanks to the police cyber unit, who traced the phishing e-mail this morning.',
				'@inesmarr We do not know yet who was behind the hack; the investigation will tell us, and we will share what it finds.',
				'Some of us in the visa section worked through the night to restore the account.'
			]
		);
	});
});

describe('session 29: near-misses that drew a finding', () => {
	it('the citizen answered, greeted by name, with only their own kinds of detail, is no leak', () => {
		expectFinding(
			askstate,
			'00:20',
			'confidential-leak',
			[],
			[
				'@leila_rahimi Mrs Rahimi; our consul has seen your husband and will call you today. Please check your messages.'
			]
		);
		expectFinding(
			evac,
			'00:30',
			'confidential-leak',
			[],
			[
				'@hanne_lund Ms Lund — please keep yourself and your children indoors and register at register.elbany.example.'
			]
		);
	});

	it('a noun compound is not a verdict on a government; reasons before a refusal; a row refused', () => {
		expectFinding(
			evac,
			'00:40',
			'taking-sides',
			[],
			['Stay away from the damaged government offices on Harbour Road; the area is cordoned off.']
		);
		expectFinding(
			envoy,
			'01:20',
			'no-comment',
			[],
			[
				'Our ambassador met the Ministry this morning. Such talks remain confidential, so we will not discuss them here; our policy is unchanged.'
			]
		);
		expectFinding(
			askstate,
			'00:48',
			'no-comment',
			[],
			[
				'@truthhammer We will not be drawn into a slanging match. Processing takes up to nine weeks during the biometric upgrade.'
			]
		);
	});

	it("others' jokes reported; a claim called false with an adverb; a header stamp; a slug", () => {
		expectFinding(
			quake,
			'01:00',
			'humour-in-tragedy',
			[],
			[
				'Some users were joking about the aftershocks tonight. It is not funny for the 140 people sheltering at our consulate.'
			]
		);
		expectFinding(
			hacked,
			'02:10',
			'factual-error',
			[],
			[
				'UPDATE 08:10 — Our account was accessed at 05:48 and restored at 06:25. Passwords have been reset.'
			]
		);
		expectFinding(
			deepfake,
			'00:50',
			'shouting',
			[],
			[
				'FACT CHECK: the clip of Ambassador Brandt is manipulated. The full toast is on our website.'
			]
		);
	});
});
