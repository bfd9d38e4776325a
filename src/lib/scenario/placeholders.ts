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
