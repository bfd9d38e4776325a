/**
 * A post, tokenised once and shared by tone, detectors and key messages: the word sequence (words, split
 * hashtags, numbers, emoji) with character spans and sentence numbers, stems computed lazily and memoised.
 */
import type { Span } from '../types.ts';
import type { PhraseMatch, PhraseSet } from './phrase.ts';
import { sentenceIds, splitHashtag, tokenize, type Token } from './tokenize.ts';
import { wordInfo, type WordInfo } from './word-info.ts';

/** A post's text, tokenised once (a class, so that every post has the same shape and no per-post closures). */
export class PostText {
	readonly text: string;
	readonly tokens: Token[];
	/** Lower-case word sequence used for phrase matching. */
	readonly words: string[] = [];
	/** Character span of each word (a split hashtag's words share the hashtag's span). */
	readonly spans: Span[] = [];
	/** Sentence number of each word. */
	readonly sentence: number[] = [];
	/** Index into `tokens` of each word. */
	readonly tok: number[] = [];
	/** The shared record of each word (stem, lexicon slots): ./word-info.ts. */
	readonly info: WordInfo[] = [];
	/** Per-post memo for phrase matches (keyed by compiled phrase object). */
	readonly memo = new Map<object, unknown>();
	/** The hits of the scenario's phrase set (text/phrase.ts setHits), read for every phrase lookup. */
	phraseHits: { set: PhraseSet; hits: PhraseMatch[][] } | undefined = undefined;
	private stemList: string[] | undefined = undefined;
	private index: Map<string, number[]> | undefined = undefined;

	constructor(text: string) {
		// (a typographic apostrophe reads as a plain one, same length, so every pattern written with "'" matches
		// "we’ll" and "don’t" too and spans stay those of the post)
		this.text = text.includes('\u2019') ? text.replace(/\u2019/g, "'") : text;
		text = this.text;
		const tokens = (this.tokens = tokenize(text));
		const sent = sentenceIds(tokens, text);
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'mention') continue;
			if (t.kind === 'hashtag') {
				for (const w of splitHashtag(t.text.slice(1))) this.push(w, t, sent[i], i);
				continue;
			}
			this.push(
				t.kind === 'word' && t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower,
				t,
				sent[i],
				i
			);
		}
	}

	private push(w: string, span: Span, sentence: number, tok: number): void {
		this.words.push(w);
		this.info.push(wordInfo(w));
		this.spans.push(span);
		this.sentence.push(sentence);
		this.tok.push(tok);
	}

	stems(): string[] {
		return (this.stemList ??= this.info.map((x) => x.stem));
	}

	/** Positions of each stem, for phrase lookups. */
	stemIndex(): Map<string, number[]> {
		if (this.index) return this.index;
		const index = (this.index = new Map());
		const st = this.stems();
		for (let i = 0; i < st.length; i++) {
			const list = index.get(st[i]);
			if (list) list.push(i);
			else index.set(st[i], [i]);
		}
		return index;
	}
}

/** Porter stem of a lower-case word (memoised in its word record). */
export function stem(word: string): string {
	return wordInfo(word).stem;
}

export function postText(text: string): PostText {
	return new PostText(text);
}

export function spanOf(pt: PostText, from: number, to: number): Span {
	return { start: pt.spans[from].start, end: pt.spans[to - 1].end };
}
