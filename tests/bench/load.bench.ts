/**
 * Academy load: N trainees (default 300, BENCH_TRAINEES) join one exercise over HTTP, each holds its own live
 * stream, and each posts a few times spread over ~20 s. Measures post → instructor-console latency (from just
 * before the POST is sent until the console stream receives the event with the acknowledged seq), POST ack
 * latency, throughput, errors (non-2xx, missing events, duplicate or out-of-order seqs, gaps on any stream)
 * and the server's RSS. Embedded PGlite always; PostgreSQL too with BENCH_PG=1.
 *
 * First the same traffic runs against a no-op server (the machine's and the client's floor; BENCH_BASELINE=0
 * skips it), so the figures separate what the machine costs from what ddsim costs.
 *
 * BENCH_BEFORE=<dir> also runs an earlier build (a copy of build-test/ kept inside the project, e.g. .tmp/before,
 * so it finds node_modules) under the same traffic, alternating with the current one BENCH_ROUNDS times (default
 * 1), and prints the ratio of server CPU per post: a before → after figure from one run on one machine.
 *
 * BENCH_PROFILE=<dir> writes a V8 CPU profile of the server process there (`node --cpu-prof`; the server is
 * then stopped with SIGTERM so the profile is written). Open it in Chrome DevTools or read it with
 * `node tests/bench/cpuprofile-top.mjs <file>`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, createInstructorCli, type Stream } from '../academy/client.ts';
import { freePort, startServer, type RunningServer } from '../e2e/harness.ts';
import { spawn } from 'node:child_process';
import { freshDatabase, startPostgres, type PgServer } from '../db/pg-server.ts';
import type { BenchResult } from './types.ts';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 300);
const POSTS_EACH = 3;
const SPREAD_MS = 20_000;
const JOIN_CONCURRENCY = 25;
const SETTLE_MS = 15_000;
const USER = 'bench';
const PASSWORD = 'correct horse battery staple';

const TEXTS = [
	'Our consulate in Porto Veyra is open and staffed. Call +00 100 200 300 for help.',
	'If you are in Porto Veyra and safe, mark yourself safe with family; consular line +00 100 200 300.',
	'Reports that the consulate has closed are false. We are open all night at the usual address.',
	'Aftershocks are possible: stay away from damaged buildings and follow local authorities.'
];

/** mulberry32: a small seeded PRNG, so every run spreads the posts the same way. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function pct(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number | undefined): number {
	if (!pid) return NaN;
	try {
		const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)\s+kB/);
		return m ? Number(m[1]) / 1024 : NaN;
	} catch {
		return NaN;
	}
}

/** CPU time (user + system) a process has used so far, in ms (from /proc; NaN where unavailable). */
function cpuMs(pid: number | undefined): number {
	if (!pid) return NaN;
	try {
		const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
		return ((Number(rest[11]) + Number(rest[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
	} catch {
		return NaN;
	}
}

/** The machine's load while a phase ran: the 1-minute load average at its end. */
function loadAvg(): number {
	try {
		return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
	} catch {
		return NaN;
	}
}

async function pool<T>(items: T[], n: number, fn: (x: T, i: number) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(n, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				await fn(items[i], i);
			}
		})
	);
}

interface Sent {
	trainee: number;
	text?: string;
	t0: number;
	ack?: number;
	seq?: number;
	status?: number;
}

/** Check one stream: strictly increasing seqs (no duplicates), and report repeats and missing seqs. */
function seqProblems(s: Stream, expected?: number[]): { dup: number; gaps: number } {
	let dup = 0;
	const seen = new Set<number>();
	let prev = 0;
	for (const e of s.events) {
		if (seen.has(e.seq) || e.seq <= prev) dup++;
		seen.add(e.seq);
		prev = Math.max(prev, e.seq);
	}
	let gaps = 0;
	if (expected) {
		for (const q of expected) if (!seen.has(q)) gaps++;
	} else {
		// The console sees every event: the seqs must be exactly 1..max.
		for (let q = 1; q <= prev; q++) if (!seen.has(q)) gaps++;
	}
	return { dup, gaps };
}

/** The traffic: every trainee with a stream posts POSTS_EACH times at seeded random moments over SPREAD_MS. */
async function postAll(id: string, trainees: Client[], tStreams: (Stream | undefined)[]) {
	const rnd = prng(20240607);
	const sent: Sent[] = [];
	let fetchErrors = 0;
	const statuses = new Map<number, number>();
	const tPost = performance.now();
	await Promise.all(
		trainees.flatMap((c, i) =>
			tStreams[i]
				? Array.from({ length: POSTS_EACH }, async (_, k) => {
						await sleep(rnd() * SPREAD_MS);
						const text = `${TEXTS[(i + k) % TEXTS.length]} (#${i}.${k})`;
						const s: Sent = { trainee: i, text, t0: performance.now() };
						sent.push(s);
						try {
							const r = await c.post(id, text);
							s.ack = performance.now() - s.t0;
							s.status = r.status;
							if (typeof r.data.seq === 'number') s.seq = r.data.seq;
						} catch {
							fetchErrors++;
						}
						if (s.status !== undefined) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
					})
				: []
		)
	);
	return { sent, fetchErrors, statuses, tPost };
}

async function runOnce(
	label: string,
	env: Record<string, string>,
	build?: string
): Promise<BenchResult[]> {
	createInstructorCli(env, USER, PASSWORD);
	let server: RunningServer | undefined;
	const streams: Stream[] = [];
	let rssTimer: ReturnType<typeof setInterval> | undefined;
	try {
		const profile = process.env.BENCH_PROFILE;
		server = await startServer({
			env: { ...env, DDSIM_NO_RATE_LIMIT: 'join' },
			nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
			...(build ? { build } : {})
		});
		const pid = server.process.pid;
		const url = server.url;
		const ins = new Client(url);
		await ins.login(USER, PASSWORD);
		const id = await ins.createExercise({
			scenario: 'quake-consulate-rumour',
			speed: '20',
			mode: 'individual'
		});
		const code = await ins.joinCode(id);
		const console_ = await ins.stream(id);
		if (console_.status !== 200) throw new Error(`console stream: ${console_.status}`);
		streams.push(console_);

		const trainees = Array.from({ length: TRAINEES }, () => new Client(url));
		const tStreams: Stream[] = new Array(TRAINEES);
		let joinErrors = 0;
		const tJoin = performance.now();
		await pool(trainees, JOIN_CONCURRENCY, async (c, i) => {
			try {
				await c.join(code, `Trainee ${i + 1}`);
				const s = await c.stream(id);
				if (s.status !== 200) joinErrors++;
				tStreams[i] = s;
				streams.push(s);
			} catch {
				joinErrors++;
			}
		});
		const joinMs = performance.now() - tJoin;

		let peakRss = rssMb(pid);
		rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);

		const start = await ins.control(id, 'start');
		if (start.status !== 200) throw new Error(`start failed: ${start.status}`);

		const cpu0 = cpuMs(pid);
		const client0 = process.cpuUsage();
		const { sent, fetchErrors, statuses, tPost } = await postAll(id, trainees, tStreams);
		const postWall = performance.now() - tPost;
		const serverCpu = cpuMs(pid) - cpu0;
		const c1 = process.cpuUsage(client0);
		const clientCpu = (c1.user + c1.system) / 1000;
		const load = loadAvg();
		if (process.env.BENCH_DUMP)
			writeFileSync(
				process.env.BENCH_DUMP,
				sent.map((x) => `${(x.t0 - tPost).toFixed(0)}\t${x.ack?.toFixed(1)}`).join('\n')
			);
		const acked = sent.filter((s) => s.status === 201 && s.seq !== undefined);
		const non2xx = sent.filter((s) => s.status !== undefined && (s.status < 200 || s.status > 299));

		// Wait for the console to have every acknowledged seq (bounded).
		const deadline = Date.now() + SETTLE_MS;
		const maxSeq = Math.max(0, ...acked.map((s) => s.seq!));
		while (console_.lastSeq < maxSeq && Date.now() < deadline) await sleep(50);
		await sleep(500); // let trainee streams drain too
		clearInterval(rssTimer);
		rssTimer = undefined;
		const endRss = rssMb(pid);

		const bySeq = new Map(console_.events.map((e) => [e.seq, e]));
		const e2e: number[] = [];
		let missing = 0;
		const pidOf = new Map<number, string>();
		for (const s of acked) {
			const ev = bySeq.get(s.seq!);
			if (!ev) {
				missing++;
				continue;
			}
			e2e.push(ev.receivedAt - s.t0);
			pidOf.set(s.trainee, String(ev.payload.participantId));
		}
		const consoleSeq = seqProblems(console_);

		// Each trainee stream is a projection of their own world (never the log): its seqs never go back, and
		// every one of their acknowledged posts reached their view; nobody else's did.
		let traineeDup = 0;
		let traineeGaps = 0;
		let traineeMissingOwn = 0;
		const viewLatency: number[] = [];
		for (let i = 0; i < TRAINEES; i++) {
			const s = tStreams[i];
			if (!s) continue;
			let prev = 0;
			for (const e of s.events) {
				if (typeof e.seq !== 'number') continue;
				if (e.seq < prev) traineeDup++;
				prev = e.seq;
			}
			const texts = s.events.map((e) => ({ at: e.receivedAt, json: JSON.stringify(e) }));
			for (const a of sent.filter((x) => x.trainee === i && x.status === 201)) {
				const hit = texts.find((x) => x.json.includes(a.text!));
				if (!hit) traineeMissingOwn++;
				else viewLatency.push(hit.at - a.t0);
			}
			const others = sent.filter((x) => x.trainee !== i && x.status === 201).slice(0, 20);
			for (const o of others) if (texts.some((x) => x.json.includes(o.text!))) traineeGaps++;
		}
		const delivered = streams.reduce((n, s) => n + s.events.length, 0);

		const errors =
			joinErrors +
			fetchErrors +
			non2xx.length +
			missing +
			consoleSeq.dup +
			consoleSeq.gaps +
			traineeDup +
			traineeGaps +
			traineeMissingOwn;
		const lat = [...e2e].sort((a, b) => a - b);
		const ack = acked.map((s) => s.ack!).sort((a, b) => a - b);
		const p99 = pct(lat, 99);
		const ok = p99 <= 100 && errors === 0;
		const tag = `${TRAINEES} trainees, ${label}`;
		console.log(
			`  [${label}] ${sent.length} posts sent, ${acked.length} acknowledged (201); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
				`errors: join ${joinErrors}, fetch ${fetchErrors}, non-2xx ${non2xx.length}, missing on console ${missing}, ` +
				`console dup ${consoleSeq.dup} gaps ${consoleSeq.gaps}, trainee views: out of order ${traineeDup}, others' posts seen ${traineeGaps}, ` +
				`own posts missing ${traineeMissingOwn}; joins + streams took ${(joinMs / 1000).toFixed(1)} s`
		);
		console.log(
			`  [${label}] goal "p99 ≤ 100 ms, 0 errors": ${ok ? 'PASS' : 'FAIL'} (p99 ${p99.toFixed(1)} ms, ${errors} errors)`
		);
		const latency = (what: string, xs: number[], goal: boolean): BenchResult[] =>
			(['p50', 'p95', 'p99', 'max'] as const).map((q) => {
				const v = q === 'max' ? (xs.at(-1) ?? NaN) : pct(xs, Number(q.slice(1)));
				return {
					name: `${what} ${q} (${tag})`,
					value: v,
					unit: 'ms',
					...(goal && q === 'p99' ? { goal: '≤ 100 ms', ok: v <= 100 } : {})
				};
			});
		return [
			...latency('post → console', lat, true),
			...latency('POST ack', ack, false),
			...latency(
				"post → the trainee's own view",
				viewLatency.sort((a, b) => a - b),
				false
			),
			{
				name: `acknowledged posts per second (${label})`,
				value: acked.length / (postWall / 1000),
				unit: 'posts/s'
			},
			{
				name: `stream events delivered per second (${label})`,
				value: delivered / (postWall / 1000),
				unit: 'events/s'
			},
			{
				name: `server CPU per post, posting phase (${label})`,
				value: serverCpu / Math.max(1, sent.length),
				unit: 'ms'
			},
			{
				name: `server CPU busy, posting phase (${label})`,
				value: (100 * serverCpu) / postWall,
				unit: '% of a core'
			},
			{
				name: `bench client CPU busy, posting phase (${label})`,
				value: (100 * clientCpu) / postWall,
				unit: '% of a core'
			},
			{ name: `machine load average during the run (${label})`, value: load, unit: '(2 cores)' },
			{ name: `errors (${label})`, value: errors, unit: '', goal: '0', ok: errors === 0 },
			{ name: `server RSS peak (${label})`, value: peakRss, unit: 'MB' },
			{ name: `server RSS at end (${label})`, value: endRss, unit: 'MB' },
			{
				name: `goal p99 ≤ 100 ms and 0 errors (${label})`,
				value: ok ? 1 : 0,
				unit: ok ? 'pass' : 'fail',
				goal: 'pass',
				ok
			}
		];
	} finally {
		if (rssTimer) clearInterval(rssTimer);
		for (const s of streams) s.close();
		await server?.stop(process.env.BENCH_PROFILE ? 'SIGTERM' : 'SIGKILL');
	}
}

