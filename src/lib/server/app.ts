/**
 * The server's academy context: one database and one live hub per process, opened on first use, so the solo
 * pages never touch the database. Opening it also starts the hourly purge of expired login sessions.
 */
import { getDb } from './db/index.ts';
import { Hub } from './academy/live.ts';
import type { Ctx } from './academy/context.ts';
import { startSessionJanitor, type Janitor } from './auth/session-janitor.ts';

let ctx: Promise<Ctx> | undefined;
let janitor: Janitor | undefined;

export function academy(): Promise<Ctx> {
	if (!ctx) {
		ctx = getDb().then((db) => {
			janitor?.stop();
			janitor = startSessionJanitor(db);
			return { db, hub: new Hub(db) };
		});
		ctx.catch(() => (ctx = undefined));
	}
	return ctx;
}

/** Stop the background work (server shutdown, before the database closes). */
export function stopAcademy() {
	janitor?.stop();
	janitor = undefined;
}
