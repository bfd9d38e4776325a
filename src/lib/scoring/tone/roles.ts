/**
 * The part a word can play in a targeted insult (./targeted.ts), as bit flags computed once per distinct word
 * and kept in its record (word-tone.ts), so that the per-post scan reads one number per word.
 */

export const SECOND = 1;
export const THIRD = 2;
/** A subject word that holds its copula ("you're", "she's"). */
export const WITH_COPULA = 4;
export const COPULA = 8;
/** A determiner before a noun that can be the subject ("this minister is a …"). */
export const DETERMINER = 16;
/** "your stupid face": a possessive followed at once by a hostile word. */
export const POSSESSIVE = 32;
/** A noun that dehumanises a person or group (Mendelsohn, Tsvetkov & Jurafsky 2020: animal, vermin and
 * disease metaphors). */
export const DEHUMANISING = 64;
/** A word before such a noun that says it of someone ("they are animals", "these rats", "like vermin"). */
export const SAID_OF = 128;
/** A second-person possessive ("your", "ur"), whose hostile noun may be VADER-angry negativity. */
export const YOUR = 256;

const ROLES = new Map<string, number>();
function add(flag: number, words: string): void {
	for (const w of words.split(/\s+/)) if (w) ROLES.set(w, (ROLES.get(w) ?? 0) | flag);
}
add(SECOND, "you u ya ye yall y'all youre you're ur thou");
add(THIRD, "he she they he's she's they're hes shes theyre guy man woman people person bunch lot");
add(WITH_COPULA, "you're youre ur he's she's they're hes shes theyre");
add(
	COPULA,
	'is are was were r be being been am seem seems look looks sound sounds act acts remain remains'
);
add(DETERMINER, 'his her their your the this that these those ur');
add(POSSESSIVE, 'your ur yer his her their');
add(YOUR, 'your ur yer');
add(
	DEHUMANISING,
	'animals animal beasts beast savages rats rat vermin cockroaches cockroach roaches parasites parasite leeches leech pigs apes ape monkeys monkey dogs mongrels mongrel swine insects maggots lice locusts filth scum subhumans subhuman creatures invaders hordes barbarians primates'
);
add(
	SAID_OF,
	'are were is was like these those such them they bunch pack horde hordes filthy dirty disgusting fucking bloody damn'
);

/** The role flags of a word (0 for most words). */
export function roleOf(word: string): number {
	return ROLES.get(word) ?? 0;
}
