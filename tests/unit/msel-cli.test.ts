/** `ddsim import msel` and `ddsim export msel`: output, --dry-run, --map, -o, exit codes, bad arguments. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { compileScenario } from '../../src/lib/scenario/index.ts';

async function ddsim(...args: string[]) {
	const io = memoryIo();
	const code = await main(args, io);
	return { code, out: io.stdout, err: io.stderr, written: io.written };
}

const FR = 'tests/fixtures/msel/fr-chronogramme-cp1252.csv';

describe('ddsim import msel', () => {
	it('prints the scenario on stdout and the diagnostics on stderr', async () => {
		const r = await ddsim('import', 'msel', 'tests/fixtures/msel/es-msel.csv');
		expect(r.code).toBe(0);
		expect(compileScenario(r.out, 'x.yaml').scenario?.events).toHaveLength(3);
		expect(r.err).toContain('es-msel.csv!B2 info MS309');
		expect(r.err).toContain('created: 3 event(s), 3 persona(s)');
	});

	it('--dry-run prints what would be created and every problem, writes nothing, exits 1 on a left-out row', async () => {
		const r = await ddsim('import', 'msel', FR, '--dry-run', '-o', '/tmp/never.yaml');
		expect(r.code).toBe(1);
		expect(r.written).toEqual({});
		expect(r.out).toContain(
			'fr-chronogramme-cp1252.csv!B11 error MS301 the time is empty; the row is kept as a comment'
		);
		expect(r.out).toContain(
			"fr-chronogramme-cp1252.csv!E10 warning MS305 channel 'Pigeon voyageur' is not one ddsim knows"
		);
		expect(r.out).toContain(
			'would create: 5 event(s), 4 persona(s) (agence-veyra-presse, cellule-de-crise-mae, tomas-reyne, lena-ortiz-journaliste), 3 platform(s), 3 learning objective(s); 1 row(s) kept as comments'
		);
		expect(r.out).toContain('the scenario validates');
		expect(r.out).not.toContain('format: ddsim/scenario@1');
	});

	it('-o writes the file; --map reads a headerless sheet', async () => {
		const r = await ddsim(
			'import',
			'msel',
			'tests/fixtures/msel/openbas-style.tsv',
			'--map',
			'tests/fixtures/msel/openbas-style.map.yaml',
			'-o',
			'out.yaml'
		);
		expect(r.code).toBe(0);
		expect(r.out).toContain('wrote out.yaml');
		expect(compileScenario(String(r.written['out.yaml']), 'out.yaml').scenario).toBeDefined();
	});

	it('--json gives the diagnostics with their cells', async () => {
		const r = await ddsim('import', 'msel', FR, '--json', '--dry-run');
		const j = JSON.parse(r.out);
		expect(j.ok).toBe(false);
		expect(j.diagnostics.map((d: { cell: string }) => d.cell)).toContain(
			'fr-chronogramme-cp1252.csv!A5'
		);
	});

	it('refuses bad arguments with exit 2', async () => {
		expect((await ddsim('import', 'msel')).code).toBe(2);
		expect((await ddsim('import', 'csv', FR)).err).toContain("unknown kind 'csv'");
		expect((await ddsim('import', 'msel', FR, '--frobnicate')).code).toBe(2);
		expect((await ddsim('import', 'msel', 'no/such.csv')).err).toContain('cannot read no/such.csv');
	});
});

describe('ddsim export msel', () => {
	it('prints CSV on stdout', async () => {
		const r = await ddsim('export', 'msel', 'scenarios/hacked-account.yaml');
		expect(r.code).toBe(0);
		expect(
			r.out.startsWith(
				'\ufeffEvent,Time,From,Sender id,To,Channel,Platform,Headline,Inject,Expected action,Objective,Condition,Notes\r\n'
			)
		).toBe(true);
	});

	it('writes .xlsx with -o and refuses binary on stdout', async () => {
		const r = await ddsim('export', 'msel', 'scenarios/hacked-account.yaml', '-o', 'h.xlsx');
		expect(r.code).toBe(0);
		expect((r.written['h.xlsx'] as Uint8Array).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
		expect(
			(await ddsim('export', 'msel', 'scenarios/hacked-account.yaml', '--format', 'xlsx')).code
		).toBe(2);
	});

	it('reports a broken scenario with exit 1', async () => {
		const r = await ddsim('export', 'msel', 'scenarios/_invalid/sc301-unknown-persona.yaml');
		expect(r.code).toBe(1);
		expect(r.err).toContain('SC301');
	});
});
