/**
 * Academy mode, who may see and do what — checked on the real server over HTTP for every page, endpoint and
 * stream, for: anonymous, trainee A, trainee B, a team member, the exercise's instructor and the instructor
 * of another exercise. And bad input: oversized or malformed requests, HTML, forged or replayed cookies,
 * stale codes, cross-site writes, rate limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './harness';
import { Client } from '../academy/client';
import { createAccounts } from '../academy/accounts';

let server: RunningServer;
let dir: string;
const PW = 'correct horse battery';
let X: string; // individual exercise of ines, trainees A and B
let Y: string; // team exercise of otto, member M (lead) and N in team 1, O in team 2
const c: Record<string, Client> = {};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ddsim-access-'));
	await createAccounts(dir, [
		{ username: 'ines', password: PW },
		{ username: 'otto', password: PW },
		{ username: 'tia', password: PW, role: 'trainee' },
		{ username: 'pia', password: PW }
	]);
	server = await startServer({ env: { DATA_DIR: dir } });
	for (const k of ['anon', 'A', 'B', 'M', 'N', 'O', 'ines', 'otto']) c[k] = new Client(server.url);
	await c.ines.login('ines', PW);
	await c.otto.login('otto', PW);
	X = await c.ines.createExercise({ scenario: 'quake-consulate-rumour', speed: '20' });
	Y = await c.otto.createExercise({
		scenario: 'quake-consulate-rumour',
		mode: 'teams',
		teams: 'Team one\nTeam two',
		clearance: 'on'
	});
	const codeX = await c.ines.joinCode(X);
	await c.A.join(codeX, 'Ana');
	await c.B.join(codeX, '<img src=x onerror=alert(1)>Ben');
	const codeY = await c.otto.joinCode(Y);
	const html = await (await c.M.request(`/join?code=${codeY}`)).text();
	const teams = [...html.matchAll(/<option value="(team_[\w-]+)"[^>]*>([^<]+)</g)].map((m) => m[1]);
	expect(teams).toHaveLength(2);
	await c.M.join(codeY, 'Mia', teams[0]);
	await c.N.join(codeY, 'Noa', teams[0]);
	await c.O.join(codeY, 'Oli', teams[1]);
	expect((await c.ines.control(X, 'start')).status).toBe(200);
	expect((await c.otto.control(Y, 'start')).status).toBe(200);
}); // the e2e project's hook timeout (180 s): four CLI runs each open the embedded database, slow on a busy machine

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

type Who = 'anon' | 'A' | 'B' | 'M' | 'ines' | 'otto';

async function status(k: Who, path: string, init?: RequestInit) {
	const r = await c[k].request(path, init);
	await r.body?.cancel();
	return r.status;
}

describe('authorisation matrix', () => {
	const pages: [string, (id: string) => string, Partial<Record<Who, number>>][] = [
		[
			'console',
			(id) => `/academy/${id}`,
			{ anon: 303, A: 403, B: 403, M: 403, ines: 200, otto: 403 }
		],
		[
			'AAR',
			(id) => `/academy/${id}/aar`,
			{ anon: 303, A: 403, B: 403, M: 403, ines: 200, otto: 403 }
		],
		[
			'AAR CSV',
			(id) => `/academy/${id}/aar.csv`,
			{ anon: 401, A: 403, M: 403, ines: 200, otto: 403 }
		],
		['AAR JSON', (id) => `/academy/${id}/aar.json`, { anon: 401, B: 403, ines: 200, otto: 403 }],
		[
			'trainee page',
			(id) => `/x/${id}`,
			{ anon: 401, A: 200, B: 200, M: 403, ines: 403, otto: 403 }
		],
		[
			'console grid',
			(id) => `/api/x/${id}/grid`,
			{ anon: 401, A: 403, M: 403, ines: 200, otto: 403 }
		]
	];
	for (const [name, path, want] of pages)
		it(`${name}: ${JSON.stringify(want)}`, async () => {
			for (const [k, code] of Object.entries(want))
				expect([k, await status(k as Who, path(X))]).toEqual([k, code]);
		});

	it('drill-down into a trainee: only the exercise instructor', async () => {
		const html = await (await c.ines.request(`/academy/${X}`)).text();
		const pid = html.match(/\/academy\/x_[\w-]+\/trainee\/(tr_[\w-]+)/)![1];
		for (const [k, code] of [
			['anon', 303],
			['A', 403],
			['B', 403],
			['otto', 403],
			['ines', 200]
		] as const)
			expect([k, await status(k, `/academy/${X}/trainee/${pid}`)]).toEqual([k, code]);
	});

	it('writes: posts by members only; control, injects and annotations by the instructor only', async () => {
		const post = (k: Who) => c[k].post(X, 'The consulate is open.').then((r) => r.status);
		expect(await post('anon')).toBe(401);
		expect(await post('ines')).toBe(403);
		expect(await post('otto')).toBe(403);
		expect(await post('M')).toBe(403);
		expect(await post('A')).toBe(201);
		for (const k of ['anon', 'A', 'M', 'otto'] as const) {
			expect([k, (await c[k].control(X, 'pause')).status]).toEqual([k, k === 'anon' ? 401 : 403]);
			const inj = await c[k].json(`/api/x/${X}/inject`, { text: 'x', to: 'all' });
			expect([k, inj.status]).toEqual([k, k === 'anon' ? 401 : 403]);
			const ann = await c[k].json(`/api/x/${X}/annotate`, {
				kind: 'comment',
				participantId: 'x',
				postId: 'p1',
				text: 'x'
			});
			expect([k, ann.status]).toEqual([k, k === 'anon' ? 401 : 403]);
		}
	});

	it('streams: a trainee sees their own world only; other exercises are closed', async () => {
		for (const [k, code] of [
			['anon', 401],
			['M', 403],
			['otto', 403]
		] as const) {
			const s = await c[k].stream(X);
			expect([k, s.status]).toEqual([k, code]);
			s.close();
		}
		const b = await c.B.stream(X);
		const ines = await c.ines.stream(X);
		const p = await c.B.post(X, 'Ben here: the consulate is open.');
		expect(p.status).toBe(201);
		await ines.waitFor((e) => e.seq === p.data.seq);
		// A trainee's stream carries their own world's view (a projection), never the log.
		await b.waitFor((e) => JSON.stringify(e).includes('Ben here: the consulate is open.'));
		const a = await c.A.stream(X);
		await a.waitFor((e) => e.type === 'reset');
		await new Promise((r) => setTimeout(r, 300));
		const everything = (s: typeof a) => JSON.stringify(s.events);
		expect(everything(a)).not.toContain('Ben here: the consulate is open.');
		expect(everything(a)).toContain('The consulate is open.');
		expect(a.events.some((e) => e.payload !== undefined)).toBe(false);
		expect(everything(a)).not.toMatch(/"(score|findings|joined|rubric|mustInclude|refutedBy)"/);
		expect(ines.events.some((e) => e.payload?.kind === 'joined')).toBe(true);
		for (const s of [a, b, ines]) s.close();
	});

	it('teams: drafts stay inside the team; only the lead clears them', async () => {
		const o = await c.O.stream(Y);
		const n = await c.N.post(Y, 'Draft from Noa: the consulate is open.');
		expect(n.status).toBe(202);
		const draftId = String(n.data.draftId);
		const m = await c.M.stream(Y);
		await m.waitFor((e) => e.type === 'draft' || JSON.stringify(e).includes('Draft from Noa'));
		expect((await c.N.json(`/api/x/${Y}/drafts/${draftId}`, { approve: true })).status).toBe(403);
		expect((await c.O.json(`/api/x/${Y}/drafts/${draftId}`, { approve: true })).status).toBe(404);
		const ok = await c.M.json(`/api/x/${Y}/drafts/${draftId}`, { approve: true });
		expect(ok.status).toBe(200);
		await m.waitFor((e) => e.type === 'view' && JSON.stringify(e).includes('Draft from Noa'));
		await new Promise((r) => setTimeout(r, 300));
		expect(JSON.stringify(o.events)).not.toContain('Draft from Noa');
		expect(o.events.some((e) => e.type === 'draft')).toBe(false);
		const page = await (await c.O.request(`/x/${Y}`)).text();
		expect(page).not.toContain('Draft from Noa');
		for (const s of [o, m]) s.close();
	});
});

describe('trainee accounts as co-instructors', () => {
	it('only instructor accounts can be added; a trainee account never reaches exercise control', async () => {
		const added = await c.ines.form(`/academy/${X}?/addInstructor`, { username: 'tia' });
		expect(await added.text()).toContain('only instructor accounts can control an exercise');
		const tia = new Client(server.url);
		await tia.login('tia', PW);
		for (const path of [
			`/academy/${X}`,
			`/academy/${X}/aar`,
			`/academy/${X}/aar.csv`,
			`/api/x/${X}/grid`,
			`/api/x/${X}/stream`
		]) {
			const r = await tia.request(path);
			await r.body?.cancel();
			expect([path, r.status]).toEqual([path, 403]);
		}
		for (const [path, body] of [
			[`/api/x/${X}/control`, { action: 'pause' }],
			[`/api/x/${X}/inject`, { text: 'x', to: 'all' }],
			[`/api/x/${X}/msel`, { action: 'cancel', eventId: 'journalist-question' }],
			[`/api/x/${X}/annotate`, { kind: 'comment', participantId: 'x', postId: 'p1', text: 'x' }]
		] as const)
			expect([path, (await tia.json(path, body)).status]).toEqual([path, 403]);
		// an instructor account can be added
		const ok = await c.ines.form(`/academy/${X}?/addInstructor`, { username: 'pia' });
		expect(await ok.text()).toContain('can now control this exercise');
	});
});

describe('trainee accounts', () => {
	it('a trainee account is no instructor, joins under its name and rejoins its seat from another device', async () => {
		const laptop = new Client(server.url);
		const login = await laptop.form('/academy/login', { username: 'tia', password: PW });
		expect([login.status, login.headers.get('location')]).toEqual([303, '/join']);
		expect((await laptop.request('/academy')).status).toBe(403);
		expect((await laptop.request(`/academy/${X}`)).status).toBe(403);
		const code = await c.ines.joinCode(X);
		expect(await laptop.join(code, '')).toBe(X);
		const p = await laptop.post(X, 'Tia from the laptop: the consulate is open.');
		expect(p.status).toBe(201);
		const phone = new Client(server.url);
		await phone.form('/academy/login', { username: 'tia', password: PW });
		expect(await phone.join(code, '')).toBe(X);
		const page = await (await phone.request(`/x/${X}`)).text();
		expect(page).toContain('Tia from the laptop');
		expect(page).toContain('you are <strong>tia</strong>');
	});
});

describe('bad input', () => {
	beforeAll(async () => {
		const code = await c.ines.joinCode(X);
		for (const k of ['C', 'D', 'E']) {
			c[k] = new Client(server.url);
			await c[k].join(code, `Trainee ${k}`);
		}
	});

	it('oversized, malformed and wrongly typed requests get clear errors and store nothing', async () => {
		const big = await c.C.request(`/api/x/${X}/posts`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ text: 'x'.repeat(10 * 1024 * 1024) })
		});
		expect(big.status).toBe(413);
		expect(await big.text()).toMatch(/limit|too large/i);
		const long = await c.C.post(X, 'y'.repeat(5001));
		expect([long.status, long.data.message]).toEqual([
			413,
			'The post is too long: 5,001 characters, the limit is 5,000.'
		]);
		const bad = await c.C.request(`/api/x/${X}/posts`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"text": '
		});
		expect([bad.status, (await bad.json()).message]).toEqual([
			400,
			'The request body is not valid JSON.'
		]);
		const form = await c.C.request(`/api/x/${X}/posts`, { method: 'POST', body: 'text=hi' });
		expect(form.status).toBe(415);
		// a cross-site form can send text/plain without a preflight: it is not JSON, whatever it says
		const plain = await c.E.request(`/api/x/${X}/posts`, {
			method: 'POST',
			headers: { 'content-type': 'text/plain;x=application/json' },
			body: JSON.stringify({ text: 'sneaky' })
		});
		expect(plain.status).toBe(415);
		const control = await c.ines.request(`/api/x/${X}/control`, {
			method: 'POST',
			headers: { 'content-type': 'text/plain;x=application/json' },
			body: JSON.stringify({ action: 'pause' })
		});
		expect(control.status).toBe(415);
		// broken text (a lone UTF-16 surrogate) is a clear 400, never a 500
		const lone = await c.E.request(`/api/x/${X}/posts`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"text":"half an emoji \\ud83d here"}'
		});
		expect([lone.status, (await lone.json()).message]).toEqual([
			400,
			'The request contains broken text (a lone UTF-16 surrogate); retype the last characters.'
		]);
		expect((await c.C.json(`/api/x/${X}/posts`, ['array'])).status).toBe(400);
		expect((await c.C.json(`/api/x/${X}/posts`, { text: 7 })).data.message).toBe(
			'The post is missing.'
		);
		expect((await c.ines.control(X, 'explode')).status).toBe(400);
		expect((await c.ines.json(`/api/x/${X}/inject`, { text: 'x', to: 'everyone' })).status).toBe(
			400
		);
		const lastEvent = await c.C.request(`/api/x/${X}/stream`, {
			headers: { 'last-event-id': 'abc' }
		});
		expect(lastEvent.status).toBe(400);
		const json = await (await c.ines.request(`/academy/${X}/aar.json`)).text();
		expect(json).not.toContain('yyyyyyyyyy');
	});

	it('HTML in posts and names is kept as text, never markup', async () => {
		const p = await c.D.post(X, '<script>alert("x")</script> is not a post format');
		expect(p.status).toBe(201);
		const html = await (await c.ines.request(`/academy/${X}`)).text();
		expect(html).not.toContain('<img src=x onerror');
		expect(html).not.toContain('<script>alert("x")</script>');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>Ben');
	});

	it('forged, replayed and stale credentials', async () => {
		const forged = new Client(server.url);
		forged.cookie = 'ddsim_session=' + 'A'.repeat(43);
		expect((await forged.post(X, 'hi')).status).toBe(401);
		const copy = new Client(server.url);
		const login = new Client(server.url);
		await login.login('ines', PW);
		copy.cookie = login.cookie;
		expect(await (await copy.request(`/academy/${X}`)).status).toBe(200);
		await login.form('/academy?/logout', {});
		expect((await copy.request(`/academy/${X}`)).status).toBe(303);
		expect((await copy.control(X, 'pause')).status).toBe(401);
		const wrong = await new Client(server.url).form('/academy/login', {
			username: 'ines',
			password: 'nope nope nope'
		});
		expect([wrong.status, await wrong.text()]).toEqual([
			401,
			expect.stringContaining('Wrong username or password')
		]);
		const code = await c.ines.joinCode(X);
		await c.ines.form(`/academy/${X}?/newCode`, {});
		const stale = await new Client(server.url).form('/join', { code, name: 'Late' });
		expect(stale.status).toBe(403);
		expect(await stale.text()).toContain('That code has been replaced');
		const typo = await new Client(server.url).form('/join', { code: 'NOPE', name: 'Late' });
		expect(await typo.text()).toContain('16 letters and digits');
	});

	it('cross-site writes are refused', async () => {
		const r = await fetch(`${server.url}/api/x/${X}/posts`, {
			method: 'POST',
			headers: {
				cookie: c.A.cookie,
				origin: 'https://evil.example',
				'content-type': 'application/json'
			},
			body: JSON.stringify({ text: 'from another site' })
		});
		expect(r.status).toBe(403);
		const f = await fetch(`${server.url}/academy/login`, {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'username=ines&password=x'
		});
		expect(f.status).toBe(403);
	});

	it('posting too fast is rate-limited with a clear wait', async () => {
		const codes: number[] = [];
		let message = '';
		for (let i = 0; i < 9; i++) {
			const r = await c.B.post(X, `Update ${i}: the consulate is open.`);
			codes.push(r.status);
			if (r.status === 429) message = String(r.data.message);
		}
		expect(codes).toContain(429);
		expect(message).toMatch(/^Too many requests; try again in \d+ seconds?\.$/);
	});
});
