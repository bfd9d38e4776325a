/**
 * Server hooks: errors meant for users (AcademyError) become their HTTP status and message; anything else is
 * logged and shown as a plain sentence, never a stack trace.
 */
import { json, type Handle, type HandleServerError } from '@sveltejs/kit';
import { AcademyError } from '$lib/server/academy/errors';

/**
 * Writes must come from this site: a browser always sends Origin on POST/PUT/PATCH/DELETE, and it must name
 * the host the request was sent to. (SameSite=Lax session cookies already keep other sites' forms from
 * acting as a logged-in user; this also stops login CSRF and cross-site JSON.)
 */
export const handle: Handle = async ({ event, resolve }) => {
	const method = event.request.method;
	if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
		const origin = event.request.headers.get('origin');
		let host: string | undefined;
		try {
			host = origin && origin !== 'null' ? new URL(origin).host : undefined;
		} catch {
			host = undefined;
		}
		if (origin && host !== event.url.host)
			return json({ message: 'Cross-site requests are not allowed.' }, { status: 403 });
	}
	return resolve(event);
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (error instanceof AcademyError) return { message: error.message };
	if (status >= 500) console.error('ddsim: unexpected error:', error);
	return {
		message: status >= 500 ? 'Something went wrong on the server; it has been logged.' : message
	};
};

// adapter-node emits this after SIGINT/SIGTERM once requests have finished: close the database cleanly.
process.on('sveltekit:shutdown', async () => {
	const { closeDb } = await import('$lib/server/db');
	await closeDb();
});
