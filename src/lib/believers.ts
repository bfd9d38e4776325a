/**
 * "Believers of false claims": how many people believe a scenario claim that is not true, at one metric sample
 * or over a run. One definition for the exercise signals, the debrief, the what-if, the academy grid and the
 * trainee's projected signals. Pure; structural types, so any layer above the scenario can use it.
 */

/** The ids of a scenario's false claims. */
export function falseClaimIds(scenario: { claims: readonly { id: string; truth: boolean }[] }) {
	const ids = new Set<string>();
	for (const c of scenario.claims) if (!c.truth) ids.add(c.id);
	return ids;
}

/** Believers of the false claims at one metric sample (unrounded). */
export function falseBelievers(
	falseIds: ReadonlySet<string>,
	sample: { claims: readonly { claim: string; believers: number }[] } | undefined
): number {
	let n = 0;
	for (const c of sample?.claims ?? []) if (falseIds.has(c.claim)) n += c.believers;
	return n;
}

/** Believers of the false claims at every metric sample of a run. */
export function falseBelieversSeries(
	scenario: { claims: readonly { id: string; truth: boolean }[] },
	metrics: readonly { claims: readonly { claim: string; believers: number }[] }[]
): number[] {
	const ids = falseClaimIds(scenario);
	return metrics.map((m) => falseBelievers(ids, m));
}
