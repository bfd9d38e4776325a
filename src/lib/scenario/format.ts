/** Human rendering of a diagnostic: `file:line:col severity CODE message (did you mean 'x'?)` and a code frame. */
import type { Diagnostic } from './diagnostic.ts';

export function diagnosticLine(d: Diagnostic): string {
	const s = d.suggestion !== undefined ? ` (did you mean '${d.suggestion}'?)` : '';
	return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}${s}`;
}

/** The source line of the diagnostic with a caret under the offending span (empty if the line is unknown). */
export function codeFrame(d: Diagnostic, source: string): string {
	if (!source || d.line < 1) return '';
	let start = 0;
	for (let l = 1; l < d.line; l++) {
		const nl = source.indexOf('\n', start);
		if (nl < 0) return '';
		start = nl + 1;
	}
	let end = source.indexOf('\n', start);
	if (end < 0) end = source.length;
	let text = source.slice(start, end).replace(/\r$/, '');
	let col = d.col;
	// keep very long lines readable: a window around the column
	if (text.length > 160) {
		const from = Math.max(0, col - 60);
		text =
			(from > 0 ? '…' : '') + text.slice(from, from + 120) + (from + 120 < text.length ? '…' : '');
		col = col - from + (from > 0 ? 1 : 0);
	}
	text = text.replace(/\t/g, ' ');
	const width =
		d.endLine === d.line && d.endCol !== undefined && d.endCol > d.col
			? Math.min(d.endCol - d.col, Math.max(1, text.length - col + 1))
			: 1;
	const num = String(d.line);
	const gutter = ' '.repeat(num.length);
	return ` ${num} | ${text}\n ${gutter} | ${' '.repeat(Math.max(0, col - 1))}${'^'.repeat(Math.max(1, width))}`;
}

/** One diagnostic for people: the line, then (with the source) a code frame. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
	const head = diagnosticLine(d);
	const frame = source !== undefined ? codeFrame(d, source) : '';
	return frame ? `${head}\n${frame}` : head;
}
