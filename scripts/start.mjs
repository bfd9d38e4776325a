#!/usr/bin/env node
// `npm start`: make sure build/ is a current production build (scripts/build.mjs), then serve it.
// Embedded database by default (PGlite in DATA_DIR, ./data); PostgreSQL when DATABASE_URL is set.
// SIGINT/SIGTERM are passed to the server, which closes live streams and the database and exits; if it has
// not exited 10 seconds later it is killed.
import { spawn } from 'node:child_process';
import { ensureBuild } from './build.mjs';

try {
	ensureBuild('build');
} catch (e) {
	console.error(`ddsim: ${e.message}`);
	process.exit(1);
}
const env = {
	...process.env,
	NODE_ENV: 'production',
	PORT: process.env.PORT || '3000',
	HOST: process.env.HOST || '127.0.0.1'
};
const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : env.DATA_DIR || './data';
console.log(`ddsim on http://${env.HOST}:${env.PORT}  (data: ${where})`);
const child = spawn(process.execPath, ['build/index.js'], { stdio: 'inherit', env });
let stopping;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		if (child.exitCode !== null || child.signalCode !== null) process.exit(0);
		child.kill(sig === 'SIGHUP' ? 'SIGTERM' : sig);
		stopping ??= setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
	});
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
