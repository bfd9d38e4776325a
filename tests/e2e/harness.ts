/**
 * End-to-end harness: builds the app once (serialised with flock so parallel runs never clash), starts the
 * built Node server on a free loopback port, and drives Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ensureBuild as buildIfNeeded } from '../../scripts/build.mjs';
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

/** The test suites' own production build (never the build/ that `npm start` serves; scripts/build.mjs). */
export const TEST_BUILD = 'build-test';

/** Build build-test/ when it is missing, not a production build, or older than the sources. */
export function ensureBuild(): void {
	buildIfNeeded(TEST_BUILD, { quiet: true });
}

export function freePort(host = '127.0.0.1'): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, host, () => {
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

/** Start the test build (build-test/index.js) with extra environment variables, on a loopback address
 * (127.0.0.1 unless `host` names another one, e.g. 127.0.0.2 to act as "another machine on the LAN"). */
export async function startServer(
	opts: {
		env?: Record<string, string>;
		host?: string;
		nodeArgs?: string[];
		/** Another build folder to run as it is (a benchmark comparing with an earlier build). */
		build?: string;
	} = {}
): Promise<RunningServer> {
	if (!opts.build) ensureBuild();
	const host = opts.host ?? '127.0.0.1';
	const port = await freePort(host);
	const child = spawn(
		process.execPath,
		[...(opts.nodeArgs ?? []), `${opts.build ?? TEST_BUILD}/index.js`],
		{
			env: { ...process.env, NODE_ENV: 'production', ...opts.env, PORT: String(port), HOST: host },
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	// A server outlives nothing: if the test worker ends (a timed-out hook never reaches its afterAll), it goes too.
	const orphanGuard = () => child.kill('SIGKILL');
	process.once('exit', orphanGuard);
	child.once('exit', () => process.off('exit', orphanGuard));
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const url = `http://${host}:${port}`;
	// A hang guard sized for a busy machine (`npm run test:stress`), below the e2e hook timeout (180 s).
	const deadline = Date.now() + 150_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`server exited early (${child.exitCode}):\n${log}`);
		try {
			// Listening, and the database is open (the academy pages answer 503 "starting" until then).
			const r = await fetch(url + '/api/health');
			if (r.ok && ((await r.json()) as { db: string }).db === 'ready') break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not start within 150 s:\n${log}`);
		}
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
