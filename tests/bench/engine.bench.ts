/** Engine figures: a full 3-hour scenario with 2 million simulated accounts, one step, and a 200-post replay. */
import { readFileSync } from 'node:fs';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { replay, step } from '../../src/lib/core/engine.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';
import type { Input } from '../../src/lib/core/types.ts';
import type { BenchResult } from './types.ts';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		out.push(performance.now() - t0);
	}
	return median(out);
}

export async function benchEngine(): Promise<BenchResult[]> {
	const base = compileScenario(
		readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
		'quake'
	).scenario!;
	// The reference scenario has 2.02 M organic accounts (120 k + 1.5 M + 400 k); make it exactly 2 M.
	const scenario: Scenario = {
		...base,
		audiences: base.audiences.map((a) => (a.id === 'home-public' ? { ...a, size: 1_480_000 } : a))
	};
	const accounts = scenario.audiences
		.filter((a) => a.kind === 'organic')
		.reduce((n, a) => n + a.size, 0);
	const results: BenchResult[] = [];
	for (let i = 0; i < 3; i++) runHeadless(scenario, 1, []);
	const full = time(() => runHeadless(scenario, 1, [], { mode: 'stochastic' }), 15);
	results.push({
		name: `full 3 h scenario, ${(accounts / 1e6).toFixed(1)} M accounts, minute steps (stochastic)`,
		value: full,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: full <= 50
	});
	const fullExpected = time(() => runHeadless(scenario, 1, []), 15);
	results.push({
		name: 'full 3 h scenario, expected-value mode',
		value: fullExpected,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: fullExpected <= 50
	});

	let st = replay(scenario, 1, [{ kind: 'tick', t: 90 * 60 }]).state;
	const one = time(() => {
		st = step(scenario, st, { kind: 'tick', t: st.t + 60 }).state;
	}, 60);
	results.push({
		name: 'one step (one scenario minute, mid-crisis, state cloned)',
		value: one * 1000,
		unit: 'µs'
	});

	const log: Input[] = [];
	for (let i = 0; i < 200; i++) {
		log.push({
			kind: 'post',
			t: 20 * 60 + i * 45,
			id: `p${i}`,
			text: `Update ${i}: our consulate in Porto Veyra is open; call +00 100 200 300 for help.`
		});
	}
	log.push({ kind: 'end', t: scenario.duration });
	const rep = time(() => replay(scenario, 1, log), 5);
	results.push({ name: 'replay of a 200-post session to the end', value: rep, unit: 'ms' });
	return results;
}
