/**
 * Frames in real Chromium during a whole 3-hour run at Max speed with 200 posts published as it plays
 * (issue 13): every animation frame's duration and the long tasks (> 50 ms) the browser reports, plus the page's
 * size at the end. The goal is no frame over 50 ms. Wall-clock frames depend on the machine and its load: run
 * it on a quiet machine (`uptime` shows the load) and read the p95 beside the maximum. The same run is traced,
 * and the longest main-thread task is also given in *thread CPU time* (the trace's `tdur`): the work the page
 * itself asks of one frame, which other processes competing for the cores do not inflate. The three longest
 * tasks are listed with what ran them (an animation frame, an event, a timer) and their script, style, layout
 * and paint time, so the next one to work on is named.
 */
import { launchBrowser, startServer } from '../e2e/harness.ts';
import type { BenchResult } from './types.ts';

const PLAY = '/play/quake-consulate-rumour?seed=1';

/** Runs in the page (a string, so the bundler adds no helpers to it). */
export const RUN = `(async () => {
	const frames = [];
	const long = [];
	new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(e.duration))).observe({ type: 'longtask' });
	let last = performance.now();
	let on = true;
	const loop = (t) => { frames.push(t - last); last = t; if (on) requestAnimationFrame(loop); };
	requestAnimationFrame(loop);
	// A button by its visible name (wide screens show the long label of buttons that have a short one too).
	const button = (name) => [...document.querySelectorAll('button')].find((b) => (b.querySelector('.long') ?? b).textContent.trim() === name);
	button('Max').click();
	button('Start the clock').click();
	const texts = [
		'Our consulate in Porto Veyra is open. Emergency line +00 100 200 300.',
		'Update: 140 people are sheltering at our consulate. Call +00 100 200 300.',
		'We are aware of reports and are looking into it.',
		'Our thoughts are with everyone in Porto Veyra. We will update here.'
	];
	let posted = 0;
	const t0 = performance.now();
	await new Promise((done) => {
		// 200 posts spread over the run: the whole run takes ~18 s of wall time at Max (600x).
		const iv = setInterval(() => {
			if (document.querySelector('.clock .ended')) { clearInterval(iv); done(); return; }
			if (posted >= 200) return;
			const box = document.querySelector('#draft');
			box.value = texts[posted % texts.length] + ' (' + (posted + 1) + ')';
			box.dispatchEvent(new Event('input', { bubbles: true }));
			queueMicrotask(() => { const b = button('Publish'); if (b && !b.disabled) { b.click(); posted++; } });
		}, 80);
	});
	on = false;
	frames.sort((a, b) => a - b);
	return {
		wall: performance.now() - t0,
		posted,
		frames: frames.length,
		max: frames[frames.length - 1],
		p95: frames[Math.floor(frames.length * 0.95)],
		p50: frames[Math.floor(frames.length / 2)],
		over50: frames.filter((f) => f > 50).length,
		long: long.length,
		longMax: Math.max(0, ...long),
		height: document.documentElement.scrollHeight,
		nodes: document.querySelectorAll('*').length
	};
})()`;

interface Run {
	wall: number;
	posted: number;
	frames: number;
	max: number;
	p95: number;
	p50: number;
	over50: number;
	long: number;
	longMax: number;
	height: number;
	nodes: number;
}

