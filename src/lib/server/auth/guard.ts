/**
 * Authorisation, checked on the server for every load function, action and stream:
 * - `instructorOf(event, id)`: a logged-in instructor who controls this exercise;
 * - `memberOf(event, id)`: a trainee (or team member) who joined this exercise.
 * Anything else gets 401 (not logged in) or 403 (logged in, but not yours), never the data.
 */
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { academy } from '../app.ts';
import { config } from '../config.ts';
import type { Principal } from '../repo/sessions.ts';
import { sessionOf } from './session-cache.ts';
import { getExercise, isInstructorOf, type Exercise } from '../repo/exercises.ts';
import type { Ctx } from '../academy/context.ts';

export const COOKIE = 'ddsim_session';

/**
 * Whether this request reached us over HTTPS. adapter-node never terminates TLS itself, so without a proxy
 * (ORIGIN or PROTOCOL_HEADER set) the connection is plain HTTP, whatever `url.protocol` says.
 */
export function isHttps(url: URL): boolean {
	const { origin, protocolHeader } = config();
	if (origin) return origin.startsWith('https:');
	if (protocolHeader) return url.protocol === 'https:';
	return dev && url.protocol === 'https:';
}

/** The address trainees should type, as this request sees it. */
export function publicOrigin(url: URL): string {
	return `${isHttps(url) ? 'https' : 'http'}://${url.host}`;
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expires: Date) {
	cookies.set(COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isHttps(url),
		expires
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(COOKIE, { path: '/', secure: isHttps(url) });
}

type Ev = Pick<RequestEvent, 'cookies' | 'locals' | 'url'>;

/** Who is making this request (memoised per request). */
export async function principal(event: Ev): Promise<Principal | undefined> {
	const token = event.cookies.get(COOKIE);
	if (!token) return undefined;
	if (!event.locals.principal) {
		event.locals.principal = academy().then((c) => sessionOf(c.db, token));
	}
	return event.locals.principal;
}

export async function requireInstructor(event: Ev, opts: { redirect?: boolean } = {}) {
	const p = await principal(event);
	if (p?.kind === 'instructor') return p;
	if (p) error(403, 'Exercise control is for instructors.');
	if (opts.redirect) redirect(303, `/academy/login?next=${encodeURIComponent(event.url.pathname)}`);
	error(401, 'Log in as an instructor first.');
}

export async function instructorOf(
	event: Ev,
	exerciseId: string,
	opts: { redirect?: boolean } = {}
) {
	const p = await requireInstructor(event, opts);
	const { db } = await academy();
	if (!(await isInstructorOf(db, exerciseId, p.userId)))
		error(403, 'This exercise is not one of yours.');
	return p;
}

export async function memberOf(event: Ev, exerciseId: string) {
	const p = await principal(event);
	if (!p) error(401, 'Join the exercise with its code first.');
	if (p.kind !== 'member' || p.exerciseId !== exerciseId)
		error(403, 'You have not joined this exercise.');
	return p;
}

/** Either side: an instructor of the exercise, or one of its members. */
export async function viewerOf(event: Ev, exerciseId: string) {
	const p = await principal(event);
	if (!p) error(401, 'Log in or join the exercise first.');
	if (p.kind === 'member') {
		if (p.exerciseId !== exerciseId) error(403, 'You have not joined this exercise.');
		return p;
	}
	if (p.kind !== 'instructor') error(403, 'You have not joined this exercise.');
	const { db } = await academy();
	if (!(await isInstructorOf(db, exerciseId, p.userId)))
		error(403, 'This exercise is not one of yours.');
	return p;
}

type Member = Extract<Principal, { kind: 'member' }>;
type Instructor = Extract<Principal, { kind: 'instructor' }>;

/**
 * The one guard of every page and endpoint about one exercise (`params.id`): first who is asking — an
 * instructor of that exercise (`as: 'instructor'`) or one of its members (`as: 'member'`), else 401/403 before
 * anything is read — then the exercise itself, or 404.
 */
export async function requireExercise<A extends 'instructor' | 'member'>(
	event: Ev & { params: { id: string } },
	as: A,
	opts: { redirect?: boolean } = {}
): Promise<{ who: A extends 'member' ? Member : Instructor; exercise: Exercise; c: Ctx }> {
	const id = event.params.id;
	const who = as === 'member' ? await memberOf(event, id) : await instructorOf(event, id, opts);
	const c = await academy();
	const exercise = await getExercise(c.db, id);
	if (!exercise)
		error(404, as === 'member' ? 'This exercise no longer exists.' : 'No such exercise.');
	return { who: who as A extends 'member' ? Member : Instructor, exercise, c };
}
