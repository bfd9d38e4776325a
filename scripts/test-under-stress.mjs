#!/usr/bin/env node
// `npm run test:stress [-- runs]`: the whole suite (`npm test`) run N times (default 2) while the machine is kept
// busy, to show no test depends on a quiet machine (issue 16: no timed assertions, no flakes under load).
// Load: Debian's `stress-ng` when installed (CPU workers on every core, one I/O and one 256 MB memory worker),
// otherwise one busy Node worker thread per core. Prints each run's result and wall time; exits non-zero if
// any run failed.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const runs = Number(process.argv[2] ?? 2);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(
		`usage: npm run test:stress [-- runs]   (runs: a whole number ≥ 1, got '${process.argv[2]}')`
	);
	process.exit(2);
}
const cores = availableParallelism();

function startLoad() {
	const hasStressNg = spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
	if (hasStressNg) {
		const p = spawn(
			'stress-ng',
			['--cpu', String(cores), '--io', '1', '--vm', '1', '--vm-bytes', '256M', '--quiet'],
			{ stdio: 'ignore', detached: true }
		);
		return {
			what: `stress-ng: ${cores} CPU workers, 1 I/O, 1 × 256 MB memory`,
			stop: () => kill(p)
		};
	}
	const busy = 'for (;;);';
	const ps = Array.from({ length: cores }, () =>
		spawn(process.execPath, ['-e', busy], { stdio: 'ignore', detached: true })
	);
	return {
		what: `${cores} busy Node processes (install stress-ng for I/O and memory load too)`,
		stop: () => ps.forEach(kill)
	};
}

function kill(p) {
	try {
		process.kill(-p.pid, 'SIGKILL');
	} catch {
		/* already gone */
	}
}

const load = startLoad();
const stop = () => load.stop();
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
console.log(`load: ${load.what}`);

const results = [];
for (let i = 1; i <= runs; i++) {
	const t0 = performance.now();
	console.log(`\n=== run ${i} of ${runs} under load (load average ${loadavg()[0].toFixed(1)}) ===`);
	const r = spawnSync('npm', ['test'], { stdio: 'inherit' });
	const s = ((performance.now() - t0) / 1000).toFixed(0);
	results.push({ run: i, ok: r.status === 0, s, load: loadavg()[0].toFixed(1) });
}
stop();
console.log('\n=== under load ===');
for (const r of results)
	console.log(
		`run ${r.run}: ${r.ok ? 'passed' : 'FAILED'} in ${r.s} s (load average at end ${r.load})`
	);
process.exit(results.every((r) => r.ok) ? 0 : 1);
