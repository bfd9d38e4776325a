/**
 * Several app instances sharing one PostgreSQL database: an event appended through one instance reaches the
 * live listeners of another, through LISTEN/NOTIFY, in order and without duplicates; a listener that
 * subscribes late, from an older event id, gets the missing events from the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/lib/server/db/index.ts';
import { Hub } from '../../src/lib/server/academy/live.ts';
import { createExercise } from '../../src/lib/server/academy/exercise-setup.ts';
import { control } from '../../src/lib/server/academy/clock-control.ts';
import { joinExercise } from '../../src/lib/server/academy/joining.ts';
import { submitPost } from '../../src/lib/server/academy/posting.ts';
import type { EventRow } from '../../src/lib/server/repo/events.ts';
import { startPostgres, freshDatabase, type PgServer } from './pg-server.ts';
import { createUser } from '../../src/lib/server/repo/users.ts';
import { quakeYaml, QUAKE } from './fixtures.ts';

describe('live fan-out across app instances (PostgreSQL LISTEN/NOTIFY)', () => {
	let server: PgServer;
	let one: Db;
	let two: Db;
	beforeAll(async () => {
		server = await startPostgres();
		const url = await freshDatabase(server, `ddsim_fanout_${process.pid}`);
		one = await openDb({ databaseUrl: url });
		two = await openDb({ databaseUrl: url });
	}); // the db project's hook timeout: starting PostgreSQL is slow on a busy machine
	afterAll(async () => {
		await one?.close();
		await two?.close();
		await server?.stop();
	});

	it('a post accepted by instance one reaches a console connected to instance two', async () => {
		const a = { db: one, hub: new Hub(one) };
		const b = { db: two, hub: new Hub(two) };
		const owner = await createUser(one, { username: 'fan', displayName: 'Fan', passwordHash: 'x' });
		const r = await createExercise(a, {
			ownerId: owner.id,
			yaml: quakeYaml(),
			file: QUAKE,
			speed: 20
		});
		if (!r.ok) throw new Error('scenario');
		const id = r.exercise.id;
		const seen: EventRow[] = [];
		const off = await b.hub.subscribe(id, 0, (rows) => seen.push(...rows));
		const joined = [];
		for (let i = 0; i < 4; i++)
			joined.push(await joinExercise(a, { code: r.code.code, name: `T${i}` }));
		await control(a, id, 'ines', { action: 'start' });
		// Nothing has gone through instance two yet: these can only have come by NOTIFY.
		for (let i = 0; i < 100 && seen.length < 5; i++)
			await new Promise((res) => setTimeout(res, 20));
		expect(seen.map((e) => e.kind)).toEqual(['joined', 'joined', 'joined', 'joined', 'clock']);
		await Promise.all(
			joined.map((j, i) =>
				submitPost(
					i % 2 ? a : b,
					id,
					{
						memberId: j.member.id,
						participantId: j.participant.id,
						displayName: `T${i}`,
						isLead: true
					},
					{ text: `The consulate is open (${i}).` }
				)
			)
		);
		const want = 4 + 1 + 4; // joins, start, posts
		for (let i = 0; i < 100 && seen.length < want; i++)
			await new Promise((res) => setTimeout(res, 20));
		off();
		expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: want }, (_, i) => i + 1));
		expect(seen.filter((e) => e.kind === 'input')).toHaveLength(4);
	});
});
