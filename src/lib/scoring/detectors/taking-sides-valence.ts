/**
 * For taking-sides (./taking-sides.ts): a host political actor with a strongly valenced word said of it ("the
 * government has been irresponsible", "brave protesters"), read through VADER's lexicon, and the neutral
 * diplomatic lines that clear a sentence ("all sides", "a matter for voters").
 */
import type { Span } from '../types.ts';
import { allMatches } from '../text/matches.ts';
import { insultsOf, profanityOf } from '../tone/analyse.ts';
import { hasAnyWord, sentencesOf, wordSet, type Detector } from './context.ts';
import { COURTESY, POLITICAL_ACTOR, valence } from './stance.ts';

/** Neutral diplomatic lines that mention the same actors. */
export const NEUTRAL =
	/\b(?:all sides|both sides|all parties|every side|restraint|refrain from violence|(?:is|are) (?:a )?matters? for|not for us|not for (?:a foreign|any foreign|an?) (?:embassy|government|country)|who (?:you|they|voters|[\p{Lu}][\p{L}]+ans?) (?:vote|voted|will vote) for)\b/iu;

/** An actor and a strongly valenced word said of it: "<actor> (has been) irresponsible", "brave <actor>". */
const PREDICATE = new RegExp(
	`\\b${POLITICAL_ACTOR}\\b(?:'s)?(?: (?!and\\b|or\\b|but\\b|who\\b|which\\b|that\\b|says?\\b|said\\b|reports?\\b|reported\\b|confirms?\\b|confirmed\\b|announced?\\b|told\\b)[\\p{L}-]+){0,3}? (?:is|are|was|were|has been|have been|seems?|remains?|looks?) (?:so |very |truly |deeply |utterly |completely |totally |clearly |simply |being |acting |behaving )?(?:a |an |the )?(?:truly |very |really )?([\\p{L}-]+)`,
	'giu'
);
/** (the actor as a noun, not the first word of a compound: "a restricted government building") */
const ATTRIBUTIVE = new RegExp(
	`\\b(?:the|a|an|this|that|these|those|its|their|our|such) ([\\p{L}-]+)(?: \\p{Lu}[\\p{L}-]+)? ${POLITICAL_ACTOR}\\b(?! (?:building|buildings|offices?|website|site|spokes\\w+|officials?|sources?|figures?|data|statement|compound|complex|district|quarter|vehicles?|cars?|accounts?|employees?|workers?|staff|agency|agencies|department|departments|media|newspapers?|channel|radio|tv|press|bonds?|services?|installation|facility|facilities|property|premises|land|plane|jet)\\b)`,
	'giu'
);
/** Adjectives that mark a foreign actor, not a side at home ("a hostile government"). */
const FOREIGN_ADJ = new Set([
	'hostile',
	'enemy',
	'foreign',
	'rival',
	'neighbouring',
	'neighboring'
]);
/** Words VADER scores that are not verdicts here ("looks like"). */
const FUNCTION_WORDS = new Set(['like', 'well', 'pretty', 'so', 'kind', 'clear', 'clearly']);
const GRATITUDE = /\b(?:thank|thanks|grateful|appreciate|welcome|apologi[sz]e|sorry)\b/i;

/** The actor words PREDICATE and ATTRIBUTIVE need (a cheap filter before running them). */
const ACTOR_WORDS = wordSet(
	'government regime administration authorities rulers elite establishment junta opposition coalition parliament party parties president minister premier leader leaders leadership politicians protesters demonstrators movement forces police army military cabinet streets election elections voters'
);

export function valencedVerdicts(d: Parameters<Detector>[0]): Span[] {
	const out: Span[] = [];
	if (!hasAnyWord(d.pt, ACTOR_WORDS)) return out;
	// and only when some word carries a strong valence
	if (!d.pt.words.some((w) => !COURTESY.has(w) && Math.abs(valence(w)) >= 1.5)) return out;
	for (const s of sentencesOf(d.pt)) {
		if (NEUTRAL.test(s.text) || GRATITUDE.test(s.text)) continue;
		for (const m of [...allMatches(PREDICATE, s.text), ...allMatches(ATTRIBUTIVE, s.text)]) {
			const w = m[1].toLowerCase();
			if (COURTESY.has(w) || FUNCTION_WORDS.has(w) || Math.abs(valence(w)) < 1.5) continue;
			// "a hostile government" names a foreign actor (premature-blame's business), "the liveliest party in town" an
			// evening, not a political party
			if (FOREIGN_ADJ.has(w)) continue;
			if (
				/\bpart(?:y|ies)$/i.test(m[0]) &&
				/^\s+(?:in|at|on|tonight|of the (?:year|night|summer))\b/i.test(
					s.text.slice(m.index! + m[0].length)
				)
			)
				continue;
			const at = s.start + m.index! + m[0].length;
			// an insult is the profanity detector's finding, not a political verdict
			if (
				[...profanityOf(d.pt), ...insultsOf(d.pt)].some(
					(h) => h.start < at && h.end > s.start + m.index!
				)
			)
				continue;
			out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
		}
	}
	return out;
}
