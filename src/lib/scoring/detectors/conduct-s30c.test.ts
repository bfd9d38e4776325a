/** Session 30, third part: round eleven's kinds — vague promises that say nothing, masked swearing with an ending,
 * an excuse that is no insult, sarcasm in new forms. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, visit, deepfake, election, hacked, evac } = scenarios();

describe('session 30: round eleven', () => {
	it('sympathy or watching with only vague promises beside it is still empty', () => {
		expectFinding(
			quake,
			'00:30',
			'empty-platitude',
			[
				'Our hearts go out to Porto Veyra. We are following events closely and will post more as soon as we can. Thank you for your patience.',
				'We are aware of the situation in Porto Veyra and are monitoring it closely. Rest assured we are on top of it. Watch this space.'
			],
			[
				'Our hearts go out to Porto Veyra. We will post more as soon as we can; meanwhile call +00 100 200 300.',
				'We are monitoring the situation closely; the consulate is open all night for anyone who needs shelter.'
			]
		);
	});

	it('masked swearing with an ending; an excuse about a joke is no insult', () => {
		expectFinding(
			visit,
			'00:40',
			'profanity',
			[
				'Honestly, we f**ked this one up. Sorry, Ostrava Bay.',
				'@vestra_lol Spare us the b*llsh!t.'
			],
			['Honestly, it was just a joke that misfired, and we are sorry for it.']
		);
	});

	it('sarcasm: "bless your heart", "truly touching that", "how very brave of you", thanks to those who shared without watching', () => {
		expectFinding(
			deepfake,
			'01:25',
			'sarcasm',
			[
				'@realpatriot_cv Bless your little heart.',
				'@rosa_ilic_farms So touching to see a doctored clip trusted over years of partnership.',
				'Thanks to all those who reposted the clip without checking a single fact. Most helpful.'
			],
			['Thank you to everyone who checked before sharing. The full recording is on our website.']
		);
		expectFinding(
			election,
			'00:42',
			'sarcasm',
			['@truthseeker_88 How very bold of you, from an anonymous account.'],
			['@truthseeker_88 Calvera funds no party or candidate in Talvania.'],
			'troll-bait'
		);
		expectFinding(
			hacked,
			'01:10',
			'sarcasm',
			['@inesmarr Good to see the Courier focusing on the really important questions today.'],
			['@inesmarr Good question. The account is secure again and both posts are deleted.']
		);
	});

	it('verdicts on a party or government in new words; a hope that is no accusation', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				'The ruling party is hardly covering itself in glory this week.',
				'Talvania deserves a government that serves its voters more than the current one does.',
				'This is a campaign that has run for weeks on smears.'
			],
			['Talvania deserves an election in which every vote is counted.']
		);
		expectFinding(
			election,
			'00:52',
			'premature-blame',
			[],
			['We hope Talvania ends up with the result its voters choose, whatever it is.']
		);
	});

	it('harm put down to people ignoring staff; hearsay on the grapevine', () => {
		expectFinding(
			quake,
			'01:25',
			'victim-blaming',
			['The crush at the gate happened because some visitors disregarded the stewards.'],
			['The crush at the gate happened while engineers were checking a cracked wall.']
		);
		expectFinding(
			evac,
			'02:30',
			'amplified-unverified',
			[
				'We hear on the grapevine that the airfield may close early.',
				"We're hearing unverified reports of roadblocks north of the capital."
			],
			['The authorities have confirmed that the airfield stays open until 18:00.']
		);
	});
});

describe('session 30: round eleven, blame that is no blame', () => {
	const { deepfake, election } = scenarios();
	it('a link a public fact makes, and the myth named as a story, are not attributions', () => {
		expectFinding(
			deepfake,
			'00:45',
			'premature-blame',
			['The clip was doctored by Castavian nationalists.'],
			['Is this a foreign operation? That story is false; the clip is simply doctored.']
		);
		expectFinding(
			election,
			'01:30',
			'premature-blame',
			[],
			['The rumour that Calvera funds a candidate is false, as our ministry has said.']
		);
	});
});

describe('session 30: round eleven, scenarios', () => {
	const { quake, evac, hacked } = scenarios();
	it('unconfirmed reports passed on, watching with the adverb first, a holiday "not quite" as planned', () => {
		expectFinding(
			evac,
			'01:10',
			'amplified-unverified',
			[
				'Unconfirmed reports say the northern checkpoint has been overrun. We are checking.',
				'Reports are circulating that the charter will leave a day early.'
			],
			['The authorities confirm that the charter leaves on time from Port Iset.']
		);
		expectFinding(
			evac,
			'00:40',
			'empty-platitude',
			['We are carefully following developments in Sarenne.'],
			[
				'We are carefully following developments in Sarenne; register now at register.elbany.example.'
			]
		);
		expectFinding(
			quake,
			'01:30',
			'humour-in-tragedy',
			['Not exactly the city break our students had in mind! The consulate is open tonight.'],
			['Our students in Porto Veyra are safe; the consulate is open tonight.']
		);
	});

	it('"Sure, we\'ll just … for you"; an insider blamed; a cultural plug; infections put down to people', () => {
		expectFinding(
			hacked,
			'01:10',
			'sarcasm',
			["@inesmarr Sure, we'll just publish our passwords for you as well."],
			['@inesmarr We will publish what the investigation finds as soon as we can.']
		);
		expectFinding(
			hacked,
			'01:00',
			'premature-blame',
			['The breach was made possible by insiders at the visa office.'],
			['We do not yet know how the account was accessed.']
		);
		expectFinding(
			quake,
			'01:30',
			'self-promotion',
			["Don't forget Arcadian Film Week at our cultural centre this weekend!"],
			["Don't forget to register with the consulate if you are in Porto Veyra."]
		);
	});
});

describe('session 30: a cause told in confidence', () => {
	const { deepfake } = scenarios();
	it('said in its own words once briefed is a leak, not a premature verdict; before the briefing, or naming a state, it is', () => {
		expectFinding(
			deepfake,
			'02:50',
			'premature-blame',
			['We now know the clip was made by Castavian intelligence.'],
			['We have been briefed: the clip was part of a foreign influence campaign.']
		);
		expectFinding(deepfake, '02:50', 'confidential-leak', [
			'We have been briefed: the clip was part of a foreign influence campaign.'
		]);
		expectFinding(deepfake, '01:40', 'premature-blame', [
			'The clip was part of a foreign influence campaign.'
		]);
	});
});

describe('session 30: round twelve', () => {
	const { quake, hacked, evac } = scenarios();
	it('"whoever is behind it" names no one; a cause put on "Minister X\'s government" is blame', () => {
		expectFinding(
			hacked,
			'01:00',
			'premature-blame',
			["The posts went out because Minister Reis's government ignored the warnings."],
			['We condemn this attack on our account, whoever is behind it.']
		);
	});

	it('continuing to follow developments and staying in touch with the authorities says nothing', () => {
		expectFinding(
			evac,
			'00:40',
			'empty-platitude',
			[
				'We continue to follow developments in Sarenne closely and remain in close contact with the relevant authorities.'
			],
			[
				'We continue to follow developments in Sarenne. Register now at register.elbany.example or call +00 200 300 400.'
			]
		);
		expectFinding(
			quake,
			'00:40',
			'empty-platitude',
			[],
			[
				'We are in touch with the Veyranian authorities about the 140 people sheltering at the consulate.'
			]
		);
	});
});
