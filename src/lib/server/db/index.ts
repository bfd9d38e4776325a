/**
 * The database, opened lazily on first use (solo pages never touch it): PostgreSQL when DATABASE_URL is set,
 * else PGlite in DATA_DIR (default ./data). Migrations run on open.
 */
import { migrate } from './migrations.ts';
import type { Db } from './types.ts';
import { readConfig } from '../config.ts';

export type { Db, Queryable } from './types.ts';

export interface DbConfig {
	databaseUrl?: string;
	dataDir?: string;
	/** Who opens the embedded database (shown to a second process that finds it locked). */
	holder?: string;
}

/** The database settings of `env` (src/lib/server/config.ts reads and checks them). */
export function configFromEnv(env?: Record<string, string | undefined>, holder?: string): DbConfig {
	const c = readConfig(env);
	return c.databaseUrl
		? { databaseUrl: c.databaseUrl }
		: { dataDir: c.dataDir, holder: holder ?? `server on ${c.host}:${c.port}` };
}

export async function openDb(config: DbConfig): Promise<Db> {
	let db: Db;
	if (config.databaseUrl) {
		const { openPostgres } = await import('./postgres.ts');
		db = await openPostgres(config.databaseUrl);
	} else {
		const { openPglite } = await import('./pglite.ts');
		db = await openPglite(config.dataDir ?? './data', config.holder);
	}
	await migrate(db);
	return db;
}

let shared: Promise<Db> | undefined;
let state: 'closed' | 'starting' | 'ready' = 'closed';
let startedAt = 0;

/** The process-wide database. */
export function getDb(): Promise<Db> {
	if (!shared) {
		state = 'starting';
		startedAt = Date.now();
		shared = openDb(configFromEnv());
		shared.then(
			() => (state = 'ready'),
			() => {
				shared = undefined;
				state = 'closed';
			}
		);
	}
	return shared;
}

/** Whether the database is open yet (the embedded one takes a while on a new data folder). */
export function dbStatus() {
	return { state, seconds: state === 'starting' ? Math.round((Date.now() - startedAt) / 1000) : 0 };
}

/** For tests and shutdown. */
export async function closeDb() {
	const db = shared;
	shared = undefined;
	state = 'closed';
	if (db) await (await db).close();
}

/** A description for logs, without credentials. */
export function describeDb(config: DbConfig): string {
	if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
	try {
		const u = new URL(config.databaseUrl);
		return `PostgreSQL at ${u.hostname}${u.port ? ':' + u.port : ''}${u.pathname}`;
	} catch {
		return 'PostgreSQL (DATABASE_URL)';
	}
}
