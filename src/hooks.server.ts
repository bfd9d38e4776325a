/**
 * Server hooks: where requests may come from, the security headers every answer carries, and errors meant for
 * users (AcademyError) as their HTTP status and message; anything else is logged and shown as a plain
 * sentence, never a stack trace.
 */
import { json, type Handle, type HandleServerError } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { AcademyError } from '$lib/server/academy/errors';
import { closeAllStreams } from '$lib/server/academy/stream';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes must come from this site. A browser sends `Origin` on every POST/PUT/PATCH/DELETE (and
 * `Sec-Fetch-Site`); the origin must name the host the request was sent to. A write with neither header
 * is refused too, so a request without them can never act with a visitor's cookie. (SameSite=Lax session
 * cookies already keep other sites' forms out; this also stops login CSRF and cross-site JSON.)
 */
export function writeOriginProblem(headers: Headers, host: string): string | undefined {
	const origin = headers.get('origin');
	if (origin !== null) {
		let from: string | undefined;
		try {
			from = origin !== 'null' ? new URL(origin).host : undefined;
		} catch {
			from = undefined;
		}
		return from === host ? undefined : 'Cross-site requests are not allowed.';
	}
	const site = headers.get('sec-fetch-site');
	if (site === 'same-origin') return undefined;
	if (site !== null) return 'Cross-site requests are not allowed.';
	return 'Requests that change something must come from this site (no Origin header was sent).';
}

/** Private pages and data: never stored by a browser or a proxy. */
const PRIVATE = /^\/(academy|x|api|join)(\/|$)/;

export const handle: Handle = async ({ event, resolve }) => {
	if (UNSAFE.has(event.request.method)) {
		const problem = writeOriginProblem(event.request.headers, event.url.host);
		if (problem) return json({ message: problem }, { status: 403 });
	}
	const response = await resolve(event);
	const h = response.headers;
	// Some responses (redirects from fetch, static assets) have immutable headers: copy when needed.
	const set = (k: string, v: string) => {
		try {
			h.set(k, v);
		} catch {
			/* immutable: an asset served by the framework */
		}
	};
	set('x-content-type-options', 'nosniff');
	set('referrer-policy', 'same-origin');
	set('x-frame-options', 'DENY');
	if (PRIVATE.test(event.url.pathname) && !h.get('content-type')?.startsWith('text/event-stream'))
		set('cache-control', 'no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (error instanceof AcademyError) return { message: error.message };
	if (status >= 500) console.error('ddsim: unexpected error:', error);
	return {
		message: status >= 500 ? 'Something went wrong on the server; it has been logged.' : message
	};
};

// adapter-node stops accepting connections on SIGINT/SIGTERM and waits for open requests; live streams
// never finish by themselves, so end them at once; the server then closes and emits sveltekit:shutdown.
if (!dev)
	for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => closeAllStreams());

// adapter-node emits this after SIGINT/SIGTERM once requests have finished: close the database cleanly.
process.on('sveltekit:shutdown', async () => {
	const { closeDb } = await import('$lib/server/db');
	await closeDb();
});
