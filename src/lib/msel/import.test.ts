/**
 * The hand-made ugly MSELs of tests/fixtures/msel (French Windows-1252 CSV, Spanish CSV with BOM, an HSEEP
 * workbook with merged headers and day fractions, an Open XML SDK workbook, a headerless sheet with a mapping
 * file): each gives exactly these diagnostics, and its scenario validates and plays.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runHeadless } from '../core/headless.ts';
import { compileScenario } from '../scenario/index.ts';
import { importMsel, type ImportResult } from './index.ts';

const DIR = 'tests/fixtures/msel';
const load = (f: string) => new Uint8Array(readFileSync(`${DIR}/${f}`));

async function imported(file: string, mapping?: string): Promise<ImportResult> {
	return importMsel(
		load(file),
		file,
		mapping ? { mapping: readFileSync(`${DIR}/${mapping}`, 'utf8') } : {}
	);
}

/** The diagnostics as [code, cell], MS401 reminders left out (every import has the same three). */
const where = (r: ImportResult) =>
	r.diagnostics.filter((d) => d.code !== 'MS401').map((d) => [d.code, d.cell]);

type Ev = {
	id: string;
	at: string;
	from?: string;
	channel: string;
	text: string;
	headline?: string;
	objectives?: string[];
};
const events = (r: ImportResult) => (parse(r.yaml!) as { events: Ev[] }).events;

function plays(r: ImportResult): void {
	const { scenario, diagnostics } = compileScenario(r.yaml!, 'imported.yaml');
	expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const { state } = runHeadless(scenario!, scenario!.seed, [], { mode: 'expected' });
	const shown = new Set(state.feed.map((f) => f.eventId).filter(Boolean));
	for (const e of scenario!.events) expect(shown.has(e.id), e.id).toBe(true);
}

describe('French chronogramme (Windows-1252, semicolons, multi-line cell, empty block, row without id)', () => {
	it('gives exactly these diagnostics', async () => {
		const r = await imported('fr-chronogramme-cp1252.csv');
		const f = 'fr-chronogramme-cp1252.csv';
		expect(where(r)).toEqual([
			['MS103', f],
			['MS306', `${f}!6`],
			['MS305', `${f}!E10`],
			['MS301', `${f}!B11`],
			['MS309', `${f}!B3`],
			['MS303', `${f}!A5`]
		]);
		expect(r.diagnostics.find((d) => d.code === 'MS301')?.severity).toBe('error');
	});

	it('reads French headers, accents, times like 9h50 and the multi-line cell', async () => {
		const r = await imported('fr-chronogramme-cp1252.csv');
		expect(r.valid).toBe(true);
		const ev = events(r);
		expect(ev.map((e) => [e.id, e.at, e.channel])).toEqual([
			['1', '00:00', 'news'],
			['2', '00:20', 'internal'],
			['row-5', '00:35', 'feed'],
			['4', '00:50', 'feed'],
			['5', '01:05', 'feed']
		]);
		expect(ev[0].text).toBe(
			'Séisme de magnitude 7,1 à Porto Veyra.\nDes immeubles se sont effondrés dans la vieille ville.'
		);
		const doc = parse(r.yaml!) as {
			title: string;
			learning_objectives: { text: string }[];
			personas: Record<string, { name: string; handle?: string; kind: string }>;
		};
		expect(doc.title).toBe('Exercice « Séisme à Porto Veyra » – chronogramme');
		expect(doc.learning_objectives.map((o) => o.text)).toEqual([
			"Publier un premier message d'empathie dans l'heure",
			'Corriger la rumeur sans la répéter',
			'Répondre à la journaliste rapidement'
		]);
		expect(doc.personas['tomas-reyne']).toEqual({
			name: 'Tomás Reyne',
			kind: 'citizen',
			handle: '@tomas_reyne'
		});
		expect(doc.personas['lena-ortiz-journaliste'].kind).toBe('journalist');
		// the row without a time is kept as a comment, and the notes of each row too
		expect(r.yaml).toContain(
			'# row 11 not imported (unreadable time): 6 | Cellule de crise MAE | Télégramme | Sans heure'
		);
		expect(r.yaml).toContain('#   Commentaire: ligne sans numéro');
		plays(r);
	});
});

describe('Spanish MSEL (UTF-8 with BOM, D1 09:30 times)', () => {
	it('maps Spanish headers and days', async () => {
		const r = await imported('es-msel.csv');
		expect(where(r)).toEqual([['MS309', 'es-msel.csv!B2']]);
		expect(events(r).map((e) => [e.id, e.at, e.channel, e.from])).toEqual([
			['E1', '00:00', 'news', 'agencia-veyra-noticias'],
			['E2', '00:45', 'internal', 'gabinete-de-crisis'],
			['E3', '22:30', 'feed', 'lena-ortiz-periodista']
		]);
		plays(r);
	});
});

