/**
 * Real MSEL spreadsheets written by others (not committed: kept under /work/shared/msel-samples/ or
 * $MSEL_SAMPLES with their licences; see docs/msel.md):
 *   openbas/test_file_{1..5}.xlsx — OpenBAS (Filigran) spreadsheet-import test files, Apache-2.0:
 *     no header row, sheet CHECKLIST, OpenBAS times (J-60, J+1 09h00, J+1 H+2 M-5, 26/06/2024 09h00)
 *   blueprint/PlaywrightMSEL.xlsx — CMU SEI Blueprint's MSEL export used in its e2e tests, MIT (SEI):
 *     written by the Open XML SDK (prefixed tags), ISO date-times out of order, empty cells
 * Each becomes a scenario that validates and plays, with the exact diagnostics below. When the folder is
 * absent these tests are skipped and say so; the committed fixtures (src/lib/msel/import.test.ts) cover the
 * same behaviour on a fresh machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runHeadless } from '../../src/lib/core/headless.ts';
import { importMsel, type ImportResult } from '../../src/lib/msel/index.ts';
import { compileScenario } from '../../src/lib/scenario/index.ts';

const DIR = process.env.MSEL_SAMPLES ?? '/work/shared/msel-samples';
const present =
	existsSync(`${DIR}/openbas/test_file_1.xlsx`) &&
	existsSync(`${DIR}/blueprint/PlaywrightMSEL.xlsx`);
if (!present)
	console.warn(
		`msel-real: ${DIR} is absent; the real-world MSEL tests are SKIPPED (set MSEL_SAMPLES to run them)`
	);

const MAP = readFileSync('tests/fixtures/msel/openbas.map.yaml', 'utf8');
const where = (r: ImportResult) =>
	r.diagnostics.filter((d) => d.code !== 'MS401').map((d) => [d.code, d.cell]);

function plays(r: ImportResult): number {
	const { scenario } = compileScenario(r.yaml!, 'x.yaml');
	expect(scenario).toBeDefined();
	const { state } = runHeadless(scenario!, 1, [], { mode: 'expected' });
	return state.feed.filter((f) => f.eventId).length;
}

describe.skipIf(!present)('real MSELs written by others', () => {
	const openbas: [number, string[][], [string, string][]][] = [
		[
			1,
			[
				['MS302', 'F3'],
				['MS309', 'C1']
			],
			[
				['00:00', 'dm'],
				['720:00', 'dm']
			]
		],
		[
			2,
			[
				['MS302', 'F3'],
				['MS309', 'C1']
			],
			[
				['00:00', 'dm'],
				['00:05', 'dm'],
				['00:05', 'dm']
			]
		],
		[
			3,
			[
				['MS302', 'F4'],
				['MS301', 'C1'],
				['MS308', ''],
				['MS309', 'C2']
			],
			[
				['00:00', 'dm'],
				['24:00', 'dm'],
				['00:05', 'dm']
			]
		],
		[
			4,
			[
				['MS302', 'F4'],
				['MS301', 'C1'],
				['MS308', ''],
				['MS309', 'C2']
			],
			[
				['00:00', 'dm'],
				['24:00', 'dm'],
				['72:05', 'dm']
			]
		],
		[
			5,
			[
				['MS302', 'F4'],
				['MS309', 'C1']
			],
			[
				['00:00', 'dm'],
				['24:00', 'dm'],
				['49:55', 'dm'],
				['96:00', 'dm']
			]
		]
	];
	for (const [n, diags, evs] of openbas)
		it(`OpenBAS test_file_${n}.xlsx (Apache-2.0) with a mapping file`, async () => {
			const f = `test_file_${n}.xlsx`;
			const r = await importMsel(new Uint8Array(readFileSync(`${DIR}/openbas/${f}`)), f, {
				mapping: MAP
			});
			expect(where(r)).toEqual(
				diags.map(([c, cell]) => [c, cell ? `${f}!CHECKLIST!${cell}` : `${f}!CHECKLIST`])
			);
			expect(r.valid).toBe(true);
			const ev = (parse(r.yaml!) as { events: { at: string; channel: string }[] }).events;
			expect(ev.map((e) => [e.at, e.channel])).toEqual(evs);
			expect(plays(r)).toBe(evs.length);
		});

	it('Blueprint PlaywrightMSEL.xlsx (MIT SEI), written by the Open XML SDK', async () => {
		const f = 'PlaywrightMSEL.xlsx';
		const r = await importMsel(new Uint8Array(readFileSync(`${DIR}/blueprint/${f}`)), f);
		expect(where(r)).toEqual([
			['MS205', `${f}!Sheet1!A1`],
			['MS205', `${f}!Sheet1!B1`],
			['MS205', `${f}!Sheet1!C1`],
			['MS205', `${f}!Sheet1!D1`],
			['MS204', `${f}!Sheet1!F1`],
			['MS309', `${f}!Sheet1!E3`]
		]);
		const ev = (
			parse(r.yaml!) as { events: { id: string; at: string; headline?: string; text: string }[] }
		).events;
		expect(ev.map((e) => [e.id, e.at, e.text])).toEqual([
			['startex', '09:53:20', 'STARTEX'],
			['attack-1', '00:00', 'XSS Reported']
		]);
		expect(plays(r)).toBe(2);
	});
});
