/**
 * Every faux-pas and platform finding id scoring can raise. Conditions (`faux_pas(id)`) and scenario tests
 * (`findings: includes/excludes`) may only name these (SC309, with "did you mean"). scoring/types.ts's
 * `FindingId` union is kept equal to this list by a type test (tests/unit/faux-pas-eval.test.ts).
 */
export const FINDING_IDS = [
	'wrong-name',
	'emoji-in-tragedy',
	'humour-in-tragedy',
	'premature-blame',
	'confidential-leak',
	'myth-repetition',
	'no-comment',
	'engaging-troll',
	'shouting',
	'over-limit',
	'too-many-hashtags',
	'too-many-mentions',
	'factual-error',
	'avoided-phrase',
	'empty-post',
	'profanity',
	'victim-blaming',
	'belittling',
	'sarcasm',
	'taking-sides',
	'self-promotion',
	'empty-platitude',
	'amplified-unverified'
] as const;

export type KnownFindingId = (typeof FINDING_IDS)[number];
