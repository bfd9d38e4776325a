/**
 * Profanity and slurs, from the `obscenity` package's English dataset (its patterns and whitelist, built from
 * the `cuss` word list and maintained there; copied into profanity-data.ts by scripts/gen-profanity-data.mjs,
 * so the page ships the data without the library), compiled once into one regular expression. obscenity's own
 * RegExpMatcher costs 35–90 µs per call (one regex per term plus a transformer pipeline), more than a whole
 * post's budget, so this module re-implements its recommended transformers (confusables folded, leetspeak
 * resolved, lower case, duplicate letters collapsed) over one pass; a unit test checks that it agrees with
 * obscenity's matcher. Added here: censored forms ("f***", "s**t"), mild British/US expletives and slurs the
 * dataset lacks. Clinical and sexual-health words (rape, sex, vagina…) are not profanity for our purposes.
 */
import { PROFANITY_TERMS, PROFANITY_WHITELIST } from './profanity-data.ts';
import { nodeSource, parsePattern, prefixes } from './profanity-pattern.ts';
import { dict } from '../../dict.ts';
import { CENSORED, censoredWord } from './profanity-censored.ts';

export type ProfanityKind = 'slur' | 'strong' | 'sexual' | 'mild';

export interface ProfanityHit {
	start: number;
	end: number;
	/** The dataset word it stands for ("fuck" for "f***"). */
	word: string;
	kind: ProfanityKind;
}

const SLUR = new Set(
	'abo abeed africoon arabush boonga chingchong chink kike negro nigger fag dyke retard spastic tranny'.split(
		' '
	)
);
const STRONG = new Set(
	'arse ass bastard bitch bollocks cock cuck cunt dick fuck piss prick pussy shit slut twat wank whore jizz turd tit boob hooker'.split(
		' '
	)
);
const SEXUAL = new Set(
	'blowjob buttplug deepthroat dildo doggystyle felch fellatio finger bang fisting gangbang handjob hentai jerk off lubejob masturbate orgy porn bestiality double penetration'.split(
		' '
	)
);
/** Not profanity in an official post (medical, legal and Latin uses): anal anus cum ejaculate incest orgasm
 * penis rape scat semen sex vagina. */

/** Extra terms: [pattern source over normalised text, first letters it can start with, word, kind]. */
const EXTRA: [string, string, string, ProfanityKind][] = [
	['(?<![a-z])(?:god)?dam(?:n|mit|ned)(?![a-z])', 'god dam', 'damn', 'mild'],
	['(?<=(?:[^a-z]|^)(?:the|to|from|like) )hel+(?![a-z])', 'hel', 'hell', 'mild'],
	['(?<![a-z])blo+dy(?![a-z])', 'blo', 'bloody', 'mild'],
	['(?<![a-z])crap(?:py|s)?(?![a-z])', 'cra', 'crap', 'mild'],
	['(?<![a-z])bug+er(?:s|ed)?(?![a-z])', 'bug', 'bugger', 'mild'],
	['(?<![a-z])sod of+(?![a-z])', 'sod', 'sod off', 'mild'],
	// "some sod", "the poor sod", "sod's law": a person called a sod
	[
		'(?<=(?:[^a-z]|^)(?:some|the|poor|silly|lucky|daft|stupid|old) )sods?(?![a-z])',
		'sod',
		'sod',
		'mild'
	],
	['(?<![a-z])screw (?:you|yourself|them|this)(?![a-z])', 'scr', 'screw you', 'strong'],
	['(?<![a-z])(?:arse|as+)holes?(?![a-z])', 'ars ash ass', 'asshole', 'strong'],
	['(?<![a-z])douche(?:bag)?s?(?![a-z])', 'dou', 'douche', 'strong'],
	['(?<![a-z])(?:dumb|jack)as+(?:es)?(?![a-z])', 'dum jac', 'dumbass', 'strong'],
	['(?<![a-z])hoes?(?![a-z])', 'hoe', 'hoe', 'strong'],
	['(?<![a-z])(?:skank|thot)s?(?![a-z])', 'ska tho', 'skank', 'strong'],
	['(?<![a-z])stfu(?![a-z])', 'stf', 'stfu', 'strong'],
	// masked compounds ("sh*tty", "sh!tshow") and "bs" said of what someone says ("your bs", "total bs")
	[
		'(?<![a-z])sh[*#@$%!]+t+(?:y|ier|iest|show|shows|storm|head|heads|hole|holes|post|posts|posting|poster|posters)(?![a-z])',
		'sh',
		'shit',
		'strong'
	],
	[
		'(?<=(?:[^a-z]|^)(?:your|this|that|such|total|complete|utter|pure|of) )bs(?![a-z])',
		'bs',
		'bullshit',
		'strong'
	],
	// masked with an ending ("f***ed up", "f**king") and a masked "b*llsh*t"
	['(?<![a-z])f[*#@$%!]{1,4}k?(?:ed|ing|in|er|ers|s)(?![a-z])', 'f', 'fuck', 'strong'],
	['(?<![a-z])(?:b[*#@$%!]l+sh[*#@$%!i]t|bul+sh[*#@$%!]t)(?![a-z])', 'b', 'bullshit', 'strong'],
	// a masked insult the word list does not know: "f***wit", "f**kwits"
	['(?<![a-z])f[*#@$%]{2,4}(?:k)?wits?(?![a-z])', 'f', 'fuckwit', 'strong'],
	[
		'(?<![a-z])(?:spics?|wetbacks?|goo+ks?|ragheads?|towelheads?|darkies|darkie|pikeys?|gypos?|pakis?|coo+ns?|beaners?)(?![a-z])',
		'spi wet gok goo rag tow dar pik gyp pak coo bea',
		'slur',
		'slur'
	],
	['(?<![a-z])fag+ots?(?![a-z])', 'fag', 'fag', 'slur'],
	['(?<![a-z])retards?(?:ed)?(?![a-z])', 'ret', 'retard', 'slur']
];

