/**
 * The two storage backends the suite runs against: embedded PGlite (in memory) and a real PostgreSQL server
 * started for the run. `describe.each(backends)` runs every repository test on both.
 */
import { afterAll } from 'vitest';
import { openDb, type Db } from '../../src/lib/server/db/index.ts';
import { startPostgres, freshDatabase, type PgServer } from './pg-server.ts';

let server: Promise<PgServer> | undefined;
let n = 0;

afterAll(async () => {
	if (server) await (await server).stop();
	server = undefined;
});

export const backends = [
	{
		name: 'pglite',
		open: (): Promise<Db> => openDb({ dataDir: 'memory://' })
	},
	{
		name: 'postgres',
		open: async (): Promise<Db> => {
			server ??= startPostgres();
			const url = await freshDatabase(await server, `ddsim_test_${process.pid}_${++n}`);
			return openDb({ databaseUrl: url });
		}
	}
];
