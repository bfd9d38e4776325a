/** Session 23's cues from the third to the fifth batch written by other authors (issue 12; the first two batches'
 * cues are in conduct-s23.test.ts): a 12-hour time with a dot, capitals as shouting, an upper bound, refusals,
 * blame by hint, sarcasm, belittling, insults and names in further forms. Written afresh for this file, each with a
 * clean near-miss where the cue could over-reach. */
import { describe, expect, it } from 'vitest';
import { idsAt, shipped, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, deepfake, hacked, visit, election, askstate } = scenarios();

describe('session 23 cues, second batch', () => {
	it('factual-error: a 12-hour time with a dot ("2.14am") is the time it says', () => {
		expect(
			idsAt(
				quake,
				'00:50',
				'The earthquake struck at 2.14am; our consulate has been open ever since.'
			)
		).not.toContain('factual-error');
		expect(
			idsAt(
				quake,
				'00:50',
				'The earthquake struck at 3.14am; our consulate has been open ever since.'
			)
		).toContain('factual-error');
	});

	it('factual-error: a figure said to lie inside the fact’s upper bound agrees; a promise with the bound is checked', () => {
		expect(
			idsAt(
				askstate,
				'00:12',
				'@amira_h Seven weeks falls within the biometric processing time, so your file is on track.',
				'visa-question'
			)
		).not.toContain('factual-error');
		expect(
			idsAt(
				askstate,
				'00:12',
				'@amira_h With the biometric system, expect an answer within three weeks.',
				'visa-question'
			)
		).toContain('factual-error');
	});

	it('confidential-leak: words in capitals are shouting, not a private person’s name', () => {
		expect(
			idsAt(
				evac,
				'00:20',
				'DO NOT TRAVEL TO THE AIRPORT. ALL FLIGHTS ARE CANCELLED. STAY WHERE YOU ARE.'
			)
		).not.toContain('confidential-leak');
	});

	it('belittling and victim-blaming in a subordinate clause', () => {
		expect(
			idsAt(
				askstate,
				'00:12',
				'@amira_h Our visa page covers this; best to check it before posting. Processing takes up to nine weeks.',
				'visa-question'
			)
		).toContain('belittling');
		expect(
			idsAt(
				askstate,
				'00:12',
				'@amira_h Processing takes up to nine weeks; our visa page has the details and the contact form.',
				'visa-question'
			)
		).not.toContain('belittling');
		expect(
			idsAt(
				evac,
				'00:30',
				'We will help you, although a trip there this month was always a risky bet.'
			)
		).toContain('victim-blaming');
	});

	it('no-comment: "Not something we will be going into"', () => {
		expect(
			idsAt(
				askstate,
				'00:55',
				'@martakos Not something we will be going into.',
				'reporter-question'
			)
		).toContain('no-comment');
	});

	it('taking-sides: disappointment at what a side has chosen to do', () => {
		expect(
			idsAt(
				election,
				'01:00',
				'We note with regret that the government has chosen to attack journalists instead of answering them.'
			)
		).toContain('taking-sides');
		expect(
			idsAt(election, '01:00', 'We note that the electoral commission has published its timetable.')
		).not.toContain('taking-sides');
	});

	it('premature-blame: "coming from a network run out of a third country"', () => {
		expect(
			idsAt(
				election,
				'01:20',
				'We believe the posts are coming from a network run out of a third country.'
			)
		).toContain('premature-blame');
	});

	it('sarcasm: mock agreement and a mock-obvious motive', () => {
		expect(
			idsAt(
				deepfake,
				'00:50',
				'@rosa_ilic_farms Sure: a diplomat who spent years with your cooperative would obviously choose a banquet to insult you.',
				'farmer-reaction'
			)
		).toContain('sarcasm');
		expect(
			idsAt(
				deepfake,
				'00:50',
				'@rosa_ilic_farms Of course, we understand your anger. The clip was manipulated; the full toast is on our website.',
				'farmer-reaction'
			)
		).not.toContain('sarcasm');
	});

	it('profanity: "the biggest clown", "some idiot"', () => {
		expect(
			idsAt(
				hacked,
				'00:40',
				'Some moron got into this account this morning. We are back in control.'
			)
		).toContain('profanity');
		expect(
			idsAt(
				askstate,
				'00:13',
				'@truthhammer Rich, from the worst liar on this hashtag.',
				'troll-opening'
			)
		).toContain('profanity');
		expect(
			idsAt(hacked, '00:40', 'Someone got into this account this morning. We are back in control.')
		).not.toContain('profanity');
	});

	it('wrong-name: the wrong title in an apposition after the name', () => {
		expect(
			idsAt(
				hacked,
				'01:10',
				'We apologise to Amara Solberg, Prime Minister of Meridia, for the post.'
			)
		).toContain('wrong-name');
		expect(
			idsAt(
				hacked,
				'01:10',
				'We apologise to Amara Solberg, the President of Meridia, for the post.'
			)
		).not.toContain('wrong-name');
	});

	it('humour and emoji in an evacuation amid clashes (a tragedy in the scenario); a travel pictogram is a sign', () => {
		const joke = idsAt(
			evac,
			'01:20',
			'Travel light, everyone: it is an airlift, not a honeymoon 😜 Buses from 14:00.'
		);
		expect(joke).toContain('humour-in-tragedy');
		expect(joke).toContain('emoji-in-tragedy');
		expect(
			idsAt(
				evac,
				'03:10',
				'🚌 Buses to Port Iset leave the Elbany School at 09:00 tomorrow. ✈️ Flights follow.'
			)
		).not.toContain('emoji-in-tragedy');
	});
});

