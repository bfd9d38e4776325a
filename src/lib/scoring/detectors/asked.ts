/**
 * The question a post quotes or reports before answering it — "Q: Is the airport closed? A: No.", "You asked: …
 * Our answer: …", "You ask whether Calvera funds a candidate: it does not.", "Journalists ask why…" — read in one
 * place, with one vocabulary, for every check that must not take the asker's words for the post's own:
 * - empty-platitude blanks a leading quoted question before it looks for substance (`leadingQuestion`);
 * - claims drops a myth repeated inside a question that is denied at once (`deniedQuestions`);
 * - taking-sides, avoided-phrase, premature-blame and claims skip a sentence that reports the question
 *   (`inReportedQuestion`: "@inesmarr asks whether we blame Meridian intelligence. We blame no one.").
 */
import type { PostText } from '../text/post-text.ts';
import type { Span } from '../types.ts';
import { sentenceAt } from './context.ts';

/** The labels of a quoted question and of its answer, and what separates a label from its text. */
const Q_LABEL = String.raw`(?:Q|Question|Your question|You asked)`;
const A_LABEL = String.raw`(?:A|Answer|Our answer|The answer)`;
const SEP = String.raw`(?:\s*[:：—–]\s*|\s+-\s+)`;
/** Who asks, and how ("you ask", "journalists want to know"). */
const ASKERS = String.raw`(?:you|they|some of you|many of you|people|journalists|reporters)`;
const ASKS = String.raw`(?:ask|asked|are asking|have asked|'ve asked|want to know|wanted to know|wonder|wondered|asked us)`;

/** A labelled question with its answer label if any: "Q: … ? A:" (group 1: the question). */
const LABELLED = new RegExp(
	String.raw`(?:^|[\s.!])(?:@\w+\s+)*${Q_LABEL}${SEP}([^?]{3,200}\?)\s*(?:${A_LABEL}${SEP})?`,
	'gi'
);
/** "You ask whether …:" (group 1: what is asked). */
const ASKED_WHETHER = new RegExp(
	String.raw`(?:^|[\s.!])(?:you ask(?:ed)?|you want(?:ed)? to know|you(?:'ve| have) asked) (?:us )?(?:whether|if) ([^:?.;—]{3,200})[:?;—,]`,
	'gi'
);
/** The answer denies it straight away: "No.", "Not true", "It does not". */
const DENIED_AT_ONCE =
	/^\s*(?:no\b|not\b|false\b|untrue\b|never\b|wrong\b|that(?:'s|’s| is) (?:not|false|untrue|wrong)\b|(?:it|we|they|he|she|this) (?:does|did|do|is|was|are|were|has|have)(?: not|n't)\b|(?:it|we|they|he|she) (?:never|did not|does not)\b)/i;
/** Who is answered by name or as a group, and how they ask ("@inesmarr asks", "To those asking", "To @tomas_reyne
 * and all the families asking"). */
const NAMED_ASKER = String.raw`(?:@\w+ (?:asks|asked|wants to know|wanted to know|wonders|wondered)\b|(?:to )?(?:@\w+|those|everyone|all|people|families|the families|journalists|reporters|many of you|some of you)\b[^:.!?'‘"“]{0,60}?\b(?:asking|who ask(?:ed)?|who want to know|wondering)\b)`;
/** A sentence that reports the question being answered. */
const REPORTED = new RegExp(
	String.raw`^(?:@\w+\s+)*(?:${ASKERS} ${ASKS}\b|(?:asked|questioned) (?:whether|if|about|why|what|who)\b|(?:the|your) question (?:is|was)\b|${Q_LABEL}${SEP}|Q\s*\.)|^${NAMED_ASKER}`,
	'i'
);
/** A post's opening question: labelled ("Q: … ? A:"), or quoted after its asker ("@hanne_lund asks 'is anyone getting
 * us out?'", "To those asking 'what should we do?':"). */
const LEADING = new RegExp(
	String.raw`^(?:@\w+\s+)*${Q_LABEL}${SEP}[^?]{3,200}\?\s*(?:${A_LABEL}${SEP})?|^(?:@\w+\s+)*${NAMED_ASKER}[^'‘"“?]{0,40}['‘"“][^'’"”]{3,150}\?['’"”]\s*[:.—–-]?\s*`,
	'i'
);
const MAY_LABEL = new RegExp(String.raw`\b${Q_LABEL}${SEP}`, 'i');

/** Length of the question a post opens with, labels included ("Q: What are you doing? A: "), or 0. */
export function leadingQuestion(text: string): number {
	const m = LEADING.exec(text);
	return m ? m[0].length : 0;
}

/** The questions a post quotes and denies at once ("Q: … ? A: No.", "You ask whether …: it does not"): spans from
 * the label to the end of the question. */
export function deniedQuestions(text: string): Span[] {
	const out: Span[] = [];
	if (/\byou (?:ask|want|(?:'ve|have) asked)/i.test(text))
		for (const m of text.matchAll(ASKED_WHETHER))
			if (DENIED_AT_ONCE.test(text.slice(m.index + m[0].length)))
				out.push({ start: m.index + m[0].search(/\S/), end: m.index + m[0].length });
	if (MAY_LABEL.test(text))
		for (const m of text.matchAll(LABELLED))
			if (DENIED_AT_ONCE.test(text.slice(m.index + m[0].length))) {
				const lead = m[0].search(/\S/);
				const start = m.index + lead + (/^[.!]/.test(m[0].slice(lead)) ? 1 : 0);
				out.push({ start, end: m.index + m[0].indexOf(m[1]) + m[1].length });
			}
	return out;
}

/** The sentence at `at` reports the question being answered ("You ask whether the minister should resign.", "Q: Is
 * it true?"): its words are the asker's, not the post's. */
export function inReportedQuestion(pt: PostText, at: number): boolean {
	const s = sentenceAt(pt, at);
	if (!s || !REPORTED.test(s.text)) return false;
	// (only the question: "To those asking who is behind the clip: paid accounts…" answers after the colon)
	const end = s.text.search(/[:?—–]/);
	return end < 0 || at - s.start < end;
}

/** The reported question at `at` is answered against what it asks, straight after it ("…whether the flag was deliberate.
 * It was an error", "…: it does not", "? No."), not confirmed or left open ("Yes, for now", "we cannot say"). */
export function reportedAndDenied(pt: PostText, at: number): boolean {
	if (!inReportedQuestion(pt, at)) return false;
	const s = sentenceAt(pt, at)!;
	const cut = s.text.search(/[:?—–]/);
	const after = cut >= 0 && at - s.start < cut ? s.text.slice(cut + 1) : pt.text.slice(s.end);
	return (
		DENIED_AT_ONCE.test(after) ||
		/^\s*(?:A\s*[:：]\s*)?(?:(?:it|this|that) (?:was|is) (?:an?|the|simply an?|just an?) (?:error|mistake|accident|misunderstanding|fake|forgery)\b|(?:the|our) answer is no\b)/i.test(
			after
		)
	);
}
