import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/types.ts';
import { exerciseTx, type Ctx } from './context.ts';
import type { Hub } from './live.ts';

/** A fake database that records when each transaction starts and ends; `tx` holds a "connection" meanwhile. */
function fakeDb() {
	const log: string[] = [];
	let open = 0;
	let most = 0;
	const db = {
		kind: 'pglite',
		async tx<T>(fn: (q: Queryable) => Promise<T>) {
			open++;
			most = Math.max(most, open);
			try {
				return await fn({ query: async () => [] } as unknown as Queryable);
			} finally {
				open--;
			}
		}
	} as unknown as Db;
	return { db, log, most: () => most };
}

const tick = () => new Promise((r) => setTimeout(r, 2));

describe('exerciseTx: writers of one exercise take turns before taking a connection', () => {
	it('runs the writers of one exercise one after another, in arrival order', async () => {
		const { db, log, most } = fakeDb();
		const c = { db, hub: {} as Hub } satisfies Ctx;
		const job = (name: string) =>
			exerciseTx(c, 'ex1', async () => {
				log.push(`${name} start`);
				await tick();
				log.push(`${name} end`);
				return name;
			});
		const out = await Promise.all([job('a'), job('b'), job('c')]);
		expect(out).toEqual(['a', 'b', 'c']);
		expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
		expect(most()).toBe(1);
	});

	it('a failed writer does not stop the next one, and its error reaches its caller', async () => {
		const { db } = fakeDb();
		const c = { db, hub: {} as Hub } satisfies Ctx;
		const bad = exerciseTx(c, 'ex1', async () => {
			throw new Error('refused');
		});
		const good = exerciseTx(c, 'ex1', async () => 'ok');
		await expect(bad).rejects.toThrow('refused');
		await expect(good).resolves.toBe('ok');
	});

	it('writers of different exercises do not wait for each other', async () => {
		const { db, most } = fakeDb();
		const c = { db, hub: {} as Hub } satisfies Ctx;
		await Promise.all(
			['ex1', 'ex2', 'ex3'].map((id) => exerciseTx(c, id, async () => void (await tick())))
		);
		expect(most()).toBe(3);
	});
});
