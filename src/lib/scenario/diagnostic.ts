/** Diagnostics are values, never exceptions. Codes are stable and catalogued in docs/diagnostics.md:
 * SC1xx syntax/size, SC2xx schema (keys, types, values), SC3xx references, SC4xx reachability/timing. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
	code: string; // e.g. "SC301"
	severity: Severity;
	message: string;
	file: string;
	/** 1-based */
	line: number;
	/** 1-based */
	col: number;
	endLine?: number;
	endCol?: number;
	/** "did you mean …" suggestion, if a defined name is close. */
	suggestion?: string;
	/** Dotted key path, e.g. "events[3].from". */
	path?: string;
}
