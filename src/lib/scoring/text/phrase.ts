/**
 * Robust phrase matching for scenario vocabulary (fact keywords, claim keywords, key messages, timing
 * relevance, must-avoid phrases): Porter stems (the `stemmer` package), small stop-words skipped inside
 * multi-word phrases, up to two other words allowed between phrase words within one sentence, and phone-like
 * numbers compared digit by digit ("+00 100 200 300" = "+00100200300").
 */
import type { Span } from '../types.ts';
import { stem, type PostText } from './post-text.ts';
import type { WordInfo } from './word-info.ts';

const STOP = new Set(
	'a an the of to in on at is are was were be been being its it our their his her and or for by with this that has have had as from'.split(
		' '
	)
);

const PREPOSITION = new Set('to in on at for by with from of'.split(' '));

export interface Phrase {
	text: string;
	/** Stems to find in order (stop-words removed when the phrase has other words). */
	stems: string[];
	/** The phrase word behind each stem, when the stemmer cut more than a regular ending off it
	 * ("herring" → "her"): then only that word and its plural match, never every word with the same stem. */
	strict?: (string | undefined)[];
	/** Digits only, for phone-like phrases (≥ 5 digits). */
	digits?: string;
	/** One-slot memo: the last post this phrase was matched against, and the result (score() is synchronous);
	 * for a phrase outside a scenario's set. */
	lastPost?: PostText;
	lastHits?: PhraseMatch[];
	/** The scenario set it belongs to, and its index there (phraseSet). */
	set?: PhraseSet;
	idx?: number;
}

export interface PhraseMatch {
	phrase: Phrase;
	from: number;
	to: number;
	span: Span;
}

export function compilePhrase(text: string): Phrase {
	return compile(text, false);
}

/**
 * A phrase a post must not contain (must_avoid). Dropping the small words must not leave one common word
 * standing for the phrase: "was wrong" would otherwise flag every "wrong" ("any suggestion otherwise is
 * wrong"). Such a phrase keeps all its words, in order.
 */
export function compileAvoidPhrase(text: string): Phrase {
	return compile(text, true);
}

/**
 * A keyword of a confidential fact or of a false claim: a preposition and one word is an idiom there, not that word
 * ("on leave" is not every "please leave", "on the take" not every "we take this seriously"), since a match is a
 * leak or a repeated myth. Elsewhere "on holiday" may still find "holidaying".
 */
export function compileConfidentialPhrase(text: string): Phrase {
	return compile(text, false, true);
}

