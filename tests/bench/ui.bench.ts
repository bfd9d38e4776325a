/** Page figures in real Chromium: JS shipped for the exercise page, feed render time, keystroke-to-hint latency. */
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from '../e2e/harness.ts';
import type { BenchResult } from './types.ts';

const PLAY = '/play/quake-consulate-rumour?seed=1';

export async function benchUi(): Promise<BenchResult[]> {
	const server = await startServer();
	const browser = await launchBrowser();
	const results: BenchResult[] = [];
	try {
		const page = await browser.newPage();
		const scripts: Promise<number>[] = [];
		// Everything else the page fetched (document, data, styles, images), gzip-9 like the scripts.
		const others: Promise<[string, number]>[] = [];
		page.on('response', (r) => {
			const type = r.request().resourceType();
			const gz = () => r.body().then((b) => gzipSync(b, { level: 9 }).length);
			if (type === 'script' || r.url().endsWith('.js')) scripts.push(gz());
			else
				others.push(
					gz().then(
						(n) => [type, n] as [string, number],
						() => [type, 0]
					)
				);
		});
		await page.goto(server.url + PLAY, { waitUntil: 'networkidle' });
		const sizes = (await Promise.all(scripts)).sort((a, b) => b - a);
		const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
		const byType = new Map<string, number[]>();
		for (const [type, n] of await Promise.all(others))
			byType.set(type, [...(byType.get(type) ?? []), n]);
		results.push({
			name: 'JavaScript loaded by the exercise page (gzip)',
			value: kb,
			unit: `KB in ${sizes.length} scripts`,
			goal: '≤ 150 KB',
			ok: kb <= 150
		});
		// The largest is the engine (simulation and scoring, with its lexicons) that solo play runs in the page.
		results.push({
			name: '  of which the largest script (the in-browser engine)',
			value: (sizes[0] ?? 0) / 1024,
			unit: 'KB'
		});

		for (const [type, ns] of [...byType].sort()) {
			results.push({
				name: `  other resources: ${type} (gzip)`,
				value: ns.reduce((a, b) => a + b, 0) / 1024,
				unit: `KB in ${ns.length}`
			});
		}
		const all = [...byType.values()].flat().reduce((a, b) => a + b, 0) / 1024 + kb;
		results.push({ name: '  total transferred for the page (gzip)', value: all, unit: 'KB' });

		// A saved exercise at its end with 360 of the trainee's posts (the timeline then holds several hundred
		// items). Time a reload that replays the log and renders the whole feed.
		const runId = 'rbench';
		await page.evaluate((runId) => {
			const log = Array.from({ length: 360 }, (_, i) => ({
				kind: 'post',
				t: 60 + i * 29,
				id: `p${i + 1}`,
				text: `Update ${i + 1}: our consulate in Porto Veyra is open. Emergency line +00 100 200 300.`
			}));
			const createdAt = new Date().toISOString();
			const saved = {
				version: 1,
				scenarioId: 'quake-consulate-rumour',
				seed: 1,
				log,
				t: 10800,
				speed: 1,
				runId,
				createdAt
			};
			// The storage layout of src/lib/state/solo-runs.ts: one key per run and an index per scenario.
			localStorage.setItem(`ddsim:run:quake-consulate-rumour:${runId}`, JSON.stringify(saved));
			localStorage.setItem(
				'ddsim:runs:quake-consulate-rumour',
				JSON.stringify([
					{ runId, seed: 1, exam: false, createdAt, t: 10800, ended: false, posts: 360 }
				])
			);
		}, runId);
		await page.goto(`${server.url}/play/quake-consulate-rumour?run=${runId}`);
		await page.waitForSelector('.clock .ended');
		await page.waitForTimeout(1500);
		const items = await page.locator('.feed article').count();
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t0 = Date.now();
			await page.reload();
			await page.waitForFunction(
				(n) => document.querySelectorAll('.feed article').length >= n,
				items
			);
			times.push(Date.now() - t0);
		}
		times.sort((a, b) => a - b);
		results.push({
			name: `reload: replay the log and render a ${items}-item feed (median of 5)`,
			value: times[2],
			unit: 'ms'
		});

		const latency = await page.evaluate(async () => {
			const box = document.querySelector<HTMLTextAreaElement>('#draft')!;
			box.disabled = false;
			const out: number[] = [];
			const base = 'Our consulate in Porto Veyra is open and sheltering 140 people';
			for (let i = 0; i < 40; i++) {
				const t0 = performance.now();
				box.value = base + ' '.repeat(i % 3) + String(i);
				box.dispatchEvent(new Event('input', { bubbles: true }));
				// Svelte applies the update in a microtask; a message-channel task runs after it, before paint.
				await new Promise((r) => {
					const ch = new MessageChannel();
					ch.port1.onmessage = () => r(null);
					ch.port2.postMessage(0);
				});
				out.push(performance.now() - t0);
			}
			out.sort((a, b) => a - b);
			return out[Math.floor(out.length / 2)];
		});
		results.push({
			name: 'keystroke to updated coach hint in the DOM (median)',
			value: latency,
			unit: 'ms',
			goal: '< 16 ms',
			ok: latency < 16
		});
	} finally {
		await browser.close();
		await server.stop();
	}
	return results;
}
