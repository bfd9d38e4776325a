/**
 * Academy mode with the trainee's new actions (issue 13), over HTTP on the real server: quote posts, re-posts,
 * pins and messages to a colleague are validated like posts, refused with clear messages when wrong, stored as
 * engine inputs, replayed identically (the trainee's stream carries them), and go through team clearance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './harness';
import { Client, createInstructorCli, type StreamEvent } from '../academy/client';

let server: RunningServer;
let dir: string;
const PW = 'correct horse battery';
let X: string;
let Y: string;
const c: Record<string, Client> = {};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ddsim-actions-'));
	createInstructorCli({ DATA_DIR: dir }, 'ines', PW);
	server = await startServer({ env: { DATA_DIR: dir, DDSIM_NO_RATE_LIMIT: 'post' } });
	for (const k of ['A', 'M', 'N', 'ines']) c[k] = new Client(server.url);
	await c.ines.login('ines', PW);
	X = await c.ines.createExercise({ scenario: 'quake-consulate-rumour', speed: '1' });
	Y = await c.ines.createExercise({
		scenario: 'quake-consulate-rumour',
		mode: 'teams',
		teams: 'Team one',
		clearance: 'on',
		speed: '1'
	});
	await c.A.join(await c.ines.joinCode(X), 'Ana');
	const codeY = await c.ines.joinCode(Y);
	const html = await (await c.M.request(`/join?code=${codeY}`)).text();
	const team = [...html.matchAll(/<option value="(team_[\w-]+)"/g)].map((m) => m[1])[0];
	await c.M.join(codeY, 'Mia', team);
	await c.N.join(codeY, 'Noa', team);
	for (const id of [X, Y]) {
		expect((await c.ines.control(id, 'start')).status).toBe(200);
		const sent = await c.ines.json(`/api/x/${id}/inject`, { eventId: 'rumour-video', to: 'all' });
		expect(sent.status).toBe(200);
	}
}); // the e2e project's hook timeout (180 s): generous for a busy machine

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const act = (k: string, id: string, body: unknown) => c[k].json(`/api/x/${id}/actions`, body);
/** The engine input an event carries, if it carries one. */
const input = (e: StreamEvent) =>
	e.payload?.kind === 'input'
		? (e.payload.input as { kind: string; itemId?: string; quoteOf?: string })
		: undefined;

describe('academy: quote, re-post, pin, message', () => {
	it('validates every action with a clear message and stores nothing wrong', async () => {
		const cases: [unknown, number, RegExp][] = [
			[{ kind: 'like', itemId: 'rumour-video' }, 400, /Unknown action/],
			[{ kind: 'share' }, 400, /post to re-post is missing/],
			[{ kind: 'share', itemId: '../etc' }, 400, /not an id/],
			[{ kind: 'share', itemId: 'nope' }, 400, /not in your timeline/],
			[{ kind: 'share', itemId: 'consul-cable' }, 400, /not in your timeline/],
			[{ kind: 'pin', postId: 'p9' }, 404, /No such post/],
			[{ kind: 'message', to: 'lena', text: 'Off the record' }, 400, /colleagues/],
			[{ kind: 'message', to: 'consul', text: '' }, 400, /empty/],
			[{ kind: 'message', to: 'consul', text: 'x'.repeat(6000) }, 413, /too long/]
		];
		for (const [body, status, msg] of cases) {
			const r = await act('A', X, body);
			expect([r.status, r.data.message], JSON.stringify(body)).toEqual([
				status,
				expect.stringMatching(msg)
			]);
		}
		const q = await c.A.json(`/api/x/${X}/posts`, {
			text: 'Our consulate is open.',
			quoteOf: 'nope'
		});
		expect([q.status, q.data.message]).toEqual([
			400,
			'The post you are quoting is not in your timeline.'
		]);
		const both = await c.A.json(`/api/x/${X}/posts`, {
			text: 'Our consulate is open.',
			quoteOf: 'rumour-video',
			replyTo: 'rumour-video'
		});
		expect(both.status).toBe(400);
	});

	it('a quote, a re-post, a pin and a message reach the world and the stream', async () => {
		// Exercise control reads the log (every input with its score); the trainee reads a view of the world.
		const stream = await c.ines.stream(X);
		const view = await c.A.stream(X);
		const quote = await c.A.json(`/api/x/${X}/posts`, {
			text: 'Our consulate in Porto Veyra is open: 140 people are sheltering there.',
			quoteOf: 'rumour-video'
		});
		expect(quote.status).toBe(201);
		const share = await act('A', X, { kind: 'share', itemId: 'rumour-video' });
		expect(share.status).toBe(201);
		expect(share.data.postId).toBe('p2');
		const again = await act('A', X, { kind: 'share', itemId: 'rumour-video' });
		expect([again.status, again.data.message]).toEqual([400, 'You have already re-posted it.']);
		expect((await act('A', X, { kind: 'pin', postId: 'p1' })).status).toBe(200);
		const msg = await act('A', X, {
			kind: 'message',
			to: 'consul',
			text: 'Can you confirm the consulate is open?'
		});
		expect(msg.status).toBe(200);
		const kinds: string[] = [];
		for (const k of ['post', 'share', 'pin', 'message']) {
			const e = await stream.waitFor((x) => input(x)?.kind === k);
			kinds.push(input(e)!.kind);
		}
		expect(kinds).toEqual(['post', 'share', 'pin', 'message']);
		const shareEvent = await stream.waitFor((x) => input(x)?.kind === 'share');
		const score = (
			shareEvent.payload as { score?: { findings: { id: string; severity: string }[] } }
		).score!;
		expect(score.findings).toContainEqual(
			expect.objectContaining({ id: 'amplified-unverified', severity: 'critical' })
		);
		await view.waitFor(
			(e) => e.type === 'view' && JSON.stringify(e).includes('140 people are sheltering there')
		);
		stream.close();
		view.close();
	});

	it('a team member’s quote and re-post wait for the lead’s clearance', async () => {
		const q = await c.N.json(`/api/x/${Y}/posts`, {
			text: 'The consulate is open; please do not share this video.',
			quoteOf: 'rumour-video'
		});
		expect(q.status).toBe(202);
		const s = await act('N', Y, { kind: 'share', itemId: 'rumour-video' });
		expect(s.status).toBe(202);
		const shareDraft = s.data.draftId as string;
		const ok = await c.M.json(`/api/x/${Y}/drafts/${shareDraft}`, { approve: true });
		expect(ok.status).toBe(200);
		const quoteOk = await c.M.json(`/api/x/${Y}/drafts/${q.data.draftId}`, { approve: true });
		expect(quoteOk.status).toBe(200);
		const stream = await c.ines.stream(Y);
		const posted = await stream.waitFor((x) => input(x)?.kind === 'share');
		expect(input(posted)!.itemId).toBe('rumour-video');
		const quoted = await stream.waitFor((x) => input(x)?.quoteOf === 'rumour-video');
		expect(quoted).toBeTruthy();
		stream.close();
	});
});