interface Term {
	re: RegExp;
	word: string;
	kind: ProfanityKind;
	/** The pattern must start a word (so a key found inside a word cannot be it). */
	atStart: boolean;
	/** The match itself spans several words ("screw you"), so one chunk of text cannot decide it. */
	multiword: boolean;
	/** The pattern without its look-behind, to try on one chunk of text. */
	chunk: RegExp;
}

/** A pattern's own text (lookarounds removed) contains a space. */
const withoutLookbehind = (source: string) =>
	source.replace(/^\(\?<[=!](?:[^()]|\([^()]*\))*\)/, '');
const isMultiword = (source: string) =>
	/\s| /.test(
		withoutLookbehind(source)
			.replace(/\(\?<?[=!][^)]*\)/g, '')
			.replace(/\[[^\]]*\]/g, 'x')
	);

interface Compiled {
	/** Terms by their first three (or fewer, when the pattern is shorter or has a wildcard) letters, indexed by
	 * the letters as base-26 numbers (one table per key length). */
	byKey: (Term[] | undefined)[][];
	whitelist: RegExp;
}

function build(): Compiled {
	const byKey: (Term[] | undefined)[][] = [
		new Array(26),
		new Array(26 * 26),
		new Array(26 * 26 * 26)
	];
	const put = (key: string, t: Term) => {
		if (!/^[a-z]{1,3}$/.test(key)) throw new Error(`profanity key '${key}' is not 1-3 letters`);
		let idx = 0;
		for (let k = 0; k < key.length; k++) idx = idx * 26 + key.charCodeAt(k) - 97;
		const table = byKey[key.length - 1];
		(table[idx] ??= []).push(t);
	};
	// obscenity's dataset: each pattern with the word it stands for, in the dataset's order
	for (const [word, pattern] of PROFANITY_TERMS) {
		const kind: ProfanityKind | undefined = SLUR.has(word)
			? 'slur'
			: STRONG.has(word)
				? 'strong'
				: SEXUAL.has(word)
					? 'sexual'
					: undefined;
		if (!kind) continue;
		const p = parsePattern(pattern);
		const body = p.nodes.map(nodeSource).join('');
		const source = `${p.requireWordBoundaryAtStart ? '(?<![a-z0-9])' : ''}${body}${p.requireWordBoundaryAtEnd ? '(?![a-z0-9])' : ''}`;
		const term: Term = {
			re: new RegExp(source, 'y'),
			word,
			kind,
			atStart: p.requireWordBoundaryAtStart,
			multiword: isMultiword(source),
			chunk: new RegExp(withoutLookbehind(source), 'y')
		};
		for (const k of new Set(prefixes(p.nodes))) if (k) put(k, term);
	}
	for (const [source, keys, word, kind] of EXTRA) {
		const t: Term = {
			re: new RegExp(source, 'y'),
			word,
			kind,
			atStart: true,
			multiword: isMultiword(source),
			chunk: new RegExp(withoutLookbehind(source), 'y')
		};
		for (const k of keys.split(' ')) put(k, t);
	}
	const white = [
		...PROFANITY_WHITELIST,
		'scunthorpe',
		'cockburn',
		'hancock',
		'peacock',
		'cocktail',
		'shitake',
		'therapist',
		'cum laude',
		'dickens',
		'hell of'
	];
	const whitelist = new RegExp(
		white.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
		'g'
	);
	return { byKey, whitelist };
}

