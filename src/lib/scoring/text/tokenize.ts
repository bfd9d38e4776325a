/**
 * One fast pass over a post: words, numbers, hashtags, @mentions, URLs, emoji, emoticons and punctuation, each
 * with its character span. Apostrophes inside words are kept ("can't"), curly ones normalised.
 */
export type TokenKind =
	'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'emoji' | 'emoticon' | 'punct';

export interface Token {
	kind: TokenKind;
	text: string;
	/** Lower case, curly apostrophes straightened; hashtags/mentions without their sigil. */
	lower: string;
	start: number;
	end: number;
	/** All letters upper case and at least two of them (ALL CAPS). */
	caps: boolean;
	/** First letter upper case. */
	capitalised: boolean;
}

function isCaps(s: string): boolean {
	let letters = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122) return false;
		if (c >= 65 && c <= 90) letters++;
		else if (c > 127) {
			const ch = s[i];
			const low = ch.toLowerCase();
			if (ch === low && ch !== ch.toUpperCase()) return false;
			if (ch !== low) letters++;
		}
	}
	return letters >= 2;
}

const EMOJI_AT =
	/\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/uy;
const EMOTICON_AT = /<\/?3|[:;=][-'^o]?[)(\][DPpO/\\|*3@$]+/y;
const LETTER = /[\p{L}\p{M}]/u;
const PUNCT_SINGLE = ',;:…"“”()-–—/&';

function isLetter(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
	if (c < 128 || Number.isNaN(c)) return false;
	return LETTER.test(text[i]);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (text: string, i: number) =>
	isLetter(text, i) || isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95;

function push(out: Token[], kind: TokenKind, text: string, start: number, end: number): void {
	const t = text.slice(start, end);
	let lower: string;
	if (kind === 'hashtag' || kind === 'mention') lower = t.slice(1).toLowerCase();
	else if (kind === 'word') {
		lower = t.toLowerCase();
		if (lower.includes('’')) lower = lower.replace(/’/g, "'");
	} else if (kind === 'emoticon' || kind === 'url') lower = t.toLowerCase();
	else lower = t;
	const first = kind === 'hashtag' || kind === 'mention' ? t[1] : t[0];
	out.push({
		kind,
		text: t,
		lower,
		start,
		end,
		caps: kind === 'word' || kind === 'hashtag' ? isCaps(t) : false,
		capitalised: first !== undefined && isUpperChar(first)
	});
}

/** An upper-case character (one UTF-16 unit). */
function isUpperChar(ch: string): boolean {
	const c = ch.charCodeAt(0);
	if (c < 128) return c >= 65 && c <= 90;
	return ch !== ch.toLowerCase();
}

/** One hand-written scan (≈ 5× faster than the equivalent regex with Unicode classes). */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 10 || c === 9 || c === 13) {
			i++;
			continue;
		}
		if (
			(c === 104 || c === 119) &&
			(text.startsWith('http://', i) ||
				text.startsWith('https://', i) ||
				text.startsWith('www.', i))
		) {
			let j = i;
			while (j < n && !/\s/.test(text[j])) j++;
			push(out, 'url', text, i, j);
			i = j;
			continue;
		}
		if ((c === 35 || c === 64) && i + 1 < n && isWordChar(text, i + 1)) {
			let j = i + 1;
			while (j < n && isWordChar(text, j)) j++;
			push(out, c === 35 ? 'hashtag' : 'mention', text, i, j);
			i = j;
			continue;
		}
		if (isDigit(c) || (c === 43 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
			let j = i + 1;
			while (j < n && isDigit(text.charCodeAt(j))) j++;
			for (;;) {
				const d = text.charCodeAt(j);
				if ((d === 46 || d === 44 || d === 58) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
					j += 2;
					while (j < n && isDigit(text.charCodeAt(j))) j++;
				} else break;
			}
			push(out, 'number', text, i, j);
			i = j;
			continue;
		}
		if (isLetter(text, i)) {
			let j = i + 1;
			for (;;) {
				while (j < n && isLetter(text, j)) j++;
				const d = text.charCodeAt(j);
				if (
					(d === 39 || d === 8217) &&
					j + 1 < n &&
					isLetter(text, j + 1) &&
					text.charCodeAt(j + 1) < 0x300
				)
					j += 1;
				else break;
			}
			push(out, 'word', text, i, j);
			i = j;
			continue;
		}
		if (c === 58 || c === 59 || c === 61 || c === 60) {
			EMOTICON_AT.lastIndex = i;
			const m = EMOTICON_AT.exec(text);
			if (m) {
				push(out, 'emoticon', text, i, i + m[0].length);
				i += m[0].length;
				continue;
			}
		}
		if (c >= 128) {
			EMOJI_AT.lastIndex = i;
			const m = EMOJI_AT.exec(text);
			if (m) {
				push(out, 'emoji', text, i, i + m[0].length);
				i += m[0].length;
				continue;
			}
		}
		if (c === 33 || c === 63 || c === 46) {
			let j = i + 1;
			while (
				j < n &&
				(text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63 || text.charCodeAt(j) === 46)
			)
				j++;
			push(out, 'punct', text, i, j);
			i = j;
			continue;
		}
		if (PUNCT_SINGLE.includes(text[i])) push(out, 'punct', text, i, i + 1);
		i++;
	}
	return out;
}

function isUp(ch: string): boolean {
	return ch !== ch.toLowerCase();
}
function isLow(ch: string): boolean {
	return ch !== ch.toUpperCase();
}
function isDig(ch: string): boolean {
	return ch >= '0' && ch <= '9';
}

/** Split a hashtag body into words: #ConsulateShame → consulate shame; #stay_safe → stay safe. */
export function splitHashtag(body: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (let i = 1; i <= body.length; i++) {
		const prev = body[i - 1];
		const ch = body[i];
		let cut = i === body.length || ch === '_' || prev === '_';
		if (!cut && isUp(ch) && (isLow(prev) || isDig(prev))) cut = true; // fooBar, 2024Quake
		if (!cut && isUp(prev) && isUp(ch) && i + 1 < body.length && isLow(body[i + 1])) cut = true; // ABCDef → ABC Def
		if (cut) {
			const part = body.slice(start, i).replace(/_/g, '');
			if (part) out.push(part.toLowerCase());
			start = i;
		}
	}
	return out;
}

/** Sentence index per token (a new sentence starts after . ! ? or a line break). */
export function sentenceIds(tokens: Token[], text: string): number[] {
	const ids: number[] = [];
	let s = 0;
	let prevEnd = 0;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i];
		for (let k = prevEnd; k < tok.start; k++)
			if (text.charCodeAt(k) === 10) {
				s++;
				break;
			}
		ids.push(s);
		if (tok.kind === 'punct') {
			const c = tok.text.charCodeAt(0);
			// a full stop between two words with no space ("visas.valdora.example", "gov.uk") does not end a
			// sentence
			const inAddress =
				c === 46 &&
				tok.text.length === 1 &&
				i > 0 &&
				tokens[i - 1].end === tok.start &&
				i + 1 < tokens.length &&
				tokens[i + 1].start === tok.end &&
				tokens[i - 1].kind === 'word' &&
				tokens[i + 1].kind === 'word';
			if (!inAddress && (c === 46 || c === 33 || c === 63 || c === 8230)) s++;
		}
		prevEnd = tok.end;
	}
	return ids;
}
