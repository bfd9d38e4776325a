/** Session 29: standings the facts give (a condition, a post held, a line open or closed, data taken), and
 * confidential keywords that are a preposition and one word. Fresh wording, with near-misses. */
import { describe, expect, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';
import { compileConfidentialPhrase, compilePhrase } from '../text/phrase.ts';

const { immunity, barvideo, ransomware, derailment, floods, riot } = evalScenarios();
const { evac, hacked, envoy, quake, askstate, deepfake, election, visit } = scenarios();

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

describe('session 29: blame, sides, belittling and the person answered', () => {
	it('a cause stated with "almost certainly", "which is how they got in", a foreign state\'s operation', () => {
		expectFinding(
			floods,
			'01:00',
			'premature-blame',
			['The flooding at the campsite was most likely triggered by the dam operators.'],
			[
				'What caused the flooding at the campsite is not yet known; the authorities are investigating.'
			]
		);
		expectFinding(
			hacked,
			'00:45',
			'premature-blame',
			[
				'A password was reused on a forum, which is how the intruders got access.',
				"This morning's posts were the handiwork of a hostile power."
			],
			['We do not yet know how the account was accessed; the investigation continues.']
		);
	});

	it("a party's programme judged the best; a result hailed over the government; a government that fears its people", () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				"Frankly, Civic Renewal's manifesto is the most credible on offer this year.",
				'The platform of the opposition is the one that delivers for young Talvanians.',
				'Sunday could be a victory for all those fighting the ruling coalition.',
				'Voters deserve better than a government that silences its own critics.'
			],
			[
				'Our programme of election observation is the one that delivers for both our countries.',
				"The OSCE's plan is the best placed to reassure voters; Calvera funds no party."
			]
		);
	});

	it('a gaffe played down, worry waved away', () => {
		expectFinding(
			visit,
			'00:45',
			'belittling',
			[
				'Some are making a huge fuss over one tiny emoji. The visit is going well.',
				'It really was no big deal, and the post is gone.',
				'Honestly, it is not that dramatic: one wrong flag.'
			],
			[
				'The wrong flag was a serious error for our hosts, and we apologise to Prime Minister Ekström-Nadi.',
				'Thank you for being patient while we corrected the post.'
			]
		);
	});

	it('the person answered greeted with another surname, or given an office they do not hold', () => {
		expectFinding(
			election,
			'01:00',
			'wrong-name',
			[
				'@IrinaVassMP Minister Vass, Calvera funds no party or candidate in Talvania.',
				'@IrinaVassMP Good morning, Ms Varga. Calvera funds no party or candidate in Talvania.'
			],
			[
				'@IrinaVassMP Ms Vass, Calvera funds no party or candidate in Talvania.',
				'@IrinaVassMP Thank you. Calvera funds no party or candidate; Ms Vass is welcome to read our statement.'
			]
		);
	});
});

describe('session 29: a guess at a secret, hearsay from accounts, a clip shared to judge, no other embassy', () => {
	it('a confidential assessment not yet known to the trainee cannot be leaked; once known it can', () => {
		// (the attribution is briefed at 02:30)
		expectFinding(
			deepfake,
			'01:05',
			'confidential-leak',
			[],
			[
				'The clip looks like a foreign operation to us, but that is for the investigators to establish.'
			]
		);
		expectFinding(deepfake, '02:45', 'confidential-leak', [
			'Our security service attributes the clip to a foreign influence campaign.'
		]);
	});

	it('"accounts on the ground say", "sharing it here … judge for yourselves", "no other embassy moves this fast"', () => {
		expectFinding(quake, '00:25', 'amplified-unverified', [
			'Accounts on the ground say the old town bridge has fallen. Stay away from the river.'
		]);
		expectFinding(deepfake, '00:20', 'amplified-unverified', [
			'A clip of the ambassador is going round. Sharing it here so you can judge for yourselves.'
		]);
		expectFinding(
			quake,
			'01:00',
			'self-promotion',
			[
				'Our consular team worked all night. No other consulate in Porto Veyra responds this quickly.'
			],
			['Our consular team worked all night alongside the Veyranian civil protection.']
		);
	});
});

