#!/usr/bin/env node
// `npm test`: every test ddsim has, in one command, on a fresh machine.
// 1. makes sure the system pieces the browser and database suites need are present (Debian's chromium and
//    postgresql; installed with apt-get when running as root, otherwise a clear message says what to install);
// 2. lint (`npm run lint`: prettier, eslint with the house rules such as the pure core, knip for dead code)
//    and type check;
// 3. all Vitest projects: unit, e2e (real Chromium against the built app), db (PGlite and real PostgreSQL).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function run(cmd, args, opts = {}) {
	console.log(`\n$ ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
	if (r.status !== 0) {
		console.error(`\n✗ '${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal}).`);
		process.exit(r.status || 1);
	}
}

function postgresBin() {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return undefined;
	const versions = readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/initdb`));
	return versions.length ? `${base}/${versions.sort().at(-1)}/bin` : undefined;
}

const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
if (!postgresBin()) missing.push('postgresql');
if (missing.length) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`The browser and database suites need Debian packages: ${missing.join(', ')}.\n` +
				`Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`
		);
		process.exit(1);
	}
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	run('apt-get', ['update', '-qq'], { env });
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

const only = process.argv.slice(2);
run('npx', ['svelte-kit', 'sync']);
if (only.length === 0) {
	run('npm', ['run', 'lint']);
	run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']);
}
run('npx', ['vitest', 'run', ...only]);