function compile(text: string, whole: boolean, keepPreposition = false): Phrase {
	const digits = text.replace(/\D/g, '');
	if (digits.length >= 5 && digits.length / text.replace(/\s/g, '').length > 0.6)
		return { text, stems: [], digits };
	const words = text
		.toLowerCase()
		.replace(/[’]/g, "'")
		// "visas.valdora.example" is three words in a post (the tokenizer splits at the dots): here too
		.replace(/(\p{L})\.(?=\p{L})/gu, '$1 ')
		// "50,000" is one word in a post: keep a thousands comma
		.replace(/(?<!\d),|,(?!\d{3}(?!\d))/g, ' ')
		.split(/[^\p{L}\p{N}'.+,]+/u)
		.map((w) => w.replace(/^[.']+|[.']+$/g, ''))
		.filter(Boolean);
	const content = words.filter((w) => !STOP.has(w));
	const idiom = keepPreposition && content.length === 1 && words.some((w) => PREPOSITION.has(w));
	const use = content.length > 1 || (content.length === 1 && !whole && !idiom) ? content : words;
	const bare = use.map((w) => (w.endsWith("'s") ? w.slice(0, -2) : w));
	const stems = bare.map(stem);
	// A word the stemmer cuts irregularly ("herring" → "her") matches only itself. So does a lone word whose
	// ending carries meaning ("hearing" is a court hearing, not "hear"): one-word phrases match the word and
	// its own inflections ("hearings", "opened"), not every word with the same stem.
	// A word of one or two letters ("us", "uk") matches only itself: its stem is a prefix of too many words
	// ("us" of "use").
	const strict = bare.map((w, i) =>
		w.length <= 2 ||
		!regularAfterStem(w, stems[i]) ||
		(bare.length === 1 &&
			w.length > stems[i].length + 1 &&
			!/(?:s|es|ed|d)$/.test(w.slice(stems[i].length)))
			? w
			: undefined
	);
	return strict.some(Boolean) ? { text, stems, strict } : { text, stems };
}

/** Inflectional and common derivational endings the Porter stemmer removes. */
const ENDINGS = new Set(
	's es ed d ing er ers est ly e y ies ied ier iest ment ments ness ation ations ion ions ional al ally ity ities ive ively ous ously ful fully ance ances ence ences ency ize izes ized izing ise ises ised ising ization isation able ably ible ism isms ist ists ative ator ators ant ants ent ents ic ical'.split(
		' '
	)
);
const REGULAR = new Map<string, boolean>();

/** The word is its stem plus regular endings ("sheltering" = "shelter" + "ing"; not "herring" = "her" + "ring"). */
export function regularAfterStem(word: string, st: string): boolean {
	const key = `${word} ${st}`;
	let r = REGULAR.get(key);
	if (r !== undefined) return r;
	let l = 0;
	while (l < word.length && l < st.length && word[l] === st[l]) l++;
	const rest = word.slice(l);
	r =
		l >= st.length - 1 &&
		(rest === '' ||
			ENDINGS.has(rest) ||
			[...Array(rest.length - 1).keys()].some(
				(k) => ENDINGS.has(rest.slice(0, k + 1)) && ENDINGS.has(rest.slice(k + 1))
			));
	if (REGULAR.size > 50_000) REGULAR.clear();
	REGULAR.set(key, r);
	return r;
}

/** Word `w` of the post may stand for phrase word k (same stem; for a strict word, the word or its plural). */
function wordFits(p: Phrase, k: number, info: WordInfo): boolean {
	const strict = p.strict?.[k];
	const w = info.word;
	if (strict !== undefined) return w === strict || w === `${strict}s` || w === `${strict}es`;
	const st = info.stem;
	return (
		st === p.stems[k] && (w.length <= st.length + 1 || (info.regular ??= regularAfterStem(w, st)))
	);
}

const PHONE_RE = /\+?\d[\d ().-]{3,}\d/g;

/** Phone-like digit runs in the text with their spans (memoised per post when given a PostText). */
export function digitRuns(text: string | PostText): { digits: string; span: Span }[] {
	if (typeof text !== 'string') {
		let hit = text.memo.get(digitRuns) as { digits: string; span: Span }[] | undefined;
		if (!hit) text.memo.set(digitRuns, (hit = digitRuns(text.text)));
		return hit;
	}
	const out: { digits: string; span: Span }[] = [];
	if (!/\d/.test(text)) return out;
	PHONE_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = PHONE_RE.exec(text)) !== null)
		out.push({
			digits: m[0].replace(/\D/g, ''),
			span: { start: m.index, end: m.index + m[0].length }
		});
	return out;
}

/** A scenario's phrases indexed together (./compiled.ts): a post is matched against all of them in one pass
 * over its words (candidates by first stem), and the hits of every phrase are kept on the post. */
export interface PhraseSet {
	phrases: Phrase[];
	/** First stem → indices of the word phrases starting with it. */
	byStem: Map<string, number[]>;
	/** Indices of the phone-like phrases. */
	digits: number[];
}

/** Index a scenario's phrases (each phrase object belongs to one set). */
export function phraseSet(lists: readonly (readonly Phrase[])[]): PhraseSet {
	const set: PhraseSet = { phrases: [], byStem: new Map(), digits: [] };
	for (const list of lists)
		for (const p of list) {
			if (p.set) continue;
			const idx = set.phrases.length;
			set.phrases.push(p);
			p.set = set;
			p.idx = idx;
			if (p.digits) set.digits.push(idx);
			else if (p.stems.length) {
				const l = set.byStem.get(p.stems[0]);
				if (l) l.push(idx);
				else set.byStem.set(p.stems[0], [idx]);
			}
		}
	return set;
}

