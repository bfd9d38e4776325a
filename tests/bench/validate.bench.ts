/**
 * Validation benchmark (`npm run bench validate`): compile time of a generated ~1,000-line scenario (median of
 * 50 runs after warm-up; goal ≤ 30 ms) today and at the commit issue 16 started from (before.ts), the reference
 * scenario, and how fast oversized input is rejected.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { BenchResult } from './types.ts';
import { BEFORE_COMMIT, loadBefore } from './before.ts';

const REF = readFileSync(
	new URL('../../scenarios/quake-consulate-rumour.yaml', import.meta.url),
	'utf8'
);

/** The reference scenario grown to about `lines` lines: extra personas, facts and conditional events. */
export function generateScenario(lines = 1000): string {
	const personas: string[] = [];
	const facts: string[] = [];
	const events: string[] = [];
	let n = REF.split('\n').length;
	for (let i = 0; n < lines; i++) {
		const m = 5 + ((i * 7) % 170);
		const at = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
		personas.push(
			`  citizen-${i}: { name: "Citizen ${i}", handle: "@citizen_${i}", kind: citizen, audience: diaspora }`
		);
		facts.push(
			`  - id: detail-${i}`,
			`    text: Detail number ${i} about the shelter.`,
			`    known_from: ${at}`,
			`    keywords: [detail ${i}]`
		);
		events.push(
			`  - id: extra-${i}`,
			`    at: ${at}`,
			`    from: citizen-${i}`,
			`    channel: feed`,
			`    text: "Any news about the harbour district? Asking for my family (${i}). #PortoVeyra"`,
			`    reveals: [detail-${i}]`,
			`    when: '${i % 3 === 0 ? 'not corrected(turned-away)' : i % 3 === 1 ? 'posted_since(00:05) or fired(quake-news)' : 'not mentioned("shelter", "open") and not faux_pas()'}'`,
			`    objectives: [first-response]`
		);
		n += 1 + 4 + 8;
	}
	return REF.replace('\npersonas:\n', `\npersonas:\n${personas.join('\n')}\n`)
		.replace('\nfacts:\n', `\nfacts:\n${facts.join('\n')}\n`)
		.replace('\nevents:\n', `\nevents:\n${events.join('\n')}\n`);
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Medians of several functions timed in turn, run by run, so that all of them see the same load. */
function timeTogether(fns: (() => unknown)[], runs: number, warmup = 5): number[] {
	for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
	const xs: number[][] = fns.map(() => []);
	for (let i = 0; i < runs; i++)
		fns.forEach((fn, k) => {
			const t = process.hrtime.bigint();
			fn();
			xs[k].push(Number(process.hrtime.bigint() - t) / 1e6);
		});
	return xs.map(median);
}

function timeMs(fn: () => unknown, runs: number, warmup = 5): number {
	for (let i = 0; i < warmup; i++) fn();
	const xs: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = process.hrtime.bigint();
		fn();
		xs.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	return median(xs);
}

export async function benchValidate(): Promise<BenchResult[]> {
	const big = generateScenario(1000);
	const lines = big.split('\n').length;
	const check = compileScenario(big, 'generated.yaml');
	if (!check.scenario)
		throw new Error(
			`generated scenario does not compile: ${check.diagnostics
				.slice(0, 3)
				.map((d) => `${d.code} ${d.line}:${d.col} ${d.message}`)
				.join('; ')}`
		);
	const before = await loadBefore();
	const same =
		before &&
		JSON.stringify(before.compileScenario(big, 'generated.yaml')) === JSON.stringify(check);
	if (before && !same) throw new Error('the compiler of the starting commit gives another result');
	// today and before timed in turn, so both see the same load
	const [compileMs, beforeMs, parseMs, fullMs, refMs, refBeforeMs] = timeTogether(
		[
			() => compileScenario(big, 'generated.yaml'),
			() => before?.compileScenario(big, 'generated.yaml'),
			() => parseDocument(big),
			() => compileScenario(big, 'generated.yaml', { fastPath: false }),
			() => compileScenario(REF, 'ref.yaml'),
			() => before?.compileScenario(REF, 'ref.yaml')
		],
		50
	);
	const huge = 'x'.repeat(50 * 1024 * 1024);
	const rejectMs = timeMs(() => compileScenario(huge, 'huge.yaml'), 20, 2);
	const manyEvents = REF.replace(
		'\nevents:\n',
		`\nevents:\n${Array.from({ length: 100_000 }, (_, i) => `  - {id: e${i}, at: 1m, text: x}`).join('\n')}\n`
	);
	const manyMs = timeMs(() => compileScenario(manyEvents, 'many.yaml'), 10, 1);
	return [
		{
			name: `compile generated scenario (${lines} lines, ${check.scenario.events.length} events), median of 50`,
			value: compileMs,
			unit: 'ms',
			goal: '≤ 30 ms',
			ok: compileMs <= 30,
			ratio: parseMs / compileMs,
			ratioLabel: 'vs yaml.parseDocument alone (share of time spent parsing)'
		},
		...(before
			? [
					{
						name: `  the same before issue 16 (${BEFORE_COMMIT.slice(0, 7)}), same result`,
						value: beforeMs,
						unit: 'ms',
						ratio: beforeMs / compileMs,
						ratioLabel: 'faster than before'
					}
				]
			: []),
		{
			name: '  the same on the full yaml path only (fast path off)',
			value: fullMs,
			unit: 'ms',
			ratio: fullMs / compileMs,
			ratioLabel: 'gained by the fast path'
		},
		{
			name: 'compile reference scenario (quake-consulate-rumour), median of 50',
			value: refMs,
			unit: 'ms',
			...(before
				? { ratio: refBeforeMs / refMs, ratioLabel: `vs ${refBeforeMs.toFixed(1)} ms before` }
				: {})
		},
		{
			name: 'reject a 50 MB source (SC101), median of 20',
			value: rejectMs,
			unit: 'ms',
			goal: '≤ 5 ms',
			ok: rejectMs <= 5
		},
		{
			name: 'reject a 100,000-event list (SC105), median of 10',
			value: manyMs,
			unit: 'ms',
			goal: '≤ 50 ms',
			ok: manyMs <= 50
		}
	];
}
