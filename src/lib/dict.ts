/**
 * A lookup table keyed by words from user text (a post, a scenario) must not find `constructor`,
 * `__proto__` or `toString` on Object.prototype: `dict` copies the entries into a frozen object with no
 * prototype, so `table[word]` and `word in table` only ever see the entries written here.
 */
export function dict<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
	return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
