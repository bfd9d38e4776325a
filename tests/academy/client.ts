/**
 * A small HTTP client for academy mode, speaking to a running server exactly as browsers do (form posts with
 * an Origin header, the session cookie, JSON endpoints, Server-Sent Events). Used by the authorisation,
 * crash-recovery and bad-input tests and by the load benchmark.
 */
import { execFileSync } from 'node:child_process';

export class Client {
	cookie = '';
	constructor(readonly base: string) {}

	async request(path: string, init: RequestInit = {}): Promise<Response> {
		const headers = new Headers(init.headers);
		if (this.cookie) headers.set('cookie', this.cookie);
		if (!headers.has('accept')) headers.set('accept', 'text/html,*/*;q=0.8');
		if (init.method && init.method !== 'GET') headers.set('origin', this.base);
		const r = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
		const set = r.headers.getSetCookie?.() ?? [];
		for (const c of set) {
			const [pair] = c.split(';');
			if (pair.startsWith('ddsim_session=')) this.cookie = pair.endsWith('=') ? '' : pair;
		}
		return r;
	}

	/** Submit a SvelteKit form action; returns the response (303 on success, with Location). */
	form(path: string, fields: Record<string, string>) {
		return this.request(path, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(fields).toString()
		});
	}

	async json(path: string, body: unknown, method = 'POST') {
		const r = await this.request(path, {
			method,
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
		const data = (await r.json().catch(() => ({}))) as Record<string, unknown>;
		return { status: r.status, data };
	}

	async login(username: string, password: string) {
		const r = await this.form('/academy/login', { username, password });
		if (r.status !== 303) throw new Error(`login failed: ${r.status} ${await r.text()}`);
	}

	/** Create an exercise from a shipped scenario; returns its id. */
	async createExercise(fields: Record<string, string>): Promise<string> {
		const fd = new FormData();
		for (const [k, v] of Object.entries(fields)) fd.set(k, v);
		const r = await this.request('/academy/new', { method: 'POST', body: fd });
		const loc = r.headers.get('location') ?? '';
		const m = loc.match(/^\/academy\/(x_[\w-]+)$/);
		if (r.status !== 303 || !m) throw new Error(`create failed: ${r.status} ${await r.text()}`);
		return m[1];
	}

	/** The current join code, read from the console page. */
	async joinCode(exerciseId: string): Promise<string> {
		const html = await (await this.request(`/academy/${exerciseId}`)).text();
		const m = html.match(
			/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/
		);
		if (!m) throw new Error('no join code on the console page');
		return m[0];
	}

	async join(code: string, name: string, team?: string): Promise<string> {
		const r = await this.form('/join', { code, name, ...(team ? { team } : {}) });
		const m = (r.headers.get('location') ?? '').match(/^\/x\/(x_[\w-]+)$/);
		if (r.status !== 303 || !m) throw new Error(`join failed: ${r.status} ${await r.text()}`);
		return m[1];
	}

	control(exerciseId: string, action: string, extra: Record<string, unknown> = {}) {
		return this.json(`/api/x/${exerciseId}/control`, { action, ...extra });
	}

	post(exerciseId: string, text: string, replyTo?: string) {
		return this.json(`/api/x/${exerciseId}/posts`, { text, ...(replyTo ? { replyTo } : {}) });
	}

	/** Open the live stream; events are collected in `events` as they arrive. */
	async stream(exerciseId: string, lastEventId?: number): Promise<Stream> {
		const ac = new AbortController();
		const headers: Record<string, string> = {};
		if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
		const r = await this.request(`/api/x/${exerciseId}/stream`, { headers, signal: ac.signal });
		const s = new Stream(r, ac);
		if (r.ok) void s.pump();
		return s;
	}
}

/** One message of a live stream: exercise control gets log events (`payload`); trainees get projected
 * messages (`type`: reset, view, clock, draft, settings, problem). */
export interface StreamEvent {
	seq: number;
	t: number;
	audience: string;
	payload: { kind: string; [k: string]: unknown };
	type?: string;
	receivedAt: number;
	[k: string]: unknown;
}

export class Stream {
	events: StreamEvent[] = [];
	closed = false;
	#waiters: (() => void)[] = [];
	constructor(
		readonly response: Response,
		private ac: AbortController
	) {}

	get status() {
		return this.response.status;
	}

	async pump() {
		const reader = this.response.body!.pipeThrough(new TextDecoderStream()).getReader();
		let buf = '';
		try {
			for (;;) {
				const { value, done } = await reader.read();
				if (done) break;
				buf += value;
				let i;
				while ((i = buf.indexOf('\n\n')) >= 0) {
					const block = buf.slice(0, i);
					buf = buf.slice(i + 2);
					const data = block
						.split('\n')
						.filter((l) => l.startsWith('data: '))
						.map((l) => l.slice(6))
						.join('\n');
					if (!data) continue;
					this.events.push({ ...JSON.parse(data), receivedAt: performance.now() });
					this.#waiters.splice(0).forEach((w) => w());
				}
			}
		} catch {
			/* aborted or the server went away */
		}
		this.closed = true;
		this.#waiters.splice(0).forEach((w) => w());
	}

	/** Wait until `pred` holds for some received event (or time out). */
	async waitFor(pred: (e: StreamEvent) => boolean, ms = 10_000): Promise<StreamEvent> {
		const deadline = Date.now() + ms;
		for (;;) {
			const hit = this.events.find(pred);
			if (hit) return hit;
			if (this.closed) throw new Error('stream closed');
			if (Date.now() > deadline) throw new Error('timed out waiting for a stream event');
			await new Promise<void>((r) => {
				this.#waiters.push(r);
				setTimeout(r, 200);
			});
		}
	}

	get lastSeq() {
		return this.events.at(-1)?.seq ?? 0;
	}

	close() {
		this.ac.abort();
	}
}

/** Create an instructor with the CLI (the way an academy admin does), on the server's database. */
export function createInstructorCli(
	env: Record<string, string>,
	username: string,
	password: string,
	role: 'instructor' | 'trainee' = 'instructor'
) {
	execFileSync(
		process.execPath,
		['bin/ddsim.js', 'admin', `create-${role}`, username, '--password-stdin'],
		{
			input: password + '\n',
			env: { ...process.env, ...env },
			stdio: ['pipe', 'pipe', 'pipe']
		}
	);
}
