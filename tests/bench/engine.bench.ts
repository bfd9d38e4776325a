/** Engine figures: a full 3-hour scenario with 2 million simulated accounts, one step, and a 200-post replay
 * (from the start, today and at the commit issue 16 started from; resumed from snapshots: a reload, a what-if). */
import { readFileSync } from 'node:fs';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { replay, step } from '../../src/lib/core/engine.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';
import type { Input } from '../../src/lib/core/types.ts';
import type { BenchResult } from './types.ts';
import { Replayer } from '../../src/lib/core/snapshots.ts';
import { BEFORE_COMMIT, loadBefore } from './before.ts';

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
	const before = await loadBefore();
	const json = (x: unknown) => JSON.stringify(x);
	if (
		before &&
		json(before.replay(scenario, 1, log).state) !== json(replay(scenario, 1, log).state)
	)
		throw new Error('the engine of the starting commit gives another state');
	const [rep, repBefore] = timeTogether(
		[() => replay(scenario, 1, log), () => before?.replay(scenario, 1, log)],
		5
	);
	results.push({
		name: 'replay of a 200-post session to the end, from the start',
		value: rep,
		unit: 'ms',
		...(before
			? {
					ratio: repBefore / rep,
					ratioLabel: `vs ${repBefore.toFixed(0)} ms before (${BEFORE_COMMIT.slice(0, 7)})`
				}
			: {})
	});
	// A Replayer that has played the session (a reloaded page, a world the server rebuilds, the what-if panel)
	const replayer = new Replayer(scenario, 1);
	replayer.replay(log);
	const whatIf = log.map((i) =>
		i.kind === 'post' && i.id === 'p150' ? { ...i, text: 'We condemn this. Shame on them.' } : i
	);
	const [again, alt] = timeTogether([() => replayer.replay(log), () => replayer.replay(whatIf)], 9);
	results.push({
		name: '  the same again, resumed from its snapshots (a reload)',
		value: again,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: again <= 50,
		ratio: (before ? repBefore : rep) / again,
		ratioLabel: before ? 'vs before' : 'vs from the start'
	});
	results.push({
		name: '  a what-if changing post 150 of 200, resumed',
		value: alt,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: alt <= 50,
		ratio: (before ? repBefore : rep) / alt,
		ratioLabel: before ? 'vs before' : 'vs from the start'
	});
	return results;
}

/** Medians of several functions timed in turn, run by run, so that all of them see the same load. */
function timeTogether(fns: (() => unknown)[], runs: number): number[] {
	for (const fn of fns) fn();
	const xs: number[][] = fns.map(() => []);
	for (let i = 0; i < runs; i++)
		fns.forEach((fn, k) => {
			const t0 = performance.now();
			fn();
			xs[k].push(performance.now() - t0);
		});
	return xs.map(median);
}