describe('session 29: data, organisations', () => {
	it('data said possibly taken where the facts say it was never stored; safe where it may have been copied', () => {
		expectFinding(
			ransomware,
			'02:30',
			'factual-error',
			[
				'Please note that bank card numbers could have been accessed in the attack.',
				'Good news: the passport scans on the server are intact.'
			],
			[
				'No card or payment data was kept on the server, so your card details are safe.',
				'The passport scans of up to 6,100 applicants may have been copied; payment details were never stored.'
			]
		);
	});

	it('another organisation in the role the facts give', () => {
		expectFinding(
			election,
			'01:10',
			'factual-error',
			['Calvera funds no party; we only support the UN observer mission.'],
			[
				'Calvera funds no party; its only election support is its share of the OSCE observer mission.',
				'We welcome the statement of the EU delegation on media freedom.'
			]
		);
	});
});

describe('session 29: light framing of a tragedy', () => {
	it('understatement, a bigger adventure than planned, comic comparisons, a gaffe excused with a joke', () => {
		expectFinding(
			quake,
			'01:10',
			'humour-in-tragedy',
			[
				'The ground in Porto Veyra is really taking things a bit too far tonight. Stay safe.',
				'Our duty team has answered more calls than they have had cups of coffee. Line +00 100 200 300.',
				'The consulate is still standing (unlike the printer). 140 people are sheltering.',
				'Sheltering with two toddlers is a harder job than ours! Call +00 100 200 300.'
			],
			[
				'The aftershocks have gone on far longer than expected. Stay out of damaged buildings.',
				'We have answered more calls than we can count; please keep trying +00 100 200 300.'
			]
		);
	});
});

describe('session 29, round nine: counts of nationals, sides on election night, sarcasm, functional emoji', () => {
	it('custody, charges and releases are separate counts; how many are held is the latest fact', () => {
		// (43 in custody at 00:20; 14 charged at 01:30; 21 released and 22 still held at 02:10)
		expectFinding(
			riot,
			'02:20',
			'factual-error',
			[
				'Our consul has visited the 43 Orlenians held in Veldrin.',
				'Update: 30 Orlenians remain in police custody in Veldrin.'
			],
			[
				'Our consul has visited the 22 Orlenians still held in Veldrin; 14 of them have been charged.',
				'Of the 43 Orlenians first detained, 21 have been released without charge.'
			]
		);
	});

	it('a winner greeted before the result; a camp told what it would do better; shared values with a party', () => {
		expectFinding(
			election,
			'01:00',
			'taking-sides',
			[
				'We look forward to working with the president-elect after Sunday.',
				'The governing coalition would do better to listen than to blame foreign embassies.',
				'Calvera and Civic Renewal share the same values.'
			],
			[
				'We look forward to working with whichever government Talvanians choose on Sunday.',
				'We would do better to explain our funding more often: it goes only to the OSCE observer mission.'
			]
		);
	});

	it('a mock concession, "thrilled to learn", "shall we send you … too?", "buy yourself a …"', () => {
		expectFinding(hacked, '01:20', 'sarcasm', [
			'@inesmarr Yes, of course: our interns hacked themselves. Readers will be thrilled to learn it.',
			'@inesmarr Shall we send you our password list too?',
			'@valdorasucks_ Maybe buy yourself a dictionary before the next post.'
		]);
	});

	it('list numbers, an alert siren and a check mark are functional in a tragedy; a party popper is not', () => {
		expectFinding(
			quake,
			'00:40',
			'emoji-in-tragedy',
			['The consulate is open 🎉 Come in.'],
			[
				'🚨 Arcadians in Porto Veyra: 1️⃣ stay outside buildings 2️⃣ call +00 100 200 300. Consulate open ✅'
			]
		);
	});
});
