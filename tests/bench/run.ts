/**
 * `npm run bench [-- name…]`: speed and size figures, printed with their goals and peer ratios.
 * Benchmarks are measurements, not tests: nothing here fails the build. Names: validate, scoring, engine, ui,
 * frames, load, msel, limits.
 */
import type { BenchResult } from './types.ts';

const SUITES: Record<string, () => Promise<BenchResult[]>> = {
	validate: async () => (await import('./validate.bench.ts')).benchValidate(),
	scoring: async () => (await import('./scoring.bench.ts')).benchScoring(),
	engine: async () => (await import('./engine.bench.ts')).benchEngine(),
	ui: async () => (await import('./ui.bench.ts')).benchUi(),
	frames: async () => (await import('./frames.bench.ts')).benchFrames(),
	load: async () => (await import('./load.bench.ts')).benchLoad(),
	msel: async () => (await import('./msel.bench.ts')).benchMsel(),
	limits: async () => (await import('./limits.bench.ts')).benchLimits()
};

function fmt(n: number): string {
	if (!Number.isFinite(n)) return String(n);
	if (Math.abs(n) >= 1000) return n.toFixed(0);
	if (Math.abs(n) >= 10) return n.toFixed(1);
	return n.toFixed(3);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(SUITES);
let failed = 0;
for (const name of names) {
	const suite = SUITES[name];
	if (!suite) {
		console.error(`unknown benchmark '${name}' (have: ${Object.keys(SUITES).join(', ')})`);
		process.exitCode = 2;
		continue;
	}
	console.log(`\n## ${name}`);
	try {
		for (const r of await suite()) {
			const goal = r.goal ? `  goal ${r.goal}${r.ok === undefined ? '' : r.ok ? ' ✓' : ' ✗'}` : '';
			const ratio = r.ratio !== undefined ? `  ratio ${fmt(r.ratio)}× ${r.ratioLabel ?? ''}` : '';
			console.log(`  ${r.name.padEnd(58)} ${fmt(r.value).padStart(10)} ${r.unit}${goal}${ratio}`);
		}
	} catch (e) {
		failed++;
		console.error(`  ${name} could not run: ${(e as Error).stack ?? e}`);
	}
}
if (failed) process.exitCode = 1;
