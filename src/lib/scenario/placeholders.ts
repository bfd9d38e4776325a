/**
 * Placeholders a reaction or adversary text may contain; the simulation fills them in (src/lib/sim/fill.ts).
 * A text whose placeholder has no value in the moment (no post to quote, no place in `names:`) is not used.
 */
export const PLACEHOLDERS = [
	'handle',
	'account',
	'government',
	'hashtag',
	'claim',
	'place',
	'country',
	'snippet',
	'time',
	'asker'
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export const PLACEHOLDER_HELP: Record<Placeholder, string> = {
	handle: "the trainee's handle, e.g. @ArcadiaInVeyrania",
	account: "the trainee account's display name",
	government: 'the government the trainee speaks for',
	hashtag: 'the hashtag of the false claim that is spreading',
	claim: 'a short form of that claim (its first keyword, or its text)',
	place: 'the first place in names: (e.g. Porto Veyra)',
	country: 'the first country in names:',
	snippet: 'the words of the post being answered or quoted (up to about 60 characters)',
	time: 'the time of the post being answered, on the scenario clock',
	asker: 'the handle of whoever asked the question the post answered'
};