export async function benchFrames(): Promise<BenchResult[]> {
	const server = await startServer();
	const browser = await launchBrowser();
	try {
		const run = async (traced: boolean) => {
			const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
			await page.goto(server.url + PLAY);
			await page.evaluate(() => localStorage.clear());
			await page.reload();
			await page.waitForSelector('#draft');
			// RunTask events (with their thread time) are in the disabled-by-default category.
			if (traced)
				await browser.startTracing(page, {
					categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
				});
			const r = (await page.evaluate(RUN)) as Run;
			const trace = traced ? JSON.parse((await browser.stopTracing()).toString()) : undefined;
			const cpu = trace ? mainThreadTaskCpu(trace) : [];
			const longest = trace ? longestTasks(trace, 3) : [];
			await page.close();
			return { r, cpu, longest };
		};
		// Wall-clock frames from an untraced run (tracing slows the page); task CPU time from a traced one.
		const { r } = await run(false);
		const { cpu, longest } = await run(true);
		const load = (await import('node:os')).loadavg()[0];
		return [
			{
				name: `3 h at Max, ${r.posted} posts: longest frame`,
				value: r.max,
				unit: 'ms',
				goal: '≤ 50 ms',
				ok: r.max <= 50
			},
			{ name: '  frame time p95 / p50', value: r.p95, unit: `ms / ${r.p50.toFixed(1)} ms` },
			{
				name: '  longest main-thread task, thread CPU time',
				value: cpu[0] ?? NaN,
				unit: `ms (${cpu.filter((x) => x > 50).length} tasks over 50 ms; load average ${load.toFixed(1)})`,
				goal: '≤ 50 ms',
				ok: cpu.length > 0 && cpu[0] <= 50
			},
			// What the longest tasks were (what to work on next), in thread CPU time.
			...longest.map((t, i) => ({
				name: `    #${i + 1} at ${t.at.toFixed(1)} s: ${t.kind}`,
				value: t.cpu,
				unit: `ms: script ${t.script.toFixed(1)}, style ${t.style.toFixed(1)}, layout ${t.layout.toFixed(1)} (${t.layouts}×), paint ${t.paint.toFixed(1)}, gc ${t.gc.toFixed(1)}`
			})),
			{
				name: `  frames over 50 ms (of ${r.frames}), long tasks`,
				value: r.over50,
				unit: `frames, ${r.long} long tasks (max ${Math.round(r.longMax)} ms)`
			},
			{ name: '  wall time of the run', value: r.wall / 1000, unit: 's' },
			{
				name: '  page at the end: height, DOM elements',
				value: r.height,
				unit: `px, ${r.nodes} elements`
			}
		];
	} finally {
		await browser.close();
		await server.stop();
	}
}

interface TraceEvent {
	name: string;
	ph?: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: { data?: { type?: string } };
}

/** The renderer main thread: the one that ran the most task time. */
function mainThread(events: TraceEvent[]): string | undefined {
	const byThread = new Map<string, number>();
	for (const t of events)
		if (t.name === 'RunTask' && t.tdur !== undefined)
			byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + t.tdur);
	return [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const SCRIPT = [
	'FireAnimationFrame',
	'TimerFire',
	'EventDispatch',
	'FunctionCall',
	'EvaluateScript',
	'RunMicrotasks'
];

/** Time (ms) in events of these names, each counted once when they nest (a function call inside a timer). */
function outermost(events: TraceEvent[], names: string[]): number {
	let end = -Infinity;
	let total = 0;
	for (const e of events.filter((x) => names.includes(x.name)).sort((a, b) => a.ts - b.ts)) {
		if (e.ts < end) continue;
		end = e.ts + e.dur!;
		total += e.tdur ?? e.dur!;
	}
	return total / 1000;
}

/** The n longest main-thread tasks (thread CPU time): what ran them (an animation frame, an event, a timer)
 * and their script, style, layout, paint and garbage-collection time (ms; nested events counted once). */
function longestTasks(trace: { traceEvents: TraceEvent[] }, n: number) {
	const main = mainThread(trace.traceEvents);
	const mine = trace.traceEvents.filter(
		(e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined
	);
	const start = Math.min(...mine.map((e) => e.ts));
	const tasks = mine
		.filter((e) => e.name === 'RunTask' && e.tdur !== undefined)
		.sort((a, b) => b.tdur! - a.tdur!)
		.slice(0, n);
	return tasks.map((t) => {
		const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur!);
		const sum = (...names: string[]) =>
			inside.filter((e) => names.includes(e.name)).reduce((a, e) => a + (e.tdur ?? e.dur!), 0) /
			1000;
		const types = inside.filter((e) => e.name === 'EventDispatch').map((e) => e.args?.data?.type);
		const event = types.length ? [...new Set(types)].join(', ') : undefined;
		const kind = event
			? `event (${event})`
			: inside.some((e) => e.name === 'FireAnimationFrame')
				? 'animation frame'
				: inside.some((e) => e.name === 'TimerFire')
					? 'timer'
					: (inside[0]?.name ?? 'task');
		return {
			at: (t.ts - start) / 1e6,
			kind,
			cpu: t.tdur! / 1000,
			script: outermost(inside, SCRIPT),
			style: sum('UpdateLayoutTree'),
			layout: sum('Layout'),
			layouts: inside.filter((e) => e.name === 'Layout').length,
			paint: sum('Paint'),
			gc: sum('MinorGC', 'MajorGC')
		};
	});
}

/** Thread CPU time (ms) of the renderer main thread's tasks, longest first. */
function mainThreadTaskCpu(trace: { traceEvents: TraceEvent[] }): number[] {
	const tasks = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.tdur !== undefined);
	const main = mainThread(trace.traceEvents);
	return tasks
		.filter((t) => `${t.pid}:${t.tid}` === main)
		.map((t) => t.tdur! / 1000)
		.sort((a, b) => b - a);
}
