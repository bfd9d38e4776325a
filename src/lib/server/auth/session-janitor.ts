/**
 * Expired login sessions are refused as soon as they expire (the lookup checks `expires_at`); this removes
 * their rows, once when the database opens and then every hour, so the table holds live sessions only.
 */
import type { Queryable } from '../db/types.ts';
import { purgeExpiredSessions } from '../repo/sessions.ts';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface Janitor {
	/** The first purge (on start): how many sessions it removed. */
	first: Promise<number>;
	stop(): void;
}

export function startSessionJanitor(
	q: Queryable,
	opts: { everyMs?: number; now?: () => number } = {}
): Janitor {
	const now = opts.now ?? Date.now;
	let stopped = false;
	const purge = () =>
		purgeExpiredSessions(q, now()).catch((e) => {
			if (!stopped) console.error('ddsim: purging expired sessions failed:', e);
			return 0;
		});
	const first = purge();
	const timer = setInterval(() => void purge(), opts.everyMs ?? PURGE_EVERY_MS);
	timer.unref?.();
	return {
		first,
		stop() {
			stopped = true;
			clearInterval(timer);
		}
	};
}
