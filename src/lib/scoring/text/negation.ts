/** Negation words (VADER's list plus "rarely", "seldom", "despite"), shared by tone, claims and doctrine. */
export const NEGATORS: ReadonlySet<string> = new Set(
	'aint arent cannot cant couldnt didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neither never no none nope nor not nothing nowhere shouldnt wasnt werent without wont wouldnt rarely seldom despite'.split(
		' '
	)
);

export function isNegator(lower: string): boolean {
	return NEGATORS.has(lower) || lower.endsWith("n't");
}
