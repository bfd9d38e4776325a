/**
 * One record per distinct lower-case word, shared by every post that uses it: its Porter stem, and slots that
 * the lexicon modules fill the first time they look the word up (fold, VADER valence, concept, cue entries,
 * the gated patterns it triggers…). A post looks each of its words up once (`PostText.info`); every later
 * lookup is a field read instead of a Map lookup by string, which was the largest single cost of scoring.
 * Words are bounded (the table is cleared past 100,000 entries; a record stays valid for whoever holds it).
 */
import { stemmer } from 'stemmer';
import { isNegator } from './negation.ts';

export class WordInfo {
	readonly word: string;
	/** Porter stem (words of a–z only; any other word is its own stem). */
	readonly stem: string;
	/** A negation ("not", "never", "didn't"…): ./negation.ts. */
	readonly negator: boolean;
	/** The word is its stem plus regular endings (text/phrase.ts). */
	regular: boolean | undefined = undefined;
	/** Lower case without diacritics (text/fold.ts). */
	fold: string | undefined = undefined;
	/** Claim concept (text/concepts.ts): null = none. */
	concept: string | null | undefined = undefined;
	/** A denial word for claims (detectors/claims.ts). */
	denial: boolean | undefined = undefined;
	/** Could start a listed profanity (tone/profanity.ts `suspicious`). */
	suspicious: boolean | undefined = undefined;
	/** Tone facts (tone/valence.ts, tone/analyse.ts), filled together. */
	tone: ToneFacts | undefined = undefined;
	/** Global ids of the gated patterns and word sets this word triggers (detectors/context.ts). */
	gates: Int32Array | undefined = undefined;
	gatesVersion = -1;
	/** Four- and five-letter cuts of the word for paraphrase matching (detectors/sentence-stems.ts `stemOf`
	 * with min 4 and 5: '' for short and stop words). */
	cut4: string | undefined = undefined;
	cut5: string | undefined = undefined;
	/** Per phrase index (text/phrase-index.ts): the entries starting with this word, by index id. */
	phrases: unknown[] | undefined = undefined;
	/** The scenario phrase set last matched (text/phrase.ts setHits) and its phrases starting with this word's
	 * stem (null: none), so that a post's words skip the set's Map lookup. */
	phraseSet: object | undefined = undefined;
	setStarts: number[] | null = null;

	constructor(word: string) {
		this.word = word;
		this.stem = isAz(word) ? stemmer(word) : word;
		this.negator = isNegator(word);
	}
}

/** What tone analysis needs of a word (computed once per word: tone/word-tone.ts). */
export interface ToneFacts {
	/** VADER lexicon valence, or undefined. */
	lexicon: number | undefined;
	/** Valence of the word as an item: the emoji table first for non-ASCII words, then the lexicon. */
	valence: number | undefined;
	/** VADER booster/dampener increment (0 when none). */
	booster: number;
	/** Hostile negativity it adds: (−v − 1) / 2 for VADER ≤ −1.5 outside grief, danger and correction words. */
	anger: number;
	/** One of the words of the insult lists (tone/insults.ts). */
	insultWord: boolean;
	/** Weight of the word as a one-word hostility cue (tone/cues.ts), letters repeated for emphasis folded
	 * ("stuuupid"); 0 when none. */
	hostile: number;
	/** Its part in a targeted insult, as tone/roles.ts flags (0 for most words). */
	role: number;
}

function isAz(w: string): boolean {
	if (w.length === 0) return false;
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c < 97 || c > 122) return false;
	}
	return true;
}

const TABLE = new Map<string, WordInfo>();

/** The shared record of a lower-case word. */
export function wordInfo(word: string): WordInfo {
	let w = TABLE.get(word);
	if (w === undefined) {
		if (TABLE.size > 100_000) TABLE.clear();
		w = new WordInfo(word);
		TABLE.set(word, w);
	}
	return w;
}
