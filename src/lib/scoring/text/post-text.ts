/**
 * A post, tokenised once and shared by tone, detectors and key messages: the word sequence (words, split
 * hashtags, numbers, emoji) with character spans and sentence numbers, stems computed lazily and memoised.
 */
import type { Span } from '../types.ts';
import { sentenceIds, splitHashtag, tokenize, type Token } from './tokenize.ts';
import { wordInfo, type WordInfo } from './word-info.ts';

export interface PostText {
	text: string;
	tokens: Token[];
	/** Lower-case word sequence used for phrase matching. */
	words: string[];
	/** Character span of each word (a split hashtag's words share the hashtag's span). */
	spans: Span[];
	/** Sentence number of each word. */
	sentence: number[];
	/** Index into `tokens` of each word. */
	tok: number[];
	/** The shared record of each word (stem, lexicon slots): ./word-info.ts. */
	info: WordInfo[];
	stems(): string[];
	/** Positions of each stem, for phrase lookups. */
	stemIndex(): Map<string, number[]>;
	/** Per-post memo for phrase matches (keyed by compiled phrase object). */
	memo: Map<object, unknown>;
}

/** Porter stem of a lower-case word (memoised in its word record). */
export function stem(word: string): string {
	return wordInfo(word).stem;
}

export function postText(text: string): PostText {
	const tokens = tokenize(text);
	const sent = sentenceIds(tokens, text);
	const words: string[] = [];
	const spans: Span[] = [];
	const sentence: number[] = [];
	const tok: number[] = [];
	const info: WordInfo[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'mention') continue;
		if (t.kind === 'hashtag') {
			for (const w of splitHashtag(t.text.slice(1))) {
				words.push(w);
				info.push(wordInfo(w));
				spans.push(t);
				sentence.push(sent[i]);
				tok.push(i);
			}
			continue;
		}
		const w = t.kind === 'word' && t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
		words.push(w);
		info.push(wordInfo(w));
		spans.push(t);
		sentence.push(sent[i]);
		tok.push(i);
	}
	let stems: string[] | undefined;
	let index: Map<string, number[]> | undefined;
	const getStems = () => (stems ??= info.map((x) => x.stem));
	return {
		text,
		tokens,
		words,
		spans,
		sentence,
		tok,
		info,
		stems: getStems,
		stemIndex: () => {
			if (index) return index;
			index = new Map();
			const st = getStems();
			for (let i = 0; i < st.length; i++) {
				const list = index.get(st[i]);
				if (list) list.push(i);
				else index.set(st[i], [i]);
			}
			return index;
		},
		memo: new Map()
	};
}

export function spanOf(pt: PostText, from: number, to: number): Span {
	return { start: pt.spans[from].start, end: pt.spans[to - 1].end };
}
