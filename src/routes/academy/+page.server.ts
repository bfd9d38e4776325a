import { redirect } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { hasInstructors, logout } from '$lib/server/academy/accounts';
import { instructorHome } from '$lib/server/academy/views';
import { COOKIE, clearSessionCookie, requireInstructor } from '$lib/server/auth/guard';

export async function load(event) {
	const { db } = await academy();
	if (!(await hasInstructors(db))) redirect(303, '/academy/setup');
	const me = await requireInstructor(event, { redirect: true });
	return {
		me: { name: me.displayName },
		exercises: await instructorHome(db, me.userId, Date.now())
	};
}

export const actions = {
	logout: async ({ cookies, url }) => {
		const token = cookies.get(COOKIE);
		if (token) await logout((await academy()).db, token);
		clearSessionCookie(cookies, url);
		redirect(303, '/academy/login');
	}
};
