/** Session 25's cues (issue 12), from batches by new authors (non-native English, long dense posts, quoted and
 * reported speech, hasty phone typing) and two scenarios the detectors had never seen. Each cue is tested in
 * wording written afresh for this file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, askstate, deepfake, election, visit } = scenarios();

describe('session 25 cues', () => {
	it('myth-repetition: the myth asked as a question, even with a topic word of the facts in it', () => {
		expectFinding(
			quake,
			'01:00',
			'myth-repetition',
			['Were Arcadians shut out of their consulate after the quake? No.'],
			[
				'Is the consulate open after the quake? Yes: it stayed open all night and 140 people are sheltering there.'
			]
		);
		expectFinding(
			askstate,
			'00:30',
			'myth-repetition',
			['Are urgent cases from the south being frozen out of visas? They are not.'],
			['Are urgent cases getting priority processing? Yes, through the visa contact form.']
		);
	});

	it('myth-repetition: a retweeted post that tells the myth is passed on, even with a topic word of the facts', () => {
		expectFinding(
			deepfake,
			'00:20',
			'myth-repetition',
			[
				"We are checking this. RT @cast_uncovered: Watch Norland's envoy sneer at our farmers during the dinner toast."
			],
			[
				"We are checking this. RT @castavia_news: Norland's embassy says a clip of the dinner toast is being checked."
			]
		);
	});

	it('premature-blame: insinuation idioms ("no prizes for guessing", a fake with a return address, "further afield", familiar fingerprints)', () => {
		expectFinding(
			deepfake,
			'01:10',
			'premature-blame',
			[
				'No prizes for guessing who paid for this deepfake.',
				'This clip carries a return address, and it is not a Castavian one.',
				'Anyone asking who made it should look much further afield.',
				'The fingerprints on this campaign look all too familiar.'
			],
			[
				'We are still establishing who made the clip; the unedited recording is online now.',
				'Our letter to the cooperative has a return address in Castavia.'
			]
		);
	});

	it('no-comment: waving off rumours is a refusal when it is all the post says', () => {
		expectFinding(
			election,
			'01:05',
			'no-comment',
			[
				'We do not comment rumours in the campaign period.',
				'@LenaOrtizDC We will not comment on speculation. Thanks.'
			],
			[
				'We will not comment on rumours, but here are the facts: Calvera funds no party or candidate in Talvania.',
				'We will not comment on speculation while the electoral commission looks into the accounts.'
			]
		);
	});

	it("sarcasm: mock understanding of the reader's limits; an incredulous tag on a fragment that makes the matter small", () => {
		expectFinding(
			deepfake,
			'01:25',
			'sarcasm',
			[
				'@rosa_ilic Watch the whole recording. We get it, context is hard.',
				'@rosa_ilic Counting must be difficult for some of you.'
			],
			[
				'@rosa_ilic The full recording is long, so here is the key minute. It is hard to watch a fake about people you trust.'
			]
		);
		expectFinding(
			visit,
			'01:05',
			'sarcasm',
			['@sigridvale Three front pages over one emoji, seriously?'],
			[
				'@sigridvale Three days of queues at the border, really? That should not happen; we are raising it today.',
				'@sigridvale You waited an hour for a statement, really? We are sorry; it is coming now.'
			]
		);
	});

	it("taking-sides: one side's programme or candidate matched to our values", () => {
		expectFinding(
			election,
			'00:56',
			'taking-sides',
			[
				'We respect every party, but the Civic Renewal manifesto is nearest to our values.',
				'Her candidacy best represents the principles we hold dear.'
			],
			[
				'Calvera and Talvania share values of democracy and open debate; we respect every candidate.',
				'The partnership agenda of our two governments reflects our shared values.'
			]
		);
	});

	it("amplified-unverified: reports from the public relayed in the post's own words", () => {
		expectFinding(
			quake,
			'00:30',
			'amplified-unverified',
			[
				'We are passing on what residents are posting: the harbour road has collapsed.',
				'Relaying the messages we have received: the school gym is full.'
			],
			[
				'We share what the civil protection agency has confirmed: the harbour road is closed.',
				'Thank you for the messages many of you are sending us. We read every one.'
			]
		);
	});

	it('wrong-name: the right flag of another country the post names, or a pair of right flags, is clean', () => {
		expectFinding(
			visit,
			'00:30',
			'wrong-name',
			['Welcome to Ostrava Bay 🇻🇸, Foreign Minister!'],
			[]
		);
	});
});