describe('HSEEP workbook (merged title and group headings, day fractions, merged sender, empty block)', () => {
	it('gives exactly these diagnostics', async () => {
		const r = await imported('hseep-ugly.xlsx');
		const f = 'hseep-ugly.xlsx!MSEL';
		expect(where(r)).toEqual([
			['MS207', `${f}!2`],
			['MS306', `${f}!8`],
			['MS309', `${f}!C4`],
			['MS303', `${f}!A6`]
		]);
	});

	it('reads day + day-fraction times, the merged sender and the multi-line inject', async () => {
		const r = await imported('hseep-ugly.xlsx');
		const ev = events(r);
		expect(ev.map((e) => [e.id, e.at, e.channel, e.from])).toEqual([
			['1-1', '00:00', 'news', 'veyra-wire'],
			['1-2', '00:25', 'internal', 'mfa-crisis-centre'],
			['row-6', '00:40', 'feed', 'tomas-reyne'],
			['1-4', '00:55', 'feed', 'tomas-reyne'],
			['2-1', '25:00', 'dm', 'lena-ortiz-journalist']
		]);
		expect(ev[1].text).toBe('Emergency line +00 100 200 300 is live.\nPublish it.');
		expect((parse(r.yaml!) as { title: string }).title).toBe(
			'HSEEP MSEL – Exercise NORTHWIND (consular crisis, Veyrania)'
		);
		expect(ev[0].objectives).toEqual(['issue-a-holding-statement']);
		plays(r);
	});
});

describe('workbooks written by the Open XML SDK (<x:workbook>)', () => {
	it('are read (exceljs alone cannot) with ISO date-times', async () => {
		const r = await imported('openxml-prefixed.xlsx');
		expect(where(r)).toEqual([
			['MS205', 'openxml-prefixed.xlsx!Sheet1!A1'],
			['MS309', 'openxml-prefixed.xlsx!Sheet1!B2']
		]);
		expect(events(r).map((e) => [e.id, e.at, e.headline])).toEqual([
			['startex', '00:00', 'STARTEX'],
			['leak', '00:45', 'Leak']
		]);
		plays(r);
	});
});

describe('a sheet without a header row, with a mapping file', () => {
	it('reads columns by letter, OpenBAS times (J, J+1 H+2 M-5) and channel names', async () => {
		const r = await imported('openbas-style.tsv', 'openbas-style.map.yaml');
		expect(where(r)).toEqual([['MS309', 'openbas-style.tsv!B1']]);
		expect(events(r).map((e) => [e.at, e.channel, e.headline ?? ''])).toEqual([
			['00:00', 'dm', 'Situation update'],
			['01:00', 'dm', ''],
			['25:55', 'dm', 'Follow-up']
		]);
		plays(r);
	});

	it('without the mapping file says there is no header row', async () => {
		const r = await imported('openbas-style.tsv');
		expect(where(r)).toEqual([['MS201', 'openbas-style.tsv!1']]);
		expect(r.yaml).toBeUndefined();
	});
});

describe('bad input gets a clear, specific error', () => {
	const csv = (s: string) => new TextEncoder().encode(s);
	it('an old .xls file', async () => {
		const r = await importMsel(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'old.xls');
		expect(where(r)).toEqual([['MS101', 'old.xls']]);
		expect(r.diagnostics[0].message).toContain('save it as .xlsx');
	});
	it('a broken workbook', async () => {
		const r = await importMsel(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'broken.xlsx');
		expect(where(r)).toEqual([['MS101', 'broken.xlsx']]);
	});
	it('a sheet that does not exist, with did you mean', async () => {
		const r = await importMsel(load('hseep-ugly.xlsx'), 'hseep-ugly.xlsx', { sheet: 'MSLE' });
		expect(where(r)).toEqual([['MS104', 'hseep-ugly.xlsx']]);
		expect(r.diagnostics[0].suggestion).toBe('MSEL');
	});
	it('a mapping file with a misspelt field', async () => {
		const r = await importMsel(csv('a,b\n1,2\n'), 'x.csv', { mapping: 'columns:\n  txet: B\n' });
		expect(where(r)).toEqual([['MS206', 'x.csv']]);
		expect(r.diagnostics[0].suggestion).toBe('text');
	});
	it('no column for the inject text', async () => {
		const r = await importMsel(csv('Time,From,To\n09:00,Wire,PIO\n'), 'x.csv');
		expect(where(r)).toEqual([['MS202', 'x.csv!1']]);
	});
	it('an unreadable time, with did you mean', async () => {
		const r = await importMsel(csv('Time,Inject\n09:00,First\n9.30,Second\n'), 'x.csv');
		const d = r.diagnostics.find((x) => x.code === 'MS301')!;
		expect(d.cell).toBe('x.csv!A3');
		expect(d.suggestion).toBe('09:30');
		expect(r.yaml).toContain('# row 3 not imported (unreadable time): 9.30 | Second');
	});
	it('a misspelt header, with did you mean', async () => {
		const r = await importMsel(csv('Time,Inject,Expedituer\n09:00,First,Wire\n'), 'x.csv');
		const d = r.diagnostics.find((x) => x.code === 'MS205')!;
		expect(d.cell).toBe('x.csv!C1');
		expect(d.suggestion).toBe('expediteur');
	});
	it('no time column: events spaced in row order', async () => {
		const r = await importMsel(csv('Inject,From\nFirst,Wire\nSecond,Wire\n'), 'x.csv');
		expect(where(r)).toEqual([['MS203', 'x.csv']]);
		expect(events(r).map((e) => e.at)).toEqual(['00:00', '00:05']);
	});
	it('clock times past midnight and duplicate numbers', async () => {
		const r = await importMsel(
			csv('#,Time,Inject\n1,23:30,Late\n1,00:15,After midnight\n'),
			'x.csv'
		);
		expect(where(r)).toEqual([
			['MS307', 'x.csv!B3'],
			['MS309', 'x.csv!B2'],
			['MS304', 'x.csv!A3']
		]);
		expect(events(r).map((e) => [e.id, e.at])).toEqual([
			['1', '00:00'],
			['1-2', '00:45']
		]);
	});
});
