/**
 * Informal register in a tragedy (issue 12): the features that make a post about a disaster read as light,
 * whatever its words — a sentence opened by a conversational discourse marker ("Well, …", "So, …", "Turns
 * out…", "Note to self:", "Lesson learned:", "Fair to say…"), ironic understatement ("not in the good way",
 * "has had better days", "not exactly the quiet night we had planned", "…, apparently."), the disaster's own
 * verb used figuratively of the place or people ("got shook up", "well and truly rocked", "rocking tonight"),
 * and weaker cues that count only together: the crisis framed as leisure (holiday, souvenirs, campsite),
 * colloquial hedges and address ("basically", "maybe", "folks", "and counting") and a low formality
 * score (which already counts exclamations) from the tone analyser. Research: crisis-communication.md — "the risk of informal tone" (the 2018
 * Poirot tweet) and CERC's "be respectful"; discourse markers as a register feature (Biber 1988, dimension 1).
 */
import type { Span } from '../types.ts';
import { hasAnyWord, wordSet, type DetectorInput } from './context.ts';

/** Sentence start: the text start, after . ! ? : or a line break (with optional quote/space). */
const START = String.raw`(?:^|[.!?:;]\s+|\n\s*)`;

/** Conversational discourse markers that open a sentence; each alone is enough in a tragedy. */
const OPENERS = new RegExp(
	START +
		String.raw`(?:(?:well|so|ok(?:ay)?|anyway|right|oh|hey|welp|yep|nope|alas)\s*[,!:—–]|oh well\b|let'?s just say\b|good (?:morning|evening|afternoon|night) from\b|ok(?:ay)? so\b|so,? that happened|turns? out\b|turned out\b|note to self\b|lessons? (?:learned|learnt)\b|fun fact\b|pro tip\b|spoiler(?: alert)?\b|fair to say\b|safe to say\b|needless to say\b|looks like\b|seems like\b|guess what\b|not gonna lie\b|think of it as\b|who knew\b|bit of a\b)`,
	'giu'
);

/** Ironic understatement of the disaster. */
const UNDERSTATEMENT =
	/\bnot in (?:the|a) good way\b|\b(?:has|have|had|'s|'ve) had better (?:days|nights|weeks|mornings|evenings|starts)\b|\bnot exactly (?:the|a|an|what)\b|\bnot (?:quite )?(?:the|what|how) [\p{L} ]{0,30}\b(?:we|anyone|you|i) (?:had )?(?:planned|expected|hoped for|ordered|wanted|had in mind)\b|\b(?:is|are|was|were)(?:n't| not) (?:quite )?(?:done|finished) with (?:us|you|them|the city|the town)\b|,\s*apparently\s*[.!]|\bcould have gone better\b|\b(?:slightly|somewhat|mildly|rather|a little|a tad) (?:eventful|bumpy|lively|interesting|exciting|busy|wobbly|shaky|rocky|dramatic) (?:night|day|morning|evening|week|start)\b|\banyway\s*\?|\bnot (?:the|our|its) (?:most|best|least) [\p{L}]+ (?:night|day|morning|evening|week|start)\b|(?:^|[.!?]\s+)quite (?:a|the) (?:day|night|morning|evening|week)\s*[.!]|\b(?:plot|lesson|headline|mood|theme|word) of the (?:day|night|week)\s*:|\bnot (?:our|its|the city's) (?:finest|best) (?:hour|night|day)\b/giu;

/** The disaster's verb used figuratively of people or a place: "got shook up", "well and truly rocked". */
const FIGURATIVE =
	/\b(?:got|get|gets|getting)\s+(?:(?:a )?(?:bit|little|proper|properly|really|truly|well and truly|all)\s+)*(?:shook|shaken|rocked|rattled)\b|\b(?:shook|shaken|rattled) (?:up|about)\b|\b(?:well and truly|properly|truly|really) (?:rocked|shook|rattled)\b|\b(?:is|are|was|were) rocking\b|\brocking (?:tonight|today|this (?:morning|evening))\b/gi;

/** The crisis as leisure (weak: literal "on holiday" and "school trip" are excluded). */
const LEISURE =
	/(?<!\bon (?:a |their |his |her |your )?(?:school )?|\bschool )\b(?:holiday|vacation|souvenirs?|campsite|camping|staycation|getaway|picnic|sleepover|trip)\b/gi;

/** Colloquial hedges, fillers and address (weak). */
const COLLOQUIAL =
	/\b(?:basically|pretty much|kinda|sort of|kind of|maybe|decent|sorted|folks|guys|and counting|all over again|just got|no big deal)\b/gi;

/** Words each UNDERSTATEMENT or FIGURATIVE alternative needs (a cheap test before those patterns run). */
const UNDERSTATEMENT_WORDS = wordSet(
	'good better exactly planned expected hoped ordered wanted mind done finished apparently gone slightly somewhat mildly rather little tad anyway most best least quite plot lesson headline mood theme word finest'
);
const FIGURATIVE_WORDS = wordSet('shook shaken rattled rocked rocking');

export interface Register {
	/** Spans each enough alone in a tragedy. */
	strong: Span[];
	/** Spans that count only two together (a low formality score counts as one without a span). */
	weak: Span[];
	lowFormality: boolean;
}

function spans(re: RegExp, text: string): Span[] {
	const out: Span[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const lead = m[0].length - m[0].replace(/^[.!?:;\s]+/, '').length;
		out.push({ start: m.index + lead, end: m.index + m[0].length });
		if (m[0].length === 0) re.lastIndex++;
	}
	return out;
}

/** The informal-register features of a post (memoised on the post text). */
export function registerOf(d: Pick<DetectorInput, 'pt' | 'tone'>): Register {
	const hit = d.pt.memo.get(registerOf) as Register | undefined;
	if (hit) return hit;
	const text = d.pt.text;
	const strong = spans(OPENERS, text);
	if (hasAnyWord(d.pt, UNDERSTATEMENT_WORDS)) strong.push(...spans(UNDERSTATEMENT, text));
	if (hasAnyWord(d.pt, FIGURATIVE_WORDS)) strong.push(...spans(FIGURATIVE, text));
	const weak = [...spans(LEISURE, text), ...spans(COLLOQUIAL, text)];
	const r: Register = { strong, weak, lowFormality: d.tone.tone.formality < 0.35 };
	d.pt.memo.set(registerOf, r);
	return r;
}

/** Spans that make the post's register clearly informal (empty when it is not). */
export function informalSpans(
	d: Pick<DetectorInput, 'pt' | 'tone'>,
	/** The crisis's own words: a campsite that flooded is no leisure framing. */
	literal?: ReadonlySet<string>
): Span[] {
	const r = registerOf(d);
	if (r.strong.length) return r.strong;
	const weak = literal
		? r.weak.filter((s) => !literal.has(d.pt.text.slice(s.start, s.end).toLowerCase()))
		: r.weak;
	if (weak.length + (r.lowFormality ? 1 : 0) >= 2) return weak;
	return [];
}
