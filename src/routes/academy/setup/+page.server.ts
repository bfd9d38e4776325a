import { error, redirect } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { config } from '$lib/server/config';
import { setSessionCookie } from '$lib/server/auth/guard';
import { isLoopback, setupToken, tokenMatches } from '$lib/server/auth/setup';
import { acted, clientKey, rateLimit } from '$lib/server/academy/http';
import { hasInstructors, setupFirstInstructor } from '$lib/server/academy/accounts';

function allowed(
	event: { url: URL; request: Request; getClientAddress(): string },
	token: string | null
) {
	setupToken();
	// Behind a proxy on the same machine every request looks local: then only the printed token opens it.
	const proxied =
		!config().addressHeader &&
		(event.request.headers.has('x-forwarded-for') || event.request.headers.has('forwarded'));
	return (!proxied && isLoopback(clientKey(event))) || tokenMatches(token);
}

export async function load(event) {
	const { db } = await academy();
	if (await hasInstructors(db)) redirect(303, '/academy/login');
	const token = event.url.searchParams.get('token');
	if (!allowed(event, token))
		error(
			403,
			'Create the first instructor on the server machine itself, or open the setup link the server printed to its console.'
		);
	return { token: token ?? '' };
}

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const username = String(form.get('username') ?? '');
		return acted(
			async () => {
				rateLimit('login', clientKey(event));
				const { db } = await academy();
				if (await hasInstructors(db)) redirect(303, '/academy/login');
				if (!allowed(event, String(form.get('token') ?? '')))
					error(403, 'The setup link is not valid.');
				if (form.get('password') !== form.get('confirm'))
					return { error: 'The two passwords differ.', username };
				const done = await setupFirstInstructor(db, {
					username,
					displayName: form.get('displayName'),
					password: form.get('password')
				});
				if (!done) redirect(303, '/academy/login');
				setSessionCookie(event.cookies, event.url, done.session.token, done.session.expires);
				redirect(303, '/academy');
			},
			{ username }
		);
	}
};
