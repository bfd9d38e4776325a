/**
 * Text typed in a hurry on a phone — "pls", "ppl r telling us", "we wont be commenting", "ur bs", "govt", "b4" —
 * read as the words it stands for, so that the detectors' patterns (written for full words) find the same
 * mistakes in it. Only unambiguous forms are expanded, as whole words outside links, handles and hashtags; one- and
 * two-letter forms only in lower case ("U Thant", "Ur" stay). The expansion keeps a map back to the typed text, so
 * that every span the scorer reports still points at what the trainee wrote (score.ts remaps them).
 */
import type { Span } from '../types.ts';

const FORMS: Record<string, string> = {
	u: 'you',
	ur: 'your',
	urs: 'yours',
	urself: 'yourself',
	r: 'are',
	ppl: 'people',
	pls: 'please',
	plz: 'please',
	thx: 'thanks',
	b4: 'before',
	govt: 'government',
	govts: 'governments',
	tho: 'though',
	rn: 'right now',
	tonite: 'tonight',
	nite: 'night',
	yrs: 'years',
	wks: 'weeks',
	hrs: 'hours',
	bldgs: 'buildings',
	bldg: 'building',
	abt: 'about',
	bc: 'because',
	cuz: 'because',
	msg: 'message',
	im: "I'm",
	ive: "I've",
	dont: "don't",
	wont: "won't",
	cant: "can't",
	isnt: "isn't",
	arent: "aren't",
	wasnt: "wasn't",
	werent: "weren't",
	didnt: "didn't",
	doesnt: "doesn't",
	havent: "haven't",
	hasnt: "hasn't",
	wouldnt: "wouldn't",
	couldnt: "couldn't",
	shouldnt: "shouldn't",
	youre: "you're",
	theyre: "they're",
	theres: "there's",
	heres: "here's",
	whats: "what's",
	thats: "that's",
	whos: "who's",
	everyones: "everyone's",
	'w/': 'with',
	'w/o': 'without',
	'&': 'and'
};
/** Forms read only as typed in lower case (a capital makes them a name or an initial). */
const LOWER_ONLY = new Set(['u', 'ur', 'r', 'im', 'rn', 'bc']);

const CANDIDATE =
	/(?<![\p{L}\p{N}@#/.'’_-])(?:[A-Za-z]+[0-9]?|w\/o?|&)(?![\p{L}\p{N}_/'’]|\.[\p{L}\p{N}])/gu;
const QUICK =
	/(?:^|[^\p{L}\p{N}@#/.'’_-])(?:u|ur|urs|urself|r|ppl|pls|plz|thx|b4|govts?|tho|rn|tonite|nite|yrs|wks|hrs|bldgs?|abt|bc|cuz|msg|im|ive|dont|wont|cant|isnt|arent|wasnt|werent|didnt|doesnt|havent|hasnt|wouldnt|couldnt|shouldnt|youre|theyre|theres|heres|whats|thats|whos|everyones|w\/o?)(?![\p{L}\p{N}_'’])|\s&\s/iu;

export interface Expanded {
	text: string;
	/** For each character of the expanded text, the typed text's offset where it starts… */
	startOf: Int32Array;
	/** …and where it ends (a spelled-out form spans the whole typed form). */
	endOf: Int32Array;
	typedLength: number;
}

/** The text with its hurried forms spelled out, or undefined when it has none. */
export function expandTextspeak(typed: string): Expanded | undefined {
	if (!QUICK.test(typed)) return undefined;
	let out = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let at = 0;
	const copy = (upto: number) => {
		for (let i = at; i < upto; i++) {
			starts.push(i);
			ends.push(i + 1);
		}
		out += typed.slice(at, upto);
		at = upto;
	};
	for (const m of typed.matchAll(CANDIDATE)) {
		const word = m[0];
		const lower = word.toLowerCase();
		const full = FORMS[lower];
		if (!full || (LOWER_ONLY.has(lower) && word !== lower)) continue;
		// "&" only between spaces ("Q&A" stays)
		if (
			word === '&' &&
			!(/\s/.test(typed[m.index - 1] ?? '') && /\s/.test(typed[m.index + 1] ?? ''))
		)
			continue;
		copy(m.index);
		const end = m.index + word.length;
		// keep a capital at the start of a sentence ("Pls call…" → "Please call…")
		const spelled =
			/^[A-Z]/.test(word) && !/^[A-Z]/.test(full) ? full[0].toUpperCase() + full.slice(1) : full;
		for (let i = 0; i < spelled.length; i++) {
			starts.push(m.index);
			ends.push(end);
		}
		out += spelled;
		at = end;
	}
	if (at === 0) return undefined;
	copy(typed.length);
	return {
		text: out,
		startOf: Int32Array.from(starts),
		endOf: Int32Array.from(ends),
		typedLength: typed.length
	};
}

/** A span of the expanded text as a span of the typed text. */
export function typedSpan(e: Expanded, s: Span): Span {
	const n = e.startOf.length;
	const start = s.start >= n ? e.typedLength : e.startOf[Math.max(0, s.start)];
	const end = s.end <= 0 ? 0 : s.end > n ? e.typedLength : e.endOf[s.end - 1];
	return { start, end: Math.max(start, end) };
}

/** A span of the typed text as a span of the expanded text (for checks that must read what was typed, such as
 * the character limit). */
export function expandedSpan(e: Expanded, s: Span): Span {
	const n = e.startOf.length;
	let start = 0;
	while (start < n && e.startOf[start] < s.start) start++;
	let end = start;
	while (end < n && e.endOf[end] <= s.end) end++;
	return { start, end };
}

/** Every span in a score, mapped back to the typed text (each span object once, however often it is shared). */
export function remapSpans<T>(value: T, e: Expanded): T {
	const seen = new Map<object, unknown>();
	const walk = (v: unknown): unknown => {
		if (Array.isArray(v)) {
			if (seen.has(v)) return seen.get(v);
			const out: unknown[] = [];
			seen.set(v, out);
			for (const x of v) out.push(walk(x));
			return out;
		}
		if (v && typeof v === 'object') {
			if (seen.has(v)) return seen.get(v);
			const o = v as Record<string, unknown>;
			const keys = Object.keys(o);
			if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') {
				const s = typedSpan(e, o as unknown as Span);
				seen.set(v, s);
				return s;
			}
			const out: Record<string, unknown> = {};
			seen.set(v, out);
			for (const k of keys) out[k] = walk(o[k]);
			return out;
		}
		return v;
	};
	return walk(value) as T;
}
