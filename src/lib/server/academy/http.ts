/** HTTP glue for the academy routes: user errors to statuses, bounded JSON bodies, rate limits. */
import { error, fail, isHttpError, json, type RequestEvent } from '@sveltejs/kit';
import { AcademyError } from './errors.ts';
import { limiter, type LIMITS } from '../auth/rate-limit.ts';

/** Run a load/endpoint body; an AcademyError becomes its status and message. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof AcademyError) error(e.status, e.message);
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
		if (e instanceof AcademyError) return fail(e.status, { ...keep, error: e.message });
		throw e;
	}
}

/** JSON endpoints answer errors as `{ message }` with the status. */
export async function api(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof AcademyError) return json({ message: e.message }, { status: e.status });
		if (isHttpError(e)) return json({ message: e.body.message }, { status: e.status });
		throw e;
	}
}

/** Read a JSON object body of at most `max` bytes. */
export async function readJson(
	request: Request,
	max = 64 * 1024
): Promise<Record<string, unknown>> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.includes('application/json'))
		throw new AcademyError(400, 'Send the request as JSON (Content-Type: application/json).');
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
	return body as Record<string, unknown>;
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
