/**
 * Cue phrases for the doctrine checks (docs/scoring.md#doctrine), matched on the post's lower-case words.
 * "*" ends a prefix. The lists paraphrase the doctrine, not any scenario: CDC CERC "First Message in a Crisis"
 * (what is known / not yet known / being done / what to do / next update / where to learn more), the Debunking
 * Handbook 2020 (warn before the myth, explain the fallacy) and the language of public apologies and
 * corrections (deleted-post cases in research note §2, F8).
 */
import { PhraseIndex, type PhraseHit } from '../text/phrase-index.ts';
import type { PostText } from '../text/post-text.ts';
import type { Span } from '../types.ts';
import { allMatches } from '../text/matches.ts';
import { clauseBreak, hasCharIn, mayHaveAddress } from '../text/chars.ts';

export type Cue =
	| 'unknowns'
	| 'actions'
	| 'advice'
	| 'next-update'
	| 'more-info'
	| 'warning'
	| 'explanation'
	| 'denial'
	| 'acknowledge'
	| 'jargon';

const CUES: Record<Cue, string> = {
	unknowns: `not yet known|not yet clear|not yet confirmed|not yet able|yet to be confirmed|yet to be established|do not yet know|don't yet know|do not know yet|don't know yet|still unclear|unclear|still establishing|establishing|being confirmed|to be confirmed|being verified|working to confirm|working to establish|trying to establish|seeking to confirm|assessing|still assessing|details to follow|more details will|as soon as we know|as soon as we can confirm|once confirmed|once we know|when we know more|investigat*|under investigation|checking reports|checking|verifying|awaiting|too early to|no confirmed|cannot yet confirm|can't yet confirm|cannot confirm|unconfirmed|not clear|we are still|remains unclear|are not yet|is not yet`,
	actions: `we are working|working with|working closely|working around the clock|in contact with|in close contact|in touch with|our consular team*|our consular staff|consular teams|our team*|our staff|our embassy is|our consulate is|staff are|we have deployed|we have sent|we are sending|sending|we have opened|we have set up|set up|activated|crisis cell|crisis centre|crisis center|crisis team|we are assisting|assisting|we are helping|helping|we are supporting|supporting|coordinating|we are coordinating|dispatched|on site|on the ground|we are providing|providing|we have arranged|arranging|organising|organizing|evacuat*|sheltering|hosting|is open|remains open|are open|stayed open|staffed|we are monitoring|monitoring|we are following|following up|reaching out|we have contacted|contacting|we are in|we continue to|we will continue|we have asked|we have requested|we are doing`,
	advice: `please call|please contact|please register|please follow|please stay|please avoid|please check|please keep|please do not|please don't|please share|please come|please go|please reach|please use|please dial|please visit|please message|if you need|if you are|if you have|if you or|should call|should contact|are advised to|are advised|we advise|we urge|we ask|we encourage|we recommend|do not travel|don't travel|avoid travel|stay indoors|stay away|follow the instructions|follow instructions|follow local|register at|register on|register with|register via|call us|call our|call the|contact us|contact our|contact the|reach us|reach our|message us|email us|dm us|come to|go to`,
	'next-update': `we will update|will update|we'll update|we will post|will post|we will share|will share more|further update*|next update|more updates|updates to follow|update to follow|more to follow|further information will|more information will|will provide|will give|keep you updated|keep you informed|keep the public informed|will keep|follow this account|follow us|follow @|in the coming hours|in the next hour|within the hour|later today|later tonight|regular updates|as we learn more|as information becomes available|when we have more|we will confirm|will be updated|stay tuned`,
	'more-info': `hotline|helpline|emergency line|emergency number|phone line|our website|website|our site|web page|webpage|our page|travel advice|travel page|register online|online form|email|e-mail`,
	warning: `a clip|footage|suggest*|online claims|some claim|reports that|claims that|not what happened|did not happen|false|untrue|not true|incorrect|inaccurate|misleading|fake|fabricated|doctored|manipulated|edited|out of context|rumour*|rumor*|claim*|myth|baseless|unfounded|misinformation|disinformation|circulating|spreading|do not share|don't share|please do not share|before you share|beware|be careful|you may have seen|you may see|some posts|a video|a post|posts suggest|allegation*|alleged|false claim*`,
	explanation: `because|due to|as a result|the reason|this is why|that is why|which is why|in fact|actually|the video shows|the footage shows|the image shows|the photo shows|shows|showed|what happened|what the video|filmed|was taken|taken in|dates from|is from|was from|old footage|older footage|recycled|years ago|while engineers|while staff|for safety|safety check|for about|for a few minutes|for minutes|briefly|temporarily|only|at no point|at no time|never closed|never turned|the main entrance|the side gate|instead|rather|in reality|the truth is|to be clear|for clarity|clarify|to clarify|context|here is what|here's what|the facts`,
	denial: `false|untrue|not true|incorrect|inaccurate|wrong|fake|fabricated|baseless|unfounded|misleading|nonsense|lies|a lie|did not|didn't|does not|doesn't|never|no one|nobody|deny|denies|reject*|refute*|is not|are not|was not|were not|isn't|aren't|wasn't|weren't`,
	acknowledge: `we apologi*|apologi*|our apologies|we are sorry|we're sorry|we regret|regret|sincerely sorry|deeply sorry|our mistake|was a mistake|we made a mistake|we were wrong|was wrong|was inappropriate|inappropriate|should not have|shouldn't have|we got this wrong|in error|erroneous|correction|corrected|to correct|we have removed|we removed|removed|we have deleted|we deleted|deleted|earlier post|previous post|an earlier|our earlier|our previous|withdrawn|we withdraw|retract*|fell short|unacceptable|not acceptable|we take responsibility|full responsibility|accountab*|we own`,
	jargon: `pursuant|aforementioned|hereby|herewith|modalities|stakeholders|facilitate|facilitation|leverage|operationalise|operationalize|in light of|with regard to|notwithstanding|heretofore|whereby|inter alia|démarche|demarche|note verbale|sui generis|mutatis mutandis|ceteris paribus|consular modalities|actioned|actioning|utilise|utilize|ascertain|commence|endeavour|endeavor`
};