/**
 * The machine's floor: the same clients, streams and traffic against a no-op server (load-noop-server.mjs)
 * that answers each post at once and forwards it on the console's stream. Whatever latency this shows is the
 * machine (two cores shared with other work) and the client, not ddsim.
 */
async function runBaseline(): Promise<{ results: BenchResult[]; p99: number }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['tests/bench/load-noop-server.mjs', String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const streams: Stream[] = [];
	try {
		await new Promise<void>((resolve, reject) => {
			child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
			child.once('exit', (code) => reject(new Error(`no-op server exited (${code})`)));
		});
		const url = `http://127.0.0.1:${port}`;
		const id = 'x_noop';
		const console_ = await new Client(url).stream(id);
		streams.push(console_);
		const trainees = Array.from({ length: TRAINEES }, () => new Client(url));
		const tStreams: Stream[] = new Array(TRAINEES);
		await pool(trainees, JOIN_CONCURRENCY, async (c, i) => {
			tStreams[i] = await c.stream(id);
			streams.push(tStreams[i]);
		});
		const cpu0 = cpuMs(child.pid);
		const client0 = process.cpuUsage();
		const { sent, fetchErrors, tPost } = await postAll(id, trainees, tStreams);
		const wall = performance.now() - tPost;
		const serverCpu = cpuMs(child.pid) - cpu0;
		const c1 = process.cpuUsage(client0);
		const load = loadAvg();
		const acked = sent.filter((x) => x.status === 201 && x.seq !== undefined);
		const maxSeq = Math.max(0, ...acked.map((x) => x.seq!));
		const deadline = Date.now() + SETTLE_MS;
		while (console_.lastSeq < maxSeq && Date.now() < deadline) await sleep(50);
		const bySeq = new Map(console_.events.map((e) => [e.seq, e]));
		const lat = acked
			.map((x) => (bySeq.get(x.seq!)?.receivedAt ?? NaN) - x.t0)
			.filter(Number.isFinite)
			.sort((a, b) => a - b);
		const errors = fetchErrors + (sent.length - acked.length) + (acked.length - lat.length);
		const tag = `${TRAINEES} trainees, no-op server`;
		return {
			p99: pct(lat, 99),
			results: [
				...(['p50', 'p95', 'p99', 'max'] as const).map((q) => ({
					name: `baseline post → console ${q} (${tag})`,
					value: q === 'max' ? (lat.at(-1) ?? NaN) : pct(lat, Number(q.slice(1))),
					unit: 'ms'
				})),
				{ name: `baseline errors (no-op server)`, value: errors, unit: '' },
				{
					name: 'baseline server CPU busy (no-op server)',
					value: (100 * serverCpu) / wall,
					unit: '% of a core'
				},
				{
					name: 'baseline bench client CPU busy (no-op server)',
					value: (100 * (c1.user + c1.system)) / 1000 / wall,
					unit: '% of a core'
				},
				{ name: 'machine load average (no-op server run)', value: load, unit: '(2 cores)' }
			]
		};
	} finally {
		for (const x of streams) x.close();
		child.kill('SIGKILL');
	}
}

