/**
 * Issue 13 in real Chromium: a quote of the rumour is flagged, the adversary quote-posts a myth-repeating
 * correction, the feed filter works, a re-post is checked before it goes out, a colleague answers a message,
 * the debrief shows the adversary timeline and the closing round, and the page stays small at the end of a
 * 3-hour run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

const PLAY = '/play/quake-consulate-rumour?seed=1';
const CORRECTION =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. Call +00 100 200 300 for help.';
const MYTH =
	'It is NOT true that our consulate turned people away or locked the gates. #ConsulateShame is a lie.';
const RUMOUR = 'VIDEO: they locked the consulate gates';

async function fresh(page: Page) {
	await page.goto(server.url + PLAY);
	await page.evaluate(() => localStorage.clear());
	await page.goto(server.url + PLAY);
}

/** Open a saved session (the single-session format older builds wrote, migrated into a run). */
async function openSaved(page: Page, log: unknown[], t: number) {
	await page.goto(server.url + PLAY);
	await page.evaluate(
		({ log, t }) => {
			localStorage.clear();
			localStorage.setItem(
				'ddsim:solo:quake-consulate-rumour',
				JSON.stringify({
					version: 1,
					scenarioId: 'quake-consulate-rumour',
					seed: 1,
					log,
					t,
					speed: 1
				})
			);
		},
		{ log, t }
	);
	await page.goto(server.url + '/play/quake-consulate-rumour');
}

/** The speed and skip controls sit in the clock bar's "Clock" disclosure. */
async function clockControls(page: Page) {
	if (!(await page.locator('details.more').evaluate((d) => (d as HTMLDetailsElement).open)))
		await page.locator('.more summary').click();
}

/** Skip to the rumour video (00:35): the wire, the crisis cell, the worried family, the rumour. */
async function toRumour(page: Page) {
	await clockControls(page);
	for (let i = 0; i < 4; i++)
		await page.getByRole('button', { name: 'Skip to next event' }).click();
	await page.locator('.feed article', { hasText: RUMOUR }).first().waitFor();
}

// Threads off screen are not rendered (content-visibility: auto), so the feed is read with textContent.

/** The rumour's own card (a scripted feed event), not a post that embeds it. */
const rumourCard = (page: Page) => page.locator('.feed article.event', { hasText: RUMOUR }).first();

