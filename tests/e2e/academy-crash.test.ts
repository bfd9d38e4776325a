/**
 * Crash recovery, on the embedded database and on PostgreSQL: five trainees post concurrently, the server is
 * killed with SIGKILL while posts are in flight, and a new server on the same data must still hold every
 * acknowledged post (console stream from 0 and the AAR export), accept the old session cookies, resume a
 * trainee's stream after its Last-Event-ID without gaps or duplicates, and take new posts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, createInstructorCli, type Stream, type StreamEvent } from '../academy/client';

import { freshDatabase, startPostgres, type PgServer } from '../db/pg-server';
import { startServer, type RunningServer } from './harness';

const USER = 'ines';
const PASSWORD = 'correct horse battery staple';
const TRAINEES = 5;
const ACKS_BEFORE_KILL = 15;

let pg: Promise<PgServer> | undefined;
afterAll(async () => {
	if (pg) await (await pg).stop();
});

const backends = [
	{
		name: 'embedded PGlite',
		env: async () => {
			const dir = mkdtempSync(join(tmpdir(), 'ddsim-crash-'));
			return {
				env: { DATA_DIR: dir },
				cleanup: () => rmSync(dir, { recursive: true, force: true })
			};
		}
	},
	{
		name: 'PostgreSQL',
		env: async () => {
			pg ??= startPostgres();
			const url = await freshDatabase(await pg, `ddsim_crash_${process.pid}`);
			return { env: { DATABASE_URL: url }, cleanup: () => {} };
		}
	}
];

interface Attempt {
	trainee: number;
	text: string;
	status?: number;
	postId?: string;
	seq?: number;
	failed?: string;
}

/** The same session on another server address (the cookie is what a browser would send to 127.0.0.1). */
function moved(c: Client, url: string): Client {
	const n = new Client(url);
	n.cookie = c.cookie;
	return n;
}

async function caughtUp(s: Stream, seq: number) {
	await s.waitFor((e) => e.seq >= seq, 15_000);
}

const inputs = (events: StreamEvent[]) => events.filter((e) => e.payload.kind === 'input');

