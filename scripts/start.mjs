#!/usr/bin/env node
// `npm start`: build the app if the build is missing or older than the sources, then serve it.
// Embedded database by default (PGlite in DATA_DIR, ./data); PostgreSQL when DATABASE_URL is set.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('scenarios'), newest('static'));
if (built < sources) {
	console.log('Building ddsim…');
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status || 1);
}
const env = {
	...process.env,
	PORT: process.env.PORT || '3000',
	HOST: process.env.HOST || '127.0.0.1'
};
console.log(
	`ddsim on http://${env.HOST}:${env.PORT}  (data: ${env.DATABASE_URL ? 'PostgreSQL' : env.DATA_DIR || './data'})`
);
const child = spawn(process.execPath, ['build/index.js'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