describe('session 23 cues, fourth batch', () => {
	it('amplified-unverified: "@handle: ‘…’" and "QT @handle" quote the account’s post', () => {
		expect(
			idsAt(
				evac,
				'01:10',
				"For the record, @expattruth: 'Only diplomats' families get seats on the charter.' That is false: every registered national can board."
			)
		).toContain('amplified-unverified');
		expect(
			idsAt(
				deepfake,
				'01:00',
				"QT @cast_uncovered: 'Watch the ambassador's real face.' Manipulated."
			)
		).toContain('amplified-unverified');
	});

	it('premature-blame: a state’s fingerprints, "funny how it surfaced", "those who gain from"', () => {
		for (const text of [
			'This hack has a foreign government’s fingerprints all over it.',
			'Funny how the fake posts appeared the day the visa season opened.',
			'Those who gain from a quarrel between our countries know what they did.'
		])
			expect(idsAt(hacked, '01:15', text), text).toContain('premature-blame');
		expect(
			idsAt(hacked, '01:15', 'Funny how quickly our followers spotted the fake; thank you all.')
		).not.toContain('premature-blame');
	});

	it('empty-platitude: "terrible news" and hearts with nothing else', () => {
		expect(
			idsAt(quake, '00:12', 'Terrible news from Veyrania tonight. Our hearts go out to all.')
		).toContain('empty-platitude');
	});

	it('sarcasm: a mock proposal as a question, a mock confession and its retort', () => {
		expect(
			idsAt(
				askstate,
				'00:55',
				'@martakos Of course. Should we publish his home address too? Consular cases stay private.',
				'reporter-question'
			)
		).toContain('sarcasm');
		expect(
			idsAt(
				visit,
				'00:35',
				'@sigridvale Yes, the emoji was a cunning plot against our hosts. Obviously not. It was our mistake.',
				'journalist-question'
			)
		).toContain('sarcasm');
	});

	it('belittling: "a moment’s thought", "worth a look before … next time"', () => {
		expect(
			idsAt(
				deepfake,
				'00:40',
				'@rosa_ilic_farms A moment’s thought shows she would never say that.',
				'farmer-reaction'
			)
		).toContain('belittling');
	});

	it('no-comment, victim-blaming, taking-sides and profanity in other forms', () => {
		expect(
			idsAt(election, '01:10', '@LenaOrtizDC The embassy does not engage with claims like these.')
		).toContain('no-comment');
		expect(
			idsAt(
				hacked,
				'00:42',
				'@lucia_ferro A free visa raffle was never going to be genuine.',
				'applicant-worry'
			)
		).toContain('victim-blaming');
		expect(
			idsAt(
				shipped('envoy-opinion'),
				'01:00',
				'Our policy has not changed. The government has hardly helped its case by refusing talks.'
			)
		).toContain('taking-sides');
		expect(idsAt(hacked, '01:25', '@x Calm down, you pathetic little coward.')).toContain(
			'profanity'
		);
	});
});

describe('session 23 cues, fifth batch', () => {
	it('factual-error: "a hundred and forty" is 140', () => {
		expect(
			idsAt(quake, '00:48', 'A hundred and forty people are sheltering in the consulate tonight.')
		).not.toContain('factual-error');
		expect(
			idsAt(quake, '00:48', 'A hundred and ninety people are sheltering in the consulate tonight.')
		).toContain('factual-error');
	});

	it('myth-repetition: reassurance ("don’t worry") is no denial of the claim', () => {
		expect(
			idsAt(
				evac,
				'01:45',
				'@carlos_ortez Do not worry: your daughter has a seat on the next charter with our staff beside her.',
				'parent-question'
			)
		).not.toContain('myth-repetition');
		expect(
			idsAt(election, '01:10', 'Is Calvera covertly financing Civic Renewal? Of course not.')
		).toContain('myth-repetition');
	});

	it('premature-blame: "a well-resourced actor", "traced the accounts behind them to…"', () => {
		expect(
			idsAt(hacked, '01:16', 'This was not amateurs. A sophisticated actor planned it for weeks.')
		).toContain('premature-blame');
		expect(
			idsAt(
				election,
				'01:20',
				'Our team traced the accounts spreading it to a bot farm in a third country.'
			)
		).toContain('premature-blame');
	});

	it('taking-sides: "by far the fairer campaign", a grievance "ignored for too long"', () => {
		expect(
			idsAt(election, '00:55', 'Civic Renewal has fought by far the fairer campaign this spring.')
		).toContain('taking-sides');
		expect(
			idsAt(
				shipped('envoy-opinion'),
				'01:00',
				'As friends we note that Valmont has neglected the region for decades.'
			)
		).toContain('taking-sides');
		expect(
			idsAt(election, '00:55', 'Our observers have followed the campaign for weeks.')
		).not.toContain('taking-sides');
	});

	it('sarcasm, belittling and self-promotion in other forms', () => {
		expect(
			idsAt(
				deepfake,
				'01:12',
				'@tgeller If you figure it out before the forensic lab, do tell us.',
				'journalist-question'
			)
		).toContain('sarcasm');
		expect(
			idsAt(
				election,
				'01:12',
				'@LenaOrtizDC A quick search would have found our answer from this morning.'
			)
		).toContain('belittling');
		expect(
			idsAt(
				shipped('envoy-opinion'),
				'01:00',
				'Our embassy has opened more doors for Brennan exporters than any other mission in the region.'
			)
		).toContain('self-promotion');
	});
});
