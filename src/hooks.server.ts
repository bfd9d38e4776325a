/**
 * Server hooks: where requests may come from, the security headers every answer carries, and errors meant for
 * users (AcademyError) as their HTTP status and message; anything else is logged and shown as a plain
 * sentence, never a stack trace.
 */
import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { dbStatus, getDb } from '$lib/server/db';
import { DataDirLockedError } from '$lib/server/db/lock';
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
/** Pages that need the database (solo practice never does). */
const NEEDS_DB = /^\/(academy|x|join|api\/x)(\/|$)/;

/**
 * Open the database as the server starts, not on the first visit: the embedded one takes a while on a new
 * data folder (its pages say so meanwhile), and a second process on the same DATA_DIR is refused at once.
 */
export const init: ServerInit = () => {
	if (building) return;
	getDb().catch((e) => {
		if (e instanceof DataDirLockedError) {
			console.error(`ddsim: ${e.message}`);
			process.exit(1);
		}
		console.error('ddsim: the database could not be opened:', e);
	});
};

function starting(event: Parameters<Handle>[0]['event'], seconds: number): Response {
	const wait = { 'retry-after': '2', 'cache-control': 'no-store' };
	if (event.url.pathname.startsWith('/api/') || event.request.method !== 'GET')
		return json(
			{ message: `The academy database is starting (${seconds} s so far); try again in a moment.` },
			{ status: 503, headers: wait }
		);
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Starting · ddsim</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b2430"><h1>The academy is starting</h1><p role="status">The database is being opened (${seconds} s so far; a new data folder takes up to a minute the first time). This page reloads by itself.</p><p><a href="/">Solo practice</a> works already.</p></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { ...wait, 'content-type': 'text/html; charset=utf-8' }
	});
}

export const handle: Handle = async ({ event, resolve }) => {
	if (UNSAFE.has(event.request.method)) {
		const problem = writeOriginProblem(event.request.headers, event.url.host);
		if (problem) return json({ message: problem }, { status: 403 });
	}
	if (NEEDS_DB.test(event.url.pathname)) {
		const db = dbStatus();
		if (db.state !== 'ready') {
			if (db.state === 'closed') getDb().catch(() => {});
			return withHeaders(starting(event, db.seconds), event);
		}
	}
	return withHeaders(await resolve(event), event);
};

function withHeaders(response: Response, event: Parameters<Handle>[0]['event']): Response {
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
}

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
	const { stopAcademy } = await import('$lib/server/app');
	stopAcademy();
	const { closeDb } = await import('$lib/server/db');
	await closeDb();
});
