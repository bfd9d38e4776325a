/**
 * Seeded randomness. A stream is keyed by (seed, stream name, …keys) — e.g. ('spread', minute) — and made
 * afresh from that key, so no generator object lives in the session state (state stays plain JSON) and a new
 * random draw in one model never shifts the draws of another.
 */
import seedrandom from 'seedrandom';

export type Rand = () => number;

export function stream(seed: number, name: string, ...keys: (string | number)[]): Rand {
	return seedrandom(`${seed}|${name}|${keys.join('|')}`);
}

/** Standard normal draw (Box–Muller). */
export function gauss(rand: Rand): number {
	const u = Math.max(rand(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Poisson(λ) draw: exact for small λ, normal approximation for large λ. */
export function poisson(rand: Rand, lambda: number): number {
	if (lambda <= 0) return 0;
	if (lambda < 30) {
		const l = Math.exp(-lambda);
		let k = 0;
		let p = 1;
		do {
			k++;
			p *= rand();
		} while (p > l);
		return k - 1;
	}
	return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gauss(rand)));
}

/** Binomial(n, p) draw by normal approximation (n is large: audiences of thousands or millions). */
export function binomial(rand: Rand, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	const mean = n * p;
	if (mean < 30) return Math.min(n, poisson(rand, mean));
	const sd = Math.sqrt(mean * (1 - p));
	return Math.min(n, Math.max(0, Math.round(mean + sd * gauss(rand))));
}

export function pick<T>(rand: Rand, items: readonly T[]): T {
	return items[Math.floor(rand() * items.length) % items.length];
}
