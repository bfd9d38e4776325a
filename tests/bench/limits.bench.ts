/**
 * Size-limit benchmark (`npm run bench limits`): how fast hostile or runaway input is refused. The unit test
 * (src/lib/scenario/limits.test.ts) checks that these inputs are refused before parsing; the time it
 * takes lives here (median of several runs after a warm-up), with the limits the test once asserted as goals.
 */
import { readFileSync } from 'node:fs';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { BenchResult } from './types.ts';

const REF = readFileSync(
	new URL('../../scenarios/quake-consulate-rumour.yaml', import.meta.url),
	'utf8'
);

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeMs(fn: () => unknown, runs: number, warmup = 2): number {
	for (let i = 0; i < warmup; i++) fn();
	const xs: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = process.hrtime.bigint();
		fn();
		xs.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	return median(xs);
}

function refused(src: string, code: string): string {
	const { diagnostics } = compileScenario(src, 'bench.yaml');
	if (diagnostics[0]?.code !== code)
		throw new Error(`expected ${code}, got ${diagnostics.map((d) => d.code).join(', ') || 'none'}`);
	return src;
}

function aliasBomb(): string {
	const names = 'abcdefghi';
	const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
	for (let i = 1; i < 9; i++)
		lines.push(
			`${names[i]}: &${names[i]} [${Array(10)
				.fill('*' + names[i - 1])
				.join(', ')}]`
		);
	return lines.join('\n');
}

export async function benchLimits(): Promise<BenchResult[]> {
	const events = Array.from({ length: 10_000 }, (_, i) => `- {id: e${i}, at: 1m, text: x}`).join(
		'\n'
	);
	const cases: { name: string; src: string; code: string; goalMs: number }[] = [
		{ name: '50 MB source (SC101)', src: 'x'.repeat(50 * 1024 * 1024), code: 'SC101', goalMs: 50 },
		{
			name: '20,000 extra lines (SC101)',
			src: REF + '\n#\n'.repeat(20_000),
			code: 'SC101',
			goalMs: 50
		},
		{
			name: '10,000-event list (SC105)',
			src: REF.replace(/\nevents:\n[\s\S]*?\nreactions:/, `\nevents:\n${events}\nreactions:`),
			code: 'SC105',
			goalMs: 200
		},
		{
			name: '100,000 nested [ (SC104)',
			src: 'a: ' + '['.repeat(100_000),
			code: 'SC104',
			goalMs: 100
		},
		{
			name: '1,000 nested {x: (SC104)',
			src: 'a: ' + '{x: '.repeat(1000),
			code: 'SC104',
			goalMs: 100
		},
		{ name: '5,000 nested "- " (SC104)', src: '- '.repeat(5000) + 'x', code: 'SC104', goalMs: 100 },
		{
			name: '300-column indent (SC104)',
			src: 'a:\n' + ' '.repeat(300) + 'b: 1',
			code: 'SC104',
			goalMs: 100
		},
		{ name: 'alias bomb, 10^9 expansions (SC104)', src: aliasBomb(), code: 'SC104', goalMs: 200 }
	];
	const refMs = timeMs(() => compileScenario(REF, 'ref.yaml'), 10);
	return cases.map((c) => {
		const ms = timeMs(() => compileScenario(refused(c.src, c.code), 'bench.yaml'), 10);
		return {
			name: `refuse ${c.name}, median of 10`,
			value: ms,
			unit: 'ms',
			goal: `≤ ${c.goalMs} ms`,
			ok: ms <= c.goalMs,
			ratio: refMs / ms,
			ratioLabel: 'vs compiling the reference scenario'
		};
	});
}
