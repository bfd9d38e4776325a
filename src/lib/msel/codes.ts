/**
 * Every diagnostic the MSEL importer can emit, with its severity and title. The catalogue with examples and
 * fixes is the "MSxxx" part of docs/diagnostics.md; a unit test keeps the two in step. Codes never change
 * meaning: MS1xx reading the file, MS2xx columns and mapping, MS3xx rows and cells, MS4xx what the author must
 * still add to the scenario.
 *
 * Severity in an import: an **error** means a row or column could not become scenario content (the row is kept
 * as a comment in the YAML, so nothing is lost); a **warning** means it was imported with a guess worth
 * checking; **info** says what was done.
 */
import type { Severity } from '../scenario/diagnostic.ts';

export const MSEL_CODES = {
	MS101: { severity: 'error', title: 'file cannot be read' },
	MS102: { severity: 'error', title: 'file too large' },
	MS103: { severity: 'info', title: 'text encoding guessed' },
	MS104: { severity: 'error', title: 'sheet not found or empty' },
	MS105: { severity: 'info', title: 'sheet chosen among several' },
	MS201: { severity: 'error', title: 'no header row' },
	MS202: { severity: 'error', title: 'no column for the inject text' },
	MS203: { severity: 'warning', title: 'no time column' },
	MS204: { severity: 'warning', title: 'two columns for one field' },
	MS205: { severity: 'info', title: 'column kept as notes' },
	MS206: { severity: 'error', title: 'mapping file problem' },
	MS207: { severity: 'info', title: 'header spans several rows' },
	MS301: { severity: 'error', title: 'unreadable time' },
	MS302: { severity: 'warning', title: 'row without inject text' },
	MS303: { severity: 'info', title: 'row without an event number' },
	MS304: { severity: 'warning', title: 'duplicate event number' },
	MS305: { severity: 'warning', title: 'unknown channel' },
	MS306: { severity: 'info', title: 'empty rows skipped' },
	MS307: { severity: 'warning', title: 'clock time read as the next day' },
	MS308: { severity: 'warning', title: 'absolute and relative times mixed' },
	MS309: { severity: 'info', title: 'where scenario time starts' },
	MS310: { severity: 'warning', title: 'ambiguous date' },
	MS401: { severity: 'info', title: 'the author must still add this' },
	MS402: { severity: 'error', title: 'the generated scenario does not validate' }
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type MselCode = keyof typeof MSEL_CODES;