export let compiled: ReturnType<typeof build> | undefined;

const LEET: Readonly<Record<string, string>> = dict({
	'@': 'a',
	'4': 'a',
	'(': 'c',
	'3': 'e',
	'6': 'g',
	'1': 'i',
	'!': 'i',
	'/': 'l',
	'0': 'o',
	$: 's',
	'5': 's',
	'7': 't',
	'2': 'z'
});
const TWICE = new Set(['b', 'e', 'o', 'l', 's', 'g']);

const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** obscenity's recommended transformers, keeping a map back to the original offsets. */
export function normalise(text: string): { s: string; at: number[] } {
	const codes: number[] = [];
	const at: number[] = [];
	let run = -1;
	let runLen = 0;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		let c = text.charCodeAt(i);
		if (c > 127) {
			const base = text[i].normalize('NFKD').charCodeAt(0);
			c = base < 128 ? base : 32;
		}
		if (c >= 65 && c <= 90) c += 32;
		const leet = c < 128 ? LEET_CODE[c] : 0;
		if (leet) {
			// a symbol stands for a letter only inside a word ("sh1t", "$hit", "f4ck"), never in "140" or "now!"
			const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
			const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
			const next2 = i + 2 < n ? text.charCodeAt(i + 2) : 32;
			const before = isLetterCode(prev);
			const after =
				isLetterCode(next) || (next < 128 && LEET_CODE[next] > 0 && isLetterCode(next2));
			if (
				(before && after) ||
				(after && !isDigitCode(c) && c !== 33) ||
				(after && isDigitCode(c) && !isDigitCode(prev))
			)
				c = leet;
		}
		if (c === run) {
			runLen++;
			if (c >= 97 && c <= 122 && runLen > (TWICE_CODE[c] ? 2 : 1)) continue;
		} else {
			run = c;
			runLen = 1;
		}
		codes.push(c);
		at.push(i);
	}
	return { s: String.fromCharCode(...codes), at };
}

const LEET_CODE = new Int32Array(128);
for (const [k, v] of Object.entries(LEET)) LEET_CODE[k.charCodeAt(0)] = v.charCodeAt(0);
const TWICE_CODE = new Uint8Array(128);
for (const ch of TWICE) TWICE_CODE[ch.charCodeAt(0)] = 1;

const SUSPICIOUS = new Map<string, boolean>();

/** Could this whitespace-separated chunk (lower case) start a listed term? (memoised; most words of a post
 * are safe) */
export function suspicious(chunk: string): boolean {
	let r = SUSPICIOUS.get(chunk);
	if (r !== undefined) return r;
	r = chunk.includes('*') || GRAWLIX.test(chunk);
	if (!r) {
		const { byKey } = (compiled ??= build());
		const s = normalise(chunk).s;
		const n = s.length;
		outer: for (let i = 0; i < n; i++) {
			let idx = 0;
			const boundary = i === 0 || s.charCodeAt(i - 1) < 97 || s.charCodeAt(i - 1) > 122;
			for (let len = 1; len <= 3 && i + len <= n; len++) {
				const c = s.charCodeAt(i + len - 1);
				if (c < 97 || c > 122) break;
				idx = idx * 26 + c - 97;
				const list = byKey[len - 1][idx];
				if (!list) continue;
				for (const t of list) {
					if (t.atStart && !boundary) continue;
					// a multi-word term cannot be checked on one chunk; a one-word term is tried right here
					t.chunk.lastIndex = i;
					if (t.multiword || t.chunk.test(s)) {
						r = true;
						break outer;
					}
				}
			}
		}
	}
	if (SUSPICIOUS.size > 50_000) SUSPICIOUS.clear();
	SUSPICIOUS.set(chunk, r);
	return r;
}