export const DOCTRINE_CUES = new PhraseIndex<Cue>();
for (const [cue, list] of Object.entries(CUES) as [Cue, string][])
	for (const phrase of list.split('|')) DOCTRINE_CUES.add(phrase.trim(), cue);

export interface CueMatch {
	cue: Cue;
	from: number;
	to: number;
	span: Span;
	/** The cue is preceded by a negation in its sentence ("not helping", "we will not update"). */
	negated: boolean;
}

/** Every doctrine cue in the post, memoised on the post. */
export function cuesOf(pt: PostText): CueMatch[] {
	const hit = pt.memo.get(cuesOf) as CueMatch[] | undefined;
	if (hit) return hit;
	const out = DOCTRINE_CUES.matchPost(pt).map((h: PhraseHit<Cue>) => ({
		cue: h.value,
		from: h.from,
		to: h.to,
		span: { start: pt.spans[h.from].start, end: pt.spans[h.to - 1].end },
		negated: negatedBefore(pt, h.from)
	}));
	pt.memo.set(cuesOf, out);
	return out;
}

/** Slot of each cue in the per-post span lists (cueSpans). */
const CUE_SLOT = new Map((Object.keys(CUES) as Cue[]).map((c, i) => [c, i]));

/** Spans of one cue's matches, all or only those not negated (memoised per post, one list per cue and mode,
 * built on first use from the post's cues; the lists are shared: do not change them). */
export function cueSpans(pt: PostText, c: Cue, opts: { negated?: false } = {}): Span[] {
	let by = pt.memo.get(cueSpans) as (Span[] | undefined)[] | undefined;
	if (!by) pt.memo.set(cueSpans, (by = new Array<Span[] | undefined>(2 * CUE_SLOT.size)));
	const plain = opts.negated === false;
	// slots 0..n-1: every match of the cue; n..2n-1: those not negated
	const slot = CUE_SLOT.get(c)! + (plain ? CUE_SLOT.size : 0);
	let list = by[slot];
	if (list === undefined) {
		list = [];
		for (const m of cuesOf(pt)) if (m.cue === c && !(plain && m.negated)) list.push(m.span);
		by[slot] = list;
	}
	return list;
}

function negatedBefore(pt: PostText, i: number): boolean {
	for (let k = 1; k <= 2 && i - k >= 0; k++) {
		if (pt.sentence[i - k] !== pt.sentence[i]) return false;
		if (pt.info[i - k].negator) return true;
	}
	return false;
}

export const cue = (pt: PostText, c: Cue, opts: { negated?: boolean } = {}) =>
	cuesOf(pt).filter(
		(m) => m.cue === c && (opts.negated === undefined || m.negated === opts.negated)
	);

