/**
 * A whole academy exercise in real Chromium: one instructor and three trainees, each in their own browser
 * context. The instructor creates the exercise, trainees join with the code, the instructor starts it, a
 * trainee posts, the console shows the post with its score live, the instructor pauses (trainees see it and
 * cannot post), sends an inject (it lands in every trainee's timeline), overrides a score with a reason, ends
 * the exercise and exports the after-action review. Axe checks every academy page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from './harness';
import { createInstructorCli } from '../academy/client';

let server: RunningServer;
let browser: Browser;
let dir: string;
const PW = 'correct horse battery';
const SHOTS = 'tests/e2e/screenshots';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ddsim-e2e-academy-'));
	createInstructorCli({ DATA_DIR: dir }, 'ines', PW);
	server = await startServer({ env: { DATA_DIR: dir } });
	browser = await launchBrowser();
	mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

async function a11y(page: Page) {
	expect(await seriousA11yViolations(page)).toEqual([]);
}

describe('academy exercise in real Chromium', () => {
	it('instructor and three trainees run a short exercise from lobby to after-action review', async () => {
		const contexts: BrowserContext[] = [];
		const ctx = async (viewport = { width: 1280, height: 900 }) => {
			const c = await browser.newContext({ viewport });
			contexts.push(c);
			return c.newPage();
		};
		try {
			// Instructor: log in, create an exercise.
			const ins = await ctx();
			await ins.goto(server.url + '/academy');
			await expect(ins.url()).toContain('/academy/login');
			await a11y(ins);
			await ins.getByLabel('Username').fill('ines');
			await ins.getByLabel('Password').fill(PW);
			await ins.getByRole('button', { name: 'Log in' }).click();
			await ins.getByRole('link', { name: 'New exercise' }).click();
			await ins.locator('select[name=scenario]').selectOption('quake-consulate-rumour');
			await ins.locator('select[name=speed]').selectOption('20');
			await a11y(ins);
			await ins.getByRole('button', { name: 'Create and open the lobby' }).click();
			await ins.waitForURL(/\/academy\/x_/);
			const code = (await ins.locator('.code').innerText()).trim();
			expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
			await a11y(ins);

			// Three trainees join with the code.
			const names = ['Ana Ferreira', 'Ben Okafor', 'Chloé Martin'];
			const trainees: Page[] = [];
			for (const name of names) {
				// The third trainee is on a phone.
				const p = await ctx(name === names[2] ? { width: 390, height: 844 } : undefined);
				await p.goto(server.url + '/join');
				await p.getByLabel('Exercise code').fill(code.toLowerCase());
				await p.getByLabel('Your display name').fill(name);
				await p.getByRole('button', { name: 'Join' }).click();
				await p.waitForURL(/\/x\/x_/, { timeout: 60_000 });
				await expect(p.getByText('Waiting for exercise control to start').count()).resolves.toBe(1);
				trainees.push(p);
			}
			await a11y(trainees[0]);
			await a11y(trainees[2]);
			const overflow = await trainees[2].evaluate(
				() => document.documentElement.scrollWidth > window.innerWidth + 1
			);
			expect(overflow).toBe(false);
			for (const n of names) await ins.getByRole('link', { name: n }).waitFor({ timeout: 30_000 });

			// Start: the trainees' clocks run.
			await ins.getByRole('button', { name: 'Start exercise' }).click();
			await trainees[0].getByText(/Running at 20×/).waitFor({ timeout: 30_000 });
			await trainees[0].waitForFunction(
				() =>
					(document.querySelector('.clock strong')?.getAttribute('data-elapsed') ?? '') >=
					'00:06:00',
				undefined,
				{ timeout: 60_000 }
			);

			// A trainee posts; the console shows it with its automatic score.
			const good =
				'Our thoughts are with everyone affected by the earthquake. Our consulate is open; call +00 100 200 300 for help.';
			await trainees[0].fill('#draft', good);
			await trainees[0].getByRole('button', { name: 'Publish' }).click();
			await trainees[0].locator('.feed').getByText(good).waitFor({ timeout: 30_000 });
			const gaffe = 'lol the ground is dancing 😂 stay calm guys';
			await trainees[1].fill('#draft', gaffe);
			await trainees[1].getByRole('button', { name: 'Publish' }).click();
			const card = ins.locator('article.post', { hasText: gaffe });
			await card.waitFor({ timeout: 30_000 });
			await ins.locator('article.post', { hasText: good }).waitFor();
			expect(await card.locator('.score').first().innerText()).toMatch(/^\d+ [PSMU]$/);

			// Pause: trainees see it, and a post is refused with a clear message (the draft is kept).
			await ins.getByRole('button', { name: 'Pause for everyone' }).click();
			await trainees[2].getByText('Paused by exercise control').waitFor({ timeout: 30_000 });
			await trainees[2].fill('#draft', 'Posting during the pause');
			await trainees[2].getByRole('button', { name: 'Publish' }).click();
			await trainees[2]
				.getByRole('alert')
				.getByText(/paused/)
				.waitFor();
			expect(await trainees[2].inputValue('#draft')).toBe('Posting during the pause');
			await ins.getByRole('button', { name: 'Resume' }).click();
			await trainees[2].getByText(/Running at 20×/).waitFor({ timeout: 30_000 });

			// A free-text inject as the journalist, to everyone.
			await ins.getByLabel('Free text as a persona').check();
			await ins.getByLabel('From').selectOption('lena');
			const question = 'Lena Ortiz here: is the consulate really open tonight? Readers are asking.';
			await ins.getByLabel('Text', { exact: true }).fill(question);
			await ins.getByRole('button', { name: 'Send inject' }).click();
			for (const p of trainees) await p.getByText(question).first().waitFor({ timeout: 30_000 });

			// Override the gaffe's score with a reason; comment on the good post.
			await card.getByText('Comment or override').click();
			await card.getByLabel('Score (0–100)').fill('5');
			await card.getByLabel('Reason').fill('Humour during a deadly earthquake.');
			await card.getByRole('button', { name: 'Override score' }).click();
			await card.getByText('Override by').waitFor({ timeout: 30_000 });
			expect(await card.locator('.score.over').innerText()).toBe('→ 5 U');
			await ins.screenshot({ path: `${SHOTS}/academy-console.png`, fullPage: true });
			// The console on a tablet (768 px): one column, nothing wider than the screen.
			await ins.setViewportSize({ width: 768, height: 1024 });
			expect(
				await ins.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
			).toBe(false);
			await ins.getByRole('heading', { name: 'MSEL timeline' }).waitFor();
			await ins.screenshot({ path: `${SHOTS}/academy-console-tablet.png`, fullPage: true });
			await ins.setViewportSize({ width: 1280, height: 900 });
			await trainees[0].screenshot({ path: `${SHOTS}/academy-trainee.png` });
			await trainees[2].screenshot({ path: `${SHOTS}/academy-trainee-phone.png` });
			await a11y(ins);

			// End; trainees get their debrief with the instructor's note.
			ins.once('dialog', (d) => void d.accept());
			await ins.getByRole('button', { name: 'End exercise' }).click();
			await trainees[1].getByRole('link', { name: 'See debrief' }).click();
			await trainees[1].waitForURL(/\/debrief$/);
			await trainees[1].getByText('Humour during a deadly earthquake.').waitFor();
			await a11y(trainees[1]);

			// After-action review and its exports.
			await ins.getByRole('link', { name: 'After-action review' }).click();
			await ins.waitForURL(/\/aar$/);
			await a11y(ins);
			await ins.screenshot({ path: `${SHOTS}/academy-aar.png`, fullPage: true });
			const [download] = await Promise.all([
				ins.waitForEvent('download'),
				ins.getByRole('link', { name: 'Download CSV' }).click()
			]);
			const csv = await (await download.createReadStream()).toArray();
			const text = Buffer.concat(csv).toString('utf8');
			expect(text).toContain('Humour during a deadly earthquake.');
			expect(text).toContain(good);
			const json = await ins.evaluate(async () =>
				(await fetch(location.pathname + '.json')).json()
			);
			expect(json.format).toBe('ddsim/aar@1');
			expect(json.participantCount).toBe(3);
		} finally {
			for (const c of contexts) await c.close();
		}
	}, 300_000); // a whole exercise with four browsers: a hang guard sized for a busy machine
});
