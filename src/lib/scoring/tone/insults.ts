/**
 * Insults aimed at someone: "X is a clown", "a bunch of lazy morons", "you idiot", "what a pathetic excuse for
 * a government", "lying bastard". A bare echo of a word ("Clowns?") is not an insult of anyone. Shared by the
 * profanity detector and the hostility dimension.
 */
import { allMatches } from '../text/matches.ts';

export const INSULT_NOUNS =
	'crooks?|idiots?|morons?|imbeciles?|cretins?|fools?|clowns?|buffoons?|losers?|scum(?:bags?)?|trash|garbage|liars?|cowards?|traitors?|hypocrites?|parasites?|vermin|rats?|pigs?|snakes?|thugs?|lowlifes?|degenerates?|freaks?|psychos?|lunatics?|maniacs?|joke|disgrace|embarrassment|laughing ?stock|puppets?|lackeys?|stooges?|halfwits?|dimwits?|nitwits?|numpties|numpty|muppets?|bastards?|bitch(?:es)?|sheep|sheeple|donkeys?|dogs?|clowns|galahs?|drongos?|dills?|eejits?|gobshites?|pillocks?|plonkers?|prats?|tossers?|twits?|gits?|berks?|wallies|wally|nincompoops?|dipsticks?|bozos?|dolts?|dunces?|boneheads?|knuckleheads?|blockheads?|airheads?|dingbats?|numbskulls?|chumps?|jackass(?:es)?|creeps?|weasels?|cranks?';
export const INSULT_ADJ =
	'racist|bigoted|cowardly|gormless|deluded|stupid|dumb|idiotic|moronic|pathetic|useless|worthless|incompetent|clueless|ignorant|lazy|disgusting|vile|filthy|spineless|gutless|brainless|mindless|lying|corrupt|arrogant|shameless|miserable|sorry|sad|deranged|insane|crazy|dishonest|two-faced|backward|primitive|savage|barbaric';

const TARGET =
	"(?:you|you're|you are|u|ur|they|they're|they are|he|she|he's|she's|it's|\\p{Lu}[\\p{L}'’-]*(?:'s|’s)?(?: \\p{Lu}[\\p{L}'’-]*)*|(?:the|your|their|this|that|these|those) [\\p{L}-]+)";
