/**
 * Character tests written out as code, for the hot loops that used to build a substring and run a small regex
 * on it (a regex call costs more than the test itself on a 280-character post).
 */

/** JavaScript's \s (without the u flag: one UTF-16 unit). */
export function isSpace(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		(c > 127 &&
			(c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200a) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff))
	);
}

/** JavaScript's \w without the u or i flag: [A-Za-z0-9_]. */
export function isWordChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether text[from, to) contains the character code `code`. */
export function hasCharIn(text: string, from: number, to: number, code: number): boolean {
	for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
	return false;
}

function isAsciiLetter(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** /[;:—–]|\s-\s/ on text[from, to), read in place: a break between two clauses. */
export function clauseBreak(text: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013) return true;
		if (
			c === 45 &&
			k > from &&
			k + 1 < to &&
			isSpace(text.charCodeAt(k - 1)) &&
			isSpace(text.charCodeAt(k + 1))
		)
			return true;
	}
	return false;
}

/** False when a bare web address (doctrine/cues.ts BARE_ADDRESS) cannot occur in the text: one needs a
 * letter, digit or hyphen, a dot and two letters ("x.ab"). */
export function mayHaveAddress(text: string): boolean {
	for (let k = text.indexOf('.', 1); k > 0 && k + 2 < text.length; k = text.indexOf('.', k + 1)) {
		const p = text.charCodeAt(k - 1);
		if (!((isWordChar(p) && p !== 95) || p === 45)) continue;
		if (isAsciiLetter(text.charCodeAt(k + 1)) && isAsciiLetter(text.charCodeAt(k + 2))) return true;
	}
	return false;
}

/** False when an e-mail address (detectors/confidential-leak.ts EMAIL) cannot occur in the text: one needs
 * an "@" with a name character before it and a word character or hyphen after it (a mention is none). */
export function mayHaveEmail(text: string): boolean {
	for (let k = text.indexOf('@', 1); k > 0 && k + 1 < text.length; k = text.indexOf('@', k + 1)) {
		const p = text.charCodeAt(k - 1);
		const n = text.charCodeAt(k + 1);
		if ((isWordChar(p) || p === 46 || p === 43 || p === 45) && (isWordChar(n) || n === 45))
			return true;
	}
	return false;
}
