/**
 * The database, opened lazily on first use (solo pages never touch it): PostgreSQL when DATABASE_URL is set,
 * else PGlite in DATA_DIR (default ./data). Migrations run on open.
 */
import { migrate } from './migrations.ts';
import type { Db } from './types.ts';

export type { Db, Queryable } from './types.ts';

export interface DbConfig {
	databaseUrl?: string;
	dataDir?: string;
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
	return env.DATABASE_URL
		? { databaseUrl: env.DATABASE_URL }
		: { dataDir: env.DATA_DIR || './data' };
}

export async function openDb(config: DbConfig): Promise<Db> {
	let db: Db;
	if (config.databaseUrl) {
		const { openPostgres } = await import('./postgres.ts');
		db = await openPostgres(config.databaseUrl);
	} else {
		const { openPglite } = await import('./pglite.ts');
		db = await openPglite(config.dataDir ?? './data');
	}
	await migrate(db);
	return db;
}

let shared: Promise<Db> | undefined;

/** The process-wide database. */
export function getDb(): Promise<Db> {
	if (!shared) {
		shared = openDb(configFromEnv());
		shared.catch(() => (shared = undefined));
	}
	return shared;
}

/** For tests and shutdown. */
export async function closeDb() {
	const db = shared;
	shared = undefined;
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
