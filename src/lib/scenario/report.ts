/** Collects diagnostics and places them in the source: by key path (key or value) or by source offset. */
import type { Document, Node } from 'yaml';
import { CODES, type Code } from './codes.ts';
import type { Diagnostic, Severity } from './diagnostic.ts';
import { locate, Positions, scalarCharOffset, type PathSeg, type Span } from './yaml-positions.ts';

export type Target = 'key' | 'value';

export function pathText(path: readonly PathSeg[]): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else out += out ? `.${seg}` : seg;
	}
	return out;
}

/** A document (or the part of one a diagnostic needs, at its own offsets), and a path within it. */
export interface DocView {
	doc: Document;
	positions: Positions;
	source: string;
	path: readonly PathSeg[];
}

function nodeIn(v: DocView, target: Target): Node | undefined {
	const loc = locate(v.doc, v.path);
	if (!loc.found) return loc.parent;
	return target === 'key' ? (loc.key ?? loc.value) : (loc.value ?? loc.key);
}

export class Reporter {
	readonly diagnostics: Diagnostic[] = [];
	constructor(
		readonly file: string,
		readonly source: string,
		readonly doc?: Document,
		readonly positions?: Positions
	) {}

	get hasErrors(): boolean {
		return this.diagnostics.some((d) => d.severity === 'error');
	}

	push(
		code: Code,
		span: Span,
		message: string,
		extra: { suggestion?: string; path?: readonly PathSeg[]; severity?: Severity } = {}
	): Diagnostic {
		const d: Diagnostic = {
			code,
			severity: extra.severity ?? CODES[code].severity,
			message,
			file: this.file,
			line: Math.max(1, span.line | 0),
			col: Math.max(1, span.col | 0)
		};
		if (span.endLine !== undefined && span.endCol !== undefined) {
			d.endLine = span.endLine;
			d.endCol = span.endCol;
		}
		if (extra.suggestion !== undefined) d.suggestion = extra.suggestion;
		if (extra.path && extra.path.length) d.path = pathText(extra.path);
		this.diagnostics.push(d);
		return d;
	}

	/** The document that places `path`, and the path within it: here the whole document; the compiler's
	 * fast path (fast-read.ts) reads only the part a diagnostic needs. */
	protected view(path: readonly PathSeg[]): DocView | undefined {
		return this.doc && this.positions
			? { doc: this.doc, positions: this.positions, source: this.source, path }
			: undefined;
	}

	/** Node for a path (its value, or its key). */
	node(path: readonly PathSeg[], target: Target = 'value'): Node | undefined {
		const v = this.view(path);
		return v && nodeIn(v, target);
	}

	spanOf(path: readonly PathSeg[], target: Target = 'value'): Span {
		const v = this.view(path);
		if (!v) return { line: 1, col: 1 };
		const loc = locate(v.doc, v.path);
		if (!loc.found) {
			// missing key: point at the mapping that lacks it (its first key, for readability)
			return v.positions.ofNode(loc.parent);
		}
		let n = target === 'key' ? (loc.key ?? loc.value) : (loc.value ?? loc.key);
		// an empty value (`reveals:` with nothing after it) has no text to point at: point at its key
		if (n === loc.value && n?.range && n.range[0] === n.range[1] && loc.key) n = loc.key;
		return v.positions.ofNode(n ?? loc.parent);
	}

	at(
		code: Code,
		path: readonly PathSeg[],
		message: string,
		opts: { target?: Target; suggestion?: string; severity?: Severity } = {}
	): Diagnostic {
		return this.push(code, this.spanOf(path, opts.target ?? 'value'), message, { ...opts, path });
	}

	/** Place a diagnostic on characters [start, end) of the string value at `path` (conditions). */
	inString(
		code: Code,
		path: readonly PathSeg[],
		value: string,
		start: number,
		end: number,
		message: string,
		opts: { suggestion?: string; severity?: Severity } = {}
	): Diagnostic {
		const v = this.view(path);
		const node = v && nodeIn(v, 'value');
		if (!node || !v) return this.at(code, path, message, opts);
		const s = scalarCharOffset(v.source, node, value, start);
		const e = scalarCharOffset(v.source, node, value, Math.max(start + 1, end));
		return this.push(code, v.positions.at(s, e > s ? e : undefined), message, { ...opts, path });
	}
}
