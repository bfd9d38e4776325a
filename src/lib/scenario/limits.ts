/** Hard limits checked before (or instead of) parsing, so hostile or runaway input is rejected in milliseconds. */

/** Largest scenario source accepted, in characters (512 KiB of text; a long real scenario is about 40 KB).
 * Together with the other limits this keeps validation of any input within a second on a busy 2-core
 * machine (`npm run fuzz` measures it). */
export const MAX_SOURCE_CHARS = 512 * 1024;
/** Most lines a scenario may have (bounds parsing time: a long real scenario has about 1,000). */
export const MAX_LINES = 12_000;
/** Most events a scenario may have (a full-day exercise has a few hundred injects). */
export const MAX_EVENTS = 1_000;
/** Most alias expansions YAML may perform (defuses "billion laughs" alias bombs). */
export const MAX_ALIAS_COUNT = 100;
/** Deepest flow nesting accepted (`[[[[…`): the YAML parser recurses per level and runs out of memory on
 * hostile input, so deeper sources are refused before parsing. */
export const MAX_DEPTH = 64;
/** Widest block-nesting prefix (indentation plus `- ` / `? ` markers) accepted on one line. */
export const MAX_INDENT = 256;
/** A condition longer than this is refused (conditions are short rules, not programs). */
export const MAX_CONDITION_CHARS = 2000;

/**
 * Quick upper bound on the number of timed entries (`at:` keys) without parsing. Every event has one, so more
 * than MAX_EVENTS of them (plus headroom for boosts and test posts) means the file is far too big to compile.
 */
export function countAtKeys(source: string, stopAfter: number): number {
	const re = /(?:^|[\s{,])at\s*:/g;
	let n = 0;
	while (re.exec(source) !== null) {
		n++;
		if (n > stopAfter) break;
	}
	return n;
}

/** Offset where flow-collection nesting (`[` / `{`, ignoring quoted text) first exceeds `limit`, or -1. */
export function flowDepthExceeded(source: string, limit: number): number {
	let depth = 0;
	let max = 0;
	let quote = '';
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		if (quote) {
			if (c === 92 /* \ */ && quote === '"') i++;
			else if (source[i] === quote) quote = '';
			continue;
		}
		if (c === 34 || c === 39) {
			// only a quote at a token start opens a quoted scalar (ignore apostrophes in plain text)
			const p = i > 0 ? source[i - 1] : ' ';
			if (p === ' ' || p === '[' || p === '{' || p === ',' || p === ':' || p === '\n')
				quote = source[i];
		} else if (c === 91 || c === 123) {
			depth++;
			if (depth > max) {
				max = depth;
				if (max > limit) return i;
			}
		} else if ((c === 93 || c === 125) && depth > 0) depth--;
		else if (c === 10) quote = '';
	}
	return -1;
}

/** Offset of the first line whose run of indentation and block markers (`- `, `? `) is wider than `limit`, or -1. */
export function blockIndentExceeded(source: string, limit: number): number {
	let i = 0;
	while (i < source.length) {
		let j = i;
		for (;;) {
			const c = source.charCodeAt(j);
			if (c === 32 || c === 9) j++;
			else if (
				(c === 45 /* - */ || c === 63) /* ? */ &&
				(source.charCodeAt(j + 1) === 32 || source.charCodeAt(j + 1) === 9)
			)
				j += 2;
			else break;
		}
		if (j - i > limit) return i;
		const nl = source.indexOf('\n', j);
		if (nl < 0) break;
		i = nl + 1;
	}
	return -1;
}

/** Line number at which the source exceeds `limit` lines, or -1 when it has at most `limit` lines. */
export function linesExceeded(source: string, limit: number): number {
	let n = 1;
	let i = source.indexOf('\n');
	while (i >= 0) {
		if (++n > limit) return n;
		i = source.indexOf('\n', i + 1);
	}
	return -1;
}
