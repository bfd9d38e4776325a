/** Kinds of miss found by two more batches written by people who had not seen the detectors (issue 12, session 23):
 * amplification typed into the post, blame hinted through "circles abroad" or an inverted "behind this stands…",
 * a sensible person held up against the victim, a ranking of one party above its rivals, sustained self-praise in
 * any crisis, a figure wrong beside the fact's right one, a thread counter, sarcasm by mock proposal, a vocative
 * insult, a wrong demonym of a country of two words. Each case is written afresh for this file — not copied from the
 * evaluation set — with a clean near-miss beside each positive. */
import { describe, expect, it } from 'vitest';
import { expectFinding, findingsAt, idsAt, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, evac, deepfake, hacked, visit, election, askstate } = scenarios();

describe('session 23 cues', () => {
	it('amplified-unverified: a manual RT of an unverified account or a link to a troll’s post, not a link to our own page', () => {
		const rt = findingsAt(
			quake,
			'00:40',
			'Looking into this now. RT @tomas_reyne: "The consulate shut its doors on us tonight and sent us away."'
		);
		expect(rt.map((f) => f.id)).toContain('amplified-unverified');
		expect(
			idsAt(
				deepfake,
				'01:00',
				'Here is what is circulating: chirp.example/cast_uncovered/status/5521'
			)
		).toContain('amplified-unverified');
		// a verified source, and our own page, are not amplification of anything unverified
		expect(
			idsAt(
				quake,
				'00:40',
				'RT @VeyraWire: rescue teams are working through the night in the old town.'
			)
		).not.toContain('amplified-unverified');
		expect(
			idsAt(
				deepfake,
				'01:00',
				'The unedited recording of the toast: norland-embassy.example/toast-full'
			)
		).not.toContain('amplified-unverified');
	});

	it('premature-blame: "certain circles abroad", "behind this … stands a network", "traced them to", a convenient timing', () => {
		expectFinding(
			election,
			'00:40',
			'premature-blame',
			[
				'Certain circles abroad have long wanted Arcadians to lose faith in their consulate.',
				'Our specialists have traced them to a troll farm run from a third country.',
				'Curious timing, then, that the clip surfaced an hour before the vote.'
			],
			[
				'We do not know who is behind the posts, and we will not guess.',
				'Behind the scenes our staff are answering every message.',
				'Curious about the registration steps? They are on our website.'
			]
		);
		// the inverted form, while the cause of the incident is still open
		expectFinding(quake, '00:40', 'premature-blame', [
			'Behind tonight’s video stands, we believe, a paid network of accounts.'
		]);
	});

	it('victim-blaming: what a careful person "would have" done, "those who came anyway"', () => {
		expectFinding(
			evac,
			'00:30',
			'victim-blaming',
			[
				'A careful traveller would have checked the advice before booking a trip to Sarenne.',
				'We are helping those who travelled anyway, as far as we can.',
				'Staying in a hotel next to the protests was a gamble few travellers would take.'
			],
			[
				'We would have answered sooner; we are sorry for the wait. Register now at register.elbany.example.',
				'Those who travelled for work can ask their employer to register them too.'
			]
		);
	});

	it('taking-sides: one party ranked above its rivals, "the regime", what the government "should have" done', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				'Civic Renewal has argued its case more honestly than most of its rivals.',
				'We respect everyone, whether they back the regime or not.',
				'The government in Korsa should have consulted the regions earlier.'
			],
			[
				'We do not rank parties. Every Talvanian voter deserves a free and fair election.',
				'Our team answered more questions today than yesterday.'
			]
		);
	});

	it('self-promotion: two boasts in any crisis, "among the best", "what takes others"; one proud thank-you is fine', () => {
		expectFinding(
			evac,
			'03:05',
			'self-promotion',
			[
				'So proud of our consular staff today: Elbanian crisis management at its very best.',
				'Our team did overnight what takes other embassies a fortnight. Two flights, 380 people.'
			],
			[
				'Two charter flights with 380 people have left Port Iset. Proud of and grateful to the staff who made it happen.'
			]
		);
	});

	it('factual-error: a wrong count beside the fact’s distinctive right one; a thread counter is no figure', () => {
		const wrong = findingsAt(
			evac,
			'03:10',
			'Four charter planes carried 380 Elbanians to safety today.'
		);
		expect(wrong.map((f) => f.id)).toContain('factual-error');
		expect(
			idsAt(evac, '03:10', 'Two charter planes carried 380 Elbanians to safety today.')
		).not.toContain('factual-error');
		expect(
			idsAt(
				quake,
				'02:45',
				'2/3 Our consulate remains open and is sheltering Arcadians who need a place to stay.'
			)
		).not.toContain('factual-error');
	});

	it('no-comment: "nothing further" alone; a refusal about a person’s case that then says what it can is clean', () => {
		expect(
			idsAt(deepfake, '01:14', '@tgeller Nothing more on this today.', 'journalist-question')
		).toContain('no-comment');
		expect(
			idsAt(
				askstate,
				'00:55',
				'@martakos We will not discuss the specifics of his case in public, to protect him. We can say that consular staff have visited him.',
				'reporter-question'
			)
		).not.toContain('no-comment');
	});

	it('confidential-leak: naming what is withheld is not telling it', () => {
		expect(
			idsAt(
				askstate,
				'00:55',
				'@martakos We cannot share the charges or the hearing date; the family has asked for privacy.',
				'reporter-question'
			)
		).not.toContain('confidential-leak');
	});

	it('sarcasm and belittling: a mock proposal, a one-word verdict, "questions answer themselves", "read our earlier statement"', () => {
		const to = 'reporter-question';
		expectFinding(
			askstate,
			'00:55',
			'sarcasm',
			['@martakos Should we read out his file on air while we are at it?'],
			[],
			to
		);
		expectFinding(
			askstate,
			'00:35',
			'sarcasm',
			['@mr_vance Asking a week before departure? Bold.'],
			[],
			'teacher-question'
		);
		expectFinding(
			askstate,
			'00:55',
			'belittling',
			['@martakos That one answers itself, surely.', '@martakos Re-read our previous statement.'],
			[
				'@martakos Our previous statement still stands: consular staff have visited him. Thank you for asking.'
			],
			to
		);
	});

	it('profanity: an insult as a vocative ends a statement; a question echoing the troll’s word does not', () => {
		expect(idsAt(hacked, '01:25', 'Nobody believes that, liar.', 'rival-rumour')).toContain(
			'profanity'
		);
		expect(
			idsAt(hacked, '01:25', 'Call us liars? The facts are on our website.', 'rival-rumour')
		).not.toContain('profanity');
	});

	it('wrong-name: a demonym off the listed form for a country of two words ("Ostravian" for Ostravan)', () => {
		expectFinding(
			visit,
			'00:30',
			'wrong-name',
			['We apologise to the Ostravian people and to Prime Minister Halvard Ekström-Nadi.'],
			['We apologise to the Ostravan people and to Prime Minister Halvard Ekström-Nadi.']
		);
	});

	it('wrong-name: another country’s name is not wrong when it is the name of the account answered', () => {
		expect(
			idsAt(
				visit,
				'00:45',
				'@vestra_lol Vestra has the better jokes today, we admit it.',
				'vestra-mockery'
			)
		).not.toContain('wrong-name');
		expect(
			idsAt(visit, '00:45', 'Our thanks to the people of Vestra for the warm welcome.')
		).toContain('wrong-name');
	});

	it('empty-platitude: solidarity "in heart" alone; thoughts that "go to" people are not an instruction', () => {
		expectFinding(quake, '00:20', 'empty-platitude', [
			'All of Arcadia is with Veyrania in spirit tonight.'
		]);
		expectFinding(
			evac,
			'00:20',
			'empty-platitude',
			['Our thoughts go to every Elbanian in Sarenne tonight. We stand with you.'],
			[
				'Our thoughts go to every Elbanian in Sarenne. Register at register.elbany.example so we can reach you.'
			]
		);
	});
});
