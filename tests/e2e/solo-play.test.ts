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
const GOOD =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. Call +00 100 200 300 for help.';
const GAFFE = 'Ground still shaking lol 😅 relax everyone!!!';

const clockText = (page: Page) => page.locator('.clock strong').innerText();

async function waitForClock(page: Page, atLeast: string) {
	await page.waitForFunction(
		(min) => (document.querySelector('.clock strong')?.getAttribute('data-elapsed') ?? '') >= min,
		atLeast,
		{ timeout: 60_000 }
	);
}

async function publish(page: Page, text: string) {
	await page.fill('#draft', text);
	await page.getByRole('button', { name: 'Publish' }).click();
	// the page shows the new world at the next animation frame: poll, as the feed tests do
	await expect.poll(() => page.locator('.feed').getByText(text, { exact: true }).count()).toBe(1);
}

describe('solo play in real Chromium', () => {
	it('plays a whole scenario at max speed; the debrief shows the good post and the faux pas', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + PLAY);
		await page.evaluate(() => localStorage.clear());
		await page.goto(server.url + PLAY);
		await page.locator('.more summary').click();
		await page.getByRole('button', { name: 'Max' }).click();
		await page.getByRole('button', { name: 'Start the clock' }).click();
		await waitForClock(page, '00:30');
		await publish(page, GAFFE);
		await waitForClock(page, '00:45');
		await publish(page, GOOD);
		await page.waitForFunction(() => document.querySelector('.clock .ended') !== null, undefined, {
			timeout: 90_000
		});
		// The gaffe drew its own wave: quote posts of it, which the Mentions filter gathers.
		await page.getByRole('tab', { name: /Mentions/ }).click();
		await expect.poll(() => page.locator('.feed article.quote').count()).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'See debrief' }).click();
		await page.waitForURL(/debrief\?run=/);
		const text = await page.locator('main').innerText();
		expect(text).toContain('emoji-in-tragedy');
		expect(text).toContain('humour-in-tragedy');
		expect(text).toContain('No faux pas found.');
		expect(text).toMatch(/Correct the false claim about the consulate/);
		expect(await page.locator('mark').count()).toBeGreaterThan(0);
		expect(await seriousA11yViolations(page)).toEqual([]);

		// What if: the gaffe reworded into the correction, same seed, same time.
		await page.selectOption('#wi-post', {
			label: await page.locator('#wi-post option', { hasText: 'Ground still shaking' }).innerText()
		});
		await page.fill('#wi-text', GOOD);
		await page.getByRole('button', { name: 'Replay with this change' }).click();
		const compare = await page.locator('.compare').innerText();
		const [asPlayed, changed] = [
			...compare.matchAll(/([\d,]+) (?:as played|with the change)/g)
		].map((m) => Number(m[1].replaceAll(',', '')));
		expect(changed).toBeLessThan(asPlayed);

		// Export the session, then import it into a fresh browser context: the same debrief comes back.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export session (JSON)' }).click()
		]);
		const file = await download.path();
		const overall = await page.locator('#overall-h').innerText();
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(server.url + '/');
		await other.setInputFiles('input[type=file]', file!);
		await other.waitForURL(/debrief\?run=/);
		await expect(other.locator('#overall-h').innerText()).resolves.toBe(overall);
		// A damaged file is refused with a clear message and imports nothing.
		await other.goto(server.url + '/');
		await other.setInputFiles('input[type=file]', {
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":')
		});
		await expect(other.getByRole('alert').innerText()).resolves.toMatch(/not JSON/);
		await fresh.close();
		await page.close();
	});

	it('resumes exactly after a reload, and shows HTML in a post as plain text', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + PLAY);
		await page.evaluate(() => localStorage.clear());
		await page.goto(server.url + PLAY);
		await page.locator('.more summary').click();
		await page.getByRole('button', { name: 'Skip to next event' }).click();
		await page.getByRole('button', { name: 'Skip to next event' }).click();
		const html =
			'<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Update soon.';
		await publish(page, html);
		const before = await clockText(page);
		const feedBefore = await page.locator('.feed article').count();
		await page.reload();
		await expect(clockText(page)).resolves.toBe(before);
		expect(await page.locator('.feed article').count()).toBe(feedBefore);
		expect(await page.locator('.feed').getByText(html, { exact: true }).count()).toBe(1);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await page.locator('.feed img').count()).toBe(0);
		// The library offers to resume the unfinished exercise, which comes back at the same time.
		await page.goto(server.url + '/');
		await page.getByRole('link', { name: 'Resume exercise' }).click();
		await page.waitForURL(/\/play\/quake-consulate-rumour\?run=/);
		await expect(clockText(page)).resolves.toBe(before);
		await page.close();
	});

	it('is keyboard-usable and passes axe on the exercise screen, on a phone too', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(server.url + PLAY);
		await page.evaluate(() => localStorage.clear());
		await page.goto(server.url + PLAY);
		// Keyboard only: tab to the draft box, type, tab to Publish, press Enter.
		await page.locator('#draft').focus();
		await page.keyboard.type('We are following the situation in Porto Veyra closely.');
		let focused = '';
		for (let i = 0; i < 6 && focused !== 'Publish'; i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(focused).toBe('Publish');
		await page.keyboard.press('Enter');
		// the new world is drawn at the next animation frame: poll, as publish() does
		await expect.poll(() => page.locator('.feed article.trainee').count()).toBe(1);
		// Replying to your own post continues a thread.
		await page.locator('.feed article.trainee').getByRole('button', { name: 'Reply' }).click();
		await expect(page.locator('.replying').innerText()).resolves.toContain(
			'Continuing your thread'
		);
		await page.keyboard.type('More updates will follow here.');
		await page.getByRole('button', { name: 'Publish' }).click();
		const savedLog = () =>
			page.evaluate(() => {
				const run = new URL(location.href).searchParams.get('run');
				return JSON.parse(localStorage.getItem(`ddsim:run:quake-consulate-rumour:${run}`)!).log;
			});
		await expect.poll(async () => (await savedLog()).length).toBe(2);
		const log = await savedLog();
		expect(log[1]).toMatchObject({ kind: 'post', replyTo: 'p1', threadOf: 'p1' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > window.innerWidth + 1
		);
		expect(overflow).toBe(false);
		expect(await seriousA11yViolations(page)).toEqual([]);
		// At 390 px: a one-line clock bar, and the composer, inbox and signals each reachable in one screen.
		await page.evaluate(() => window.scrollTo(0, 0));
		const bar = await page.locator('.bar').boundingBox();
		expect(bar!.height).toBeLessThan(70);
		const composer = await page.locator('.composer').boundingBox();
		expect(composer!.y + composer!.height).toBeLessThan(844);
		await page.getByRole('tab', { name: /Inbox/ }).click();
		const inbox = await page.getByRole('heading', { name: 'Cables and messages' }).boundingBox();
		expect(inbox!.y).toBeLessThan(844);
		expect(await page.locator('#draft').isVisible()).toBe(false);
		await page.getByRole('tab', { name: 'Signals' }).click();
		const signals = await page.getByRole('heading', { name: 'Trending' }).boundingBox();
		expect(signals!.y).toBeLessThan(844);
		await page.screenshot({ path: 'tests/e2e/screenshots/solo-phone-signals.png' });
		await page.getByRole('tab', { name: 'Timeline' }).click();
		await page.screenshot({ path: 'tests/e2e/screenshots/solo-phone.png' });
		expect(await seriousA11yViolations(page)).toEqual([]);
		await context.close();
	});
});
