/**
 * Scenario compilation off the request's event loop: an uploaded scenario is compiled in a worker thread with
 * a time limit, so one hostile or pathological file can neither freeze the server for everyone nor run for
 * ever (the worker is terminated and the author gets a clear message). One worker serves compilations one at
 * a time; it is started on first use and replaced after a time-out or a crash.
 *
 * The worker runs this very module (its URL is `import.meta.url`, in the built server as in the TypeScript
 * sources, where the worker is started with tsx's loader), so it needs no separate bundle.
 */
import {
	isMainThread,
	parentPort,
	Worker,
	workerData,
	type MessagePort
} from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { compileScenario, type CompileResult } from '../../scenario/index.ts';
import { config } from '../config.ts';

/** Longest an upload may take to compile (validation of any input is budgeted at 1 s on this machine;
 * DDSIM_COMPILE_LIMIT_MS). */
const limitMs = () => config().compileLimitMs;

export type OffThreadResult = CompileResult | { timedOut: true; limitMs: number };

interface Job {
	id: number;
	source: string;
	file: string;
	limitMs: number;
	resolve: (r: OffThreadResult) => void;
	reject: (e: Error) => void;
}

let worker: Worker | undefined;
/** The worker has loaded the compiler and said so: the time limit counts compilation only, never the start-up
 * (loading the module graph takes seconds on a busy machine, and is not the upload's fault). */
let ready = false;
let busy: Job | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const queue: Job[] = [];
let nextId = 1;

function startWorker(): Worker {
	const url = import.meta.url;
	// Running from the TypeScript sources (tests, the CLI): load them through tsx in the worker too.
	const tsx = url.endsWith('.ts')
		? pathToFileURL(
				join(dirname(createRequire(url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')
			).href
		: undefined;
	// Importing this module in the worker starts serving (see the end of this file): the bundler may rename
	// or drop unused exports, never a top-level statement.
	const w = new Worker(
		`(async () => {
			 ${tsx ? `(await import(${JSON.stringify(tsx)})).register();` : ''}
			 await import(${JSON.stringify(url)});
		 })();`,
		{
			eval: true,
			workerData: { ddsimCompiler: true },
			resourceLimits: { maxOldGenerationSizeMb: 512 }
		}
	);
	w.unref();
	w.on('message', (m: { ready?: true; id?: number; result?: CompileResult }) => {
		if (worker !== w) return;
		if (m.ready) {
			ready = true;
			return pump();
		}
		if (!busy || m.id !== busy.id) return;
		finish((job) => job.resolve(m.result!));
	});
	// Only the current worker's failure fails the job in hand: a worker terminated after a time-out still
	// emits 'exit' later, when the next job may already be running in its replacement.
	const fail = (e: Error) => {
		if (worker !== w) return;
		worker = undefined;
		// A worker that never got ready cannot serve the queue: fail the waiting uploads rather than restart
		// it for ever.
		if (!ready) for (const job of queue.splice(0)) job.reject(e);
		finish((job) => job.reject(e));
	};
	w.on('error', fail);
	w.on('exit', () => fail(new Error('The scenario compiler stopped unexpectedly.')));
	return w;
}

function finish(settle: (job: Job) => void) {
	const job = busy;
	busy = undefined;
	if (timer) clearTimeout(timer);
	timer = undefined;
	if (job) settle(job);
	pump();
}

function pump() {
	if (busy || !queue.length) return;
	if (!worker) {
		ready = false;
		worker = startWorker();
	}
	worker.ref();
	if (!ready) return; // pump() runs again when the worker says it is ready
	const job = queue.shift()!;
	busy = job;
	worker.postMessage({ id: job.id, source: job.source, file: job.file });
	timer = setTimeout(() => {
		const w = worker;
		worker = undefined;
		const timedOut = busy;
		busy = undefined;
		timer = undefined;
		void w?.terminate();
		timedOut?.resolve({ timedOut: true, limitMs: job.limitMs });
		pump();
	}, job.limitMs);
}

/** Compile in the worker; resolves with the compiler's result, or `timedOut` past the limit. */
export function compileOffThread(
	source: string,
	file: string,
	limit = limitMs()
): Promise<OffThreadResult> {
	return new Promise((resolve, reject) => {
		queue.push({ id: nextId++, source, file, limitMs: limit, resolve, reject });
		pump();
	}).finally(() => {
		if (!busy && !queue.length) worker?.unref();
	}) as Promise<OffThreadResult>;
}

/** The worker's side: compile each message and post the result back. */
export function serveCompilations(port: MessagePort) {
	port.on('message', (m: { id: number; source: string; file: string }) => {
		port.postMessage({ id: m.id, result: compileScenario(m.source, m.file) });
	});
	port.postMessage({ ready: true });
}

if (!isMainThread && parentPort && (workerData as { ddsimCompiler?: boolean })?.ddsimCompiler)
	serveCompilations(parentPort);
