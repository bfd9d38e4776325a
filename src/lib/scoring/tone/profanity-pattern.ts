/**
 * The patterns of obscenity's English dataset (profanity-data.ts, in obscenity's own pattern syntax) read back
 * into obscenity's parsed form, and what tone/profanity.ts compiles from them: a regular expression source and
 * the first letters a match can start with.
 */
/** A parsed obscenity pattern node, as obscenity's parser builds it: 0 optional, 1 wildcard, 2 literal. */
export type Node = { kind: number; chars?: number[]; childNode?: Node };

/** Reads a pattern of profanity-data.ts (obscenity's syntax: `|` word boundary at either end, `[x]` optional,
 * `?` any character, the rest literal) into obscenity's parsed form. */
export function parsePattern(pattern: string): {
	requireWordBoundaryAtStart: boolean;
	requireWordBoundaryAtEnd: boolean;
	nodes: Node[];
} {
	const start = pattern.startsWith('|');
	const end = pattern.length > 1 && pattern.endsWith('|');
	const body = [...pattern.slice(start ? 1 : 0, end ? -1 : undefined)];
	const nodes: Node[] = [];
	let optional: Node[] | undefined;
	for (const ch of body) {
		const into = optional ?? nodes;
		if (ch === '[') optional = [];
		else if (ch === ']') {
			nodes.push({ kind: 0, childNode: optional![0] });
			optional = undefined;
		} else if (ch === '?') into.push({ kind: 1 });
		else {
			const last = into[into.length - 1];
			if (last?.kind === 2) last.chars!.push(ch.codePointAt(0)!);
			else into.push({ kind: 2, chars: [ch.codePointAt(0)!] });
		}
	}
	return { requireWordBoundaryAtStart: start, requireWordBoundaryAtEnd: end, nodes };
}

export function nodeSource(n: Node): string {
	if (n.kind === 2) return String.fromCodePoint(...n.chars!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (n.kind === 0) return `(?:${nodeSource(n.childNode!)})?`;
	return '[^ ]'; // wildcard: any character inside a word
}

/** Possible first one to three letters of a pattern (a wildcard or an optional part widens the set). */
export function prefixes(nodes: Node[], depth = 3): string[] {
	if (depth === 0 || nodes.length === 0) return [''];
	const [n, ...rest] = nodes;
	if (n.kind === 2) {
		const chars = String.fromCodePoint(...n.chars!);
		if (chars.length >= depth) return [chars.slice(0, depth)];
		return prefixes(rest, depth - chars.length).map((p) => chars + p);
	}
	if (n.kind === 0) return [...prefixes([n.childNode!, ...rest], depth), ...prefixes(rest, depth)];
	return ['']; // wildcard
}
