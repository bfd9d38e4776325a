import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from './harness';

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

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

describe('scenario library in real Chromium', () => {
	it('lists every shipped scenario with its summary and objectives', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + '/');
		const cards = page.locator('ul.cards > li');
		expect(await cards.count()).toBe(shipped.length);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Scenario library'
		);
		const text = await page.locator('main').innerText();
		expect(text).toContain('Earthquake in Porto Veyra');
		expect(text).toContain('Publish a first, accurate holding statement');
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.close();
	});

	it('opens a scenario page with its briefing and a clean validation result', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + '/');
		await page.getByRole('link', { name: /Earthquake in Porto Veyra/ }).click();
		await page.waitForURL(/\/scenarios\/quake-consulate-rumour$/);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Briefing');
		expect(main).toContain('@ArcadiaInVeyrania');
		expect(main).toMatch(/Valid: no errors, no warnings/);
		// The briefing gives the situation, not the answers: no rubric key messages on this page.
		expect(main).not.toContain('must_include');
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.close();
	});

	it('is usable on a phone and by keyboard (skip link first)', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(server.url + '/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > window.innerWidth
		);
		expect(overflow).toBe(false);
		await context.close();
	});

	it('answers an unknown scenario with a 404, not a stack trace', async () => {
		const res = await fetch(server.url + '/scenarios/no-such-scenario');
		expect(res.status).toBe(404);
		const body = await res.text();
		expect(body).not.toMatch(/at .*\.js:\d+/);
	});
});
