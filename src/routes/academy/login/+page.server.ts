import { redirect } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { principal, setSessionCookie } from '$lib/server/auth/guard';
import { acted, clientKey, rateLimit } from '$lib/server/academy/http';
import { hasInstructors, login } from '$lib/server/academy/accounts';

const safeNext = (n: string | null) => (n && /^\/academy(\/[\w-]*)*$/.test(n) ? n : '/academy');

export async function load(event) {
	const { db } = await academy();
	if (!(await hasInstructors(db))) redirect(303, '/academy/setup');
	if ((await principal(event))?.kind === 'instructor')
		redirect(303, safeNext(event.url.searchParams.get('next')));
	return {};
}

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const username = String(form.get('username') ?? '');
		return acted(
			async () => {
				rateLimit('login', clientKey(event));
				const { db } = await academy();
				const { user, session } = await login(db, username, form.get('password'));
				setSessionCookie(event.cookies, event.url, session.token, session.expires);
				if (user.role === 'trainee') redirect(303, '/join');
				redirect(303, safeNext(event.url.searchParams.get('next')));
			},
			{ username }
		);
	}
};
