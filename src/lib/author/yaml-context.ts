/**
 * Where the cursor is in a scenario's YAML, from indentation alone (it works while the document is half
 * written and does not parse): the key path of the mapping around it, whether a key or a value is being
 * typed, and the keys already present beside it. `[]` in a path stands for "an item of this list".
 */

export type Seg = string;

export interface YamlContext {
	/** Keys from the top to the mapping that holds the cursor, e.g. ['events', '[]']. */
	path: Seg[];
	mode: 'key' | 'value';
	/** In value mode, the key whose value is typed. */
	key?: string;
	/** Keys already present in the same mapping. */
	siblings: string[];
}

interface LineInfo {
	/** Column of the first character after spaces and an optional "- ". */
	content: number;
	/** Column of the "-" when the line starts a list item. */
	dash?: number;
	/** The key, when the content is `key:` or `key: value`. */
	key?: string;
	/** True when the key has no value on the line (a nested block follows). */
	opens?: boolean;
}

function info(line: string): LineInfo | undefined {
	const m = /^(\s*)(?:(-)(\s+|$))?(.*)$/.exec(line)!;
	const rest = m[4];
	if (!m[2] && (rest.trim() === '' || rest.trimStart().startsWith('#'))) return undefined;
	const content = m[1].length + (m[2] ? 1 + m[3].length : 0);
	const out: LineInfo = { content };
	if (m[2]) out.dash = m[1].length;
	const k = /^("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:(?:\s+(.*)|$)/.exec(rest);
	if (k) {
		out.key = k[1].replace(/^["']|["']$/g, '');
		const v = (k[2] ?? '').trim();
		out.opens = v === '' || v.startsWith('#') || v === '|' || v === '>' || /^[|>][-+]?$/.test(v);
	}
	return out;
}

/** The context at character offset `pos` of `text`. */
export function yamlContext(text: string, pos: number): YamlContext {
	const before = text.slice(0, pos);
	const lines = before.split('\n');
	const current = lines.pop() ?? '';
	const m = /^(\s*)(?:(-)(\s+))?(.*)$/.exec(current)!;
	const col = m[1].length + (m[2] ? 1 + m[3].length : 0);
	const typed = m[4];
	const kv = /^([^\s:#'"][^:#]*?)\s*:\s*(.*)$/.exec(typed);
	const ctx: YamlContext = kv
		? { path: [], mode: 'value', key: kv[1], siblings: [] }
		: { path: [], mode: 'key', siblings: [] };
	// the rest of the current line's mapping below the cursor also holds siblings
	const after = text.slice(pos).split('\n').slice(1);
	const path: Seg[] = [];
	let need = col;
	let inItem = !!m[2];
	let level = 0; // 0 while scanning the cursor's own mapping
	const sib = (li: LineInfo | undefined) => {
		if (level === 0 && li?.key && li.content === need && li.dash === undefined)
			ctx.siblings.push(li.key);
	};
	for (const l of after) {
		const li = info(l);
		if (!li) continue;
		if (li.content < col || (li.dash !== undefined && li.dash < col)) break;
		if (li.dash !== undefined && li.dash <= col - 2 && li.content === col) break;
		sib(li);
	}
	for (let i = lines.length - 1; i >= 0; i--) {
		const li = info(lines[i]);
		if (!li) continue;
		if (inItem) {
			// the item's parent: a key at a smaller column, or at the same column as the dash (compact lists)
			if (li.key && li.opens && li.dash === undefined && li.content <= need - 2) {
				path.unshift('[]');
				path.unshift(li.key);
				need = li.content;
				inItem = false;
				level++;
			} else if (li.dash !== undefined && li.dash < need - 2) {
				path.unshift('[]');
				need = li.dash + 2;
				level++;
			}
			continue;
		}
		if (li.dash !== undefined && li.content === need) {
			// first key of the list item that holds the cursor's mapping
			sib({ ...li, dash: undefined });
			need = li.dash + 2;
			inItem = true;
			level++;
			continue;
		}
		if (li.content === need && li.dash === undefined) {
			sib(li);
			continue;
		}
		if (li.content < need && li.key && li.opens) {
			path.unshift(li.key);
			need = li.content;
			level++;
			if (need === 0) break;
		}
	}
	if (inItem) path.unshift('[]');
	ctx.path = path;
	ctx.siblings.sort();
	return ctx;
}
