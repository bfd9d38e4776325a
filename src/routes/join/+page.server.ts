import { error, redirect } from '@sveltejs/kit';
import { limiter } from '$lib/server/auth/rate-limit';
import { academy } from '$lib/server/app';
import { principal, setSessionCookie } from '$lib/server/auth/guard';
import { acted, clientKey, rateLimit } from '$lib/server/academy/http';
import { joinExercise, teamsForCode } from '$lib/server/academy/joining';

/** A trainee logged in with their own account joins under its name (and returns to the same seat). */
async function accountOf(event: Parameters<typeof principal>[0]) {
	if (!event.cookies.get('ddsim_session')) return undefined;
	const me = await principal(event);
	return me?.kind === 'account' ? { userId: me.userId, displayName: me.displayName } : undefined;
}

export async function load(event) {
	const account = await accountOf(event);
	const as = account ? { account: account.displayName } : {};
	const code = event.url.searchParams.get('code') ?? '';
	if (!code) return { code: '', teams: [] as { id: string; name: string }[], ...as };
	const wait = limiter('code')?.take(clientKey(event)) ?? 0;
	if (wait > 0)
		error(
			429,
			`Too many exercise codes checked from your network; try again in ${wait} second${wait === 1 ? '' : 's'}.`
		);
	const r = await teamsForCode(await academy(), code.slice(0, 64));
	return { code: r.code ?? code, title: r.title, teams: r.teams ?? [], error: r.error, ...as };
}

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const keep = { code: String(form.get('code') ?? ''), name: String(form.get('name') ?? '') };
		return acted(async () => {
			rateLimit('join', clientKey(event));
			const c = await academy();
			const info = await teamsForCode(c, keep.code);
			if (info.teams?.length && !form.get('team'))
				return { ...keep, title: info.title, teams: info.teams, error: 'Choose your team.' };
			const r = await joinExercise(c, {
				code: keep.code,
				name: keep.name,
				team: form.get('team'),
				account: await accountOf(event)
			});
			setSessionCookie(event.cookies, event.url, r.session.token, r.session.expires);
			redirect(303, `/x/${r.exerciseId}`);
		}, keep);
	}
};
