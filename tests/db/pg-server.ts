/**
 * A throwaway PostgreSQL server for tests, from Debian's `postgresql` package: initdb in a temp folder, start
 * on a free loopback port, and stop + delete on `stop()`. As root it runs the server as the `postgres` user
 * (PostgreSQL refuses to run as root). Fails with a clear message when the package is missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

export function postgresBin(): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (!versions.length)
		throw new Error(
			'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install them with ' +
				'`apt-get install -y postgresql` (npm test does this when run as root).'
		);
	return join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.once('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => res(port));
		});
	});
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user the package creates. */
function postgresUser(): { uid: number; gid: number } {
	const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
	const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
	return { uid, gid };
}

export interface PgServer {
	url: string;
	stop(): Promise<void>;
}

export async function startPostgres(): Promise<PgServer> {
	const bin = postgresBin();
	const dir = mkdtempSync(join(tmpdir(), 'ddsim-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	const as = process.getuid?.() === 0 ? postgresUser() : {};
	execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'ddsim', '--no-sync'], {
		stdio: 'pipe',
		cwd: dir,
		...as
	});
	const port = await freePort();
	const args = ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'];
	args.push('-c', 'fsync=off', '-c', 'max_connections=400');
	const proc: ChildProcess = spawn(join(bin, 'postgres'), args, {
		stdio: ['ignore', 'ignore', 'pipe'],
		cwd: dir,
		...as
	});
	let log = '';
	proc.stderr?.on('data', (d) => (log = (log + d).slice(-4000)));
	const url = `postgres://ddsim@127.0.0.1:${port}/postgres`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			const c = new pg.Client({ connectionString: url });
			await c.connect();
			await c.end();
			break;
		} catch (e) {
			if (Date.now() > deadline || proc.exitCode !== null)
				throw new Error(`PostgreSQL did not start: ${(e as Error).message}\n${log}`, {
					cause: e
				});
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		async stop() {
			proc.kill('SIGINT');
			await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A fresh, empty database on the server. */
export async function freshDatabase(server: PgServer, name: string): Promise<string> {
	const c = new pg.Client({ connectionString: server.url });
	await c.connect();
	await c.query(`DROP DATABASE IF EXISTS ${name}`);
	await c.query(`CREATE DATABASE ${name}`);
	await c.end();
	return server.url.replace(/\/postgres$/, `/${name}`);
}
