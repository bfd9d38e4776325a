/** Shared set-up for the academy store tests: a database, a hub, a controllable wall clock, an instructor. */
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/lib/server/db/index.ts';
import { Hub } from '../../src/lib/server/academy/live.ts';
import type { Ctx } from '../../src/lib/server/academy/context.ts';
import { createUser } from '../../src/lib/server/repo/users.ts';

export const QUAKE = 'scenarios/quake-consulate-rumour.yaml';
export const quakeYaml = () => readFileSync(QUAKE, 'utf8');

export interface World extends Ctx {
	wall: { ms: number };
	instructor: { id: string };
	other: { id: string };
}

export async function world(db: Db): Promise<World> {
	const wall = { ms: 1_700_000_000_000 };
	const instructor = await createUser(db, {
		username: 'ines',
		displayName: 'Ines Control',
		passwordHash: 'x'
	});
	const other = await createUser(db, {
		username: 'otto',
		displayName: 'Otto Other',
		passwordHash: 'x'
	});
	return { db, hub: new Hub(db), now: () => wall.ms, wall, instructor, other };
}
