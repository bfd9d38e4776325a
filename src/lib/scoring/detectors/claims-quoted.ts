/**
 * For claims.ts: a reported question that repeats the claim's charge word, help "sent" (not people sent away), and
 * the openings that make a correction fact-first (a leading "No.", a first sentence that states the refuting fact
 * in words of its own).
 */
import type { PostText } from '../text/post-text.ts';
import type { Signature } from './claims-signature.ts';

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

/** What is sent within the next four words is care or help, not people sent away. */
const SENT_KINDLY = new Set(
	'love strength condolences thoughts prayers support wishes hugs help team teams staff supplies aid buses bus planes plane flights flight officers doctors'.split(
		' '
	)
);
export const sentKindly = (pt: PostText, k: number, end: number) =>
	pt.words.slice(k + 1, Math.min(end, k + 5)).some((w) => SENT_KINDLY.has(w));

/** The sentence at `at` carries one of the claim's charge words ("called farmers 'lazy'"). */
export function reportedCharge(pt: PostText, at: number, core: Set<string>): boolean {
	const k = pt.words.findIndex((_, i) => pt.spans[i].start <= at && at < pt.spans[i].end);
	if (k < 0) return false;
	return pt.words.some((w, i) => pt.sentence[i] === pt.sentence[k] && core.has(w));
}
