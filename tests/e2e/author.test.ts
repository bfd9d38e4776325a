import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('authoring in the browser', () => {
	it('shows diagnostics with line:col, jumps to them, and plays the fixed scenario without a server', async () => {
		const good = readFileSync('scenarios/state-visit-gaffe.yaml', 'utf8');
		const broken = good.replace('from: host-citizen', 'from: host-citizn');
		const line = broken.split('\n').findIndex((l) => l.includes('host-citizn')) + 1;
		const page = await browser.newPage();
		await page.goto(server.url + '/author');
		await page.fill('#yaml', broken);
		const diag = page.locator('.diagnostics li').first();
		await expect(diag.innerText()).resolves.toContain(`${line}:`);
		expect(await diag.innerText()).toContain("did you mean 'host-citizen'?");
		expect(await page.getByRole('button', { name: 'Play this scenario' }).isDisabled()).toBe(true);
		await diag.getByRole('button').click();
		const caretLine = await page.evaluate(() => {
			const t = document.querySelector<HTMLTextAreaElement>('#yaml')!;
			return t.value.slice(0, t.selectionStart).split('\n').length;
		});
		expect(caretLine).toBe(line);
		expect(await seriousA11yViolations(page)).toEqual([]);

		await page.fill('#yaml', good);
		await expect(page.locator('.status').innerText()).resolves.toContain('Valid');
		await page.getByRole('button', { name: 'Play this scenario' }).click();
		await page.waitForURL(/\/play\/custom\?/);
		await page.locator('.more summary').click();
		await page.getByRole('button', { name: 'Skip to next event' }).click();
		await expect(page.locator('.feed').innerText()).resolves.toContain('#FlagGate');
		await page.close();
	});
});