/** "X is/are (a|an|such a|a bunch of) [adj] insult", "you [adj] insult", "what a [adj] insult/excuse". */
export const INSULT_RE = new RegExp(
	[
		`\\b${TARGET} (?:is|are|was|were|remains?|looks?(?: like)?|acts? like|behaves? like)(?: (?:just|nothing but|simply|clearly|obviously|such|a|an|the|complete|total|utter|absolute|real|bunch|pack|band|herd|of))* (?:(?:${INSULT_ADJ}) )*(?:${INSULT_NOUNS})\\b`,
		`\\b(?:you|u) (?:(?:${INSULT_ADJ}|absolute|complete|total|utter|bloody|fucking|little|stupid) )*(?:${INSULT_NOUNS})\\b`,
		`\\b(?:what|such) (?:a|an) (?:(?:${INSULT_ADJ}|complete|total|utter|absolute) )+(?:${INSULT_NOUNS}|excuse for an? [\\p{L}]+)\\b`,
		`\\b(?:bunch|pack|band|herd|gang) of (?:(?:${INSULT_ADJ}) )*(?:${INSULT_NOUNS}|[\\p{L}]+s)\\b`,
		`\\bpiece of (?:shit|crap|garbage|trash|work)\\b`,
		// the insult said again in reporting it: "the post calling President Solberg a clown", "described him as
		// a clown" (repeating an insult spreads it, whoever wrote it first)
		`\\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|labell?(?:s|ed|ing)?|brand(?:s|ed|ing)?) (?:\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}|him|her|them|us|our \\p{L}+|the \\p{L}+) (?:as )?(?:a|an) (?:(?:${INSULT_ADJ}) )*(?:${INSULT_NOUNS})\\b`,
		// "The only clowns here are…", "a sad little troll"
		`\\bthe only (?:${INSULT_NOUNS}) (?:here|around|in this)\\b`,
		`\\b(?:a|an|you) (?:sad|pathetic|miserable|nasty|little)(?: (?:sad|pathetic|miserable|nasty|little))+ (?:trolls?|bots?|man|men|person|people|accounts?)\\b`,
		// an insult as the sender of what is answered: "Brave talk from a faceless muppet"
		`\\b(?:from|by) (?:(?:a|an|some|this|that|these|those|such) )?(?:(?:${INSULT_ADJ}|faceless|nameless|anonymous) )+(?:${INSULT_NOUNS})\\b|\\bfrom (?:a|an|some|this|that) (?:${INSULT_NOUNS})\\b`,
		// a rude dismissal: "Rack off.", "Jog on, mate.", "Get stuffed."
		`(?:^|(?<=[.!?]\\s{1,3})|(?<=^(?:@\\w+\\s+)+))(?:rack|naff|bugger|sod|piss|shove|buzz) off\\b|\\bjog on(?=[.,!]|\\s*$)|\\bget stuffed\\b`,
		`\\b(?:lying|corrupt|incompetent|pathetic|useless|stupid|clueless|spineless|lazy) (?:${INSULT_NOUNS}|government|president|minister|ambassador|leaders?|people|nation|country)\\b`,
		// session 28: a person named by an insult: "The idiot in that video does not speak for Calderra"
		`\\b(?:the|that|this) (?:idiot|moron|imbecile|cretin|halfwit|dimwit|nitwit|buffoon|lowlife|scumbag)\\b(?! (?:question|test|proof|light))|\\b(?:these|those|the) (?:idiots|morons|imbeciles|cretins|halfwits|dimwits|nitwits|buffoons|lowlifes|scumbags|crooks)\\b(?! (?:question|test))`,
		// whoever is behind it, named by an insult: "Whoever did this is a gutless little crook"
		`\\b(?:whoever|anyone who|those who|the people who)\\b[^.!?;]{0,50}\\b(?:is|are) (?:(?:a|an|just|nothing but|such|the) )*(?:(?:${INSULT_ADJ}|little|complete|total|utter) )*(?:${INSULT_NOUNS})\\b`,
		// session 28: contempt in a formal register: "the cretinous accounts that have descended upon this session"
		`\\b(?:cretinous|moronic|idiotic|imbecilic|brainless|halfwitted|witless|feeble-minded|contemptible|odious|loathsome|despicable|degenerate) (?:accounts?|trolls?|people|individuals|commentators|critics|journalists|hacks|bots?|users|posters|voices|reporters|mob|rabble|creatures|specimens)\\b`,
		`\\bexcuse for an? (?:government|president|minister|ambassador|country|leader|embassy|journalist)\\b`,
		// the insult noun as a superlative or an unnamed someone: "the biggest clown on this hashtag", "some idiot got in"
		`\\b(?:the (?:biggest|greatest|worst|real)|some|what an?) (?:${INSULT_ADJ} )?(?:idiots?|morons?|imbeciles?|cretins?|clowns?|buffoons?|losers?|scumbags?|liars?|cowards?|halfwits?|dimwits?|nitwits?|muppets?|bastards?|lowlifes?|lunatics?|hypocrites?)\\b`,
		// a vocative at the end of a statement: "Then jog on, idiot." (not a question echoing the troll's word:
		// "Answer you, coward?")
		`(?<=, ?)(?:(?:${INSULT_ADJ}|absolute|complete|total|utter|bloody|little) )*(?:idiots?|morons?|imbeciles?|cretins?|fools?|clowns?|buffoons?|losers?|scumbags?|liars?|cowards?|halfwits?|dimwits?|nitwits?|numpties|numpty|muppets?|bastards?|bitch(?:es)?|lowlifes?|degenerates?|freaks?|psychos?|lunatics?|hypocrites?|traitors?|galahs?|drongos?|eejits?|gobshites?|pillocks?|plonkers?|prats?|tossers?|dipsticks?|bozos?|numbskulls?)(?= ?[.!]|$)`
	].join('|'),
	'giu'
);

