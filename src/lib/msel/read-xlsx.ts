/**
 * .xlsx through exceljs, loaded on demand. Values keep their type (numbers, dates, text); rich text, formulas
 * (their cached result) and hyperlinks become plain values; merged ranges give every cell the range's value.
 * Files written by the Open XML SDK or ClosedXML with prefixed tags (`<x:workbook>`) are normalised first:
 * exceljs cannot read them (exceljs issue #1437).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { MselReporter } from './diagnostics.ts';
import type { Cell, CellValue, Table } from './table.ts';

export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;

const PREFIXED =
	/xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/(?:spreadsheetml\/2006\/main|package\/2006\/relationships)"/g;

/** Rewrite `<x:tag>` parts to the default namespace, as Excel writes them. Unchanged bytes if not needed. */
export function normaliseNamespaces(bytes: Uint8Array): Uint8Array {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch {
		return bytes;
	}
	let changed = false;
	for (const [name, data] of Object.entries(files)) {
		if (!/\.(xml|rels)$/.test(name)) continue;
		let xml = strFromU8(data);
		const prefixes = [...xml.matchAll(PREFIXED)].map((m) => m[1]);
		if (prefixes.length === 0) continue;
		for (const p of new Set(prefixes)) {
			xml = xml
				.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1')
				.replace(new RegExp(`xmlns:${p}=`, 'g'), 'xmlns=');
		}
		files[name] = strToU8(xml);
		changed = true;
	}
	return changed ? zipSync(files) : bytes;
}

type ExcelCell = { value: unknown; numFmt?: string };

function plain(v: unknown): CellValue {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v;
	if (typeof v === 'object') {
		const o = v as Record<string, unknown>;
		if (Array.isArray(o.richText))
			return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
		if ('result' in o) return plain(o.result);
		if ('text' in o) return plain(o.text);
		if ('error' in o) return null;
	}
	return String(v);
}

export async function readXlsx(bytes: Uint8Array, r: MselReporter): Promise<Table[]> {
	const mod = (await import('exceljs')) as unknown as {
		default?: { Workbook: new () => ExcelWorkbook };
		Workbook?: new () => ExcelWorkbook;
	};
	const Workbook = (mod.default ?? mod).Workbook!;
	const wb = new Workbook();
	try {
		const data = normaliseNamespaces(bytes);
		await wb.xlsx.load(data.slice().buffer as ArrayBuffer);
	} catch (e) {
		const why = (e as Error).message ?? String(e);
		r.add(
			'MS101',
			{},
			`this is not a readable .xlsx workbook (${why.slice(0, 120)}). Save it from your spreadsheet program as "Excel Workbook (.xlsx)" or as CSV; password-protected files must be saved without a password`
		);
		return [];
	}
	const tables: Table[] = [];
	for (const ws of wb.worksheets) {
		const rowCount = Math.min(ws.rowCount, MAX_ROWS + 1);
		const colCount = Math.min(ws.columnCount, MAX_COLUMNS);
		if (ws.rowCount > MAX_ROWS)
			r.add(
				'MS102',
				{},
				`sheet '${ws.name}' has ${ws.rowCount} rows; only the first ${MAX_ROWS} are read. Split the MSEL`
			);
		const rows: Cell[][] = [];
		for (let i = 1; i <= rowCount; i++) {
			const row = ws.getRow(i);
			const cells: Cell[] = [];
			for (let j = 1; j <= colCount; j++) {
				const c = row.getCell(j) as unknown as ExcelCell;
				const cell: Cell = { value: plain(c.value) };
				if (c.numFmt) cell.format = c.numFmt;
				cells.push(cell);
			}
			rows.push(cells);
		}
		for (const range of (ws.model as { merges?: string[] }).merges ?? []) fillMerge(rows, range);
		tables.push({ sheet: ws.name, rows });
	}
	return tables;
}

/** Give every cell of a merged range (e.g. "A1:C2") the value of its top-left cell. */
function fillMerge(rows: Cell[][], range: string): void {
	const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
	if (!m) return;
	const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
	const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]) - 1, col(m[3]), Number(m[4]) - 1];
	const master = rows[r1]?.[c1];
	if (!master) return;
	for (let i = r1; i <= r2 && i < rows.length; i++)
		for (let j = c1; j <= c2 && j < rows[i].length; j++) {
			rows[i][j] = { ...master, merged: true };
		}
}

interface ExcelWorkbook {
	xlsx: { load(data: ArrayBuffer): Promise<unknown> };
	worksheets: {
		name: string;
		rowCount: number;
		columnCount: number;
		model: unknown;
		getRow(i: number): { getCell(j: number): unknown };
	}[];
}
