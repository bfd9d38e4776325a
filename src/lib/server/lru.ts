/**
 * A least-recently-used map with a size limit: every process-wide cache of the server is one of these, so
 * none grows without bound however many exercises, trainees or scenarios pass through a long-running server.
 * Whatever is dropped is rebuilt from the database on its next use.
 */
export class Lru<V> {
	#map = new Map<string, V>();
	constructor(readonly max: number) {
		if (!Number.isInteger(max) || max < 1)
			throw new Error(`An LRU cache needs a size ≥ 1 (got ${max}).`);
	}
	/** The value, counted as a use (it becomes the most recent). */
	get(k: string): V | undefined {
		const v = this.#map.get(k);
		if (v !== undefined) {
			this.#map.delete(k);
			this.#map.set(k, v);
		}
		return v;
	}
	/** The value without counting it as a use (for hot paths that only look). */
	peek(k: string): V | undefined {
		return this.#map.get(k);
	}
	has(k: string) {
		return this.#map.has(k);
	}
	set(k: string, v: V) {
		this.#map.delete(k);
		this.#map.set(k, v);
		while (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value as string);
		return this;
	}
	delete(k: string) {
		return this.#map.delete(k);
	}
	clear() {
		this.#map.clear();
	}
	get size() {
		return this.#map.size;
	}
}