const NO_HITS: readonly PhraseMatch[] = Object.freeze([]);

/** Hits of every phrase of the set in the post (memoised on the post). */
function setHits(pt: PostText, set: PhraseSet): PhraseMatch[][] {
	if (pt.phraseHits?.set === set) return pt.phraseHits.hits;
	let all = pt.memo.get(set) as PhraseMatch[][] | undefined;
	if (all) return all;
	all = new Array<PhraseMatch[]>(set.phrases.length).fill(NO_HITS as PhraseMatch[]);
	if (set.digits.length) {
		const runs = digitRuns(pt);
		if (runs.length)
			for (const idx of set.digits) {
				const p = set.phrases[idx];
				let out: PhraseMatch[] | undefined;
				for (const r of runs)
					if (r.digits.includes(p.digits!))
						(out ??= []).push({ phrase: p, from: -1, to: -1, span: r.span });
				if (out) all[idx] = out;
			}
	}
	const info = pt.info;
	for (let i = 0; i < info.length; i++) {
		const w = info[i];
		if (w.phraseSet !== set) {
			w.phraseSet = set;
			w.setStarts = set.byStem.get(w.stem) ?? null;
		}
		const cands = w.setStarts;
		if (cands === null) continue;
		for (const idx of cands) {
			const p = set.phrases[idx];
			const m = matchAt(pt, p, i, 2);
			if (m) {
				if (all[idx] === NO_HITS) all[idx] = [m];
				else all[idx].push(m);
			}
		}
	}
	pt.memo.set(set, all);
	pt.phraseHits = { set, hits: all };
	return all;
}

/** The phrase matched from word i (first fitting word for each later phrase word, within maxGap). */
function matchAt(pt: PostText, p: Phrase, i: number, maxGap: number): PhraseMatch | undefined {
	const info = pt.info;
	if (!wordFits(p, 0, info[i])) return undefined;
	const n = p.stems.length;
	const len = info.length;
	let j = i;
	for (let k = 1; k < n; k++) {
		let found = -1;
		for (let g = j + 1; g <= j + 1 + maxGap && g < len; g++) {
			if (pt.sentence[g] !== pt.sentence[i]) break;
			if (info[g].stem === p.stems[k] && wordFits(p, k, info[g])) {
				found = g;
				break;
			}
		}
		if (found < 0) return undefined;
		j = found;
	}
	return {
		phrase: p,
		from: i,
		to: j + 1,
		span: { start: pt.spans[i].start, end: pt.spans[j].end }
	};
}

/** All occurrences of a phrase (first match per starting word). The result may be shared: do not change it. */
export function findPhrase(pt: PostText, p: Phrase, maxGap = 2): PhraseMatch[] {
	if (maxGap === 2 && p.set) return setHits(pt, p.set)[p.idx!];
	if (maxGap === 2 && p.lastPost === pt) return p.lastHits!;
	const out: PhraseMatch[] = [];
	if (maxGap === 2) {
		p.lastPost = pt;
		p.lastHits = out;
	}
	if (p.digits) {
		for (const r of digitRuns(pt))
			if (r.digits.includes(p.digits)) out.push({ phrase: p, from: -1, to: -1, span: r.span });
		return out;
	}
	const n = p.stems.length;
	if (n === 0) return out;
	const starts = pt.stemIndex().get(p.stems[0]);
	if (!starts) return out;
	for (const i of starts) {
		const m = matchAt(pt, p, i, maxGap);
		if (m) out.push(m);
	}
	return out;
}

/** Occurrences of any of the phrases, phrase by phrase. The result may be shared: do not change it. */
export function findAny(pt: PostText, phrases: Phrase[]): PhraseMatch[] {
	let out: PhraseMatch[] | undefined;
	let only: PhraseMatch[] | undefined;
	for (const p of phrases) {
		const hits = findPhrase(pt, p);
		if (hits.length === 0) continue;
		if (only === undefined && out === undefined) only = hits;
		else {
			out ??= only!.slice();
			for (const m of hits) out.push(m);
		}
	}
	return out ?? only ?? (NO_HITS as PhraseMatch[]);
}
