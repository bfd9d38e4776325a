import { caseSensitiveTwin, lowerForMatch, originalMatch } from './case-fold.ts';

/**
 * Every match of a global regex, exactly as `[...text.matchAll(re)]` gives them (from the regex's lastIndex on),
 * found with `exec`: matchAll copies the regex and walks an iterator on every call, which costs more than the
 * matching itself on a 280-character post. The regex's lastIndex is left as it was.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`);
	const out: RegExpExecArray[] = [];
	const start = re.lastIndex;
	let m: RegExpExecArray | null;
	const twin = caseSensitiveTwin(re, true);
	const lower = twin && lowerForMatch(text);
	if (twin && lower !== null) {
		// the same matches, found faster (./case-fold.ts)
		twin.lastIndex = start;
		while ((m = twin.exec(lower)) !== null) {
			out.push(originalMatch(m, text));
			if (m[0].length === 0) twin.lastIndex = advance(text, twin.lastIndex, true);
		}
		return out;
	}
	while ((m = re.exec(text)) !== null) {
		out.push(m);
		// an empty match: step over one character (one code point for a Unicode regex), as matchAll does
		if (m[0].length === 0)
			re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
	}
	re.lastIndex = start;
	return out;
}

function advance(text: string, i: number, unicode: boolean): number {
	if (!unicode || i + 1 >= text.length) return i + 1;
	const c = text.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff) return i + 1;
	const d = text.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