export async function benchLoad(): Promise<BenchResult[]> {
	const results: BenchResult[] = [];
	let floor = NaN;
	if (process.env.BENCH_BASELINE !== '0') {
		const b = await runBaseline();
		results.push(...b.results);
		floor = b.p99;
	}
	const before = process.env.BENCH_BEFORE;
	const rounds = before ? Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1)) : 1;
	const cpu = (r: BenchResult[]) =>
		r.find((x) => x.name.startsWith('server CPU per post'))?.value ?? NaN;
	const cpuBefore: number[] = [];
	const cpuAfter: number[] = [];
	for (let round = 0; round < rounds; round++) {
		if (before) {
			const dir = mkdtempSync(join(tmpdir(), 'ddsim-load-'));
			try {
				const r = await runOnce(`PGlite, earlier build ${before}`, { DATA_DIR: dir }, before);
				results.push(...r);
				cpuBefore.push(cpu(r));
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
		const dir = mkdtempSync(join(tmpdir(), 'ddsim-load-'));
		try {
			const r = await runOnce('PGlite', { DATA_DIR: dir });
			results.push(...r);
			cpuAfter.push(cpu(r));
			const p99 = r.find((x) => x.name.startsWith('post → console p99'))?.value ?? NaN;
			if (Number.isFinite(floor))
				results.push({
					name: 'post → console p99 above the no-op baseline (PGlite)',
					value: p99 - floor,
					unit: 'ms',
					ratio: p99 / floor,
					ratioLabel: 'ddsim p99 / no-op p99'
				});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	if (before) {
		results.push({
			name: `server CPU per post, median of ${rounds} (PGlite, this build)`,
			value: median(cpuAfter),
			unit: 'ms',
			ratio: median(cpuAfter) / median(cpuBefore),
			ratioLabel: `this build / earlier build (${median(cpuBefore).toFixed(1)} ms)`
		});
	}
	if (process.env.BENCH_PG === '1') {
		let pg: PgServer | undefined;
		try {
			pg = await startPostgres();
			const pgBefore: number[] = [];
			const pgAfter: number[] = [];
			for (let round = 0; round < rounds; round++) {
				if (before) {
					const url = await freshDatabase(pg, `ddsim_load_before_${round}`);
					const r = await runOnce(
						`PostgreSQL, earlier build ${before}`,
						{ DATABASE_URL: url },
						before
					);
					results.push(...r);
					pgBefore.push(cpu(r));
				}
				const url = await freshDatabase(pg, `ddsim_load_${round}`);
				const r = await runOnce('PostgreSQL', { DATABASE_URL: url });
				results.push(...r);
				pgAfter.push(cpu(r));
			}
			if (before)
				results.push({
					name: `server CPU per post, median of ${rounds} (PostgreSQL, this build)`,
					value: median(pgAfter),
					unit: 'ms',
					ratio: median(pgAfter) / median(pgBefore),
					ratioLabel: `this build / earlier build (${median(pgBefore).toFixed(1)} ms)`
				});
		} finally {
			await pg?.stop();
		}
	}
	return results;
}