/** Profanity and slurs in a text, with spans in the original text. */
export function profanityIn(text: string): ProfanityHit[] {
	// quick reject: no whitespace-separated chunk of the text can start a listed term
	let any = false;
	for (const chunk of text.split(/\s+/)) if (chunk && suspicious(chunk.toLowerCase())) any = true;
	if (!any) return [];
	return scanProfanity(text);
}

const GRAWLIX = /[a-z][$#@%&!]{2,}[a-z]/i;
const GRAWLIX_G = /(?<![a-z])[a-z]{1,6}[$#@%&!]{2,4}[a-z]{1,6}(?![a-z])/g;

/** The full scan of profanityIn, for a text whose quick test passed. */
export function scanProfanity(text: string): ProfanityHit[] {
	compiled ??= build();
	const { byKey, whitelist } = compiled;
	const { s, at } = normalise(text);
	const out: ProfanityHit[] = [];
	let white: [number, number][] | undefined;
	const found = (t: Term, a: number, b: number) => {
		if (!white) {
			white = [];
			whitelist.lastIndex = 0;
			for (const m of s.matchAll(whitelist)) white.push([m.index!, m.index! + m[0].length]);
		}
		if (white.some(([x, y]) => x <= a && b <= y)) return;
		// a symbol read as the first letter must start a whole word: "(until" is no "c…"
		if (!/[\p{L}\d]/u.test(text[at[a]] ?? '') && /[a-z]/.test(s[b] ?? '')) return;
		if (out.some((h) => h.start === at[a])) return;
		// a capitalised abbreviation before a name is a club's or a university's prefix ("FK Vossburg", "#FKVossburg")
		const orig = text.slice(at[a], at[b - 1] + 1);
		if (
			orig.length <= 3 &&
			/^\p{Lu}+$/u.test(orig) &&
			/^ ?\p{Lu}\p{Ll}/u.test(text.slice(at[b - 1] + 1))
		)
			return;
		out.push({ start: at[a], end: at[b - 1] + 1, word: t.word, kind: t.kind });
	};
	const n = s.length;
	for (let i = 0; i < n; i++) {
		let idx = 0;
		for (let len = 1; len <= 3 && i + len <= n; len++) {
			const c = s.charCodeAt(i + len - 1);
			if (c < 97 || c > 122) break;
			idx = idx * 26 + c - 97;
			const list = byKey[len - 1][idx];
			if (!list) continue;
			for (const t of list) {
				t.re.lastIndex = i;
				const m = t.re.exec(s);
				if (m) found(t, i, i + m[0].length);
			}
		}
	}
	if (s.includes('*'))
		for (const m of s.matchAll(CENSORED)) {
			const word = censoredWord(m[0]);
			if (word && !out.some((h) => h.start === at[m.index!]))
				out.push({
					start: at[m.index!],
					end: at[m.index! + m[0].length - 1] + 1,
					word,
					kind: ['damn', 'hell', 'crap'].includes(word) ? 'mild' : 'strong'
				});
		}
	// a mask of two or more symbols between letters ("bull$#!t"), read on the text itself (the letters the symbols
	// could stand for are not what it hides)
	if (GRAWLIX.test(text))
		for (const m of text.toLowerCase().matchAll(GRAWLIX_G)) {
			const word = censoredWord(m[0]);
			if (word && !out.some((h) => h.start <= m.index! && m.index! < h.end))
				out.push({
					start: m.index!,
					end: m.index! + m[0].length,
					word,
					kind: ['damn', 'hell', 'crap'].includes(word) ? 'mild' : 'strong'
				});
		}
	return out.sort((x, y) => x.start - y.start);
}
