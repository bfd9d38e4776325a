/**
 * Import diagnostics: the validator's `Diagnostic` shape (code, severity, message, "did you mean") placed at a
 * spreadsheet cell instead of a YAML line. `line` is the spreadsheet row (1-based) and `col` the column
 * (1-based, A = 1); `cell` is the reference people read, e.g. `msel.xlsx!Sheet1!F12`.
 */
import type { Diagnostic } from '../scenario/diagnostic.ts';
import { MSEL_CODES, type MselCode } from './codes.ts';
import { cellRef } from './table.ts';

export interface MselDiagnostic extends Diagnostic<MselCode> {
	/** `file!Sheet!F12`, `file!Sheet!12` for a whole row, or `file` for the whole file. */
	cell: string;
}

export class MselReporter {
	readonly diagnostics: MselDiagnostic[] = [];
	constructor(
		readonly file: string,
		public sheet = ''
	) {}

	/** A diagnostic at a cell (row and col 0-based), a whole row (col undefined) or the file (row undefined). */
	add(
		code: MselCode,
		at: { row?: number; col?: number },
		message: string,
		suggestion?: string
	): MselDiagnostic {
		const d: MselDiagnostic = {
			code,
			severity: MSEL_CODES[code].severity,
			message,
			file: this.file,
			line: at.row === undefined ? 1 : at.row + 1,
			col: at.col === undefined ? 1 : at.col + 1,
			cell:
				at.row === undefined
					? this.sheet
						? `${this.file}!${this.sheet}`
						: this.file
					: cellRef(this.file, this.sheet, at.row, at.col)
		};
		if (suggestion !== undefined) d.suggestion = suggestion;
		this.diagnostics.push(d);
		return d;
	}

	get hasErrors(): boolean {
		return this.diagnostics.some((d) => d.severity === 'error');
	}
}

/** `msel.xlsx!Sheet1!F12 error MS301 … (did you mean '…'?)` */
export function mselDiagnosticLine(d: MselDiagnostic): string {
	const s = d.suggestion !== undefined ? ` (did you mean '${d.suggestion}'?)` : '';
	return `${d.cell} ${d.severity} ${d.code} ${d.message}${s}`;
}
