/**
 * The server's academy context: one database and one live hub per process, opened on first use, so the solo
 * pages never touch the database.
 */
import { getDb } from './db/index.ts';
import { Hub } from './academy/live.ts';
import type { Ctx } from './academy/service.ts';

let ctx: Promise<Ctx> | undefined;

export function academy(): Promise<Ctx> {
	if (!ctx) {
		ctx = getDb().then((db) => ({ db, hub: new Hub(db) }));
		ctx.catch(() => (ctx = undefined));
	}
	return ctx;
}
