/**
 * MSEL import and export (issue 15). `importMsel` reads an .xlsx or .csv Master Scenario Events List (bytes;
 * no I/O here), finds the header, maps the columns (EN/FR/ES headers, or a mapping file), reads times, and
 * writes a ddsim scenario in YAML that validates, with diagnostics pointing at cells (`msel.xlsx!Sheet1!F12`).
 * `exportMsel` (export.ts) writes the control team's MSEL of a scenario; the two round-trip.
 */
import { compileScenario } from '../scenario/index.ts';
import { buildScenario, type BuildSummary } from './build.ts';
import { MselReporter, type MselDiagnostic } from './diagnostics.ts';
import { FIELDS, normaliseHeader, type Field } from './fields.ts';
import { findHeaderRow, mapColumns, type ColumnMap } from './header.ts';
import { parseMapping, type Mapping } from './mapping.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { readRows, type ImportedRow } from './rows.ts';
import { suggest } from '../scenario/suggest.ts';
import { cellText, columnIndex, columnLetter, isEmptyRow, type Table } from './table.ts';

export type { MselDiagnostic } from './diagnostics.ts';
export { mselDiagnosticLine } from './diagnostics.ts';
export { MSEL_CODES } from './codes.ts';
export { FIELDS, FIELD_LABELS, type Field } from './fields.ts';
export type { ImportedRow } from './rows.ts';
export type { ColumnMap } from './header.ts';

export const MAX_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
	/** The mapping file's YAML text (`--map`). */
	mapping?: string;
	/** Column overrides from the mapping screen: field → 0-based column (-1 = none). */
	columns?: Partial<Record<Field, number>>;
	sheet?: string;
}

export interface ImportResult {
	/** The scenario YAML, when any row could be read. */
	yaml?: string;
	/** Present when the YAML compiles without errors. */
	valid: boolean;
	diagnostics: MselDiagnostic[];
	summary?: BuildSummary;
	rows: ImportedRow[];
	/** The sheet read, its header row and column meanings (for the mapping screen). */
	sheet?: string;
	sheets: string[];
	columns?: ColumnMap;
	/** The first rows of the sheet as text (for the mapping screen's preview). */
	preview: string[][];
}

function kindOf(bytes: Uint8Array, file: string): 'xlsx' | 'csv' | 'xls' | undefined {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'xls';
	if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
	if (/\.xlsx$/i.test(file)) return 'xlsx';
	// text without a zip signature: treat as CSV
	return bytes.length === 0 || bytes.subarray(0, 512).every((b) => b !== 0) ? 'csv' : undefined;
}

