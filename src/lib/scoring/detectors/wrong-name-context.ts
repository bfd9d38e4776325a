/**
 * Context for the wrong-name detector (./wrong-name.ts): a near miss inside another proper name ("the North Stand" is
 * no Ambassador Strand), a sentence that describes the mistake itself ("the post used Vestra's flag by mistake"), and
 * the words of the people a post answers.
 */
import type { NameEntry } from '../names.ts';
import { fold } from '../text/fold.ts';
import type { PostText } from '../text/post-text.ts';
import { answeredPersonas, type Detector } from './context.ts';
import { TITLE_PHRASES } from '../names.ts';

const TITLE_END = new Set(TITLE_PHRASES.map((p) => p[p.length - 1]));

/** Word i sits in a run of capitalised words that are not name parts or titles ("North Stand", "Stand Road"). */
export function inOtherName(pt: PostText, W: string[], e: NameEntry, i: number): boolean {
	for (const j of [i - 1, i + 1]) {
		if (j < 0 || j >= W.length || pt.sentence[j] !== pt.sentence[i]) continue;
		const tok = pt.tokens[pt.tok[j]];
		if (tok.kind !== 'word' || !tok.capitalised || e.first.includes(W[j]) || TITLE_END.has(W[j]))
			continue;
		// (the sentence's first word is capitalised anyway)
		if (j === i - 1 && (j === 0 || pt.sentence[j - 1] !== pt.sentence[j])) continue;
		return true;
	}
	return false;
}

/** A sentence that describes a mistake. */
export const DESCRIBES_ERROR =
	/\b(?:by mistake|mistaken(?:ly)?|in error|wrongly|(?:an|the|our) (?:error|mistake)|instead of|rather than|we are not)\b/i;
/** The text of the sentence word i is in. */
export function sentenceText(pt: PostText, i: number): string {
	const s = pt.sentence[i];
	let a = i;
	let b = i;
	while (a > 0 && pt.sentence[a - 1] === s) a--;
	while (b + 1 < pt.words.length && pt.sentence[b + 1] === s) b++;
	return pt.text.slice(pt.spans[a].start, pt.spans[b].end);
}

/** Words of the handle and name of the persona the post replies to and of every persona it @mentions. */
export function addressedWords(d: Parameters<Detector>[0]): Set<string> | undefined {
	const from = d.post.replyTo ? d.c.events.get(d.post.replyTo)?.from : undefined;
	if (!from && !d.pt.tokens.some((t) => t.kind === 'mention')) return undefined;
	const out = new Set<string>();
	for (const p of answeredPersonas(d)) {
		const parts = `${p.handle ?? ''} ${p.name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')}`;
		for (const w of parts.split(/[^\p{L}]+/u)) if (w) out.add(fold(w));
	}
	return out;
}
