/** The PostgreSQL backend (DATABASE_URL): a connection pool, and one dedicated connection for LISTEN. */
import pg from 'pg';
import type { Db, Queryable } from './types.ts';
import { config } from '../config.ts';

export async function openPostgres(url: string): Promise<Db> {
	const pool = new pg.Pool({ connectionString: url, max: config().dbPool });
	pool.on('error', (e) => console.error('ddsim: idle PostgreSQL connection failed:', e.message));
	await pool.query('SELECT 1');
	let listener: pg.Client | undefined;
	const handlers = new Map<string, Set<(payload: string) => void>>();
	const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
		async query<T>(sql: string, params: unknown[] = []) {
			return (await c.query(sql, params)).rows as T[];
		}
	});
	const base = wrap(pool);
	return {
		kind: 'postgres',
		query: base.query,
		async tx(fn) {
			const c = await pool.connect();
			try {
				await c.query('BEGIN');
				const r = await fn(wrap(c));
				await c.query('COMMIT');
				return r;
			} catch (e) {
				await c.query('ROLLBACK').catch(() => {});
				throw e;
			} finally {
				c.release();
			}
		},
		async listen(channel, fn) {
			if (!listener) {
				listener = new pg.Client({ connectionString: url });
				await listener.connect();
				listener.on('notification', (n) => {
					for (const h of handlers.get(n.channel) ?? []) h(n.payload ?? '');
				});
			}
			let set = handlers.get(channel);
			if (!set) {
				handlers.set(channel, (set = new Set()));
				await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
			}
			set.add(fn);
			return async () => {
				set.delete(fn);
			};
		},
		async notify(channel, payload) {
			await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
		},
		async close() {
			await listener?.end().catch(() => {});
			await pool.end();
		}
	};
}
