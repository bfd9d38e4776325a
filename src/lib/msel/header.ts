/**
 * Finds the header row of a sheet and what each column means: the row (among the first 15) whose cells name
 * the most fields; a group heading or merged title above it is read with it. Every column that names no field
 * is kept as notes (MS205), with "did you mean" when its header is a near miss; two columns for one field keep
 * the better match (MS204).
 */
import { suggest } from '../scenario/suggest.ts';
import type { MselReporter } from './diagnostics.ts';
import {
	allHeaderWords,
	FIELD_LABELS,
	matchHeader,
	normaliseHeader,
	type Field
} from './fields.ts';
import { cellText, columnLetter, isEmptyRow, type Table } from './table.ts';

export interface ColumnMap {
	/** 0-based header row, or -1 when the sheet has none (columns given by letter in a mapping file). */
	headerRow: number;
	/** field → 0-based column */
	fields: Partial<Record<Field, number>>;
	/** Extra columns kept as notes: header text and column. */
	notes: { header: string; col: number }[];
	/** Header text per column (for notes and the mapping screen). */
	headers: string[];
	/** Text above the header (a title row), if any. */
	title?: string;
}

const SCAN_ROWS = 15;

/** How many fields a row names; 0 unless at least half of its filled cells name one (a data row whose
 * cells happen to say "expectation" or "J" is not a header). */
function rowMatches(table: Table, r: number): number {
	const fields = new Set<Field>();
	let filled = 0;
	let named = 0;
	for (const c of table.rows[r] ?? []) {
		const t = cellText(c);
		if (!t) continue;
		filled++;
		const m = matchHeader(t);
		if (m) {
			fields.add(m.field);
			named++;
		}
	}
	return named * 2 >= filled ? fields.size : 0;
}

export function findHeaderRow(table: Table): number {
	let best = -1;
	let bestN = 1;
	for (let r = 0; r < Math.min(SCAN_ROWS, table.rows.length); r++) {
		const n = rowMatches(table, r);
		if (n > bestN) {
			best = r;
			bestN = n;
		}
	}
	return best;
}

/** Map the columns of `headerRow` to fields. */
export function mapColumns(table: Table, headerRow: number, r: MselReporter): ColumnMap {
	const header = table.rows[headerRow] ?? [];
	const above = headerRow > 0 ? table.rows[headerRow - 1] : undefined;
	const width = Math.max(0, ...table.rows.map((row) => row.length));
	const headers: string[] = [];
	const chosen = new Map<Field, { col: number; score: number }>();
	const candidates: { col: number; field?: Field; score: number; text: string }[] = [];
	let usedAbove = false;
	for (let c = 0; c < width; c++) {
		const own = cellText(header[c]);
		// a merged heading over the same column repeats in every cell of its range
		const merged = header[c]?.merged && c > 0 && cellText(header[c - 1]) === own;
		const top = above && above[c]?.merged ? cellText(above[c]) : '';
		let text = own;
		let m = merged ? undefined : matchHeader(own);
		if (!m && top && !merged) {
			const combined = own ? `${top} ${own}` : top;
			const mc = matchHeader(combined);
			if (mc) {
				m = mc;
				text = combined;
				usedAbove = true;
			}
		}
		headers.push(text);
		candidates.push({ col: c, field: m?.field, score: m?.score ?? 0, text });
		if (m) {
			const prev = chosen.get(m.field);
			if (!prev || m.score > prev.score) chosen.set(m.field, { col: c, score: m.score });
		}
	}
	const fields: Partial<Record<Field, number>> = {};
	for (const [f, v] of chosen) fields[f] = v.col;
	const notes: ColumnMap['notes'] = [];
	for (const cand of candidates) {
		if (!cand.text) continue;
		if (cand.field && fields[cand.field] === cand.col) continue;
		notes.push({ header: cand.text, col: cand.col });
		if (cand.field) {
			r.add(
				'MS204',
				{ row: headerRow, col: cand.col },
				`column ${columnLetter(cand.col)} '${cand.text}' also looks like the ${FIELD_LABELS[cand.field]}, which is read from column ${columnLetter(fields[cand.field]!)} '${headers[fields[cand.field]!]}'; it is kept as notes (map it explicitly with --map to change this)`
			);
		} else {
			const h = normaliseHeader(cand.text);
			const s = h.length >= 6 ? suggest(h, allHeaderWords()) : undefined;
			r.add(
				'MS205',
				{ row: headerRow, col: cand.col },
				`column ${columnLetter(cand.col)} '${cand.text}' is not a field ddsim knows; its cells are kept as notes on each event`,
				s
			);
		}
	}
	if (usedAbove)
		r.add(
			'MS207',
			{ row: headerRow - 1 },
			`the header spans rows ${headerRow} and ${headerRow + 1}: merged headings in row ${headerRow} were read with the column names below them`
		);
	let title: string | undefined;
	for (let i = 0; i < headerRow; i++) {
		if (isEmptyRow(table.rows[i])) continue;
		if (i === headerRow - 1 && usedAbove) continue;
		const t = (table.rows[i] ?? []).map(cellText).find((x) => x);
		if (t) {
			title = t;
			break;
		}
	}
	return { headerRow, fields, notes, headers, ...(title ? { title } : {}) };
}
