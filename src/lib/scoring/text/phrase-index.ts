/**
 * A small phrase index over lower-case word sequences: exact words, or a word ending in "*" as a prefix
 * ("condolence*" matches condolences). Built once; matching is one pass over the words with a lookup per word
 * (for a post, the entries starting with each word are kept in the word's shared record: ./word-info.ts).
 */
import type { PostText } from './post-text.ts';
import type { WordInfo } from './word-info.ts';

export interface PhraseHit<T> {
	value: T;
	/** Index of the first and one past the last word. */
	from: number;
	to: number;
}

interface Entry<T> {
	words: string[];
	/** Words after the first: an exact word, or a prefix ("condolence*"). */
	rest: { exact: string | undefined; prefix: string | undefined }[];
	value: T;
}

let nextId = 0;

export class PhraseIndex<T> {
	private exact = new Map<string, Entry<T>[]>();
	private prefixed = new Map<string, { prefix: string; entry: Entry<T> }[]>();
	/** Slot of this index in a word record's `phrases`. */
	private readonly id = nextId++;
	/** Bumped by add(): entries cached in word records before it are stale. */
	private version = 0;

	add(phrase: string, value: T): this {
		const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
		if (words.length === 0) return this;
		const entry: Entry<T> = {
			words,
			rest: words
				.slice(1)
				.map((w) =>
					w.endsWith('*')
						? { exact: undefined, prefix: w.slice(0, -1) }
						: { exact: w, prefix: undefined }
				),
			value
		};
		const first = words[0];
		if (first.endsWith('*')) {
			const prefix = first.slice(0, -1);
			const key = prefix.slice(0, 3);
			const list = this.prefixed.get(key);
			if (list) list.push({ prefix, entry });
			else this.prefixed.set(key, [{ prefix, entry }]);
		} else {
			const list = this.exact.get(first);
			if (list) list.push(entry);
			else this.exact.set(first, [entry]);
		}
		this.version++;
		return this;
	}

	/** Every phrase occurrence in `words` (longest first at a given start; overlapping allowed). */
	match(words: readonly string[]): PhraseHit<T>[] {
		const hits: PhraseHit<T>[] = [];
		for (let i = 0; i < words.length; i++) {
			const list = this.startingWith(words[i]);
			if (list) for (const e of list) tryAt(words, i, e, hits);
		}
		return hits;
	}

	/** The same over a post's words, reading the entries from each word's record. */
	matchPost(pt: PostText): PhraseHit<T>[] {
		const hits: PhraseHit<T>[] = [];
		const words = pt.words;
		const info = pt.info;
		for (let i = 0; i < words.length; i++) {
			const list = this.entriesOf(info[i]);
			if (list) for (const e of list) tryAt(words, i, e, hits);
		}
		return hits;
	}

	private entriesOf(w: WordInfo): Entry<T>[] | null {
		const slots = (w.phrases ??= []);
		let r = slots[this.id] as { version: number; list: Entry<T>[] | null } | undefined;
		if (r === undefined || r.version !== this.version)
			slots[this.id] = r = { version: this.version, list: this.startingWith(w.word) };
		return r.list;
	}

	/** Entries whose first word is `w` (exact entries first, then prefix entries, in insertion order). */
	private startingWith(w: string): Entry<T>[] | null {
		const exact = this.exact.get(w);
		const pre = this.prefixed.get(w.slice(0, 3));
		const prefixed = pre ? pre.filter((p) => w.startsWith(p.prefix)).map((p) => p.entry) : [];
		if (!exact) return prefixed.length ? prefixed : null;
		return prefixed.length ? [...exact, ...prefixed] : exact;
	}
}

function tryAt<T>(words: readonly string[], i: number, e: Entry<T>, hits: PhraseHit<T>[]): void {
	const n = e.words.length;
	if (i + n > words.length) return;
	for (let k = 1; k < n; k++) {
		const r = e.rest[k - 1];
		const w = words[i + k];
		if (r.exact !== undefined ? r.exact !== w : !w.startsWith(r.prefix!)) return;
	}
	hits.push({ value: e.value, from: i, to: i + n });
}
