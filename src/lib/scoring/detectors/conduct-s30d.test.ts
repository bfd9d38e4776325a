/** Session 30, round thirteen: false flags on new formats and crises — a Q&A post's quoted question, bullets and a
 * thread marker, a deadline a later fact moved to another day, a time another fact gives beside its own words.
 * Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, askstate, election, evac } = scenarios();

describe('session 30: round thirteen', () => {
	it("a Q&A post's quoted question does not repeat the myth when the answer follows", () => {
		expectFinding(
			askstate,
			'00:30',
			'myth-repetition',
			[
				'Q: Has Tessaly frozen visas for the south? A: Yes, for now.',
				'Is it true visas for the south are frozen? We cannot say.'
			],
			[
				'Q: Has Tessaly frozen visas for people from the south? A: No. Every application is processed; it takes up to nine weeks.',
				'You asked: are visas for the south frozen? Our answer: no, they are processed like all others.'
			]
		);
		expectFinding(
			election,
			'00:40',
			'myth-repetition',
			[],
			[
				'Q: Is Calvera secretly funding Civic Renewal? A: No. Calvera funds no party or candidate in Talvania.'
			]
		);
	});

	it('bullets and a thread marker are functional signs in a tragedy', () => {
		expectFinding(
			quake,
			'01:00',
			'emoji-in-tragedy',
			['Porto Veyra tonight 😎 the consulate is open.'],
			[
				'🧵 Where to get help in Porto Veyra 🔹 the consulate is open 🔹 call +00 100 200 300',
				'▪️ Consulate open ▪️ Emergency line +00 100 200 300'
			]
		);
	});

	it("a time another fact gives, beside that fact's own words, is about that fact", () => {
		expectFinding(
			evac,
			'01:00',
			'factual-error',
			['Assembly points open at 15:00 at the Grand Hotel Meridien.'],
			['Assembly points (open 14:00): Grand Hotel Meridien and the Elbany School.']
		);
	});
});
