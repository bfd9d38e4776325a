/** The session janitor purges expired sessions once at start and then on its interval, until stopped. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Queryable } from '../db/types.ts';
import { PURGE_EVERY_MS, startSessionJanitor } from './session-janitor.ts';

function fakeDb(result: () => unknown[]) {
	const calls: { sql: string; params?: unknown[] }[] = [];
	const q: Queryable = {
		async query<T>(sql: string, params?: unknown[]) {
			calls.push({ sql, params });
			return result() as T[];
		}
	};
	return { q, calls };
}

afterEach(() => vi.useRealTimers());

describe('startSessionJanitor', () => {
	it('deletes sessions expired by now, at start and every interval, and stops when asked', async () => {
		vi.useFakeTimers();
		const { q, calls } = fakeDb(() => [{}, {}]);
		const j = startSessionJanitor(q, { everyMs: 1000, now: () => 5_000 });
		expect(await j.first).toBe(2);
		expect(calls[0].sql).toMatch(/DELETE FROM auth_sessions WHERE expires_at <= \$1/);
		expect(calls[0].params).toEqual([new Date(5_000)]);
		await vi.advanceTimersByTimeAsync(3000);
		expect(calls).toHaveLength(4);
		j.stop();
		await vi.advanceTimersByTimeAsync(5000);
		expect(calls).toHaveLength(4);
	});

	it('purges hourly by default', () => {
		expect(PURGE_EVERY_MS).toBe(3_600_000);
	});

	it('logs a failed purge and keeps running', async () => {
		vi.useFakeTimers();
		const err = vi.spyOn(console, 'error').mockImplementation(() => {});
		let fail = true;
		const { q, calls } = fakeDb(() => {
			if (fail) throw new Error('connection lost');
			return [{}];
		});
		const j = startSessionJanitor(q, { everyMs: 1000 });
		expect(await j.first).toBe(0);
		expect(err).toHaveBeenCalledWith('ddsim: purging expired sessions failed:', expect.any(Error));
		fail = false;
		await vi.advanceTimersByTimeAsync(1000);
		expect(calls).toHaveLength(2);
		j.stop();
		err.mockRestore();
	});
});
