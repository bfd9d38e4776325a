/** HTTP glue for the academy routes: user errors to statuses, bounded JSON bodies, rate limits. */
import { error, fail, isHttpError, json, type RequestEvent } from '@sveltejs/kit';
import { AcademyError } from './errors.ts';
import { EngineError } from '../../core/budget.ts';
import { limiter, type LIMITS } from '../auth/rate-limit.ts';

/** The simulation refusing to go on (src/lib/core/budget.ts) is the scenario's problem, told plainly. */
export function engineProblem(e: unknown): AcademyError | undefined {
	if (!(e instanceof EngineError)) return undefined;
	return new AcademyError(
		422,
		`The simulation of this exercise stopped (${e.message}). Tell exercise control; nothing you sent was lost.`
	);
}

/** Run a load/endpoint body; an AcademyError becomes its status and message. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		const x = e instanceof AcademyError ? e : engineProblem(e);
		if (x) error(x.status, x.message);
		throw e;
	}
}

/** Run a form action body; an AcademyError becomes `fail(status, { error })` so the form can show it. */
export async function acted<T, K extends Record<string, unknown> = Record<never, never>>(
	fn: () => Promise<T>,
	keep: K = {} as K
) {
	try {
		return await fn();
	} catch (e) {
		const x = e instanceof AcademyError ? e : engineProblem(e);
		if (x) return fail(x.status, { ...keep, error: x.message });
		throw e;
	}
}

/** JSON endpoints answer errors as `{ message }` with the status. */
export async function api(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		const x = e instanceof AcademyError ? e : engineProblem(e);
		if (x) return json({ message: x.message }, { status: x.status });
		if (isHttpError(e)) return json({ message: e.body.message }, { status: e.status });
		throw e;
	}
}

/** Read a JSON object body of at most `max` bytes. */
export async function readJson(
	request: Request,
	max = 64 * 1024
): Promise<Record<string, unknown>> {
	// The media type itself, not a substring: 'text/plain;x=application/json' is not JSON (a cross-site form
	// can send text/plain without a preflight).
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json')
		throw new AcademyError(415, 'Send the request as JSON (Content-Type: application/json).');
	const len = Number(request.headers.get('content-length') ?? 0);
	if (len > max) throw new AcademyError(413, `The request is too large (limit ${max} bytes).`);
	const text = await request.text();
	if (text.length > max)
		throw new AcademyError(413, `The request is too large (limit ${max} bytes).`);
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw new AcademyError(400, 'The request body is not valid JSON.');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		throw new AcademyError(400, 'The request body must be a JSON object.');
	if (!wellFormed(body))
		throw new AcademyError(
			400,
			'The request contains broken text (a lone UTF-16 surrogate); retype the last characters.'
		);
	return body as Record<string, unknown>;
}

/** Every string (keys too) in a parsed JSON value is well-formed UTF-16. */
function wellFormed(v: unknown, depth = 0): boolean {
	if (typeof v === 'string') return v.isWellFormed();
	if (depth > 20 || v === null || typeof v !== 'object') return true;
	if (Array.isArray(v)) return v.every((x) => wellFormed(x, depth + 1));
	return Object.entries(v).every(([k, x]) => k.isWellFormed() && wellFormed(x, depth + 1));
}

/** Take a rate-limit token or answer 429. */
export function rateLimit(name: keyof typeof LIMITS, key: string) {
	const wait = limiter(name)?.take(key) ?? 0;
	if (wait > 0)
		throw new AcademyError(
			429,
			`Too many requests; try again in ${wait} second${wait === 1 ? '' : 's'}.`
		);
}

export function clientKey(event: Pick<RequestEvent, 'getClientAddress'>) {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
