/**
 * The post's sentences as word ranges with the five-letter stems of their content words, built once per post
 * from its lower-case words (no regex): for the detectors that recognise a fact told in other words
 * (factual-error, confidential-paraphrase).
 */
import type { PostText } from '../text/post-text.ts';
import type { WordInfo } from '../text/word-info.ts';
import type { Span } from '../types.ts';

export interface StemSentence {
	/** Word range [from, to). */
	from: number;
	to: number;
	span: Span;
	/** Stems of words of four letters or more. */
	stems4: Set<string>;
	/** Stems of words of five letters or more. */
	stems5: Set<string>;
}

export const STOP = new Set(
	'that with from this have been were will when what they them your over only also into than then some more most much very such just here there their which while about after before again against among another because being below between could doing during every having itself might other ought shall should these those through under until where would yours'.split(
		' '
	)
);

/** Five-letter stem of a lower-case word, or '' for short and stop words. */
export function stemOf(w: string, min = 4): string {
	if (w.length < min) return '';
	const base = w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
	const c = base.charCodeAt(0);
	const letter = (c >= 97 && c <= 122) || c > 191;
	return letter && base.length >= min && !STOP.has(base) ? base.slice(0, 5) : '';
}

/** `stemOf(w.word, min)` for min 4 or 5, memoised in the word's shared record (no slice, no fresh string to
 * hash per post). */
export function cutOf(w: WordInfo, min: 4 | 5): string {
	if (w.cut4 === undefined) {
		w.cut4 = stemOf(w.word, 4);
		w.cut5 = stemOf(w.word, 5);
	}
	return min === 4 ? w.cut4 : w.cut5!;
}

export function stemSentences(pt: PostText): StemSentence[] {
	let hit = pt.memo.get(stemSentences) as StemSentence[] | undefined;
	if (hit) return hit;
	hit = [];
	const n = pt.words.length;
	let from = 0;
	for (let i = 1; i <= n; i++) {
		if (i < n && pt.sentence[i] === pt.sentence[from]) continue;
		const s: StemSentence = {
			from,
			to: i,
			span: { start: pt.spans[from].start, end: pt.spans[i - 1].end },
			stems4: new Set(),
			stems5: new Set()
		};
		for (let k = from; k < i; k++) {
			const st = cutOf(pt.info[k], 4);
			if (!st) continue;
			s.stems4.add(st);
			if (pt.words[k].length >= 5) s.stems5.add(st);
		}
		hit.push(s);
		from = i;
	}
	pt.memo.set(stemSentences, hit);
	return hit;
}
