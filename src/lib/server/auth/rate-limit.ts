/**
 * Token-bucket rate limits, in memory per process (each app instance limits on its own; behind a proxy set
 * ADDRESS_HEADER so the client address comes from the proxy's header).
 */
import { config } from '../config.ts';

export interface Limit {
	/** Bucket size (burst). */
	burst: number;
	/** Tokens added per second. */
	perSecond: number;
}

export const LIMITS = {
	// A classroom behind one NAT address joins at once; codes have 80 bits, so this only slows floods.
	join: { burst: 60, perSecond: 1 },
	login: { burst: 10, perSecond: 5 / 60 },
	post: { burst: 6, perSecond: 1 / 5 },
	// A code typed into the join form is checked as the page loads (GET /join?code=).
	code: { burst: 60, perSecond: 1 },
	// The coach checks a draft as the trainee pauses typing.
	hint: { burst: 20, perSecond: 2 },
	control: { burst: 30, perSecond: 5 }
} satisfies Record<string, Limit>;

export class RateLimiter {
	#buckets = new Map<string, { tokens: number; at: number }>();
	constructor(private limit: Limit) {}

	/** Take one token for `key`; returns seconds to wait when none is left, else 0. */
	take(key: string, now = Date.now()): number {
		const b = this.#buckets.get(key) ?? { tokens: this.limit.burst, at: now };
		b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
		b.at = now;
		this.#buckets.set(key, b);
		if (this.#buckets.size > 50_000) this.#sweep(now);
		if (b.tokens >= 1) {
			b.tokens -= 1;
			return 0;
		}
		return Math.ceil((1 - b.tokens) / this.limit.perSecond);
	}

	#sweep(now: number) {
		for (const [k, b] of this.#buckets)
			if (now - b.at > (this.limit.burst / this.limit.perSecond) * 1000) this.#buckets.delete(k);
	}
}

const limiters = new Map<string, RateLimiter>();

/** A limit can be switched off for a load test from one address: DDSIM_NO_RATE_LIMIT=join,login. */
export function limiter(name: keyof typeof LIMITS): RateLimiter | undefined {
	const off = config().noRateLimit;
	if (off.includes(name) || off.includes('all')) return undefined;
	let l = limiters.get(name);
	if (!l) limiters.set(name, (l = new RateLimiter(LIMITS[name])));
	return l;
}
