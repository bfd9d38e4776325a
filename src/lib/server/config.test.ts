/**
 * The server's configuration: one module reads the environment, checks numbers, and lists exactly the
 * variables docs/academy.md documents; nothing else on the server (src/lib/server, the routes, the hooks)
 * reads `process.env`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARS, readConfig } from './config.ts';

function documented(): string[] {
	const md = readFileSync('docs/academy.md', 'utf8');
	const section = md.split(/^### Configuration$/m)[1]?.split(/^#/m)[0] ?? '';
	return [...section.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]);
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory()
			? files(p)
			: /\.(ts|svelte)$/.test(n) && !/\.test\.ts$/.test(n)
				? [p]
				: [];
	});
}

describe('server configuration', () => {
	it('lists exactly the variables docs/academy.md documents, in the same order', () => {
		expect(documented()).toEqual(ENV_VARS.map((v) => v.name));
	});

	it('is the only reader of process.env on the server (src/lib/server, routes, hooks)', () => {
		const readers = [
			...files('src/lib/server'),
			...files('src/routes'),
			'src/hooks.server.ts'
		].filter((f) => !f.endsWith('config.ts') && /process\.env\b/.test(readFileSync(f, 'utf8')));
		expect(readers).toEqual([]);
	});

	it('reads defaults, and every variable it names', () => {
		expect(readConfig({})).toMatchObject({
			dataDir: './data',
			dbPool: 10,
			maxStreams: 4000,
			worldCache: 600,
			scenarioCache: 64,
			compileLimitMs: 5000,
			noRateLimit: []
		});
		const c = readConfig({
			DATABASE_URL: 'postgres://x@127.0.0.1/db',
			DDSIM_WORLD_CACHE: '50',
			DDSIM_NO_RATE_LIMIT: 'join, login',
			ORIGIN: 'https://ddsim.example.org'
		});
		expect(c).toMatchObject({
			databaseUrl: 'postgres://x@127.0.0.1/db',
			worldCache: 50,
			noRateLimit: ['join', 'login'],
			origin: 'https://ddsim.example.org'
		});
	});

	it('refuses a number it cannot use, naming the variable', () => {
		for (const bad of ['abc', '-1', '0', '1.5', '1e3'])
			expect(() => readConfig({ DDSIM_MAX_STREAMS: bad })).toThrow(
				/DDSIM_MAX_STREAMS must be a whole number/
			);
		expect(() => readConfig({ DDSIM_COMPILE_LIMIT_MS: '10' })).toThrow(/at least 100/);
	});
});
