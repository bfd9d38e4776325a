/** Engine figures: a full 3-hour scenario with 2 million simulated accounts, one step, and a 200-post replay:
 * from the start (today, before the replay work — same output — and at the commit issue 16 started from —
 * another output, speed only), and resumed from a saved world (a reload) or a replayer's snapshot (a what-if). */
import { readFileSync } from 'node:fs';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { replay, step, stepInPlace } from '../../src/lib/core/engine.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';
import type { Input } from '../../src/lib/core/types.ts';
import type { BenchResult } from './types.ts';
import { Replayer } from '../../src/lib/core/snapshots.ts';
import { BEFORE_COMMIT, loadBefore, loadCommit, REPLAY_BASE_COMMIT } from './before.ts';

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
	// Today's replay against (1) the last commit before the replay work, whose engine gives the very same
	// state (checked here), and (2) the commit issue 16 started from, whose engine has since changed on purpose
	// (other states: speed only, the same log replayed).
	const prior = await loadCommit(REPLAY_BASE_COMMIT);
	const start = await loadBefore();
	const json = (x: unknown) => JSON.stringify(x);
	const want = json(replay(scenario, 1, log).state);
	const same = prior ? json(prior.replay(scenario, 1, log).state) === want : false;
	const differs = start ? json(start.replay(scenario, 1, log).state) !== want : true;
	const [rep, repBase, repStart] = timeTogether(
		[
			() => replay(scenario, 1, log),
			() => prior?.replay(scenario, 1, log),
			() => start?.replay(scenario, 1, log)
		],
		7
	);
	results.push({
		name: 'replay of a 200-post session to the end, from the start',
		value: rep,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: rep <= 50,
		...(prior
			? {
					ratio: repBase / rep,
					ratioLabel: `vs ${repBase.toFixed(0)} ms before the replay work (${REPLAY_BASE_COMMIT.slice(0, 7)}, ${same ? 'same state' : 'ANOTHER STATE'})`
				}
			: {})
	});
	if (start)
		results.push({
			name: `  the same log at the start of issue 16 (${BEFORE_COMMIT.slice(0, 7)})`,
			value: repStart,
			unit: 'ms',
			ratio: repStart / rep,
			ratioLabel: differs ? 'speed only: that engine gives another state' : 'same state'
		});

	// A reload: the run's saved world (JSON text, as the browser and the server keep it) parsed, the inputs
	// logged after it applied, the clock moved on — src/lib/state/solo-snapshot.ts, server/academy/worlds.ts.
	const savedAt = log.length - 11; // ten posts and the end logged after the world was saved
	const savedText = json(replay(scenario, 1, log.slice(0, savedAt)).state);
	const reload = (n: number) => () => {
		const st = JSON.parse(savedText) as ReturnType<typeof replay>['state'];
		for (const input of log.slice(n)) stepInPlace(scenario, st, input);
		return st;
	};
	if (json(reload(savedAt)()) !== want) throw new Error('a resumed world differs from the replay');
	const atEnd = json(replay(scenario, 1, log).state);
	const reloadEnd = () => JSON.parse(atEnd);
	// A Replayer that has played the session (the what-if panel, a second look at the run)
	const replayer = new Replayer(scenario, 1);
	replayer.replay(log);
	const whatIf = log.map((i) =>
		i.kind === 'post' && i.id === 'p150' ? { ...i, text: 'We condemn this. Shame on them.' } : i
	);
	const [parsed, resumed, again, alt] = timeTogether(
		[reloadEnd, reload(savedAt), () => replayer.replay(log), () => replayer.replay(whatIf)],
		9
	);
	const vs = (x: number) => ({
		ratio: prior ? repBase / x : rep / x,
		ratioLabel: prior
			? `vs from the start before (${REPLAY_BASE_COMMIT.slice(0, 7)})`
			: 'vs from the start'
	});
	results.push({
		name: `  a reload, from the world saved at the end (${(atEnd.length / 1e6).toFixed(2)} M chars)`,
		value: parsed,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: parsed <= 50,
		...vs(parsed)
	});
	results.push({
		name: '  a reload, from the world saved 10 posts before the end',
		value: resumed,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: resumed <= 50,
		...vs(resumed)
	});
	results.push({
		name: "  the same again from a replayer's snapshot in memory",
		value: again,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: again <= 50,
		...vs(again)
	});
	results.push({
		name: '  a what-if changing post 150 of 200, resumed',
		value: alt,
		unit: 'ms',
		goal: '≤ 50 ms',
		ok: alt <= 50,
		...vs(alt)
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
