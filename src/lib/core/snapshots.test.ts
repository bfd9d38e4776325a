/** A Replayer resumes from snapshots and gives exactly the state a replay from the start gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { replay, stepInPlace } from './engine.ts';
import { Replayer } from './snapshots.ts';
import type { Input } from './types.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;

const TEXTS = [
	'Our consulate in Porto Veyra is open: 140 people are sheltering there. Call +00 100 200 300.',
	'lol this is fine 😂',
	'It is NOT true that our consulate turned people away. #ConsulateShame is a lie.',
	'We are aware of reports and are looking into it.'
];
const session = (n: number): Input[] => [
	...Array.from({ length: n }, (_, i): Input => ({
		kind: 'post',
		t: 20 * 60 + i * 300,
		id: `p${i + 1}`,
		text: TEXTS[i % TEXTS.length]
	})),
	{ kind: 'tick', t: 150 * 60 }
];
const json = (x: unknown) => JSON.stringify(x);

describe('Replayer', () => {
	it('gives the state of a replay from the start: first, again, changed, extended, shortened', () => {
		const log = session(20);
		const r = new Replayer(S, 7, { every: 15 * 60 });
		const first = r.replay(log);
		expect(first.resumed).toBe(0);
		expect(json(first.state)).toBe(json(replay(S, 7, log).state));
		expect(r.size).toBeGreaterThan(3);

		const again = r.replay(log);
		expect(again.resumed).toBe(log.length);
		expect(json(again.state)).toBe(json(first.state));

		// a what-if: post 12 said otherwise resumes from a snapshot before it
		const whatIf = log.map((i) =>
			i.kind === 'post' && i.id === 'p12' ? { ...i, text: TEXTS[1] } : i
		);
		const alt = r.replay(whatIf);
		expect(alt.resumed).toBeGreaterThan(0);
		expect(alt.resumed).toBeLessThanOrEqual(11);
		expect(json(alt.state)).toBe(json(replay(S, 7, whatIf).state));
		expect(json(alt.state)).not.toBe(json(first.state));

		const longer = [...log, { kind: 'end', t: S.duration } as Input];
		const ext = r.replay(longer);
		expect(ext.resumed).toBe(log.length);
		expect(json(ext.state)).toBe(json(replay(S, 7, longer).state));

		const shorter = log.slice(0, 9);
		expect(json(r.replay(shorter).state)).toBe(json(replay(S, 7, shorter).state));
	});

	it('holds in stochastic mode, and a returned state played on does not change the snapshots', () => {
		const log = session(8);
		const r = new Replayer(S, 3, { mode: 'stochastic', every: 10 * 60 });
		const { state } = r.replay(log);
		stepInPlace(S, state, { kind: 'post', t: state.t + 60, id: 'p99', text: TEXTS[2] });
		const again = r.replay(log);
		expect(again.resumed).toBe(log.length);
		expect(json(again.state)).toBe(json(replay(S, 3, log, { mode: 'stochastic' }).state));
	});

	it('keeps at most `max` snapshots and still answers when all were dropped', () => {
		const log = session(12);
		const r = new Replayer(S, 1, { every: 5 * 60, max: 2 });
		r.replay(log);
		expect(r.size).toBe(2);
		const other = new Replayer(S, 1, { every: 5 * 60, max: 0 });
		expect(json(other.replay(log).state)).toBe(json(replay(S, 1, log).state));
		expect(other.size).toBe(0);
	});
});
