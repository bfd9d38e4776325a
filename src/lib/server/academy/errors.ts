/** An error meant for the person who caused it: an HTTP status and a plain sentence. */
export class AcademyError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
		message: string
	) {
		super(message);
	}
}

/** Text a person typed: trimmed, no control characters except newlines and tabs, within a length. */
export function cleanText(value: unknown, what: string, max: number, min = 1): string {
	if (typeof value !== 'string') throw new AcademyError(400, `${what} is missing.`);
	if (!value.isWellFormed())
		throw new AcademyError(400, `${what} contains broken text (a lone UTF-16 surrogate).`);
	const s = value.replace(/\r\n?/g, '\n').trim();
	if (s.length < min) throw new AcademyError(400, `${what} is empty.`);
	if (s.length > max)
		throw new AcademyError(
			413,
			`${what} is too long: ${s.length.toLocaleString('en')} characters, the limit is ${max.toLocaleString('en')}.`
		);
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s))
		throw new AcademyError(400, `${what} contains control characters.`);
	return s;
}

/** A one-line name: as cleanText, and no line breaks. */
export function cleanName(value: unknown, what: string, max: number): string {
	const s = cleanText(value, what, max);
	if (/[\n\t]/.test(s)) throw new AcademyError(400, `${what} must be one line.`);
	return s;
}
