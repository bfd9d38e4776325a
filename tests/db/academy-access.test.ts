/**
 * Exercise control's access services (src/lib/server/academy/access.ts and the account services), on both
 * backends: a new join code retires the old one, even when two are issued at once; revoking leaves no live
 * code; only existing instructor accounts become co-instructors; the first-run set-up happens once.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { backends } from './backends.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { createExercise } from '../../src/lib/server/academy/exercise-setup.ts';
import { addCoInstructor, issueCode, revokeCode } from '../../src/lib/server/academy/access.ts';
import {
	hasInstructors,
	logout,
	setupFirstInstructor
} from '../../src/lib/server/academy/accounts.ts';
import { forgetWorlds } from '../../src/lib/server/academy/worlds.ts';
import { AcademyError } from '../../src/lib/server/academy/errors.ts';
import * as ex from '../../src/lib/server/repo/exercises.ts';
import { createSession, resolveSession } from '../../src/lib/server/repo/sessions.ts';
import { createUser } from '../../src/lib/server/repo/users.ts';
import { quakeYaml, QUAKE, world, type World } from './fixtures.ts';

async function refusal(p: Promise<unknown>) {
	try {
		await p;
	} catch (e) {
		if (e instanceof AcademyError) return { status: e.status, message: e.message };
		throw e;
	}
	throw new Error('expected a refusal');
}

describe.each(backends)('exercise access on $name', ({ open }) => {
	let db: Db;
	let w: World;
	let id: string;
	beforeAll(async () => {
		db = await open();
		w = await world(db);
		const r = await createExercise(w, {
			ownerId: w.instructor.id,
			yaml: quakeYaml(),
			file: QUAKE,
			seed: 1
		});
		if (!r.ok) throw new Error(r.diagnostics.join('\n'));
		id = r.exercise.id;
	});
	afterAll(async () => {
		forgetWorlds();
		await db?.close();
	});

	it('a new code retires every earlier one, also when two are issued at once', async () => {
		const first = await ex.currentJoinCode(db, id, w.wall.ms);
		const [a, b] = await Promise.all([issueCode(w, id), issueCode(w, id)]);
		expect(a.code).not.toBe(b.code);
		const live = await db.query<{ code: string }>(
			'SELECT code FROM join_codes WHERE exercise_id = $1 AND revoked_at IS NULL',
			[id]
		);
		expect(live).toHaveLength(1);
		expect([a.code, b.code]).toContain(live[0].code);
		expect(await ex.lookupJoinCode(db, first!.code, w.wall.ms)).toEqual({
			ok: false,
			reason: 'revoked'
		});
		expect(a.expiresAt.getTime()).toBe(w.wall.ms + 12 * 3600 * 1000);
	});

	it('revoking leaves no live code until a new one is issued', async () => {
		const { code } = await issueCode(w, id);
		await revokeCode(w, id);
		expect(await ex.currentJoinCode(db, id, w.wall.ms)).toBeUndefined();
		expect(await ex.lookupJoinCode(db, code, w.wall.ms)).toMatchObject({ reason: 'revoked' });
		const again = await issueCode(w, id);
		expect((await ex.currentJoinCode(db, id, w.wall.ms))?.code).toBe(again.code);
	});

	it('refuses codes for an exercise that does not exist', async () => {
		expect(await refusal(issueCode(w, 'x_missing'))).toEqual({
			status: 404,
			message: 'No such exercise.'
		});
		expect(await refusal(revokeCode(w, 'x_missing'))).toMatchObject({ status: 404 });
	});

	it('adds an instructor account as co-instructor, whatever the case and spacing typed', async () => {
		expect(await ex.isInstructorOf(db, id, w.other.id)).toBe(false);
		expect(await addCoInstructor(w, id, '  OTTO ')).toEqual({ displayName: 'Otto Other' });
		expect(await ex.isInstructorOf(db, id, w.other.id)).toBe(true);
		// Twice is fine.
		expect(await addCoInstructor(w, id, 'otto')).toEqual({ displayName: 'Otto Other' });
	});

	it('refuses unknown usernames, non-text input and trainee accounts', async () => {
		const unknown = { status: 404, message: 'No instructor with that username.' };
		expect(await refusal(addCoInstructor(w, id, 'nobody'))).toEqual(unknown);
		expect(await refusal(addCoInstructor(w, id, ''))).toEqual(unknown);
		expect(await refusal(addCoInstructor(w, id, 42))).toEqual(unknown);
		const t = await createUser(db, {
			username: 'tara',
			displayName: 'Tara Trainee',
			passwordHash: 'x',
			role: 'trainee'
		});
		expect(await refusal(addCoInstructor(w, id, 'tara'))).toEqual({
			status: 400,
			message: "'tara' is a trainee account; only instructor accounts can control an exercise."
		});
		expect(await ex.isInstructorOf(db, id, t.id)).toBe(false);
	});

	it('logs out by deleting the session; an unknown token is fine', async () => {
		const s = await createSession(db, { userId: w.instructor.id }, 60_000);
		expect(await resolveSession(db, s.token)).toBeDefined();
		await logout(db, s.token);
		expect(await resolveSession(db, s.token)).toBeUndefined();
		await expect(logout(db, 'not-a-token')).resolves.toBeUndefined();
	});

	it('the first-run set-up does nothing once an instructor exists', async () => {
		expect(await hasInstructors(db)).toBe(true);
		expect(
			await setupFirstInstructor(db, {
				username: 'mallory',
				password: 'violet harbour staple orbit'
			})
		).toBeUndefined();
		expect(await db.query("SELECT 1 FROM users WHERE username = 'mallory'")).toHaveLength(0);
	});
});

describe.each(backends)('first-run set-up on $name', ({ open }) => {
	let db: Db;
	beforeAll(async () => (db = await open()));
	afterAll(async () => db?.close());

	it('refuses a weak password and creates nothing', async () => {
		expect(await hasInstructors(db)).toBe(false);
		expect(
			await refusal(setupFirstInstructor(db, { username: 'ines', password: 'password123' }))
		).toMatchObject({ status: 400 });
		expect(await hasInstructors(db)).toBe(false);
	});

	it('creates the first instructor and logs them in', async () => {
		const done = await setupFirstInstructor(db, {
			username: ' Ines ',
			displayName: 'Ines Control',
			password: 'violet harbour staple orbit'
		});
		expect(done?.user).toMatchObject({ username: 'ines', displayName: 'Ines Control' });
		expect(await resolveSession(db, done!.session.token)).toMatchObject({
			kind: 'instructor',
			username: 'ines'
		});
		expect(await hasInstructors(db)).toBe(true);
	});
});

describe.each(backends)('concurrent first-run set-ups on $name', ({ open }) => {
	let db: Db;
	beforeAll(async () => (db = await open()));
	afterAll(async () => db?.close());

	it('exactly one of several set-ups at once creates the first instructor', async () => {
		// Separate transactions (on PostgreSQL, separate connections of the pool, as two browsers or two app
		// instances would be): each counts the instructors, hashes a password (slow), then inserts.
		const names = ['ines', 'omar', 'lena'];
		const results = await Promise.all(
			names.map((username) =>
				setupFirstInstructor(db, { username, password: 'violet harbour staple orbit' })
			)
		);
		expect(results.filter(Boolean)).toHaveLength(1);
		const rows = await db.query<{ username: string }>(
			"SELECT username FROM users WHERE role = 'instructor'"
		);
		expect(rows.map((r) => r.username)).toEqual([results.find(Boolean)!.user.username]);
	});
});
