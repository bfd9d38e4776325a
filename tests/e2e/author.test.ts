/**
 * /author in real Chromium: the CodeMirror editor shows every diagnostic at once as lint markers, a click on a
 * diagnostic puts the cursor on its line, completion is offered from the schema; the MSEL mapping screen; a
 * scenario from an archetype; saving in the browser; playing the result. axe finds nothing serious.
 */
import { readFileSync } from 'node:fs';
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

async function openAuthor(): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
	await page.goto(server.url + '/author');
	await page.waitForSelector('.cm-editor');
	return page;
}

/** The editor's whole text (the page keeps it in localStorage; the editor draws only the lines in view). */
const savedYaml = (page: Page) =>
	page.evaluate(() => localStorage.getItem('ddsim:author:yaml') ?? '');

async function openYaml(page: Page, name: string, text: string) {
	await page.setInputFiles('input[type=file][accept^=".yaml"]', {
		name,
		mimeType: 'text/yaml',
		buffer: Buffer.from(text)
	});
	await page.waitForFunction((t) => localStorage.getItem('ddsim:author:yaml') === t, text);
}

describe('authoring in the browser', () => {
	it('shows schema and naming mistakes together as markers, jumps to them, completes from the schema, and plays the fixed scenario', async () => {
		const good = readFileSync('scenarios/state-visit-gaffe.yaml', 'utf8');
		const broken = good
			.replace('from: host-citizen', 'from: host-citizn')
			.replace('duration: 2h', 'duration: two hours');
		const line = broken.split('\n').findIndex((l) => l.includes('host-citizn')) + 1;
		const page = await openAuthor();
		await openYaml(page, 'broken.yaml', broken);

		const items = page.locator('.diagnostics li');
		await expect.poll(() => items.count()).toBe(2);
		const texts = await items.allInnerTexts();
		expect(texts[0]).toContain('SC204');
		expect(texts[1]).toContain(`${line}:`);
		expect(texts[1]).toContain("did you mean 'host-citizen'?");
		// markers: the editor draws only the lines in view; the first error is near the top
		await expect
			.poll(() =>
				page
					.locator('.cm-line', { hasText: 'duration: two hours' })
					.locator('.cm-lintRange-error')
					.count()
			)
			.toBe(1);
		expect(
			await page.locator('.cm-gutter-lint .cm-lint-marker-error').count()
		).toBeGreaterThanOrEqual(1);
		expect(await page.getByRole('button', { name: 'Play this scenario' }).isDisabled()).toBe(true);

		// jump to the naming error: the cursor's line is the line of the diagnostic
		await items.nth(1).getByRole('button').click();
		await expect.poll(() => page.locator('.cm-activeLine').innerText()).toContain('host-citizn');
		expect(await page.locator('.cm-activeLine .cm-lintRange-error').innerText()).toBe(
			'host-citizn'
		);
		expect(
			await page.evaluate(() =>
				document.activeElement?.classList.contains('cm-content') ? 'editor' : 'elsewhere'
			)
		).toBe('editor');

		// completion from the schema: a key the event does not have yet
		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await page.keyboard.type('hea');
		const popup = page.locator('.cm-tooltip-autocomplete');
		await popup.waitFor();
		expect(await popup.innerText()).toContain('headline');
		// keys the event already has are not offered again
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('ch');
		await expect.poll(() => popup.count()).toBe(0);
		await page.keyboard.press('Escape');

		expect(await seriousA11yViolations(page)).toEqual([]);

		await openYaml(page, 'good.yaml', good);
		await expect.poll(() => page.locator('.status').innerText()).toContain('Valid');
		await page.getByRole('button', { name: 'Play this scenario' }).click();
		await page.waitForURL(/\/play\/custom\?/);
		await page.locator('.more summary').click();
		await page.getByRole('button', { name: 'Skip to next event' }).click();
		await expect.poll(() => page.locator('.feed').innerText()).toContain('#FlagGate');
		await page.close();
	});

	it('starts from a shipped scenario, saves it in the browser and opens it again', async () => {
		const page = await openAuthor();
		await page.selectOption('select[aria-label^="Start from"]', 's:envoy-opinion');
		await expect.poll(() => page.locator('.status').innerText()).toContain('Valid');
		await page.fill('#draft-name', 'My envoy draft');
		await page.getByRole('button', { name: 'Save in this browser' }).click();
		await page.reload();
		await page.waitForSelector('.cm-editor');
		const drafts = page.locator('label', { hasText: 'Saved drafts' }).locator('select');
		expect(await drafts.innerText()).toContain('My envoy draft');
		await page.close();
	});

	it('imports a French MSEL on the mapping screen: columns, problems at cells, a changed column, into the editor', async () => {
		const page = await openAuthor();
		await page.getByRole('tab', { name: 'Import a spreadsheet (MSEL)' }).click();
		await page.setInputFiles(
			'input[type=file][accept^=".xlsx"]',
			'tests/fixtures/msel/fr-chronogramme-cp1252.csv'
		);
		const mapping = page.locator('table.mapping');
		await mapping.waitFor();
		const stimulus = page.getByLabel('Column F Stimulus is read as');
		expect(await stimulus.inputValue()).toBe('text');
		expect(await page.getByLabel('Column C Émetteur is read as').inputValue()).toBe('from');
		const problems = page.locator('section[aria-labelledby="imp-diag-h"]');
		expect(await problems.innerText()).toContain('fr-chronogramme-cp1252.csv!B11');
		expect(await problems.innerText()).toContain("channel 'Pigeon voyageur'");
		expect(await seriousA11yViolations(page)).toEqual([]);

		// read the Canal column as notes instead: the unknown-channel warning goes away
		await page.getByLabel('Column E Canal is read as').selectOption('');
		await expect.poll(() => problems.innerText()).not.toContain('Pigeon voyageur');
		expect(await page.locator('table.preview').innerText()).toContain('Séisme de magnitude 7,1');

		await page.getByRole('button', { name: 'Open in the editor' }).click();
		await expect.poll(() => page.locator('.status').innerText()).toContain('Valid');
		expect(await savedYaml(page)).toContain('Canal: Pigeon voyageur');

		// or play it at once
		await page.getByRole('tab', { name: 'Import a spreadsheet (MSEL)' }).click();
		await page.getByRole('button', { name: 'Play it now' }).click();
		await page.waitForURL(/\/play\/custom(\?run=\w+)?$/);
		await page.locator('.more summary').click();
		await page.getByRole('button', { name: 'Skip to next event' }).click();
		await expect.poll(() => page.locator('main').innerText()).toContain('Séisme de magnitude 7,1');
		await page.close();
	});

	it('makes a scenario from an archetype, refusing an incomplete form', async () => {
		const page = await openAuthor();
		await page.getByRole('tab', { name: 'New from an archetype' }).click();
		await page.getByLabel(/Election interference/).check();
		await page.getByLabel('The false claim').fill('');
		await page.getByRole('button', { name: 'Create the scenario' }).click();
		expect(await page.getByRole('alert').innerText()).toContain('1 field(s) to fix');
		await page
			.getByLabel('The false claim')
			.fill('Arcadia is paying influencers to back one party before the vote.');
		await page.getByRole('button', { name: 'Create the scenario' }).click();
		await expect.poll(() => page.locator('.status').innerText()).toContain('Valid');
		expect(await savedYaml(page)).toContain('paying influencers');
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.close();
	});
});
