/**
 * Shared structural cues for the conduct detectors (issue 12): who the post answers (a troll, a rumour, a
 * question), and word classes that several detectors combine instead of listing whole phrases — the people
 * hit by a crisis, a reference to earlier advice, the host country's political actors, evaluative words.
 */
import { vaderLexicon } from '../tone/vader-lexicon.ts';
import type { DetectorInput } from './context.ts';

/** What the post replies to: a troll post, a post spreading a claim, or neither. */
export function replyContext(d: DetectorInput): { troll: boolean; rumour: boolean } {
	const ev = d.post.replyTo ? d.c.events.get(d.post.replyTo) : undefined;
	const trollHandle = d.pt.tokens.some(
		(t) => t.kind === 'mention' && d.c.derived.trollHandles.includes(t.lower)
	);
	return {
		troll:
			trollHandle || (ev !== undefined && (ev.troll || d.c.derived.trollIds.has(ev.from ?? ''))),
		rumour: ev?.spreads !== undefined
	};
}

/** Either case for the first letter of each word (for patterns that must stay case-sensitive elsewhere). */
const anyCase = (words: string): string =>
	words
		.split(' ')
		.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
		.join('|');

/** People hit by the crisis, as the subject of a sentence ("nationals who…", "those hurt", "your husband"); a
 * demonym ("Arcadians") only with its capital. Use with the 'u' flag and without 'i'. */
export const VICTIM = `(?:${anyCase('people those anyone anybody everyone injured wounded stranded evacuees nationals citizens residents tourists travellers travelers visitors families parents applicants victims locals many some others you he she they')}|[Yy]our (?:husband|wife|son|daughter|family|partner|relative|friend)s?|\\p{Lu}\\p{Ll}+(?:ians?|ese|ish))`;
/** Earlier advice or warnings, by the sender or officially ("our travel advice", "we had advised against"). */
export const ADVICE =
	'(?:(?:our|the|official|repeated|clear|earlier|previous|travel) (?:(?:travel|repeated|clear|official|first|earlier|many|several) )?(?:advice|warnings?|guidance|instructions|advisory|advisories)|advised against|(?:we|the embassy|the ministry) (?:had |have )?(?:always |repeatedly |clearly )?(?:advised|warned|told|said)|(?:were|was|had been|are|is) (?:clearly |repeatedly )?warned)';
/** Political actors of the host country. */
export const POLITICAL_ACTOR =
	'(?:government|regime|administration|authorities|rulers|ruling elite|elite|establishment|junta|opposition|ruling (?:party|coalition)|coalition|parliament|party|parties|president|prime minister|ministers?|premier|leaders?|leadership|politicians|protesters|demonstrators|protest movement|security forces|police|army|military|cabinet|people in the streets|people on the streets|elections?|voters)';

/** VADER valence of one lower-case word (0 when the lexicon does not list it). */
export function valence(word: string): number {
	return vaderLexicon().get(word.toLowerCase()) ?? 0;
}

/** Courtesy words whose warmth is politeness, not a verdict or praise ("thank", "welcome", "safe"). */
export const COURTESY = new Set(
	'thank thanks thankful grateful gratitude appreciate appreciated welcome welcomed welcoming please glad happy sorry hope hoping safe safety calm peaceful peacefully free fair friendly friend friends helpful supportive cooperative kind generous gracious respect respected honoured honored pleased care good well relief help support excellency majesty highness honourable honorable dear'.split(
		' '
	)
);
