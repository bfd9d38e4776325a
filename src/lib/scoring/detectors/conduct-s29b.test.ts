/** Session 29, second part: blame, sides, belittling, the person answered, secrets not yet told, data,
 * organisations, light framing, round nine's counts of nationals. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { ransomware, floods, riot } = evalScenarios();
const { hacked, quake, deepfake, election, visit } = scenarios();

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
