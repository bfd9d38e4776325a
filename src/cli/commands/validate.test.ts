/** `ddsim validate`: output formats, folder recursion, exit codes. */
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';

async function ddsim(...args: string[]) {
	const io = memoryIo();
	const code = await main(args, io);
	return { code, out: io.stdout, err: io.stderr };
}

describe('ddsim validate', () => {
	it('passes the shipped scenarios and skips _invalid inside a folder', async () => {
		const r = await ddsim('validate', 'scenarios');
		expect(r.code).toBe(0);
		expect(r.out).toContain('ok scenarios/quake-consulate-rumour.yaml');
		expect(r.out).not.toContain('_invalid');
	});

	it('checks _invalid when it is named explicitly, with code frames, and exits 1', async () => {
		const r = await ddsim('validate', 'scenarios/_invalid');
		expect(r.code).toBe(1);
		expect(r.out).toContain(
			"scenarios/_invalid/sc301-unknown-persona.yaml:35:11 error SC301 event 'rumour' names persona 'tomass', which is not defined (defined: tomas, consul) (did you mean 'tomas'?)\n 35 |     from: tomass\n    |           ^^^^^^\n"
		);
		const count = readdirSync('scenarios/_invalid').filter((f) => f.endsWith('.yaml')).length;
		expect(r.out).toMatch(
			new RegExp(`\\n${count} file\\(s\\) checked: \\d+ error\\(s\\), \\d+ warning\\(s\\)\\n$`)
		);
	});

	it('exits 0 when there are only warnings', async () => {
		const r = await ddsim('validate', 'scenarios/_invalid/sc405-unreachable-objective.yaml');
		expect(r.code).toBe(0);
		expect(r.out).toContain('warning SC405');
		expect(r.out).toContain('(1 warning(s))');
	});

	it('prints a JSON array with --json', async () => {
		const r = await ddsim(
			'validate',
			'--json',
			'scenarios/quake-consulate-rumour.yaml',
			'scenarios/_invalid/sc204-bad-time.yaml'
		);
		expect(r.code).toBe(1);
		const results = JSON.parse(r.out);
		expect(results).toHaveLength(2);
		expect(results[0]).toMatchObject({
			file: 'scenarios/quake-consulate-rumour.yaml',
			ok: true,
			errors: 0,
			diagnostics: []
		});
		expect(results[1]).toMatchObject({ ok: false, errors: 1 });
		expect(results[1].diagnostics[0]).toMatchObject({
			code: 'SC204',
			line: 40,
			col: 9,
			severity: 'error',
			path: 'events[1].at'
		});
	});

	it('recurses folders for .yaml and .yml, skipping nested _invalid', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ddsim-validate-'));
		mkdirSync(join(dir, 'a', '_invalid'), { recursive: true });
		copyFileSync('scenarios/quake-consulate-rumour.yaml', join(dir, 'a', 'one.yml'));
		copyFileSync(
			'scenarios/_invalid/sc102-yaml-syntax.yaml',
			join(dir, 'a', '_invalid', 'broken.yaml')
		);
		writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
		const r = await ddsim('validate', '--json', dir);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual([
			join(dir, 'a', 'one.yml')
		]);
	});

	it('reads one scenario from standard input with -', async () => {
		const io = memoryIo({}, readFileSync('scenarios/_invalid/sc301-unknown-persona.yaml', 'utf8'));
		const code = await main(['validate', '-'], io);
		expect(code).toBe(1);
		expect(io.stdout).toContain('<stdin>:35:11 error SC301');
	});

	it('does not read a file far over the size limit into memory', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ddsim-huge-'));
		const file = join(dir, 'huge.yaml');
		writeFileSync(file, '');
		truncateSync(file, 64 * 1024 * 1024);
		const r = await ddsim('validate', '--json', file);
		expect(r.code).toBe(1);
		expect(JSON.parse(r.out)[0].diagnostics).toMatchObject([{ code: 'SC101', line: 1, col: 1 }]);
	});

	it('reports usage errors with exit 2', async () => {
		expect((await ddsim('validate')).code).toBe(2);
		const bad = await ddsim('validate', '--frobnicate', 'scenarios');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain("unknown option '--frobnicate'");
		const missing = await ddsim('validate', 'scenarios/nope.yaml');
		expect(missing.code).toBe(2);
		expect(missing.err).toContain('no such file or folder: scenarios/nope.yaml');
		expect((await ddsim('validate', '--help')).code).toBe(0);
	});

	it('with --test runs the embedded tests through the engine', async () => {
		const r = await ddsim('validate', '--test', '--json', 'scenarios/quake-consulate-rumour.yaml');
		const [res] = JSON.parse(r.out);
		expect(res.tests.map((t: { name: string }) => t.name)).toEqual([
			'a prompt, empathetic, factual response scores well',
			'a joke with emoji and a leaked name is penalised'
		]);
		expect(res.tests.every((t: { passed: boolean }) => t.passed)).toBe(true);
		expect(r.code).toBe(0);
	});
});
