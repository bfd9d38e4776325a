/**
 * A newcomer's path, `npm ci && npm test && npm start`, used from "another machine on the LAN": the test
 * suites build into build-test/, so `npm start` (scripts/start.mjs) must still serve a production build of
 * its own (build/, with its record); we reach it through 127.0.0.2 (loopback, but not localhost/127.0.0.1)
 * in real Chromium and check what a browser on another machine depends on: the session cookie works over
 * plain HTTP (HttpOnly, SameSite=Lax, not Secure), the join link names the address used, the Start button
 * is visible, pages log no development warnings. Then: a second server and `ddsim admin` on the same
 * DATA_DIR are refused with a clear message, and SIGTERM stops `npm start`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { freePort, launchBrowser } from './harness';
import { Client, createInstructorCli } from '../academy/client';

const HOST = '127.0.0.2';
const PW = 'correct horse battery';
let dir: string;
let port: number;
let start: ChildProcess;
let log = '';
let browser: Browser;
let exerciseId = '';
const url = () => `http://${HOST}:${port}`;

async function ready(deadlineMs: number) {
	const deadline = Date.now() + deadlineMs;
	for (;;) {
		if (start.exitCode !== null) throw new Error(`npm start exited early:\n${log}`);
		try {
			const r = await fetch(url() + '/api/health');
			if (r.ok && ((await r.json()) as { db: string }).db === 'ready') return;
		} catch {
			/* not yet */
		}
		if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${log}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ddsim-lan-'));
	createInstructorCli({ DATA_DIR: dir }, 'ines', PW);
	port = await freePort(HOST);
	// Exactly what `npm start` runs, in a test environment (NODE_ENV=test is what Vitest sets).
	start = spawn(process.execPath, ['scripts/start.mjs'], {
		env: { ...process.env, NODE_ENV: 'test', HOST, PORT: String(port), DATA_DIR: dir },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	start.stdout?.on('data', (d) => (log += d));
	start.stderr?.on('data', (d) => (log += d));
	await ready(240_000);
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	if (start && start.exitCode === null) start.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

describe('npm start from another machine on the LAN (127.0.0.2)', () => {
	it('serves a production build of its own, recorded as such', () => {
		const stamp = JSON.parse(readFileSync('build/ddsim-build.json', 'utf8'));
		expect(stamp.mode).toBe('production');
		expect(existsSync('build-test/ddsim-build.json')).toBe(true);
	});

	it('instructor and trainee log in over plain HTTP; cookie flags, join link, visible Start', async () => {
		const warnings: string[] = [];
		const ctx = await browser.newContext();
		// waits sized for a loaded 2-core machine: hang guards, not speed limits
		ctx.setDefaultTimeout(90_000);
		try {
			const page = await ctx.newPage();
			page.on('console', (m) => {
				if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
			});
			await page.goto(url() + '/academy/login');
			await page.getByLabel('Username').fill('ines');
			await page.getByLabel('Password').fill(PW);
			// Enter in the password field submits the form as a keyboard user would; a mouse click at coordinates
			// computed before the page finished loading was once lost (CI: still on the login page after 30 s)
			await page.getByLabel('Password').press('Enter');
			await page.waitForURL(/\/academy$/).catch(async (e) => {
				const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300);
				throw new Error(
					`login did not reach /academy (at ${page.url()}: ${body})\n${log.slice(-1500)}`,
					{
						cause: e
					}
				);
			});
			const [cookie] = (await ctx.cookies()).filter((c) => c.name === 'ddsim_session');
			expect(cookie).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax', path: '/' });
			await page.getByRole('link', { name: 'New exercise' }).click();
			await page.locator('select[name=scenario]').selectOption('quake-consulate-rumour');
			await page.getByRole('button', { name: 'Create and open the lobby' }).click();
			await page.waitForURL(/\/academy\/x_/);
			exerciseId = page.url().split('/').at(-1)!;
			const link = await page.getByRole('link', { name: 'this link' }).getAttribute('href');
			const joinLink = new RegExp(`^http://${HOST.replace(/\./g, '\\.')}:${port}/join\\?code=`);
			expect(link).toMatch(joinLink);
			// the same link when the lobby is rendered by the server (a reload), where resolve() gives "../join"
			await page.reload();
			expect(await page.getByRole('link', { name: 'this link' }).getAttribute('href')).toBe(link);
			const startButton = page.getByRole('button', { name: 'Start exercise' });
			const colours = await startButton.evaluate((b) => {
				const s = getComputedStyle(b);
				return { fg: s.color, bg: s.backgroundColor };
			});
			expect(colours.bg).not.toBe(colours.fg);
			expect(colours.bg).toBe('rgb(31, 78, 121)');

			// A trainee on "another machine" follows the link, joins, and sees the briefing in the lobby.
			const tctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
			tctx.setDefaultTimeout(90_000);
			const t = await tctx.newPage();
			t.on('console', (m) => {
				if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
			});
			await t.goto(link!);
			await t.getByLabel('Your display name').fill('Tomás');
			await t.getByRole('button', { name: 'Join' }).click();
			await t.waitForURL(/\/x\/x_/);
			await t.getByRole('heading', { name: 'Briefing' }).waitFor();
			const [tc] = (await tctx.cookies()).filter((c) => c.name === 'ddsim_session');
			expect(tc).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax' });
			await startButton.click();
			await t.getByText(/Running at 1×/).waitFor();
			await tctx.close();
			expect(warnings.filter((w) => !/favicon|EventSource|net::ERR_/.test(w))).toEqual([]);
		} finally {
			await ctx.close();
		}
	}, 300_000);

	it('a second server or ddsim admin on the same DATA_DIR is refused with a clear message', async () => {
		const other = spawnSync(process.execPath, ['build/index.js'], {
			env: { ...process.env, HOST, PORT: String(await freePort(HOST)), DATA_DIR: dir },
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(other.status).toBe(1);
		expect(other.stderr).toContain(`The data folder ${dir} is in use by another ddsim process`);
		expect(other.stderr).toContain(`server on ${HOST}:${port}`);
		const admin = spawnSync(
			process.execPath,
			['bin/ddsim.js', 'admin', 'create-instructor', 'late', '--password-stdin'],
			{ input: `${PW}\n`, env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' }
		);
		expect(admin.status).toBe(1);
		expect(admin.stderr).toContain('is in use by another ddsim process');
		expect(admin.stdout).not.toContain('Created');
	}, 180_000);

	it('SIGTERM stops npm start (even with a live stream open) and releases the data folder', async () => {
		expect(exerciseId, 'the exercise is made by the login test above').not.toBe('');
		const c = new Client(url());
		await c.login('ines', PW);
		const live = await c.stream(exerciseId);
		expect(live.status).toBe(200);
		const exited = new Promise<number | null>((r) => start.once('exit', (code) => r(code)));
		start.kill('SIGTERM');
		const code = await Promise.race([
			exited,
			new Promise<'hung'>((r) => setTimeout(() => r('hung'), 60_000))
		]);
		expect(code).not.toBe('hung');
		expect(existsSync(join(dir, 'ddsim.lock'))).toBe(false);
		live.close();
	}, 90_000);
});
