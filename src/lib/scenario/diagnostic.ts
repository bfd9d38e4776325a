/** Diagnostics are values, never exceptions. Codes are stable and catalogued in codes.ts and
 * docs/diagnostics.md: SC1xx syntax/size, SC2xx schema (keys, types, values), SC3xx references,
 * SC4xx reachability/timing; PSnnn the same for scripted-posts files. */
import type { Code } from './codes.ts';

export type Severity = 'error' | 'warning' | 'info';

/** `C` is the code catalogue: the scenario and posts codes by default (codes.ts); the spreadsheet importer
 * uses its own (msel/codes.ts), and a display of any of them takes `Diagnostic<string>`. */
export interface Diagnostic<C extends string = Code> {
	/** A code from the catalogue, e.g. "SC301". */
	code: C;
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
