/**
 * MSEL import benchmark (`npm run bench msel`): importing a generated 1,000-row MSEL (HSEEP columns, times of
 * day over two days, 40 senders, 25 expected actions) as CSV and as .xlsx, into a scenario that validates —
 * median of 7 runs after warm-up. Peers measured in the same run: the bare parse of the same file by papaparse
 * (CSV) and exceljs (.xlsx), the libraries the importer is built on; the ratio says what reading columns,
 * times, ids and building and validating the scenario cost on top (> 1 = ddsim's whole import is faster, which
 * it cannot be; e.g. 0.5× means the import takes twice the bare parse).
 * Also the export of the reference scenario as .xlsx.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { exportMselXlsx } from '../../src/lib/msel/export.ts';
import { importMsel } from '../../src/lib/msel/index.ts';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { BenchResult } from './types.ts';

const HEADER = [
	'Event #',
	'Day',
	'Time',
	'From',
	'To',
	'Method',
	'Inject',
	'Expected action',
	'Notes'
];
const METHODS = ['Social media', 'News wire', 'Email', 'Cable', 'Phone call'];

export function generateMsel(rows = 1000): string[][] {
	const out: string[][] = [HEADER];
	for (let i = 0; i < rows; i++) {
		const minutes = 8 * 60 + Math.floor((i * 1440) / rows);
		const day = 1 + Math.floor(minutes / 1440);
		const m = minutes % 1440;
		out.push([
			`${Math.floor(i / 50) + 1}.${(i % 50) + 1}`,
			String(day),
			`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
			`Sender ${i % 40}${i % 40 === 3 ? ' (journalist)' : ''}`,
			'PIO',
			METHODS[i % METHODS.length],
			`Inject ${i}: residents report damage near the harbour, line ${i % 7}.\nFollow-up expected.`,
			`Expected action ${i % 25}: acknowledge and give the facts`,
			i % 10 === 0 ? 'controller note' : ''
		]);
	}
	return out;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

async function timeMs(fn: () => Promise<unknown> | unknown, runs = 7, warmup = 2): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const xs: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = process.hrtime.bigint();
		await fn();
		xs.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	return median(xs);
}

export async function benchMsel(): Promise<BenchResult[]> {
	const rows = generateMsel(1000);
	const csv = new TextEncoder().encode(Papa.unparse(rows));
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('MSEL');
	for (const r of rows) ws.addRow(r);
	const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

	const check = await importMsel(csv, 'bench.csv');
	if (!check.valid || check.summary?.events !== 1000)
		throw new Error(`the generated MSEL did not import cleanly: ${JSON.stringify(check.summary)}`);

	const csvMs = await timeMs(() => importMsel(csv, 'bench.csv'));
	const csvPeer = await timeMs(() => Papa.parse(new TextDecoder().decode(csv), { delimiter: '' }));
	const xlsxMs = await timeMs(() => importMsel(xlsx, 'bench.xlsx'));
	const xlsxPeer = await timeMs(async () => {
		const w = new ExcelJS.Workbook();
		await w.xlsx.load(xlsx.slice().buffer as ArrayBuffer);
	});
	const ref = compileScenario(
		readFileSync(new URL('../../scenarios/quake-consulate-rumour.yaml', import.meta.url), 'utf8'),
		'q.yaml'
	).scenario!;
	const exportMs = await timeMs(() => exportMselXlsx(ref));
	return [
		{
			name: 'import a 1,000-row MSEL (.csv) into a valid scenario',
			value: csvMs,
			unit: 'ms',
			goal: '≤ 1000 ms',
			ok: csvMs <= 1000,
			ratio: csvPeer / csvMs,
			ratioLabel: `vs papaparse's bare parse (${csvPeer.toFixed(1)} ms)`
		},
		{
			name: 'import a 1,000-row MSEL (.xlsx) into a valid scenario',
			value: xlsxMs,
			unit: 'ms',
			goal: '≤ 2000 ms',
			ok: xlsxMs <= 2000,
			ratio: xlsxPeer / xlsxMs,
			ratioLabel: `vs exceljs's bare load (${xlsxPeer.toFixed(1)} ms)`
		},
		{ name: 'export the reference scenario as .xlsx', value: exportMs, unit: 'ms' }
	];
}
