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
	/** A number for each exact second word of a phrase: a post's word finds its number in its record, and a
	 * group its entries by that number (no Map lookup by string per word). */
	private secondIds = new Map<string, number>();

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
		const second = entry.rest[0]?.exact;
		if (second !== undefined && !this.secondIds.has(second))
			this.secondIds.set(second, this.secondIds.size);
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

	/** The same over a post's words, reading the entries from each word's record (grouped there by their
	 * second word, so that a common first word such as "we" does not try every entry). */
	matchPost(pt: PostText): PhraseHit<T>[] {
		const hits: PhraseHit<T>[] = [];
		const words = pt.words;
		const info = pt.info;
		const n = words.length;
		let next = n > 0 ? this.recordOf(info[0]) : undefined;
		for (let i = 0; i < n; i++) {
			const r = next!;
			next = i + 1 < n ? this.recordOf(info[i + 1]) : undefined;
			const g = r.group;
			if (g === null) continue;
			let b: Seq<T>[] = NONE;
			if (next !== undefined && next.second >= 0 && g.pairIds !== undefined) {
				const ids = g.pairIds;
				for (let k = 0; k < ids.length; k++)
					if (ids[k] === next.second) {
						b = g.pairLists![k];
						break;
					}
			}
			const a = g.single;
			const c = g.prefixSecond;
			if (b.length + c.length === 0) {
				for (const e of a) hits.push({ value: e.value, from: i, to: i + 1 });
				continue;
			}
			// the three lists are each in entry order: merge them so hits keep that order
			let x = 0;
			let y = 0;
			let z = 0;
			for (;;) {
				const sa = x < a.length ? a[x].seq : Infinity;
				const sb = y < b.length ? b[y].seq : Infinity;
				const sc = z < c.length ? c[z].seq : Infinity;
				if (sa === Infinity && sb === Infinity && sc === Infinity) break;
				if (sa < sb && sa < sc) tryAt(words, i, a[x++], hits);
				else if (sb < sc) tryAt(words, i, b[y++], hits);
				else tryAt(words, i, c[z++], hits);
			}
		}
		return hits;
	}

	/** This index's record of a word (cached in the word's shared record): the entries starting with it, and
	 * its number as a second word (-1: none). */
	private recordOf(w: WordInfo): WordRecord<T> {
		const slots = (w.phrases ??= []);
		let r = slots[this.id] as WordRecord<T> | undefined;
		if (r === undefined || r.version !== this.version) {
			const list = this.startingWith(w.word);
			slots[this.id] = r = {
				version: this.version,
				group: list && group(list, this.secondIds),
				second: this.secondIds.get(w.word) ?? -1
			};
		}
		return r;
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

/** An entry with its position in the list it came from. */
interface Seq<T> {
	seq: number;
	value: T;
	words: string[];
	rest: Entry<T>['rest'];
}

/** The entries starting with one word, by length and second word; `seq` keeps their order. */
interface Group<T> {
	single: Seq<T>[];
	/** Entries with an exact second word, by that word's number (index.secondIds): numbers and lists. */
	pairIds: number[] | undefined;
	pairLists: Seq<T>[][] | undefined;
	prefixSecond: Seq<T>[];
}

interface WordRecord<T> {
	version: number;
	group: Group<T> | null;
	second: number;
}

const NONE: never[] = [];

function group<T>(list: Entry<T>[], secondIds: ReadonlyMap<string, number>): Group<T> {
	const g: Group<T> = { single: [], pairIds: undefined, pairLists: undefined, prefixSecond: [] };
	list.forEach((entry, seq) => {
		const s: Seq<T> = { seq, value: entry.value, words: entry.words, rest: entry.rest };
		if (entry.words.length === 1) g.single.push(s);
		else if (entry.rest[0].exact === undefined) g.prefixSecond.push(s);
		else {
			const id = secondIds.get(entry.rest[0].exact)!;
			const ids = (g.pairIds ??= []);
			const lists = (g.pairLists ??= []);
			const k = ids.indexOf(id);
			if (k >= 0) lists[k].push(s);
			else {
				ids.push(id);
				lists.push([s]);
			}
		}
	});
	return g;
}

function tryAt<T>(
	words: readonly string[],
	i: number,
	e: Pick<Entry<T>, 'words' | 'rest' | 'value'>,
	hits: PhraseHit<T>[]
): void {
	const n = e.words.length;
	if (i + n > words.length) return;
	for (let k = 1; k < n; k++) {
		const r = e.rest[k - 1];
		const w = words[i + k];
		if (r.exact !== undefined ? r.exact !== w : !w.startsWith(r.prefix!)) return;
	}
	hits.push({ value: e.value, from: i, to: i + n });
}