/** Every single word of the lists above (plurals spelt out), for a quick test on a post's words. */
const QUICK_WORDS = new Set(
	`${INSULT_NOUNS}|${INSULT_ADJ}`
		.split('|')
		.flatMap((w) => {
			const base = w.replace(/\(\?:[^)]*\)\??|\?|\\s/g, '');
			const m = /^(.*?)(\w)\?$/.exec(w);
			return m ? [m[1], m[1] + m[2]] : [base, w.replace(/\?/g, '')];
		})
		.concat([
			'piece',
			'excuse',
			'bunch',
			'pack',
			'band',
			'herd',
			'gang',
			'laughing',
			'laughingstock',
			'faceless',
			'anonymous',
			'nameless',
			'rack',
			'naff',
			'bugger',
			'sod',
			'piss',
			'shove',
			'buzz',
			'jog',
			'stuffed',
			'cretinous',
			'imbecilic',
			'halfwitted',
			'witless',
			'feeble-minded',
			'contemptible',
			'odious',
			'loathsome',
			'despicable',
			'degenerate'
		])
);

/** One of the single words of the insult lists. */
export function isInsultWord(w: string): boolean {
	return QUICK_WORDS.has(w);
}

/** Insult spans in a text already known to hold an insult word (the quick test done by the caller). */
export function matchInsults(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	INSULT_RE.lastIndex = 0;
	for (const m of allMatches(INSULT_RE, text)) {
		const neg = text.slice(Math.max(0, m.index! - 12), m.index!);
		if (/\b(?:not|no|never|n't)\s*$/i.test(neg)) continue;
		if (/\b(?:is|was|it's) (?:no|not a) joke\b/i.test(m[0])) continue;
		// "it was just a joke" describes a post, not a person
		if (
			/(?:joke|disgrace|embarrassment|laughing ?stock)$/i.test(m[0]) &&
			/^(?:it|this|that|which|there|it's|what)\b/i.test(m[0])
		)
			continue;
		// a place after a preposition is not the subject: "the policing at Orlin Park was a disgrace"
		if (
			/(?:joke|disgrace|embarrassment|laughing ?stock)$/i.test(m[0]) &&
			/\b(?:at|in|on|of|from|near|outside|inside)\s+$/i.test(
				text.slice(Math.max(0, m.index! - 10), m.index!)
			)
		)
			continue;
		// "Holding a school choir at the border is a disgrace", "the policing was a disgrace": an act, not a person
		if (
			/(?:joke|disgrace|embarrassment|laughing ?stock)$/i.test(m[0]) &&
			(/^(?:(?:the|this|that|their|its) )?\p{L}+ing\b/iu.test(m[0]) ||
				/^(?:the|this|that|their|its|our|your|my|his|her) (?:[\p{L}-]+ ){0,2}?(?:response|handling|decision|organi[sz]ation|security|operation|reaction|statement|process|system|situation|investigation|inquiry|service|post|tweet|message|comment|emoji|photo|picture|video|remark|gaffe|mistake|error|mix-up)\b/iu.test(
					m[0]
				))
		)
			continue;
		// "lol honestly it was just a joke": whatever opens the match, "it was … a joke" describes a post
		if (
			/\b(?:it|this|that|which|what)\s+(?:was|is|'s)\s+(?:just |only |all |meant as |supposed to be )?a joke$/i.test(
				m[0]
			)
		)
			continue;
		// "the flag thing was just a joke that went wrong": a thing, not a person, is the joke
		if (
			/\b(?:thing|post|tweet|comment|remark|emoji|flag|video|clip|message|caption|line|reply)\s+(?:was|is|'s)\s+(?:just |only |meant as |supposed to be )?a joke$/i.test(
				m[0]
			)
		)
			continue;
		out.push({ start: m.index!, end: m.index! + m[0].length });
	}
	return out;
}
