/**
 * One small database interface over both backends: PGlite (PostgreSQL in WASM, the embedded default) and a
 * real PostgreSQL server (when DATABASE_URL is set). Repositories take a `Queryable`, so the same SQL runs in
 * and out of a transaction, on either backend.
 */
export interface Queryable {
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
	readonly kind: 'pglite' | 'postgres';
	/** Run `fn` in one transaction: committed when it resolves, rolled back when it throws. */
	tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
	/** Subscribe to a NOTIFY channel; returns the unsubscribe function. */
	listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
	notify(channel: string, payload: string): Promise<void>;
	close(): Promise<void>;
}