describe('the feed that reads like a platform', () => {
	it('flags a quote of the rumour; the adversary quote-posts a myth-repeating correction; filters work', async () => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await fresh(page);
		await toRumour(page);
		// The inciting events are full cards: the wire story with its headline, the video with caption and alt.
		await expect(page.locator('.feed').textContent()).resolves.toContain(
			'M7.1 earthquake strikes Porto Veyra'
		);
		expect(
			await page.locator('.feed [role=img][aria-label^="video: Shaky night-time"]').count()
		).toBeGreaterThan(0);

		// A correction that repeats the myth: the network clips it three minutes later, in our own words.
		await page.fill('#draft', MYTH);
		await page.getByRole('button', { name: 'Publish' }).click();
		await page.locator('article.trainee', { hasText: MYTH }).first().waitFor();
		// Quote the rumour to correct it: the coach flags it before it goes out, the debrief after.
		await rumourCard(page)
			.getByRole('button', { name: /^Quote/ })
			.click();
		await expect(page.locator('.replying').innerText()).resolves.toContain('Quoting Tomás Reyne');
		await page.fill('#draft', CORRECTION);
		await expect.poll(() => page.locator('.hint').innerText()).toContain('amplified-unverified');
		await page.getByRole('button', { name: 'Publish' }).click();
		const quote = page.locator('article.trainee', { hasText: CORRECTION }).first();
		await quote.waitFor();
		await expect(quote.locator('.embed').textContent()).resolves.toContain(RUMOUR);

		await clockControls(page);
		await page.getByRole('button', { name: '1×' }).click();
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.getByRole('button', { name: 'Max' }).click();
		const clip = page.locator('.feed article.adversary', {
			hasText: 'Even @ArcadiaInVeyrania says it'
		});
		await clip.first().waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(clip.first().locator('.embed').textContent()).resolves.toContain(
			'It is NOT true that our consulate'
		);
		await expect(clip.first().textContent()).resolves.toContain('TruthSeeker_88');
		// Every item shows engagement, the rumour and the network's post included.
		const counts = (await rumourCard(page).locator('footer').textContent()) ?? '';
		expect(Number(counts.match(/⇄ ([\d,]+)/)![1].replaceAll(',', ''))).toBeGreaterThan(0);

		// Filters: my posts, news, mentions.
		await page.getByRole('tab', { name: /My posts/ }).click();
		const threads = page.locator('.feed .thread');
		const n = await threads.count();
		expect(n).toBe(2);
		for (let i = 0; i < n; i++)
			expect(await threads.nth(i).locator('article.trainee').count()).toBeGreaterThan(0);
		await page.getByRole('tab', { name: /News/ }).click();
		await expect(page.locator('.feed').textContent()).resolves.toContain('M7.1 earthquake');
		expect(await page.locator('.feed article.trainee').count()).toBe(0);
		await page.getByRole('tab', { name: /Mentions/ }).click();
		await expect(page.locator('.feed').textContent()).resolves.toContain(
			'My parents live near the harbour'
		);
		// The tabs are keyboard-operable (arrow keys move between them).
		await page.getByRole('tab', { name: /Mentions/ }).press('ArrowRight');
		await expect(
			page.getByRole('tab', { name: /My posts/ }).getAttribute('aria-selected')
		).resolves.toBe('true');
		await page.getByRole('tab', { name: /All/ }).click();
		expect(await seriousA11yViolations(page)).toEqual([]);

		// The debrief: the finding, the adversary timeline, the closing round.
		page.once('dialog', (d) => d.accept());
		await page.getByRole('button', { name: 'End and debrief' }).click();
		await page.waitForURL(/debrief(\?run=\w+)?$/);
		const text = await page.locator('main').innerText();
		expect(text).toContain('amplified-unverified');
		expect(text).toMatch(/Pakistan/);
		expect(text).toContain('T0084.004 Appropriate Content');
		expect(text).toMatch(/Triggered by\s+your post at \d\d:\d\d/);
		expect(text).toContain('What would have pre-empted it');
		await page.getByRole('button', { name: /Closing round/ }).click();
		const sets = page.locator('.round fieldset');
		for (let i = 0; i < (await sets.count()); i++)
			await sets.nth(i).locator('input[type=radio]').first().check();
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('.round [role=status]').innerText()).resolves.toMatch(
			/\d of \d named correctly/
		);
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.close();
	});

	it('checks a re-post before it goes out, and a colleague answers a message', async () => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await fresh(page);
		await toRumour(page);
		await rumourCard(page)
			.getByRole('button', { name: /^Re-post/ })
			.click();
		const box = page.getByRole('group', { name: /Re-post to your 84,000 followers/ });
		await expect.poll(() => box.innerText()).toContain('amplified-unverified');
		await box.getByRole('button', { name: 'Cancel' }).click();
		expect(await page.locator('article.trainee').count()).toBe(0);

		await page.selectOption('#msg-to', 'consul');
		await page.fill('#msg-text', 'Can you confirm the consulate is open and sheltering people?');
		await page.getByRole('button', { name: 'Send' }).click();
		// the page shows the new world at the next animation frame
		await expect.poll(() => page.locator('ul.inbox').innerText()).toContain('To Consul Mara Ilves');
		await page.getByRole('button', { name: 'Resume' }).click();
		await clockControls(page);
		await page.getByRole('button', { name: 'Max' }).click();
		await page.locator('.inbox li', { hasText: '— Consul Ilves' }).waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(
			page.locator('.inbox li', { hasText: '— Consul Ilves' }).first().innerText()
		).resolves.toMatch(/Confirmed|still checking/);
		await page.close();
	});

	it('stays small at the end of a 3-hour run with 200 posts', async () => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		const texts = [
			'Our consulate in Porto Veyra is open. Emergency line +00 100 200 300.',
			'Update: 140 people are sheltering at our consulate. Call +00 100 200 300.',
			'lol the ground keeps shaking 😅',
			'We are aware of reports and are looking into it.'
		];
		const log = Array.from({ length: 200 }, (_, i) => ({
			kind: 'post',
			t: 60 + i * 53,
			id: `p${i + 1}`,
			text: `${texts[i % texts.length]} (${i + 1})`
		}));
		await openSaved(page, log, 10800);
		await page.waitForSelector('.clock .ended');
		const size = () =>
			page.evaluate(() => ({
				height: document.documentElement.scrollHeight,
				nodes: document.querySelectorAll('*').length,
				articles: document.querySelectorAll('.feed article').length
			}));
		const end = await size();
		expect(end.articles).toBeLessThanOrEqual(25 * 4);
		expect(end.height).toBeLessThan(30_000);
		expect(end.nodes).toBeLessThan(6_000);
		// Older posts come a page at a time.
		await page.getByRole('button', { name: /Show older posts/ }).click();
		const more = await size();
		expect(more.articles).toBeGreaterThan(end.articles);
		expect(more.articles).toBeLessThanOrEqual(50 * 4);
		await page.close();
	});

	it('fits a phone screen with threads, quotes and media on it', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const text = CORRECTION;
		const log = [
			{ kind: 'post', t: 1500, id: 'p1', text },
			{ kind: 'post', t: 2640, id: 'p2', text, quoteOf: 'rumour-video' }
		];
		await openSaved(page, log, 3120);
		await page.locator('.feed article.trainee').first().waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > window.innerWidth + 1
		);
		expect(overflow).toBe(false);
		expect(await seriousA11yViolations(page)).toEqual([]);
		await context.close();
	});
});
