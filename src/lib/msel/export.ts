/**
 * The control team's MSEL of a scenario: one row per scripted event, in time order, with its time (T+HH:MM),
 * sender, channel, platform, headline, text, expected action (its objectives' texts), linked objectives,
 * condition and flags. Written as CSV (UTF-8 with a byte-order mark, so Excel shows accents) or .xlsx
 * (exceljs, loaded on demand). `importMsel` reads it back with no loss of those columns.
 */
import Papa from 'papaparse';
import type { Scenario } from '../scenario/types.ts';

export const EXPORT_HEADERS = [
	'Event',
	'Time',
	'From',
	'Sender id',
	'To',
	'Channel',
	'Platform',
	'Headline',
	'Inject',
	'Expected action',
	'Objective',
	'Condition',
	'Notes'
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Scenario seconds → T+HH:MM (T+HH:MM:SS when the seconds are not zero). */
export function offsetTime(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	return `T+${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

export function mselRows(scenario: Scenario): string[][] {
	const persona = new Map(scenario.personas.map((p) => [p.id, p]));
	const objective = new Map(scenario.objectives.map((o) => [o.id, o.text]));
	const to = `${scenario.trainee.role} (${scenario.trainee.account.handle})`;
	return scenario.events.map((e) => {
		const p = e.from ? persona.get(e.from) : undefined;
		const flags = [
			e.question && 'a question to answer',
			e.tragedy && 'tragedy (no humour, no emoji)',
			e.troll && 'troll bait',
			e.contingency && 'contingency inject',
			e.spreads && `spreads claim ${e.spreads.claim}`,
			e.reveals.length > 0 && `reveals ${e.reveals.join(', ')}`
		].filter(Boolean);
		return [
			e.id,
			offsetTime(e.at),
			p ? `${p.name}${p.handle ? ` (${p.handle})` : ''}` : '',
			e.from ?? '',
			to,
			e.channel,
			e.platform ?? '',
			e.headline ?? '',
			e.text,
			e.objectives.map((o) => objective.get(o) ?? o).join(' / '),
			e.objectives.join(', '),
			e.whenText ?? '',
			flags.join('; ')
		];
	});
}

/** CSV text with a byte-order mark and CRLF line ends (what Excel expects). */
export function exportMselCsv(scenario: Scenario): string {
	return '\ufeff' + Papa.unparse([[...EXPORT_HEADERS], ...mselRows(scenario)], { newline: '\r\n' });
}

/** .xlsx bytes: an MSEL sheet (bold, frozen header, wrapped text) and an Objectives sheet. */
export async function exportMselXlsx(scenario: Scenario): Promise<Uint8Array> {
	const mod = (await import('exceljs')) as unknown as { default?: XlsxLib } & XlsxLib;
	const lib = mod.default ?? mod;
	const wb = new lib.Workbook();
	wb.creator = 'ddsim';
	const ws = wb.addWorksheet('MSEL', { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.addRow([...EXPORT_HEADERS]);
	for (const row of mselRows(scenario)) ws.addRow(row);
	ws.getRow(1).font = { bold: true };
	const widths = [18, 10, 28, 14, 28, 10, 12, 30, 60, 40, 20, 28, 30];
	widths.forEach((w, i) => {
		const col = ws.getColumn(i + 1);
		col.width = w;
		col.alignment = { wrapText: true, vertical: 'top' };
	});
	const obj = wb.addWorksheet('Objectives');
	obj.addRow(['Objective', 'Description']);
	obj.getRow(1).font = { bold: true };
	for (const o of scenario.objectives) obj.addRow([o.id, o.text]);
	obj.getColumn(1).width = 24;
	obj.getColumn(2).width = 80;
	const buf = await wb.xlsx.writeBuffer();
	return new Uint8Array(buf as ArrayBuffer);
}

interface XlsxLib {
	Workbook: new () => {
		creator: string;
		addWorksheet(
			name: string,
			opts?: unknown
		): {
			addRow(values: unknown[]): unknown;
			getRow(i: number): { font: unknown };
			getColumn(i: number): { width: number; alignment: unknown };
		};
		xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
	};
}
