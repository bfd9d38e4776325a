/**
 * A small phrase index over lower-case word sequences: exact words, or a word ending in "*" as a prefix
 * ("condolence*" matches condolences). Built once; matching is one pass over the words with a lookup per word.
 */
export interface PhraseHit<T> {
	value: T;
	/** Index of the first and one past the last word. */
	from: number;
	to: number;
}

interface Entry<T> {
	words: string[];
	value: T;
}

function wordMatches(pattern: string, word: string): boolean {
	return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

export class PhraseIndex<T> {
	private exact = new Map<string, Entry<T>[]>();
	private prefixed = new Map<string, { prefix: string; entry: Entry<T> }[]>();

	add(phrase: string, value: T): this {
		const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
		if (words.length === 0) return this;
		const entry = { words, value };
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
		return this;
	}

	/** Every phrase occurrence in `words` (longest first at a given start; overlapping allowed). */
	match(words: readonly string[]): PhraseHit<T>[] {
		const hits: PhraseHit<T>[] = [];
		for (let i = 0; i < words.length; i++) {
			const w = words[i];
			const list = this.exact.get(w);
			if (list) for (const e of list) this.tryAt(words, i, e, hits);
			const pre = this.prefixFor(w);
			if (pre) for (const e of pre) this.tryAt(words, i, e, hits);
		}
		return hits;
	}

	private prefixMemo = new Map<string, Entry<T>[] | null>();

	/** Prefix entries whose prefix starts `w` (memoised per word; bounded). */
	private prefixFor(w: string): Entry<T>[] | null {
		let r = this.prefixMemo.get(w);
		if (r !== undefined) return r;
		const pre = this.prefixed.get(w.slice(0, 3));
		const list = pre ? pre.filter((p) => w.startsWith(p.prefix)).map((p) => p.entry) : [];
		r = list.length ? list : null;
		if (this.prefixMemo.size > 50_000) this.prefixMemo.clear();
		this.prefixMemo.set(w, r);
		return r;
	}

	private tryAt(words: readonly string[], i: number, e: Entry<T>, hits: PhraseHit<T>[]): void {
		const n = e.words.length;
		if (i + n > words.length) return;
		for (let k = 1; k < n; k++) if (!wordMatches(e.words[k], words[i + k])) return;
		hits.push({ value: e.value, from: i, to: i + n });
	}
}
