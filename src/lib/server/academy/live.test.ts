/**
 * The hub's delivery: rows a transaction hands over are delivered without reading the log when they continue
 * the cursor; a gap (another writer's events), or a wake-up without rows, reads the log; every listener gets
 * every event once and in order.
 */
import { describe, expect, it } from 'vitest';
import { Hub } from './live.ts';
import type { Db } from '../db/types.ts';
import type { EventRow } from '../repo/events.ts';

/** A log in memory behind the one query the hub makes (`eventsAfter`), counting the reads. */
function fakeDb() {
	const log: EventRow[] = [];
	let reads = 0;
	const db = {
		kind: 'pglite',
		async query(sql: string, params: unknown[] = []) {
			if (!sql.includes('FROM events')) throw new Error(`unexpected query ${sql}`);
			reads++;
			const after = params[1] as number;
			return log.filter((r) => r.seq > after).map((r) => ({ ...r, at: new Date(r.at) }));
		}
	} as unknown as Db;
	const append = (n: number, audience = 'all') => {
		const rows: EventRow[] = [];
		for (let i = 0; i < n; i++) {
			const seq = log.length + 1;
			const r = {
				seq,
				audience,
				kind: 'k',
				t: 0,
				payload: { seq },
				at: new Date(0).toISOString()
			};
			log.push(r);
			rows.push(r);
		}
		return rows;
	};
	return { db, append, reads: () => reads };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Hub', () => {
	it('delivers handed rows that continue the cursor without reading the log', async () => {
		const f = fakeDb();
		const hub = new Hub(f.db);
		const got: number[] = [];
		await hub.subscribe('x', 0, (rows) => got.push(...rows.map((r) => r.seq)));
		for (let i = 0; i < 5; i++) await hub.announce('x', f.append(1));
		await hub.announce('x', f.append(3));
		await tick();
		expect(got).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(f.reads()).toBe(0);
	});

	it('reads the log for a gap, and for a wake-up without rows', async () => {
		const f = fakeDb();
		const hub = new Hub(f.db);
		const a: number[] = [];
		const b: number[] = [];
		await hub.subscribe('x', 0, (rows) => a.push(...rows.map((r) => r.seq)));
		await hub.subscribe('x', 0, (rows) => b.push(...rows.map((r) => r.seq)));
		await hub.announce('x', f.append(1));
		f.append(2); // another instance's events: this hub is not handed them
		await hub.announce('x', f.append(1)); // seq 4 leaves a gap after 1
		await tick();
		expect(a).toEqual([1, 2, 3, 4]);
		expect(f.reads()).toBe(1);
		f.append(1);
		hub.wake('x'); // NOTIFY from elsewhere
		await tick();
		expect(a).toEqual([1, 2, 3, 4, 5]);
		expect(b).toEqual(a);
		expect(f.reads()).toBe(2);
	});

	it('never delivers a row twice, whether handed twice or also read', async () => {
		const f = fakeDb();
		const hub = new Hub(f.db);
		const got: number[] = [];
		await hub.subscribe('x', 0, (rows) => got.push(...rows.map((r) => r.seq)));
		const rows = f.append(2);
		hub.wake('x'); // reads 1, 2 …
		hub.wake('x', rows); // … while the same rows are handed
		await hub.announce('x', rows);
		await tick();
		await tick();
		expect(got).toEqual([1, 2]);
	});

	it('drops handed rows it cannot place in order instead of looping', async () => {
		const f = fakeDb();
		const hub = new Hub(f.db);
		const got: number[] = [];
		await hub.subscribe('x', 0, (rows) => got.push(...rows.map((r) => r.seq)));
		// Rows the log does not have (a broken caller): one read, nothing delivered, no loop.
		hub.wake('x', [{ seq: 9, audience: 'all', kind: 'k', t: 0, payload: {}, at: '' }]);
		await tick();
		expect(got).toEqual([]);
		expect(f.reads()).toBe(1);
		await hub.announce('x', f.append(1));
		await tick();
		expect(got).toEqual([1]);
	});

	it('routes: an audience listener gets the events for everyone and its own, control gets all', async () => {
		const f = fakeDb();
		const hub = new Hub(f.db);
		const seqs = (got: EventRow[][]) => got.flat().map((r) => r.seq);
		const control: EventRow[][] = [];
		const a: EventRow[][] = [];
		const a2: EventRow[][] = [];
		const b: EventRow[][] = [];
		await hub.subscribe('x', 0, (rows) => control.push(rows));
		await hub.subscribe('x', 0, (rows) => a.push(rows), 'tr_a');
		const offA2 = await hub.subscribe('x', 0, (rows) => a2.push(rows), 'tr_a');
		await hub.subscribe('x', 0, (rows) => b.push(rows), 'tr_b');
		expect(hub.deliveredThrough('x')).toBe(0);
		await hub.announce('x', f.append(1, 'tr_a')); // 1: a's post
		await hub.announce('x', f.append(1, 'control')); // 2: a join, a comment
		await hub.announce('x', f.append(1, 'tr_b')); // 3: b's post
		await hub.announce('x', [...f.append(1, 'all'), ...f.append(1, 'tr_b')]); // 4, 5: one transaction
		await tick();
		expect(seqs(control)).toEqual([1, 2, 3, 4, 5]);
		expect(seqs(a)).toEqual([1, 4]);
		expect(a2).toEqual(a);
		expect(seqs(b)).toEqual([3, 4, 5]);
		expect(b.at(-1)!.map((r) => r.seq)).toEqual([4, 5]); // one call per transaction, in order
		expect(b.length).toBe(2); // never called for events that are not theirs
		expect(hub.deliveredThrough('x')).toBe(5);
		offA2();
		await hub.announce('x', f.append(1, 'tr_a'));
		await tick();
		expect(seqs(a)).toEqual([1, 4, 6]);
		expect(seqs(a2)).toEqual([1, 4]);
		expect(hub.deliveredThrough('nobody-listens')).toBeUndefined();
	});
});