describe.each(backends)('academy crash recovery on $name', (backend) => {
	it('keeps every acknowledged post through SIGKILL; sessions, stream resume and posting work after restart', async () => {
		const { env, cleanup } = await backend.env();
		const servers: RunningServer[] = [];
		const streams: Stream[] = [];
		let serverLog = '';
		const logged = (s: RunningServer) => {
			servers.push(s);
			const tag = `[server ${servers.length}] `;
			s.process.stdout?.on('data', (d) => (serverLog += tag + d));
			s.process.stderr?.on('data', (d) => (serverLog += tag + d));
			s.process.on('exit', (code, sig) => (serverLog += `${tag}exit ${code ?? sig}\n`));
			return s;
		};
		try {
			createInstructorCli(env, USER, PASSWORD);
			const runEnv = { ...env, DDSIM_NO_RATE_LIMIT: 'post' };
			const first = logged(await startServer({ env: runEnv }));
			const ins = new Client(first.url);
			await ins.login(USER, PASSWORD);
			const id = await ins.createExercise({
				scenario: 'quake-consulate-rumour',
				speed: '20',
				mode: 'individual'
			});
			const code = await ins.joinCode(id);
			const trainees = Array.from({ length: TRAINEES }, () => new Client(first.url));
			for (const [i, t] of trainees.entries()) await t.join(code, `Trainee ${i + 1}`);
			const before = await Promise.all(trainees.map((t) => t.stream(id)));
			streams.push(...before);
			expect((await ins.control(id, 'start')).status).toBe(200);

			// Each trainee posts in a loop until the server dies under it.
			const attempts: Attempt[] = [];
			const acked = () => attempts.filter((a) => a.status === 201);
			let enough: () => void = () => {};
			const reached = new Promise<void>((r) => (enough = r));
			const loops = trainees.map(async (t, i) => {
				for (let k = 0; ; k++) {
					const a: Attempt = {
						trainee: i,
						text: `Trainee ${i + 1}, update ${k}: the consulate in Porto Veyra is open; call +00 100 200 300.`
					};
					attempts.push(a);
					try {
						const r = await t.post(id, a.text);
						a.status = r.status;
						if (r.status === 201) {
							a.postId = String(r.data.postId);
							a.seq = Number(r.data.seq);
							if (acked().length >= ACKS_BEFORE_KILL) enough();
						} else {
							a.failed = `status ${r.status}: ${JSON.stringify(r.data)}`;
							return enough();
						}
					} catch (e) {
						a.failed = String((e as Error).cause ?? e);
						return enough();
					}
				}
			});
			await reached;
			await first.stop('SIGKILL');
			await Promise.all(loops);
			for (const s of before) s.close();
			const ok = acked();
			const failed = attempts.filter((a) => a.status !== 201);
			expect(ok.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
			// Every loop ended on a connection error (in flight or refused), none on an HTTP error.
			expect(failed.every((a) => a.status === undefined)).toBe(true);

			// Restart on the same data, at a new address.
			const second = logged(await startServer({ env: runEnv }));
			expect(second.url).not.toBe(first.url);
			const ins2 = moved(ins, second.url);
			const t2 = trainees.map((t) => moved(t, second.url));
			for (const t of t2) expect((await t.request(`/x/${id}`)).status).toBe(200);

			// A fresh console stream from 0 holds every acknowledged post, at its seq, complete.
			const log = await ins2.stream(id);
			streams.push(log);
			expect(log.status).toBe(200);
			await caughtUp(log, Math.max(...ok.map((a) => a.seq!)));
			const bySeq = new Map(log.events.map((e) => [e.seq, e]));
			const pidOf = new Map<number, string>();
			for (const a of ok) {
				const e = bySeq.get(a.seq!);
				expect(e, `acknowledged post seq ${a.seq}`).toBeDefined();
				const p = e!.payload as {
					kind: string;
					participantId: string;
					input: { id: string; text: string };
					score?: { overall: number };
				};
				expect(p.kind).toBe('input');
				expect(p.input).toMatchObject({ id: a.postId, text: a.text });
				expect(typeof p.score?.overall).toBe('number');
				if (pidOf.has(a.trainee)) expect(p.participantId).toBe(pidOf.get(a.trainee));
				pidOf.set(a.trainee, p.participantId);
			}
			expect(pidOf.size).toBe(TRAINEES);
			// Posts in flight may have committed after the last acknowledged seq. An instructor comment appended
			// now lands after all of them, so once the stream has it, it holds the whole stored log.
			const firstOk = ok.find((a) => a.trainee === 0)!;
			const comment = await ins2.json(`/api/x/${id}/annotate`, {
				kind: 'comment',
				participantId: pidOf.get(0),
				postId: firstOk.postId,
				text: 'Still here after the restart.'
			});
			expect(comment.status).toBe(200);
			await log.waitFor((e) => e.payload.kind === 'comment', 15_000);

			// The whole log: seqs 1..n once each; each trainee's posts are p1..pk, each complete and scored;
			// a post whose request failed is either absent or stored whole.
			const seqs = log.events.map((e) => e.seq);
			expect(seqs).toEqual(seqs.map((_, i) => i + 1));
			const stored = new Map<string, { id: string; text: string }[]>();
			for (const e of inputs(log.events)) {
				const p = e.payload as unknown as {
					participantId: string;
					input: { kind: string; id: string; text: string };
					score?: { overall: number };
				};
				if (p.input.kind !== 'post') continue;
				expect(typeof p.score?.overall).toBe('number');
				const list = stored.get(p.participantId) ?? [];
				list.push({ id: p.input.id, text: p.input.text });
				stored.set(p.participantId, list);
			}
			for (const [i, pid] of pidOf) {
				const list = stored.get(pid)!;
				expect(list.map((p) => p.id)).toEqual(list.map((_, k) => `p${k + 1}`));
				const mine = attempts.filter((a) => a.trainee === i);
				for (const p of list) expect(mine.some((a) => a.text === p.text)).toBe(true);
				for (const a of mine.filter((x) => x.status === 201))
					expect(list).toContainEqual({ id: a.postId, text: a.text });
			}

			// The AAR export has them too.
			const aar = (await (await ins2.request(`/academy/${id}/aar.json`)).json()) as {
				posts: { participantId: string; postId: string; text: string }[];
			};
			for (const a of ok)
				expect(aar.posts).toContainEqual(
					expect.objectContaining({
						participantId: pidOf.get(a.trainee),
						postId: a.postId,
						text: a.text
					})
				);
			for (const [pid, list] of stored)
				expect(aar.posts.filter((p) => p.participantId === pid).length).toBe(list.length);

			// Trainee 1 reconnects with the last event id it saw: its stream (a projection of its own world,
			// never the log) starts again with the whole view, holding every one of its stored posts.
			const last = before[0].lastSeq;
			expect(last).toBeGreaterThan(0);
			const resumed = await t2[0].stream(id, last);
			streams.push(resumed);
			expect(resumed.status).toBe(200);
			const reset = await resumed.waitFor((e) => e.type === 'reset');
			expect(reset.seq).toBeGreaterThanOrEqual(last);
			const seen = (reset.view as { posts: { id: string; text: string }[] }).posts;
			expect(seen.map((p) => ({ id: p.id, text: p.text }))).toEqual(stored.get(pidOf.get(0)!));
			// Before the crash its stream never went backwards.
			const seen0 = before[0].events.map((e) => e.seq).filter((x) => typeof x === 'number');
			expect(seen0).toEqual([...seen0].sort((a, b) => a - b));

			// And posts again: the next post id follows what is stored, on the console and its own stream.
			const again = await t2[0].post(id, 'After the restart: the consulate is still open.');
			expect(again.status).toBe(201);
			expect(again.data.postId).toBe(`p${stored.get(pidOf.get(0)!)!.length + 1}`);
			const seq = Number(again.data.seq);
			await resumed.waitFor(
				(e) => e.type === 'view' && JSON.stringify(e).includes('After the restart'),
				15_000
			);
			expect((await log.waitFor((e) => e.seq === seq)).payload.kind).toBe('input');
		} catch (e) {
			throw new Error(`${(e as Error).message}\nserver output:\n${serverLog}`, { cause: e });
		} finally {
			for (const s of streams) s.close();
			// stop() waits for 'exit', which a process already killed by a signal never emits again.
			for (const s of servers)
				if (s.process.exitCode === null && s.process.signalCode === null) await s.stop('SIGKILL');
			cleanup();
		}
	});
});
