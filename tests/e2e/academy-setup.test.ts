/**
 * First run of academy mode: with no instructor yet, /academy leads to the setup page; from the machine itself
 * the first account can be created there (from elsewhere only with the token printed on the console); after
 * that the setup page is closed. And `ddsim admin` creates and lists instructors on the same database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './harness';
import { Client } from '../academy/client';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ddsim-setup-'));
});
afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], input = '') => {
	try {
		return {
			code: 0,
			out: execFileSync(process.execPath, ['bin/ddsim.js', 'admin', ...args], {
				input,
				env: { ...process.env, DATA_DIR: dir, DDSIM_PASSWORD: '' },
				stdio: ['pipe', 'pipe', 'pipe']
			}).toString()
		};
	} catch (e) {
		const err = e as { status: number; stderr: Buffer };
		return { code: err.status, out: err.stderr.toString() };
	}
};

describe('academy first run', () => {
	it('creates the first instructor on the setup page, then closes it', async () => {
		server = await startServer({ env: { DATA_DIR: dir } });
		const c = new Client(server.url);
		const first = await c.request('/academy');
		expect([first.status, first.headers.get('location')]).toEqual([303, '/academy/setup']);
		expect((await c.request('/academy/setup')).status).toBe(200);
		const proxied = await c.request('/academy/setup', {
			headers: { 'x-forwarded-for': '203.0.113.9' }
		});
		expect(proxied.status).toBe(403);
		const short = await c.form('/academy/setup', {
			username: 'ines',
			password: 'short',
			confirm: 'short'
		});
		expect(await short.text()).toContain('Use at least 10 characters.');
		const ok = await c.form('/academy/setup', {
			username: 'Ines',
			displayName: 'Ines Control',
			password: 'correct horse battery',
			confirm: 'correct horse battery'
		});
		expect([ok.status, ok.headers.get('location')]).toEqual([303, '/academy']);
		expect((await c.request('/academy')).status).toBe(200);
		const again = await new Client(server.url).request('/academy/setup');
		expect([again.status, again.headers.get('location')]).toEqual([303, '/academy/login']);
		await server.stop();
	});

	it('ddsim admin creates and lists instructors, with clear errors', () => {
		expect(
			cli(
				['create-instructor', 'otto', '--name', 'Otto Other', '--password-stdin'],
				'another good password\n'
			)
		).toEqual({
			code: 0,
			out: expect.stringContaining("Created instructor 'otto'")
		});
		expect(
			cli(['create-instructor', 'otto', '--password-stdin'], 'another good password\n')
		).toEqual({
			code: 1,
			out: "ddsim admin: The username 'otto' is taken.\n"
		});
		expect(
			cli(['create-instructor', 'x y', '--password-stdin'], 'another good password\n').out
		).toMatch(/A username is 2–40/);
		expect(cli(['create-instructor', 'noa']).out).toMatch(/no password/);
		expect(cli(['list-instructors']).out).toBe('ines\tInes Control\notto\tOtto Other\n');
	});
});
