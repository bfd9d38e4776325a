/** `ddsim admin` on an embedded database in a fresh DATA_DIR: creating accounts, and listing them — every
 * account with its role (`list-accounts`), or instructors only (`list-instructors`, the older name). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { run } from './admin.ts';

let dir: string;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ddsim-admin-'));
	process.env.DATA_DIR = dir;
	delete process.env.DATABASE_URL;
});
afterAll(() => {
	for (const [k, v] of Object.entries(saved))
		if (v === undefined) delete process.env[k];
		else process.env[k] = v;
	rmSync(dir, { recursive: true, force: true });
});

async function admin(args: string[], stdin = '') {
	const io = memoryIo({}, stdin);
	const code = await run(args, io);
	return { code, out: io.stdout, err: io.stderr };
}

describe('ddsim admin', () => {
	it('lists every account with its role, and instructors alone under the old name', async () => {
		const pw = 'correct horse battery staple\n';
		expect(
			await admin(['create-instructor', 'ines', '--name', 'Ines Control', '--password-stdin'], pw)
		).toMatchObject({ code: 0, out: expect.stringContaining("Created instructor 'ines'") });
		expect(
			await admin(['create-trainee', 'tom', '--name=Tom Trainee', '--password-stdin'], pw)
		).toMatchObject({ code: 0, out: expect.stringContaining("Created trainee 'tom'") });
		expect(await admin(['list-accounts'])).toEqual({
			code: 0,
			out: 'ines\tInes Control\tinstructor\ntom\tTom Trainee\ttrainee\n',
			err: ''
		});
		expect(await admin(['list-instructors'])).toEqual({
			code: 0,
			out: 'ines\tInes Control\n',
			err: ''
		});
	}, 180_000); // opens the embedded database four times: slow on a busy machine (62 s at load 13)

	it('refuses unknown subcommands, stray arguments and unknown options before opening the database', async () => {
		expect(await admin(['list-everyone'])).toMatchObject({
			code: 2,
			err: expect.stringMatching(/^ddsim admin: unknown subcommand 'list-everyone'\n/)
		});
		expect(await admin(['constructor'])).toMatchObject({ code: 2 });
		expect((await admin(['list-accounts', 'extra'])).err).toMatch(
			/list-accounts takes no arguments/
		);
		expect((await admin(['create-instructor', 'a', 'b'])).err).toMatch(/unexpected argument 'b'/);
		expect((await admin(['create-instructor', 'a', '--pasword-stdin'])).err).toMatch(
			/^ddsim admin: unknown option '--pasword-stdin'\n/
		);
		expect(await admin([])).toMatchObject({ code: 2, out: expect.stringMatching(/^usage:/) });
	});
});
