/** One figure printed by `npm run bench`. */
export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	/** The target, in words, e.g. "≤ 30 ms". */
	goal?: string;
	/** Ratio against a peer measured in the same run (e.g. ddsim tone vs vader-sentiment), > 1 = ddsim faster. */
	ratio?: number;
	/** What the ratio compares, e.g. "vs vader-sentiment". */
	ratioLabel?: string;
	/** Whether the goal is met, when there is one. */
	ok?: boolean;
}
