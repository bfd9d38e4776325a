/**
 * A spreadsheet as the importer sees it: one table of cells per sheet, read from .xlsx or .csv. Cells keep
 * their raw value (number, Date, text) so times can be read the way the spreadsheet meant them.
 */

export type CellValue = string | number | boolean | Date | null;

export interface Cell {
	value: CellValue;
	/** Excel number format, e.g. "h:mm" or "dd/mm/yyyy hh:mm" (xlsx only). */
	format?: string;
	/** Part of a merged range (the value is the range's own). */
	merged?: boolean;
}

export interface Table {
	/** Sheet name ('' for a CSV file). */
	sheet: string;
	/** rows[r][c]: r and c are 0-based; the spreadsheet's row r+1, column letter(c). */
	rows: Cell[][];
}

export interface Workbook {
	/** The file name as the user gave it (used in cell references). */
	file: string;
	kind: 'xlsx' | 'csv';
	tables: Table[];
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(c: number): string {
	let n = c + 1;
	let s = '';
	while (n > 0) {
		const m = (n - 1) % 26;
		s = String.fromCharCode(65 + m) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

/** "F" → 5, "AA" → 26; undefined if not a column letter. */
export function columnIndex(letters: string): number | undefined {
	if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
	let n = 0;
	for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

/** The text a person sees in a cell (dates as ISO, numbers as written). */
export function cellText(cell: Cell | undefined): string {
	const v = cell?.value;
	if (v === null || v === undefined) return '';
	if (v instanceof Date) {
		if (Number.isNaN(v.getTime())) return '';
		const iso = v.toISOString();
		// a time-only cell sits on Excel's day 0 (1899-12-30): show the time as the spreadsheet does
		if (v.getUTCFullYear() <= 1900) return iso.slice(11, iso.endsWith(':00.000Z') ? 16 : 19);
		return iso.replace('T', ' ').replace(/(:00)?\.000Z$/, '');
	}
	return String(v).trim();
}

export function isEmptyRow(row: Cell[] | undefined): boolean {
	return !row || row.every((c) => cellText(c) === '');
}

/** `msel.xlsx!Sheet1!F12`, or `msel.csv!F12` for a CSV file. */
export function cellRef(file: string, sheet: string, row: number, col?: number): string {
	const at = col === undefined ? String(row + 1) : `${columnLetter(col)}${row + 1}`;
	return sheet ? `${file}!${sheet}!${at}` : `${file}!${at}`;
}
