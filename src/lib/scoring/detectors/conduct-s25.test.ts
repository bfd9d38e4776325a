/** Session 25's cues (issue 12), from batches by new authors (non-native English, long dense posts, quoted and
 * reported speech, hasty phone typing) and two scenarios the detectors had never seen. Each cue is tested in
 * wording written afresh for this file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, askstate, deepfake } = scenarios();

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
});
