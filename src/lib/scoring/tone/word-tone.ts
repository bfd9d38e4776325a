/**
 * What tone analysis needs of one word, looked up once per distinct word and kept in its record
 * (text/word-info.ts): VADER lexicon valence, the emoji valence table, booster/dampener increments, hostile
 * negativity (VADER's negative words other than grief, danger and correction vocabulary), the insult-word
 * quick test, the word's weight as a hostility cue and its part in a targeted insult.
 */
import type { ToneFacts, WordInfo } from '../text/word-info.ts';
import { hostileWeight } from './cues.ts';
import { EMOJI_VALENCE } from './emoji.ts';
import { roleOf } from './roles.ts';
import { isInsultWord } from './insults.ts';
import { vaderLexicon } from './vader-lexicon.ts';

export const B_INCR = 0.293;
const EMOJI_MAP = new Map(Object.entries(EMOJI_VALENCE));

const BOOSTERS = new Map<string, number>();
for (const w of 'absolutely amazingly awfully completely considerably decidedly deeply enormously entirely especially exceptionally extremely fabulously fully greatly highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously unbelievably unusually utterly very truly sincerely profoundly'.split(
	' '
))
	BOOSTERS.set(w, B_INCR);
for (const w of 'almost barely hardly kinda less little marginally occasionally partly scarcely slightly somewhat sorta'.split(
	' '
))
	BOOSTERS.set(w, -B_INCR);

/** Negative words that are not hostile: grief, danger, harm, correction and apology vocabulary. */
const NOT_ANGER = new Set(
	`sad sadness sadly loss lost tragic tragedy tragedies grief grieving mourn mourning death deaths died dead killed
	victims victim injured injury injuries wounded damage damaged destroyed destruction collapsed collapse disaster
	disasters catastrophe catastrophic crisis emergency emergencies worried worry worrying worries fear fears afraid
	scared frightened frightening missing pain painful suffering suffer sorry devastating devastated heartbroken
	heartbreaking terrible awful horrible dreadful false fake misleading wrong untrue rumour rumor problem problems
	delay delayed closed cancelled canceled violence violent unrest attack attacks hack hacked insult insulted
	insulting offensive offended regret mistake mistakes error errors fail failed failure danger dangerous risk
	risks threat threats threatened critical serious severe sick ill illness hurt harm harmed stranded trapped
	detained arrested unfortunately bad worse worst concern concerned concerns difficult hard shock shocked
	earthquake quake flood floods fire fires storm storms war conflict abuse abused poor poverty lonely cancer
	disease pandemic saddened sorrow panic panicked unverified unconfirmed casualty casualties mourn grieve grieving
	accident accidents crash crashed suspended disappointed regrettable unfortunate alarming alarmed`
		.split(/\s+/)
		.filter(Boolean)
);

/** A word's one-word hostility weight; a letter written three or more times ("stuuupid", "loserrr") is
 * tried once and twice. */
function hostileOfWord(w: string): number {
	const h = hostileWeight(w);
	if (h > 0 || !/(.)\1\1/.test(w)) return h;
	return Math.max(
		hostileWeight(w.replace(/(.)\1{2,}/g, '$1')),
		hostileWeight(w.replace(/(.)\1{2,}/g, '$1$1'))
	);
}

/** The tone facts of a word (computed on first use, then read from its record). */
export function toneFacts(info: WordInfo): ToneFacts {
	let f = info.tone;
	if (f === undefined) {
		const w = info.word;
		const lex = vaderLexicon();
		const lexicon = lex.get(w);
		f = {
			lexicon,
			valence: w.charCodeAt(0) > 127 ? (EMOJI_MAP.get(w) ?? lexicon) : lexicon,
			booster: BOOSTERS.get(w) ?? 0,
			anger: lexicon !== undefined && lexicon <= -1.5 && !NOT_ANGER.has(w) ? (-lexicon - 1) / 2 : 0,
			insultWord: isInsultWord(w),
			hostile: hostileOfWord(w),
			role: roleOf(w)
		};
		info.tone = f;
	}
	return f;
}
