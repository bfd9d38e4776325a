/** Session 24's cues, from six more batches written by other authors in two rounds (issue 12): regional registers,
 * replies in conversation, senior people's own accounts, live-posting, other platforms' habits and text written
 * against a keyword checker. Each cue is tested in wording written afresh for this file, with a clean near-miss
 * where it could over-reach. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, deepfake, hacked, visit, election, askstate, envoy } = scenarios();

describe('session 24 cues', () => {
	it('no-comment: a soft brush-off with nothing beside it; the same words with a reason or a time are clean', () => {
		expectFinding(
			quake,
			'01:20',
			'no-comment',
			[
				"@LenaOrtizAD We'll leave that question for now.",
				"@LenaOrtizAD That isn't something we'll be confirming.",
				'@LenaOrtizAD That one is going to have to wait.',
				"We'll let the footage speak for itself.",
				'Lena — pass.',
				"We've already been over that."
			],
			[
				"@LenaOrtizAD We'll leave that question for now: the rescue is still under way, and we will update at 03:00.",
				"We'll let the full recording speak for itself: consulate.example/statement",
				'Pass this on to any Arcadian who needs shelter: the consulate is open.',
				'I have been asked a lot tonight what we can do. Honestly: keep the consulate open, keep the line staffed, keep you informed. Nothing more.'
			]
		);
	});

	it('victim-blaming: the prudent counterfactual, "hoped to hear from you sooner", "a red flag"; advice is clean', () => {
		expectFinding(
			evac,
			'01:15',
			'victim-blaming',
			[
				'Travellers who had left when we first warned would not be stranded now. Register at register.elbany.example.',
				'We had rather hoped to hear from you much sooner. Register at register.elbany.example.'
			],
			[
				'Register now at register.elbany.example; people who registered last week do not need to register again.',
				'We are sorry you are stranded. Register at register.elbany.example and stay indoors.'
			]
		);
		expectFinding(
			hacked,
			'00:45',
			'victim-blaming',
			[
				'A visa prize draw announced at dawn should have been a red flag. Call your bank.',
				'That offer was always rather too good to be true. Call your bank.',
				'Do read the address properly before you type your card number in.'
			],
			[
				'Remember: a visa prize draw is a red flag. We never run one. Call your bank if you paid.',
				'The only official site is visas.valdora.example; call your bank if you entered card details.'
			]
		);
		// a reproach about the question (asking before reading) is belittling, not blame for a plight
		expectFinding(
			askstate,
			'00:15',
			'victim-blaming',
			[],
			['@amira_h The answer is on our visa page, which you could have read yourself before asking.']
		);
	});

	it('belittling: sent back to what was said ("been over this", "as stated twice", "start there"); a purpose clause is clean', () => {
		expectFinding(
			envoy,
			'01:30',
			'belittling',
			[
				"We've been over this already, Lena. Try to keep up.",
				'As already stated three times, our policy has not changed.',
				'Have you read our statement? It answers this. Perhaps start there.',
				'Please study the website before raising such questions here.'
			],
			[
				'We have posted the full statement so that everyone can see exactly what the ambassador said.',
				'Our statement is pinned above: our policy has not changed.'
			]
		);
	});

	it('sarcasm: mock tribute, mock title, mock eagerness, ironic generalisation and hyperbole; sincere thanks is clean', () => {
		expectFinding(
			quake,
			'01:00',
			'sarcasm',
			[
				'@truthseeker_88 Big words from someone hiding behind an egg avatar.',
				'@truthseeker_88 Do enlighten us, oh mighty one.',
				'@truthseeker_88 We admire the audacity of that theory.',
				'@truthseeker_88 Trolls are famous for checking their facts, of course.',
				'@LenaOrtizAD If we rebutted every time someone shared a clip, we would never sleep.'
			],
			[
				'@LenaOrtizAD Thank you, we appreciate the confidence you place in our figures: 140 people are sheltering.',
				'@LenaOrtizAD Where exactly? The main entrance on the harbour side; it is open.'
			]
		);
		// an apology is not praise taken back ("sincerely … we got it wrong")
		expectFinding(
			visit,
			'01:05',
			'sarcasm',
			[],
			[
				'We apologise, sincerely, to Prime Minister Halvard Ekström-Nadi. We got the flag wrong and we are sorry.'
			]
		);
	});

	it('taking-sides: a verdict on a record, a call for change, a reproach of the host government, praise of a programme', () => {
		expectFinding(
			election,
			'01:00',
			'taking-sides',
			[
				"The ruling coalition's record on the economy speaks for itself.",
				'With reform stalled for years, it may be time for a change of government.',
				"Civic Renewal's programme has been remarkably well received in the provinces.",
				'Talvanian farmers deserve better from their government.'
			],
			[
				'Calvera does not want any party to win; the choice belongs to Talvanian voters.',
				'Our observers change shift at noon; it is time for a change of shift at the polling stations.'
			]
		);
		expectFinding(
			envoy,
			'01:10',
			'taking-sides',
			['The government has never really listened to people in Saltmarsh.'],
			['Our government has listened to every party in Saltmarsh and will keep doing so.']
		);
		expectFinding(
			visit,
			'01:05',
			'taking-sides',
			['The committee might well have more pressing business than an emoji.'],
			['We will answer the committee chair in writing today.']
		);
	});

	it('premature-blame: "obvious enemies" and a troll farm placed somewhere', () => {
		expectFinding(
			deepfake,
			'01:00',
			'premature-blame',
			['Our friendship has a few well-known enemies, and they have been busy.'],
			['Our friendship has lasted forty years, and it will outlast this fake.']
		);
		expectFinding(
			election,
			'00:40',
			'premature-blame',
			['We are told the network is operated from a troll farm in a third country.'],
			['These accounts were created this week; we are looking into who runs them.']
		);
	});

	it('self-promotion: an advert in any crisis, "proud to lead", "the best team I have ever led"; thanks is clean', () => {
		expectFinding(
			hacked,
			'00:50',
			'self-promotion',
			[
				'Account secured. Meanwhile, tickets for our jazz night are on sale now!',
				'Passwords reset. Valdora Week opens tomorrow, free admission for all.'
			],
			['Account secured; passwords reset. The only visa site is visas.valdora.example.']
		);
		expectFinding(
			evac,
			'03:10',
			'self-promotion',
			[
				'Two charters are out. Proud to lead the team that made it happen.',
				'Two charters are out: honestly the finest consular team we have ever had.'
			],
			['Two charters are out. Proud of and grateful to the crews who flew them.']
		);
	});

	it('profanity: regional insults and rude dismissals; the same words in other senses are clean', () => {
		expectFinding(
			quake,
			'01:00',
			'profanity',
			[
				'@truthseeker_88 Get stuffed, you drongo.',
				'@truthseeker_88 Naff off. 140 people are inside.'
			],
			['Buses jog on to the shelter every hour on the hour.', 'Please get off at the harbour stop.']
		);
	});

	it('empty-platitude: a pained line or "a long night for so many" and a place name, nothing else', () => {
		expectFinding(
			askstate,
			'00:20',
			'empty-platitude',
			['Truly pained to hear this. The Ministry stands with your family.'],
			[
				'Truly pained to hear this. Consular staff have visited your husband; we are in contact with you.'
			]
		);
		expectFinding(
			quake,
			'00:15',
			'empty-platitude',
			['Our hearts are in Porto Veyra. A long, dark night for so many.'],
			['Our hearts are in Porto Veyra. The consulate is open all night.']
		);
	});

	it('amplified-unverified: passing on an account by name or an unattributed quotation; shouting inside it is not ours', () => {
		expectFinding(
			deepfake,
			'00:25',
			'amplified-unverified',
			["Sharing @cast_uncovered's video so that you can judge it yourselves."],
			['We have seen a video about our Ambassador; we are checking it and will post the facts.']
		);
		expectFinding(
			election,
			'00:30',
			'amplified-unverified',
			['Reposting what is going round: "Calvera is secretly funding the Civic Renewal candidate."'],
			['Sharing the facts: "Calvera funds no party or candidate."']
		);
		expectFinding(
			election,
			'00:30',
			'shouting',
			[],
			['Reposting what is going round: "LEAKED DOCUMENTS prove Calvera funds a candidate."']
		);
		// quoting the troll's post is amplification, not a reply to the troll
		expectFinding(
			deepfake,
			'00:25',
			'engaging-troll',
			[],
			["Sharing @cast_uncovered's video so that you can judge it yourselves."]
		);
	});

	it("factual-error: a figure in the fact's unit, a clock time of the wrong fact, a window between two times", () => {
		expectFinding(
			askstate,
			'00:30',
			'factual-error',
			['Processing takes about four weeks at present.'],
			[
				'Processing takes up to nine weeks; after 3 weeks you can ask for an update.',
				'Your course starts in 3 weeks, so request priority processing through the contact form.',
				'Two weeks after the launch, the biometric system is still slow: processing takes up to nine weeks.'
			]
		);
		// a reply to a question about the figure: the asker's own figure is not an error, a new one is
		expectFinding(
			askstate,
			'00:10',
			'factual-error',
			['Hang in there: most are clearing in about five weeks.'],
			['Eight weeks is hard, we know. Ask for priority processing through the contact form.'],
			'visa-question'
		);
		expectFinding(
			evac,
			'00:55',
			'factual-error',
			['Assembly points open at 3pm at the Grand Hotel Meridien and the Elbany School.'],
			['Assembly points open at 2pm at the Grand Hotel Meridien and the Elbany School.']
		);
		expectFinding(
			hacked,
			'00:50',
			'factual-error',
			['The two posts were up for barely five minutes before we removed them.'],
			[
				'The two posts were up for about forty minutes before we removed them.',
				'We regained the account within the hour; both posts are deleted.',
				'We will post an update in 10 minutes.'
			]
		);
	});

	it('second round: an insult repeated in reporting it is one finding, major; a vocative name is not a leak', () => {
		expectFinding(
			hacked,
			'00:50',
			'profanity',
			[
				'Our account was misused this morning to describe President Solberg as a buffoon. We apologise.'
			],
			[
				'We apologise for the insulting post about President Solberg this morning; it was not written by us.'
			]
		);
		expectFinding(
			evac,
			'00:35',
			'confidential-leak',
			[],
			['Hanne, please stay in your hotel for now and register at register.elbany.example.'],
			'stranded-question'
		);
	});

	it('second round: refusals by topic or scope, mocking the public, corporate boasts, hints by motive', () => {
		expectFinding(
			evac,
			'02:05',
			'no-comment',
			[
				'Flight manifests are not something we will be discussing.',
				"We're not going over that again."
			],
			[
				'Flight manifests are not something we will be discussing in public, but every family is called directly.'
			],
			'reporter-question'
		);
		expectFinding(
			envoy,
			'00:55',
			'sarcasm',
			['Congratulations to everyone who found Saltmarsh on a map this morning.'],
			['Thank you to everyone who found time to read our statement this morning.']
		);
		expectFinding(
			evac,
			'03:10',
			'self-promotion',
			[
				'Excited to announce that our consular team delivered two charters today! #TeamExcellence',
				'Two charters out: one small consulate doing what the bigger missions could not.'
			],
			['All 380 passengers have landed safely. Thank you to the crews and to the host authorities.']
		);
		expectFinding(
			hacked,
			'01:20',
			'premature-blame',
			['One might ask why certain people are so keen to see this story spread.'],
			['We do not yet know who did this; we will say so when the investigation does.']
		);
	});

	it('second round: the host government blamed for a grievance; a time corrected away or a post number is no figure', () => {
		expectFinding(
			envoy,
			'01:05',
			'taking-sides',
			[
				"The capital's handling of the region has inflamed this far more than any podcast.",
				'People in Saltmarsh have waited far too long for Valmont to listen.'
			],
			['People in Saltmarsh have waited all morning for our statement; here it is.']
		);
		expectFinding(
			evac,
			'01:00',
			'factual-error',
			['Assembly points open at 3pm at the Grand Hotel Meridien.'],
			[
				'Correction: assembly points open at 14:00, not 16:00, at the Grand Hotel Meridien.',
				'Update 3 (14:10): assembly points at the Grand Hotel Meridien are open.'
			]
		);
		expectFinding(
			evac,
			'00:25',
			'humour-in-tragedy',
			[
				'Bit of a change of travel plans today: the airport is shut. Register at register.elbany.example.'
			],
			[
				'The airport is shut, so travel plans have changed for everyone. Register at register.elbany.example.'
			]
		);
	});
});
