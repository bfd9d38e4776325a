/**
 * Who a session cookie belongs to, remembered in memory for the embedded database. Every request of a logged-in
 * user resolves its session; with PGlite that query is a large share of a post's cost (a three-table join in
 * PostgreSQL compiled to WebAssembly, on the one event loop). The embedded database is opened by one process
 * only (DATA_DIR/ddsim.lock), so this process sees every change to its sessions: logging out forgets the
 * session here at once, an expired one is refused by its own expiry, and nothing else edits sessions, members
 * or accounts while the server runs.
 *
 * With PostgreSQL several instances share the sessions: a logout on one must take effect on all at once, so
 * there every request asks the database (no cache).
 */
import type { Db, Queryable } from '../db/types.ts';
import { Lru } from '../lru.ts';
import { deleteSession, findSession, type Principal } from '../repo/sessions.ts';
import { hashToken } from './tokens.ts';

/** Sessions remembered per database (a few hundred bytes each; the least recently used go first). */
export const SESSION_CACHE_SIZE = 10_000;

interface Entry {
	principal: Principal;
	expiresAt: number;
}

const caches = new WeakMap<Db, Lru<Entry>>();
/** Bumped by every logout: a lookup that read the database before a logout must not cache what it read. */
let revocations = 0;

function cacheOf(db: Db): Lru<Entry> | undefined {
	if (db.kind !== 'pglite') return undefined;
	let c = caches.get(db);
	if (!c) caches.set(db, (c = new Lru<Entry>(SESSION_CACHE_SIZE)));
	return c;
}

/** Who `token` belongs to now, or undefined (unknown, expired or logged out). */
export async function sessionOf(
	db: Db,
	token: string | undefined,
	now = Date.now()
): Promise<Principal | undefined> {
	if (!token || token.length > 100) return undefined;
	const cache = cacheOf(db);
	if (!cache) return (await findSession(db, token, now))?.principal;
	const key = hashToken(token);
	const hit = cache.get(key);
	if (hit) {
		if (hit.expiresAt > now) return hit.principal;
		cache.delete(key);
		return undefined;
	}
	const epoch = revocations;
	const found = await findSession(db, token, now);
	if (found && epoch === revocations) cache.set(key, found);
	return found?.principal;
}

/** End a login session: deleted from the database, and forgotten here (before and after, so a lookup running
 * meanwhile cannot bring it back). */
export async function endSession(db: Queryable, token: string) {
	forget(db, token);
	await deleteSession(db, token);
	forget(db, token);
}

function forget(db: Queryable, token: string) {
	revocations++;
	caches.get(db as Db)?.delete(hashToken(token));
}
