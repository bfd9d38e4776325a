/**
 * For claims.ts: the questions a post quotes before denying them ("Q: … ? A: No.", "You ask whether …: it does not"),
 * and the openings that make a correction fact-first (a leading "No.", a first sentence that states the refuting fact
 * in words of its own).
 */
import type { PostText } from '../text/post-text.ts';
import type { Span } from '../types.ts';
import type { Signature } from './claims-signature.ts';

/** The questions a Q&A post quotes before denying them: "Q: … ? A: No.", "You asked: … Our answer: not true". */
const QA =
	/(?:^|[\s.!])(?:Q|Question|You asked)\s*:\s*([^?]{3,200}\?)\s*(?:A|Answer|Our answer)\s*:/gi;
/** "You ask whether Calvera funds a candidate: it does not." */
const ASKED_WHETHER =
	/(?:^|[\s.!])(?:you ask(?:ed)?|you want(?:ed)? to know|you(?:'ve| have) asked) (?:us )?(?:whether|if) ([^:?.;—]{3,200})[:?;—,]/gi;
const DENIED_AT_ONCE =
	/^\s*(?:no\b|not\b|false\b|untrue\b|never\b|wrong\b|that(?:'s|’s| is) (?:not|false|untrue|wrong)\b|(?:it|we|they|he|she|this) (?:does|did|do|is|was|are|were|has|have)(?: not|n't)\b|(?:it|we|they|he|she) (?:never|did not|does not)\b)/i;
export function quotedQuestions(text: string): Span[] {
	const asked = /\byou (?:ask|want|(?:'ve|have) asked)/i.test(text)
		? [...text.matchAll(ASKED_WHETHER)]
				.filter((m) => DENIED_AT_ONCE.test(text.slice(m.index! + m[0].length)))
				.map((m) => ({ start: m.index! + m[0].search(/\S/), end: m.index! + m[0].length }))
		: [];
	if (!/\b(?:Q|Question|You asked)\s*:/i.test(text)) return asked;
	// (only when the answer denies it straight away: "A: No.", "Our answer: not true")
	return [
		...asked,
		...[...text.matchAll(QA)]
			.filter((m) =>
				/^\s*(?:no\b|not\b|false\b|untrue\b|never\b|wrong\b|that(?:'s|’s| is) (?:not|false|untrue|wrong)\b)/i.test(
					text.slice(m.index! + m[0].length)
				)
			)
			.map((m) => {
				const start = m.index! + m[0].search(/\S/) + (/^[.!]/.test(m[0].trim()) ? 1 : 0);
				return { start, end: m.index! + m[0].indexOf(m[1]) + m[1].length };
			})
	];
}

/** A reply that answers "No." before anything else: the denial leads ("No. No ransom has been paid…"). */
export const OPENS_WITH_NO = /^(?:@\w+\s+)*(?:no|false|not true|untrue|wrong)\s*[.!:—–]/i;

/** The post's first sentence states a refuting fact in words of its own: four words or more, one of them a content
 * word of the fact (same five-letter stem: "are being processed" for "visa processing"), no negation, no myth, not a
 * question. */
export function opensWithStatement(
	pt: PostText,
	myth: { from: number }[],
	refuting: Signature['refuting']
): boolean {
	if (myth.some((m) => pt.sentence[m.from] === 0)) return false;
	const stems = new Set(
		refuting.flatMap((f) =>
			(f.fact.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5))
		)
	);
	let n = 0;
	let last = -1;
	let shared = false;
	for (let i = 0; i < pt.words.length && pt.sentence[i] === 0; i++) {
		if (pt.info[i].negator) return false;
		if (/\p{L}/u.test(pt.words[i])) n++;
		if (pt.words[i].length >= 5 && stems.has(pt.words[i].slice(0, 5))) shared = true;
		last = i;
	}
	if (n < 4 || last < 0 || !shared) return false;
	const end = pt.tokens[pt.tok[last]].end;
	return !/^\s*\?/.test(pt.text.slice(end, end + 3));
}
