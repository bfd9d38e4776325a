/**
 * Frames in real Chromium during a whole 3-hour run at Max speed with 200 posts published as it plays
 * (issue 13): every animation frame's duration and the long tasks (> 50 ms) the browser reports, plus the page's
 * size at the end. The goal is no frame over 50 ms. Wall-clock frames depend on the machine and its load: run
 * it on a quiet machine (`uptime` shows the load) and read the p95 beside the maximum. The same run is traced,
 * and the longest main-thread task is also given in *thread CPU time* (the trace's `tdur`): the work the page
 * itself asks of one frame, which other processes competing for the cores do not inflate.
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
			const cpu = traced
				? mainThreadTaskCpu(JSON.parse((await browser.stopTracing()).toString()))
				: [];
			await page.close();
			return { r, cpu };
		};
		// Wall-clock frames from an untraced run (tracing slows the page); task CPU time from a traced one.
		const { r } = await run(false);
		const { cpu } = await run(true);
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

/** Thread CPU time (ms) of the renderer main thread's tasks, longest first. */
function mainThreadTaskCpu(trace: {
	traceEvents: { name: string; pid: number; tid: number; tdur?: number }[];
}): number[] {
	const tasks = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.tdur !== undefined);
	// The renderer main thread is the one that ran the most task time.
	const byThread = new Map<string, number>();
	for (const t of tasks)
		byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + t.tdur!);
	const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
	return tasks
		.filter((t) => `${t.pid}:${t.tid}` === main)
		.map((t) => t.tdur! / 1000)
		.sort((a, b) => b - a);
}
