/**
 * End-to-end harness: builds the app once (serialised with flock so parallel runs never clash), starts the
 * built Node server on a free loopback port, and drives Debian's Chromium through playwright-core.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

function newest(dir: string): number {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

/** Build when build/ is missing or older than the sources. */
export function ensureBuild(): void {
	const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
	const sources = Math.max(newest('src'), newest('scenarios'), newest('static'));
	if (built >= sources) return;
	// Always a production build: under Vitest NODE_ENV is 'test', and Vite would then bundle Svelte's
	// development runtime (stack captures on every state update), which is several times slower.
	const r = spawnSync('flock', ['/tmp/ddsim-build.lock', 'npx', 'vite', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

export interface RunningServer {
	url: string;
	process: ChildProcess;
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Start the built server (build/index.js) with extra environment variables. */
export async function startServer(
	opts: { env?: Record<string, string> } = {}
): Promise<RunningServer> {
	ensureBuild();
	const port = await freePort();
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...opts.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`server exited early (${child.exitCode}):\n${log}`);
		try {
			const r = await fetch(url + '/');
			if (r.status < 500) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) throw new Error(`server did not start within 30 s:\n${log}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		process: child,
		stop: (signal = 'SIGTERM') =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			})
	};
}

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} is missing: apt-get install chromium (npm test does this as root)`
		);
	}
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** axe-core violations of impact serious or critical on the current page. */
export async function seriousA11yViolations(page: import('playwright-core').Page) {
	// Evaluated through the DevTools protocol, so the app's strict CSP need not allow it.
	await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
	const result = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const r = await window.axe.run(document, { resultTypes: ['violations'] });
		return r.violations.map(
			(v: { id: string; impact: string; help: string; nodes: unknown[] }) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				nodes: v.nodes.length
			})
		);
	});
	return (result as { id: string; impact: string; help: string; nodes: number }[]).filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
}
