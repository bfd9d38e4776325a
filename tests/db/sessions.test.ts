/**
 * Login sessions on both backends: expired ones are refused at once and their rows purged — by
 * `purgeExpiredSessions`, and by the janitor the server starts with the database (once at start, then
 * periodically).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import {
	createSession,
	purgeExpiredSessions,
	resolveSession
} from '../../src/lib/server/repo/sessions.ts';
import { startSessionJanitor } from '../../src/lib/server/auth/session-janitor.ts';
import { endSession, sessionOf } from '../../src/lib/server/auth/session-cache.ts';
import { createUser } from '../../src/lib/server/repo/users.ts';

const count = async (db: Db) =>
	(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM auth_sessions'))[0].n;

describe.each(backends)('login sessions on $name', ({ name, open }) => {
	let db: Db;
	let userId: string;
	const T = Date.UTC(2026, 0, 1);
	beforeAll(async () => {
		db = await open();
		userId = (await createUser(db, { username: 'sam', displayName: 'Sam', passwordHash: 'x' })).id;
	});
	afterAll(async () => {
		await db?.close();
	});

	it('purgeExpiredSessions removes exactly the expired sessions', async () => {
		await db.query('DELETE FROM auth_sessions');
		const old = await createSession(db, { userId }, 1_000, T);
		const live = await createSession(db, { userId }, 60_000, T);
		expect(await resolveSession(db, old.token, T + 2_000)).toBeUndefined(); // refused before any purge
		expect(await purgeExpiredSessions(db, T + 2_000)).toBe(1);
		expect(await count(db)).toBe(1);
		expect(await resolveSession(db, live.token, T + 2_000)).toMatchObject({ userId });
		expect(await purgeExpiredSessions(db, T + 2_000)).toBe(0);
	});

	it('the janitor purges when it starts and again on its interval', async () => {
		await db.query('DELETE FROM auth_sessions');
		await createSession(db, { userId }, 1_000, T);
		let now = T + 5_000;
		const j = startSessionJanitor(db, { everyMs: 30, now: () => now });
		try {
			expect(await j.first).toBe(1);
			expect(await count(db)).toBe(0);
			await createSession(db, { userId }, 1_000, now);
			now += 2_000;
			for (let i = 0; i < 100 && (await count(db)) > 0; i++)
				await new Promise((r) => setTimeout(r, 20));
			expect(await count(db)).toBe(0);
		} finally {
			j.stop();
		}
	});

	it('sessionOf: logging out takes effect at once, expiry is honoured (cached or not)', async () => {
		const s = await createSession(db, { userId }, 60_000, T);
		expect(await sessionOf(db, s.token, T)).toMatchObject({ kind: 'instructor', userId });
		expect(await sessionOf(db, s.token, T + 1_000)).toMatchObject({ userId }); // a second look
		expect(await sessionOf(db, s.token, T + 60_000)).toBeUndefined(); // expired
		const t = await createSession(db, { userId }, 60_000, T);
		expect(await sessionOf(db, t.token, T)).toMatchObject({ userId });
		await endSession(db, t.token);
		expect(await sessionOf(db, t.token, T)).toBeUndefined();
		expect(await sessionOf(db, 'not-a-token', T)).toBeUndefined();
	});

	it('sessionOf: a lookup running while the session ends does not bring it back', async () => {
		const s = await createSession(db, { userId }, 60_000, T);
		const during = sessionOf(db, s.token, T); // reads the database before the delete below
		await endSession(db, s.token);
		await during;
		expect(await sessionOf(db, s.token, T)).toBeUndefined();
	});

	it('sessionOf remembers sessions only for the embedded database (PostgreSQL: several instances)', async () => {
		const s = await createSession(db, { userId }, 60_000, T);
		expect(await sessionOf(db, s.token, T)).toMatchObject({ userId });
		// Another instance logs the session out (with PGlite there is none: one process holds the data folder).
		await db.query('DELETE FROM auth_sessions');
		const after = await sessionOf(db, s.token, T);
		if (name === 'postgres') expect(after).toBeUndefined();
		else expect(after).toMatchObject({ userId });
	});
});