/** Imperative advice: a sentence or clause that starts with an action verb ("Call…", "Stay indoors…",
 * "…are sheltering there; call +00…", "For help, call…", "Bring passports, water and medicines"). Verbs that also
 * open a sentence as a noun or a label ("Update:", "Wait times…", "Return flights…") are left out. */
const IMPERATIVE = new Set(
	'call contact register follow stay avoid check keep go come seek dial visit shelter move reach message email text use share report listen monitor remain leave evacuate head tell let ask apply download sign write find bring pack carry prepare board gather charge save beware refrain'.split(
		' '
	)
);

/** Words that open an adverbial lead-in ("For help, …", "If you are in the city, …", "In an emergency, …"):
 * after its comma, a clause may start with an imperative. */
const LEAD_IN = new Set(
	'for if in to when where should until after before once during outside from whether wherever whenever'.split(
		' '
	)
);

export function imperatives(pt: PostText): Span[] {
	const hit = pt.memo.get(imperatives) as Span[] | undefined;
	if (hit) return hit;
	const out: Span[] = [];
	let first = -1;
	for (let i = 0; i < pt.words.length; i++) {
		const start = i === 0 || pt.sentence[i] !== pt.sentence[i - 1];
		if (start) first = i;
		else if (!clauseStart(pt, i, first)) continue;
		let j = i;
		if (pt.words[j] === 'please' || pt.words[j] === 'kindly') j++;
		if (j >= pt.words.length || pt.sentence[j] !== pt.sentence[i]) continue;
		if (IMPERATIVE.has(pt.words[j])) out.push(pt.spans[j]);
		else if (negativeImperative(pt, j)) out.push(pt.spans[j]);
	}
	pt.memo.set(imperatives, out);
	return out;
}

/** "Do not click…", "Don't travel…", "Never share…": a warning is advice too. */
function negativeImperative(pt: PostText, j: number): boolean {
	const w = pt.words[j];
	const next = (k: number) => k < pt.words.length && pt.sentence[k] === pt.sentence[j];
	if (w === 'do') return pt.words[j + 1] === 'not' && next(j + 2);
	return (w === "don't" || w === 'dont' || w === 'never') && next(j + 1);
}

/** Does word i open a clause inside its sentence: after a semicolon, colon or dash, or after the comma of a
 * lead-in ("For help, call…")? */
function clauseStart(pt: PostText, i: number, first: number): boolean {
	// the gap between the two words, read in place
	const text = pt.text;
	const a = pt.spans[i - 1].end;
	const b = pt.spans[i].start;
	if (clauseBreak(text, a, b)) return true;
	return hasCharIn(text, a, b, 44) && LEAD_IN.has(pt.words[first]);
}

/** Word ranges [from, to) of each sentence that has words (memoised per post; do not change the result). */
export function sentences(pt: PostText): { from: number; to: number }[] {
	const hit = pt.memo.get(sentences) as { from: number; to: number }[] | undefined;
	if (hit) return hit;
	const out: { from: number; to: number }[] = [];
	for (let i = 0; i < pt.words.length; i++) {
		const last = out[out.length - 1];
		if (last && pt.sentence[last.from] === pt.sentence[i]) last.to = i + 1;
		else out.push({ from: i, to: i + 1 });
	}
	pt.memo.set(sentences, out);
	return out;
}

export const BARE_ADDRESS =
	/(?<![\w@.])[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s]*[^\s.,;:!?)])?(?![\w@])/gi;

/** URLs and phone numbers in the post (where to learn more or get help; memoised per post, do not change
 * the result). */
export function pointers(pt: PostText): Span[] {
	const hit = pt.memo.get(pointers) as Span[] | undefined;
	if (hit) return hit;
	const out: Span[] = [];
	for (const t of pt.tokens) if (t.kind === 'url') out.push({ start: t.start, end: t.end });
	// a bare address ("visas.example.org", "gov.uk/travel") names a place to learn more as well as a link
	for (const m of mayHaveAddress(pt.text) ? allMatches(BARE_ADDRESS, pt.text) : [])
		if (!pt.tokens.some((t) => t.kind === 'url' && t.start <= m.index! && t.end > m.index!))
			out.push({ start: m.index!, end: m.index! + m[0].length });
	for (const m of allMatches(/\+?\d[\d ().-]{5,}\d/g, pt.text))
		out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
	pt.memo.set(pointers, out);
	return out;
}
