/** The embedded backend: PGlite with its data in a folder (DATA_DIR), or in memory for tests (`memory://`). */
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Db, Queryable } from './types.ts';
import { lockDataDir } from './lock.ts';

export async function openPglite(
	dataDir: string,
	holder = `process ${process.argv[1] ?? ''}`
): Promise<Db> {
	let unlock = () => {};
	if (!dataDir.startsWith('memory://')) {
		mkdirSync(dataDir, { recursive: true });
		unlock = lockDataDir(dataDir, holder);
	}
	let pg: PGlite;
	try {
		pg = await PGlite.create(dataDir);
	} catch (e) {
		unlock();
		throw e;
	}
	const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
		async query<T>(sql: string, params: unknown[] = []) {
			return (await q.query<T>(sql, params)).rows;
		}
	});
	const base = wrap(pg);
	return {
		kind: 'pglite',
		query: base.query,
		tx: (fn) => pg.transaction((t) => fn(wrap(t))),
		async listen(channel, fn) {
			const off = await pg.listen(channel, fn);
			return () => off();
		},
		async notify(channel, payload) {
			await pg.query('SELECT pg_notify($1, $2)', [channel, payload]);
		},
		close: async () => {
			try {
				await pg.close();
			} finally {
				unlock();
			}
		}
	};
}
