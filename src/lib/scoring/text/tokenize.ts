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

const TOKEN_RE =
	/(https?:\/\/\S+|www\.\S+)|#([\p{L}\p{N}_]+)|@([\p{L}\p{N}_]+)|(\+?\d+(?:[.,:]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)|(<\/?3|[:;=][-'^o]?[)(\][DPpO/\\|*3@$]+)|([!?.]+|[,;:…"“”()\-–—/&])/gu;

function isCaps(s: string): boolean {
	let letters = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		const up = c.toUpperCase();
		const low = c.toLowerCase();
		if (up === low) continue;
		if (c !== up) return false;
		letters++;
	}
	return letters >= 2;
}

export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	TOKEN_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TOKEN_RE.exec(text)) !== null) {
		const t = m[0];
		const start = m.index;
		let kind: TokenKind;
		let lower: string;
		if (m[1]) {
			kind = 'url';
			lower = t.toLowerCase();
		} else if (m[2]) {
			kind = 'hashtag';
			lower = m[2].toLowerCase();
		} else if (m[3]) {
			kind = 'mention';
			lower = m[3].toLowerCase();
		} else if (m[4]) {
			kind = 'number';
			lower = t;
		} else if (m[5]) {
			kind = 'word';
			lower = t.toLowerCase().replace(/’/g, "'");
		} else if (m[6]) {
			kind = 'emoji';
			lower = t;
		} else if (m[7]) {
			kind = 'emoticon';
			lower = t.toLowerCase();
		} else {
			kind = 'punct';
			lower = t;
		}
		const first = kind === 'hashtag' || kind === 'mention' ? t[1] : t[0];
		out.push({
			kind,
			text: t,
			lower,
			start,
			end: start + t.length,
			caps: kind === 'word' || kind === 'hashtag' ? isCaps(t) : false,
			capitalised: first !== undefined && first !== first.toLowerCase()
		});
	}
	return out;
}

/** Split a hashtag body into words: #ConsulateShame → consulate shame; #stay_safe → stay safe. */
export function splitHashtag(body: string): string[] {
	const parts = body
		.replace(/_/g, ' ')
		.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
		.replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
		.split(' ');
	return parts.filter(Boolean).map((p) => p.toLowerCase());
}

/** Sentence index per token (a new sentence starts after . ! ? or a line break). */
export function sentenceIds(tokens: Token[], text: string): Int32Array {
	const ids = new Int32Array(tokens.length);
	let s = 0;
	let prevEnd = 0;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i];
		if (text.slice(prevEnd, tok.start).includes('\n')) s++;
		ids[i] = s;
		if (tok.kind === 'punct' && /[.!?…]/.test(tok.text)) s++;
		prevEnd = tok.end;
	}
	return ids;
}
