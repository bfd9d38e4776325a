/**
 * The request guard without a database: the session cookie's flags, and who is refused before anything is
 * read (no cookie → 401; a trainee at exercise control or at another exercise → 403).
 */
import { describe, expect, it } from 'vitest';
import { isHttpError, type Cookies } from '@sveltejs/kit';
import type { Principal } from '../repo/sessions.ts';
import {
	clearSessionCookie,
	COOKIE,
	memberOf,
	requireInstructor,
	setSessionCookie,
	viewerOf
} from './guard.ts';

function cookies(value?: string) {
	const set: unknown[][] = [];
	const deleted: unknown[][] = [];
	const c = {
		get: (name: string) => (name === COOKIE ? value : undefined),
		set: (...a: unknown[]) => void set.push(a),
		delete: (...a: unknown[]) => void deleted.push(a)
	} as unknown as Cookies;
	return { c, set, deleted };
}

function event(p?: Principal, path = '/academy/x1') {
	const { c } = cookies(p ? 'token' : undefined);
	return {
		cookies: c,
		url: new URL(`http://127.0.0.1:5173${path}`),
		locals: (p ? { principal: Promise.resolve(p) } : {}) as App.Locals
	};
}

async function status(p: Promise<unknown>): Promise<number | string> {
	try {
		await p;
		return 'allowed';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		if (e && typeof e === 'object' && 'location' in e) return `redirect ${String(e.location)}`;
		throw e;
	}
}

const member = (exerciseId: string) =>
	({ kind: 'member', exerciseId, memberId: 'm1', participantId: 'p1' }) as unknown as Principal;

describe('session cookie', () => {
	it('is http-only, same-site lax, site-wide, and expires with the session', () => {
		const { c, set } = cookies();
		const expires = new Date(Date.UTC(2030, 0, 1));
		setSessionCookie(c, new URL('http://127.0.0.1/academy'), 'tok', expires);
		expect(set).toHaveLength(1);
		const [name, value, opts] = set[0] as [string, string, Record<string, unknown>];
		expect([name, value]).toEqual([COOKIE, 'tok']);
		expect(opts).toMatchObject({ path: '/', httpOnly: true, sameSite: 'lax', expires });
		// Plain HTTP without a proxy: a Secure cookie would never come back.
		expect(opts.secure).toBe(false);
	});

	it('is cleared on the same path', () => {
		const { c, deleted } = cookies();
		clearSessionCookie(c, new URL('http://127.0.0.1/academy'));
		expect(deleted).toEqual([[COOKIE, { path: '/', secure: false }]]);
	});
});

describe('guards', () => {
	it('refuse a request without a session: 401, or a redirect to the login page', async () => {
		expect(await status(requireInstructor(event()))).toBe(401);
		expect(
			await status(requireInstructor(event(undefined, '/academy/x1'), { redirect: true }))
		).toBe('redirect /academy/login?next=%2Facademy%2Fx1');
		expect(await status(memberOf(event(), 'x1'))).toBe(401);
		expect(await status(viewerOf(event(), 'x1'))).toBe(401);
	});

	it('keep trainees out of exercise control', async () => {
		expect(await status(requireInstructor(event(member('x1'))))).toBe(403);
		expect(await status(requireInstructor(event(member('x1')), { redirect: true }))).toBe(403);
	});

	it('let a trainee into their own exercise only', async () => {
		expect(await status(memberOf(event(member('x1')), 'x1'))).toBe('allowed');
		expect(await status(memberOf(event(member('x1')), 'x2'))).toBe(403);
		expect(await status(viewerOf(event(member('x1')), 'x1'))).toBe('allowed');
		expect(await status(viewerOf(event(member('x1')), 'x2'))).toBe(403);
	});

	it('do not treat an instructor as a member', async () => {
		const instructor = { kind: 'instructor', userId: 'u1' } as unknown as Principal;
		expect(await status(memberOf(event(instructor), 'x1'))).toBe(403);
	});
});
