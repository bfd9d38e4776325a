/**
 * Maps key paths (["events", 3, "from"]) to 1-based line:col positions in the YAML source, using the node
 * ranges that `yaml`'s parseDocument keeps and a LineCounter. Unknown keys point at the key; wrong values at
 * the value; missing keys at the mapping that lacks them.
 */
import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	type Document,
	type Node
} from 'yaml';

export type PathSeg = string | number;

export interface Span {
	line: number;
	col: number;
	endLine?: number;
	endCol?: number;
}

export interface Located {
	/** The key scalar of the last map segment, if the path ends at a map entry. */
	key?: Node;
	/** The value node, if present. */
	value?: Node;
	/** The deepest node that exists along the path (for missing keys). */
	parent?: Node;
	/** True when the whole path resolved. */
	found: boolean;
}

function deref(doc: Document, node: unknown): unknown {
	if (isAlias(node)) {
		try {
			return node.resolve(doc);
		} catch {
			return undefined;
		}
	}
	return node;
}

/** Walk the document along `path`. */
export function locate(doc: Document, path: readonly PathSeg[]): Located {
	let node: unknown = deref(doc, doc.contents);
	let key: Node | undefined;
	let parent: Node | undefined = (node as Node) ?? undefined;
	for (let i = 0; i < path.length; i++) {
		const seg = path[i];
		if (isMap(node)) {
			const pair = node.items.find((p) => {
				const k = isScalar(p.key) ? p.key.value : p.key;
				return k === seg || String(k) === String(seg);
			});
			if (!pair) return { parent: node as Node, found: false };
			key =
				isPair(pair) && pair.key && typeof pair.key === 'object' ? (pair.key as Node) : undefined;
			parent = node as Node;
			node = deref(doc, pair.value);
		} else if (isSeq(node) && typeof seg === 'number') {
			if (seg < 0 || seg >= node.items.length) return { parent: node as Node, found: false };
			key = undefined;
			parent = node as Node;
			node = deref(doc, node.items[seg]);
		} else {
			return { parent: parent, key, found: false };
		}
		if (node && typeof node === 'object') parent = node as Node;
	}
	return {
		key,
		value: node && typeof node === 'object' ? (node as Node) : undefined,
		parent,
		found: true
	};
}

/** The positions of a source offset range. */
export class Positions {
	readonly lineCounter: LineCounter;
	constructor(
		lineCounter: LineCounter,
		private readonly length: number
	) {
		this.lineCounter = lineCounter;
	}

	at(offset: number, endOffset?: number): Span {
		const o = Math.max(0, Math.min(offset, this.length));
		const p = this.lineCounter.linePos(o);
		const span: Span = { line: Math.max(1, p.line), col: Math.max(1, p.col) };
		if (endOffset !== undefined && endOffset > o) {
			const e = this.lineCounter.linePos(Math.min(endOffset, this.length));
			span.endLine = e.line;
			span.endCol = e.col;
		}
		return span;
	}

	/** Span of a node (its value part, without trailing comments). */
	ofNode(node: Node | undefined): Span {
		const r = node?.range;
		if (!r) return { line: 1, col: 1 };
		return this.at(r[0], r[1]);
	}
}

/** Offset in the source of character `index` of a scalar's value, when it can be mapped exactly
 * (plain or quoted single-line scalars whose text appears verbatim); otherwise the scalar's start. */
export function scalarCharOffset(
	source: string,
	node: Node | undefined,
	value: string,
	index: number
): number {
	const r = node?.range;
	if (!r) return 0;
	let start = r[0];
	if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) start += 1;
	if (source.startsWith(value, start)) return start + index;
	return r[0];
}
