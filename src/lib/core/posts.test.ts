/** How the trainee's posts act on the world, and the purity of `step`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { createState, step } from './engine.ts';
import { reportFor, runHeadless } from './headless.ts';
import type { SessionState } from './state.ts';

const { scenario } = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
);
if (!scenario) throw new Error('reference scenario must compile');
const S = scenario;

const CORRECTION =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. If you need help, come to the main entrance or call +00 100 200 300.';
const HOSTILE = 'Stop spreading fake news, liars. Shame on you trolls!';
const VAGUE = 'We are aware of reports and are looking into it.';
const MYTH =
	'It is NOT true that our consulate turned people away or locked the gates. #ConsulateShame is a lie.';

const believers = (st: SessionState) =>
	Object.values(st.spread['turned-away']).reduce((n, c) => n + c.I, 0);
const trust = (st: SessionState) => st.metrics.at(-1)!.audiences.map((a) => a.trust);
const at45 = (text?: string) => runHeadless(S, 1, text ? [{ at: 45 * 60, text }] : []).state;

describe('trainee posts', () => {
	const none = at45();
	const good = at45(CORRECTION);

	it('a hostile post does not stop the rumour and costs trust everywhere', () => {
		const hostile = at45(HOSTILE);
		expect(believers(hostile)).toBeGreaterThan(believers(none) * 0.99);
		trust(hostile).forEach((v, i) => expect(v).toBeLessThan(trust(none)[i]));
		trust(hostile).forEach((v, i) => expect(v).toBeLessThan(trust(good)[i]));
	});

	it('a vague post does little: the rumour runs its course', () => {
		const vague = at45(VAGUE);
		expect(believers(vague)).toBeGreaterThan(believers(none) * 0.99);
		expect(believers(vague)).toBeGreaterThan(50 * believers(good));
	});

	it('a correction that repeats the myth works far worse than one that states the fact', () => {
		const myth = at45(MYTH);
		expect(myth.posts[0].score.findings.map((f) => f.id)).toContain('myth-repetition');
		expect(believers(myth)).toBeGreaterThan(10 * believers(good));
	});

	it('a fact stated before the rumour circulates is a prebunk: it counts, but nobody thanks you for a correction', () => {
		const early = runHeadless(S, 1, [{ at: 5 * 60, text: CORRECTION }]).state;
		expect(early.corrections[0]).toMatchObject({
			claim: 'turned-away',
			postId: 'p1',
			prebunk: true
		});
		expect(early.posts[0].outcome.situation).not.toBe('correction');
		expect(early.posts[0].outcome.prebunked).toEqual(['turned-away']);
		const report = reportFor(S, early);
		const why = JSON.stringify(report);
		expect(why).toContain('before “turned-away” circulated (a prebunk');
		expect(why).not.toContain('Corrected by p1');
		// The same post once the rumour runs is a correction, and the public sees it as one.
		expect(good.corrections[0].prebunk).toBeUndefined();
		expect(good.posts[0].outcome.situation).toBe('correction');
	});

	it('nobody praises the trainee before the trainee has posted', () => {
		for (const file of ['quake-consulate-rumour', 'hacked-account', 'state-visit-gaffe']) {
			const src = readFileSync(`scenarios/${file}.yaml`, 'utf8');
			const sc = compileScenario(src, file).scenario!;
			for (const mode of ['expected', 'stochastic'] as const) {
				const silent = runHeadless(sc, 7, [], { mode }).state;
				expect(silent.feed.filter((f) => f.stance === 'supportive')).toEqual([]);
			}
		}
		const answered = runHeadless(S, 1, [{ at: 25 * 60, text: CORRECTION }]).state;
		const praise = answered.feed.filter((f) => f.stance === 'supportive');
		expect(praise.length).toBeGreaterThan(0);
		expect(praise.every((f) => f.t >= 25 * 60)).toBe(true);
	});

	it('step never changes the state it is given', () => {
		const s0 = createState(S, 3, { mode: 'stochastic' });
		const mid = step(S, s0, { kind: 'tick', t: 50 * 60 }).state;
		const before = JSON.stringify(mid);
		const next = step(S, mid, { kind: 'post', t: 52 * 60, id: 'p1', text: CORRECTION });
		step(S, next.state, { kind: 'delete', t: 53 * 60, postId: 'p1' });
		expect(JSON.stringify(mid)).toBe(before);
		expect(next.state.posts).toHaveLength(1);
		expect(next.effects.some((e) => e.kind === 'scored' && e.postId === 'p1')).toBe(true);
	});
});
