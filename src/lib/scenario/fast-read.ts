/**
 * The compiler's fast path (issue 16). Most scenarios compile with no error, and such a scenario needs its
 * YAML as data, plus positions for a few warnings and for the line of each embedded test. js-yaml reads the
 * data several times faster than `yaml`'s parseDocument, which builds the whole node tree with positions.
 * - `fastRead` returns UNSURE wherever the two readers could disagree — a directive (%YAML 1.1 changes the
 *   schema), a tag, an alias, a `__proto__` key, a very long line, anything js-yaml refuses.
 * - `PartReporter` places a diagnostic by reading with `yaml` only the top-level block, or the one list item,
 *   its path lies in, alone, moving its lines back to where they are in the file, after checking
 *   that the part reads back as the same data. Where it cannot, it gives up (NeedFull).
 * The compiler takes the full `yaml` path whenever the fast one gives up or finds an error, so every
 * diagnostic comes from `yaml` nodes with its exact position and message; fast-read.test.ts compares both.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { Reporter, type DocView } from './report.ts';
import { Positions, type PathSeg, type Span } from './yaml-positions.ts';

export const UNSURE: unique symbol = Symbol('unsure');

/** A directive line, a tag (`!x`, `!!int`; a tag starts a token), a `__proto__` key, or a line too long for
 * an implicit key (`yaml` refuses keys over 1024 characters): left to the full reader. */
const RISKY = /^%|(?:^|[\s[{,])!|__proto__|^[^\n]{1000}/m;

/** The document's data as `yaml`'s parseDocument(…).toJS() would give it, or UNSURE. */
export function fastRead(source: string): unknown {
	if (RISKY.test(source)) return UNSURE;
	try {
		// YAML 1.2 core schema, as `yaml` uses; no aliases (`yaml` counts their expansion: SC104)
		return load(source, { schema: CORE_SCHEMA, maxAliases: 0 });
	} catch {
		return UNSURE;
	}
}

/** Thrown when a position cannot be had from a part of the document: the compiler reads it all. */
export class NeedFull extends Error {}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line that still belongs to a top-level block: indented, blank, a comment or a column-0 list item. */
const INSIDE = /^(?:[ \t\r]|#|-(?:[ \t\r]|$)|$)/;

/** Places diagnostics from the parts of the document their paths lie in (see the module comment). */
export class PartReporter extends Reporter {
	private readonly views = new Map<string, DocView>();
	private lines?: { starts: number[]; texts: string[] };
	private readonly blocks = new Map<string, { first: number; end: number; items?: number[] }>();

	constructor(
		file: string,
		source: string,
		private readonly data: Record<string, unknown>
	) {
		super(file, source);
	}

	protected override view(path: readonly PathSeg[]): DocView {
		const key = path[0];
		if (typeof key !== 'string') throw new NeedFull();
		const item = path.length >= 2 && typeof path[1] === 'number' ? path[1] : undefined;
		const id = item === undefined ? key : `${key}\u0000${item}`;
		let v = this.views.get(id);
		if (!v) this.views.set(id, (v = this.part(key, item)));
		return { ...v, path: item === undefined ? path : [key, 0, ...path.slice(2)] };
	}

	/** Where top-level `key`'s block is: its first line and the line after it (cached per key). */
	private block(key: string): { first: number; end: number; items?: number[] } {
		const { texts } = (this.lines ??= lineTable(this.source));
		let b = this.blocks.get(key);
		if (b) return b;
		const head = new RegExp(`^${escape(key)}[ \\t]*:(?:[ \\t\\r]|$)`);
		let first = -1;
		for (let i = 0; i < texts.length; i++)
			if (texts[i].startsWith(key) && head.test(texts[i])) {
				if (first >= 0) throw new NeedFull();
				first = i;
			}
		if (first < 0) throw new NeedFull();
		let end = first + 1;
		while (end < texts.length && INSIDE.test(texts[end])) end++;
		this.blocks.set(key, (b = { first, end }));
		return b;
	}

	/** The lines where the items of the block list under `key` start ('-' at the first one's indentation). */
	private items(key: string): number[] {
		const b = this.block(key);
		if (b.items) return b.items;
		const { texts } = this.lines!;
		if (!/^[^:]*:[ \t]*(?:#.*)?\r?$/.test(texts[b.first])) throw new NeedFull();
		const dash = /^([ \t]*)-(?:[ \t]|\r?$)/;
		const lines = [];
		let indent: string | undefined;
		for (let l = b.first + 1; l < b.end; l++) {
			const m = dash.exec(texts[l]);
			if (!m) continue;
			indent ??= m[1];
			if (m[1] === indent) lines.push(l);
		}
		return (b.items = lines);
	}

	/** The block of top-level `key` (or only its list item `item`), read alone. */
	private part(key: string, item: number | undefined): DocView {
		const { first, end } = this.block(key);
		const { starts } = this.lines!;
		const at = (line: number) => (line < starts.length ? starts[line] : this.source.length);
		let text: string;
		let want: unknown;
		/** The source line of a line of `text`. */
		let lineOf: (line: number) => number;
		if (item === undefined) {
			text = this.source.slice(at(first), at(end));
			lineOf = (l) => first + l;
			want = { [key]: this.data[key] };
		} else {
			const itemLines = this.items(key);
			const list = this.data[key];
			if (!Array.isArray(list) || itemLines.length !== list.length || item >= list.length)
				throw new NeedFull();
			const from = itemLines[item];
			const to = item + 1 < itemLines.length ? itemLines[item + 1] : end;
			text = this.source.slice(at(first), at(first + 1)) + this.source.slice(at(from), at(to));
			lineOf = (l) => (l === 1 ? first + 1 : from + l - 1);
			want = { [key]: [list[item]] };
		}
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
		if (doc.errors.length || doc.warnings.length) throw new NeedFull();
		let back: unknown;
		try {
			back = doc.toJS({ maxAliasCount: 0 });
		} catch {
			throw new NeedFull();
		}
		if (JSON.stringify(back) !== JSON.stringify(want)) throw new NeedFull();
		return {
			doc,
			positions: new PartPositions(lineCounter, text.length, lineOf),
			source: text,
			path: []
		};
	}
}

/** Positions in a part of the source: columns as they are, lines moved to where the part's lines are. */
class PartPositions extends Positions {
	constructor(
		lineCounter: LineCounter,
		length: number,
		private readonly lineOf: (line: number) => number
	) {
		super(lineCounter, length);
	}

	override at(offset: number, endOffset?: number): Span {
		const span = super.at(offset, endOffset);
		span.line = this.lineOf(span.line);
		if (span.endLine !== undefined) span.endLine = this.lineOf(span.endLine);
		return span;
	}
}

function lineTable(source: string): { starts: number[]; texts: string[] } {
	const texts = source.split('\n');
	const starts: number[] = [];
	let o = 0;
	for (const t of texts) {
		starts.push(o);
		o += t.length + 1;
	}
	return { starts, texts };
}
