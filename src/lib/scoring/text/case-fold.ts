/**
 * Case-insensitive Unicode regexes (flags `i` and `u`) run as case-sensitive twins on the lower-cased text, with
 * the same matches. V8 matches `/…/iu` patterns 5–20× slower than the same pattern without `i` (it folds every
 * character through Unicode case folding instead of using its fast literal search), and most detector patterns
 * need `u` only for `\p{L}`.
 *
 * Why the results are the same: a twin is made only for a pattern whose literal characters are lower-case ASCII
 * or caseless and whose property escapes are case-closed (\p{L}, \p{N}…); a text is lower-cased only when that
 * keeps its length (so every index and span is unchanged) and it has no long s "ſ" — the one character whose
 * lower case differs from its case folding onto an ASCII letter (the Kelvin sign lower-cases to "k", as it
 * folds). Under those conditions a text character matches a pattern character case-insensitively exactly when
 * its lower case equals it. `tests` in case-fold.test.ts compare twin and original on texts with every kind of
 * character.
 */

const TWINS = new WeakMap<RegExp, RegExp | null>();
const INDEXED = new WeakMap<RegExp, RegExp | null>();
/** Property escapes whose character sets are closed under case mapping. */
const CASE_CLOSED = new Set([
	'L',
	'Letter',
	'N',
	'Nd',
	'M',
	'Mn',
	'P',
	'S',
	'Z',
	'Extended_Pictographic',
	'Regional_Indicator',
	'Emoji'
]);
const ESCAPE =
	/\\(?:([pP])\{([^}]*)\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|.)/gu;

/** The pattern's case-sensitive twin for lower-cased text, or null when there is none (not `iu`, or unsafe).
 * `indices`: a twin that also gives its groups' positions (the `d` flag, when the pattern has groups), for
 * originalMatch. */
export function caseSensitiveTwin(re: RegExp, indices = false): RegExp | null {
	if (!re.ignoreCase || !re.unicode) return null; // (no WeakMap look-up for the many other patterns)
	const memo = indices ? INDEXED : TWINS;
	let twin = memo.get(re);
	if (twin !== undefined) return twin;
	twin = null;
	if (safeSource(re.source)) {
		const flags = re.flags.replace('i', '');
		twin = new RegExp(re.source, indices && groupCount(re) > 0 ? flags + 'd' : flags);
	}
	memo.set(re, twin);
	return twin;
}

function safeSource(source: string): boolean {
	let caseClosed = true;
	const rest = source.replace(ESCAPE, (_, p?: string, name?: string) => {
		if (p && (p === 'P' || !CASE_CLOSED.has(name!))) caseClosed = false;
		return '';
	});
	if (!caseClosed) return false;
	// named groups' names are not matched text
	const literal = rest.replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(');
	for (const ch of literal) {
		if (ch >= 'A' && ch <= 'Z') return false;
		if (ch > '\x7f' && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) return false;
	}
	return true;
}

function groupCount(re: RegExp): number {
	return new RegExp(`|${re.source}`, re.flags.replace(/[gy]/g, '')).exec('')!.length - 1;
}

let lastText = '';
let lastLower: string | null = '';
/** The text lower-cased for a twin, or null when lower-casing would change its length or it has a long s. */
export function lowerForMatch(text: string): string | null {
	if (text === lastText) return lastLower;
	let lower: string | null = text.toLowerCase();
	if (lower.length !== text.length || text.includes('ſ')) lower = null;
	lastText = text;
	lastLower = lower;
	return lower;
}

/** A twin's match on the lower-cased text, as the original regex would have returned it on the text. */
export function originalMatch(m: RegExpExecArray, text: string): RegExpExecArray {
	const ind = m.indices;
	const out = [text.slice(m.index, m.index + m[0].length)] as unknown as RegExpExecArray;
	if (ind)
		for (let i = 1; i < m.length; i++) {
			const r = ind[i];
			out.push(r ? text.slice(r[0], r[1]) : (undefined as unknown as string));
		}
	out.index = m.index;
	out.input = text;
	if (m.groups && ind?.groups) {
		const groups: Record<string, string> = {};
		for (const [k, r] of Object.entries(ind.groups))
			groups[k] = r ? text.slice(r[0], r[1]) : (undefined as unknown as string);
		out.groups = groups;
	} else out.groups = undefined;
	return out;
}
