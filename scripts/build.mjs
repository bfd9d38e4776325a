#!/usr/bin/env node
// Production builds of ddsim, with a record of how each was made.
//
// `npm start` serves `build/`; the test suites build into `build-test/` (DDSIM_BUILD_DIR), so a test run can
// never leave behind a build that `npm start` would then serve. Every build is a production build
// (NODE_ENV=production, whatever the calling environment says: Vitest sets NODE_ENV=test, which would make
// Vite compile SvelteKit's development branch: `Secure` cookies over plain HTTP, development warnings), and
// writes `<out>/ddsim-build.json` with its mode and the newest source time it saw. A folder without that
// record, with another mode, or older than the sources is rebuilt.
//
// Usage: node scripts/build.mjs [out]   (builds only when needed; serialised with flock across processes)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP = 'ddsim-build.json';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'scenarios', 'static'];
const CONFIG = ['svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** @param {string} path @returns {number} */
function newest(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let t = st.mtimeMs;
	for (const e of readdirSync(path, { withFileTypes: true }))
		t = Math.max(t, newest(join(path, e.name)));
	return t;
}

/** Newest modification time of anything a build reads. */
export function sourcesTime(root = ROOT) {
	return Math.max(...[...INPUTS, ...CONFIG].map((p) => newest(join(root, p))));
}

/** Why `out` must be (re)built, or undefined when it is a current production build. */
/** @param {string} out @param {string} [root] */
export function staleReason(out, root = ROOT) {
	const dir = join(root, out);
	if (!existsSync(join(dir, 'index.js'))) return 'no build yet';
	let stamp;
	try {
		stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
	} catch {
		return 'the build has no record of how it was made';
	}
	if (stamp.mode !== 'production') return `the build is a ${stamp.mode} build`;
	if (!(stamp.sources >= sourcesTime(root))) return 'the sources changed since the build';
	return undefined;
}

/** Build `out` if it is not a current production build. Returns what happened. */
/** @param {string} [out] @param {{ quiet?: boolean }} [opts] */
export function ensureBuild(out = 'build', { quiet = false } = {}) {
	if (!staleReason(out)) return 'current';
	// One build at a time on this machine (SvelteKit's intermediate output in .svelte-kit is shared).
	const r = spawnSync(
		'flock',
		['/tmp/ddsim-build.lock', process.execPath, fileURLToPath(import.meta.url), '--locked', out],
		{
			cwd: ROOT,
			stdio: quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit'
		}
	);
	if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
	return 'built';
}

/** @param {string} out */
function buildLocked(out) {
	const reason = staleReason(out);
	if (!reason) return; // another process built it while we waited for the lock
	console.log(`Building ddsim into ${out}/ (${reason})…`);
	const sources = sourcesTime();
	const r = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
		{
			cwd: ROOT,
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production', DDSIM_BUILD_DIR: out }
		}
	);
	if (r.status !== 0) process.exit(r.status || 1);
	writeFileSync(
		join(ROOT, out, STAMP),
		JSON.stringify(
			{ mode: 'production', sources, builtAt: new Date().toISOString(), node: process.version },
			null,
			2
		) + '\n'
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	if (args[0] === '--locked') buildLocked(args[1] ?? 'build');
	else ensureBuild(args[0] ?? 'build');
}