export async function importMsel(
	bytes: Uint8Array,
	file: string,
	opts: ImportOptions = {}
): Promise<ImportResult> {
	const r = new MselReporter(file);
	const empty = (): ImportResult => ({
		valid: false,
		diagnostics: r.diagnostics,
		rows: [],
		sheets: [],
		preview: []
	});
	if (bytes.byteLength > MAX_BYTES) {
		r.add(
			'MS102',
			{},
			`the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; an MSEL over ${MAX_BYTES / 1048576} MB is refused. Remove embedded pictures or split it`
		);
		return empty();
	}
	const mapping = opts.mapping !== undefined ? parseMapping(opts.mapping, r) : undefined;
	if (r.hasErrors) return empty();
	const kind = kindOf(bytes, file);
	if (kind === 'xls' || kind === undefined) {
		r.add(
			'MS101',
			{},
			kind === 'xls'
				? 'this is an old .xls workbook; save it as .xlsx (Excel Workbook) or as CSV and import that'
				: 'this is neither an .xlsx workbook nor a CSV text file'
		);
		return empty();
	}
	const tables = kind === 'xlsx' ? await readXlsx(bytes, r) : [readCsv(bytes, r)];
	if (r.hasErrors && tables.length === 0) return empty();
	const sheets = tables.map((t) => t.sheet);
	const wanted = opts.sheet ?? mapping?.sheet;
	let table: Table | undefined;
	let headerRow: number;
	if (wanted !== undefined) {
		table = tables.find((t) => t.sheet.toLowerCase() === wanted.toLowerCase());
		if (!table) {
			r.add(
				'MS104',
				{},
				`there is no sheet '${wanted}' (sheets: ${sheets.join(', ')})`,
				suggest(wanted, sheets)
			);
			return { ...empty(), sheets };
		}
	} else {
		const withData = tables.filter((t) => t.rows.some((row) => !isEmptyRow(row)));
		const withHeader = withData.filter((t) => findHeaderRow(t) >= 0);
		table = withHeader[0] ?? withData[0];
		if (!table) {
			r.add('MS104', {}, 'the file has no sheet with data');
			return { ...empty(), sheets };
		}
		if (withData.length > 1)
			r.add(
				'MS105',
				{},
				`the workbook has ${withData.length} sheets with data; read '${table.sheet}' (name another with --sheet or sheet: in the mapping file)`
			);
	}
	r.sheet = table.sheet;
	if (mapping?.headerRow !== undefined) headerRow = mapping.headerRow - 1;
	else headerRow = findHeaderRow(table);
	const preview = table.rows.slice(0, 12).map((row) => row.map(cellText));
	let cols: ColumnMap;
	if (headerRow >= 0) cols = mapColumns(table, headerRow, r);
	else {
		const width = Math.max(0, ...table.rows.map((row) => row.length));
		cols = {
			headerRow: -1,
			fields: {},
			notes: [],
			headers: Array.from({ length: width }, (_, c) => `column ${columnLetter(c)}`)
		};
		if (!mapping?.columns || Object.keys(mapping.columns).length === 0) {
			r.add(
				'MS201',
				{ row: 0 },
				'no header row was found: no cell in the first 15 rows names a column ddsim knows (Time, From, Inject, Expected action … or Heure, Émetteur, Stimulus … or Hora, Remitente, Mensaje). Add a header row or give the columns with --map'
			);
			return { ...empty(), sheet: table.sheet, sheets, preview };
		}
	}
	if (mapping) applyMapping(cols, mapping, r);
	if (opts.columns) applyColumns(cols, opts.columns);
	if (cols.fields.text === undefined && cols.fields.headline === undefined) {
		r.add(
			'MS202',
			{ row: Math.max(0, headerRow) },
			`no column holds the inject text: name one Inject, Message, Text or Description (Stimulus, Contenu, Mensaje) or map one with --map (headers: ${cols.headers.filter(Boolean).join(', ')})`
		);
		return { ...empty(), sheet: table.sheet, sheets, columns: cols, preview };
	}
	const rows = readRows(table, cols, mapping, r);
	const { yaml, summary } = buildScenario({ file, title: cols.title, rows }, r);
	const compiled = compileScenario(yaml, file.replace(/\.[^.]+$/, '') + '.yaml');
	const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length)
		r.add(
			'MS402',
			{},
			`the generated scenario does not validate (please report it): ${errors
				.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)
				.join('; ')
				.slice(0, 500)}`
		);
	return {
		yaml,
		valid: errors.length === 0,
		diagnostics: r.diagnostics,
		summary,
		rows,
		sheet: table.sheet,
		sheets,
		columns: cols,
		preview
	};
}

function resolveColumn(spec: string, cols: ColumnMap): number | undefined {
	const byHeader = cols.headers.findIndex((h) => h && normaliseHeader(h) === normaliseHeader(spec));
	if (byHeader >= 0) return byHeader;
	return columnIndex(spec.trim());
}

function applyMapping(cols: ColumnMap, m: Mapping, r: MselReporter): void {
	for (const [field, specs] of Object.entries(m.columns) as [Field, string[]][]) {
		const idx: number[] = [];
		for (const spec of specs) {
			const c = resolveColumn(spec, cols);
			if (c === undefined) {
				r.add(
					'MS206',
					{},
					`columns.${field}: '${spec}' is neither a column letter nor a header of this sheet`,
					suggest(spec, cols.headers.filter(Boolean))
				);
				continue;
			}
			idx.push(c);
		}
		if (field === 'notes') {
			for (const c of idx)
				if (!cols.notes.some((n) => n.col === c))
					cols.notes.push({ header: cols.headers[c] || `column ${columnLetter(c)}`, col: c });
		} else if (idx.length) {
			cols.fields[field] = idx[0];
			cols.notes = cols.notes.filter((n) => n.col !== idx[0]);
		}
	}
	if (cols.headerRow < 0) {
		// no header: every other column with data is kept as notes
		const mapped = new Set(Object.values(cols.fields));
		cols.headers.forEach((h, c) => {
			if (!mapped.has(c) && !cols.notes.some((n) => n.col === c))
				cols.notes.push({ header: h, col: c });
		});
	}
}

/** Overrides chosen on the mapping screen. */
function applyColumns(cols: ColumnMap, over: Partial<Record<Field, number>>): void {
	for (const f of FIELDS) {
		if (!(f in over) || f === 'notes') continue;
		const c = over[f]!;
		const prev = cols.fields[f];
		if (c < 0) {
			delete cols.fields[f];
			if (prev !== undefined && cols.headers[prev])
				cols.notes.push({ header: cols.headers[prev], col: prev });
			continue;
		}
		for (const g of FIELDS) if (g !== f && cols.fields[g] === c) delete cols.fields[g];
		cols.fields[f] = c;
		cols.notes = cols.notes.filter((n) => n.col !== c);
		if (
			prev !== undefined &&
			prev !== c &&
			cols.headers[prev] &&
			!Object.values(cols.fields).includes(prev)
		)
			cols.notes.push({ header: cols.headers[prev], col: prev });
	}
}
export { exportMselCsv, exportMselXlsx, mselRows, EXPORT_HEADERS } from './export.ts';
