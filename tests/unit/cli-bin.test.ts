/**
 * The real entry file: `node bin/ddsim.js …` in a child process, as a user or a CI job runs it (bin/ddsim.js
 * loads the TypeScript sources through tsx, so no build step comes first). Exit codes, file:line:col output
 * on the right stream, and the schema as JSON.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function ddsim(...args: string[]) {
	const r = spawnSync(process.execPath, ['bin/ddsim.js', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, NO_COLOR: '1' }
	});
	if (r.error) throw r.error;
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('bin/ddsim.js', () => {
	it('validate: a valid scenario exits 0 and says ok', () => {
		const r = ddsim('validate', 'scenarios/quake-consulate-rumour.yaml');
		expect(r.err).toBe('');
		expect(r.out).toContain('ok scenarios/quake-consulate-rumour.yaml');
		expect(r.out).toMatch(/1 file\(s\) checked: 0 error\(s\)/);
		expect(r.code).toBe(0);
	});

	it('validate: an invalid scenario exits 1 with file:line:col, the code and a code frame', () => {
		const file = 'scenarios/_invalid/sc301-unknown-persona.yaml';
		const r = ddsim('validate', file);
		expect(r.code).toBe(1);
		expect(r.out).toContain(
			`${file}:35:11 error SC301 event 'rumour' names persona 'tomass', which is not defined`
		);
		expect(r.out).toContain(' 35 |     from: tomass\n    |           ^^^^^^\n');
		expect(r.out).toMatch(/1 file\(s\) checked: 1 error\(s\)/);
	});

	it('validate: a usage mistake exits 2 with the message on stderr', () => {
		const r = ddsim('validate', '--frobnicate', 'scenarios');
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/^ddsim validate: unknown option '--frobnicate'\n/);
		expect(r.out).toBe('');
	});

	it('schema: prints the JSON Schema shipped in static/', () => {
		const r = ddsim('schema');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual(
			JSON.parse(readFileSync('static/schema/scenario-v1.json', 'utf8'))
		);
	});
});
