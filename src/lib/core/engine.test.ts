import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileScenario } from '../scenario/index.ts';
import { createState, nextEventTime, replay, step } from './engine.ts';
import { runHeadless, scriptLog } from './headless.ts';
import type { Input } from './types.ts';
import type { SessionState } from './state.ts';
import type { Scorer } from '../scoring/types.ts';
import { score } from '../scoring/index.ts';

const { scenario: quake } = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
);
if (!quake) throw new Error('reference scenario must compile');
const S = quake;

const HOLDING =
	'Our thoughts are with everyone affected by the earthquake in Porto Veyra. Arcadians needing help can call our 24h emergency line +00 100 200 300.';
const CORRECTION =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. If you need help, come to the main entrance or call +00 100 200 300.';

const believersAtEnd = (st: SessionState) =>
	Object.values(st.spread['turned-away']).reduce((n, c) => n + c.I, 0);
const peakVolume = (st: SessionState) =>
	Math.max(...st.metrics.map((m) => m.claims.reduce((n, c) => n + c.volume, 0)));

describe('engine', () => {
	it('replay equals live play, step by step, in both modes', () => {
		for (const mode of ['expected', 'stochastic'] as const) {
			const log = scriptLog(S, [
				{ at: 25 * 60, text: HOLDING },
				{ at: 45 * 60, text: CORRECTION, replyTo: 'rumour-video' }
			]);
			let live = createState(S, 11, { mode });
			// Live play: many small ticks, as the browser clock would send them, then the inputs.
			const ticks: Input[] = [];
			for (let t = 0; t <= S.duration; t += 37) ticks.push({ kind: 'tick', t });
			const merged = [...ticks, ...log].sort((a, b) => a.t - b.t || (a.kind === 'tick' ? -1 : 1));
			for (const input of merged) live = step(S, live, input).state;
			const replayed = replay(S, 11, log, { mode }).state;
			expect(JSON.stringify(replayed.metrics)).toBe(JSON.stringify(live.metrics));
			expect(replayed.posts.map((p) => p.score.overall)).toEqual(
				live.posts.map((p) => p.score.overall)
			);
			expect(replayed.fired).toEqual(live.fired);
		}
	});

	it('state and log survive a JSON round trip and replay identically', () => {
		const log = scriptLog(S, [{ at: 40 * 60, text: CORRECTION }]);
		const { state } = replay(S, 3, log, { mode: 'stochastic' });
		expect(JSON.parse(JSON.stringify(state))).toEqual(state);
		const again = replay(S, 3, JSON.parse(JSON.stringify(log)), { mode: 'stochastic' }).state;
		expect(JSON.stringify(again)).toBe(JSON.stringify(state));
	});

	it('is deterministic per seed, and seeds differ in stochastic mode', () => {
		const a = runHeadless(S, 5, [], { mode: 'stochastic' }).state;
		const b = runHeadless(S, 5, [], { mode: 'stochastic' }).state;
		const c = runHeadless(S, 6, [], { mode: 'stochastic' }).state;
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		expect(JSON.stringify(a.metrics)).not.toBe(JSON.stringify(c.metrics));
	});

	it('conserves accounts: S+E+I+Z equals the audience size every minute', () => {
		const { state } = replay(S, 9, scriptLog(S, [{ at: 50 * 60, text: CORRECTION }]), {
			mode: 'stochastic'
		});
		for (const m of state.metrics) {
			for (const c of m.claims) {
				const size = S.audiences.find((a) => a.id === c.audience)!.size;
				expect(
					Math.abs(c.susceptible + c.exposed + c.believers + c.skeptics - size)
				).toBeLessThanOrEqual(3);
			}
		}
	});

	// Two statements, because "earlier is never worse" is only true of the world model, not of the score: the
	// journalist asks at 01:10 only if the rumour is still uncorrected, so a correction at 01:10 or later also
	// answers that question and scores higher (0.85) than one at 01:09 that pre-empted it (0.818); the stronger
	// late correction then leaves fewer believers (early 69, late 70: 4.8 % fewer). That is the scoring's
	// view (answering the press counts), not an engine fault; the old form of this property hid it behind a
	// 2.5 % tolerance that the 69/70 pair exceeds (it failed for ~2 % of fast-check's draws).
	it('a correction of the same strength made earlier never leaves more believers', () => {
		const pinned: Scorer = (post, ctx) => ({ ...score(post, ctx), overall: 0.8 });
		fc.assert(
			fc.property(
				fc.integer({ min: 41, max: 150 }),
				fc.integer({ min: 1, max: 29 }),
				(early, gap) => {
					const run = (m: number) =>
						replay(S, 1, scriptLog(S, [{ at: m * 60, text: CORRECTION }]), { scorer: pinned })
							.state;
					expect(believersAtEnd(run(early))).toBeLessThanOrEqual(believersAtEnd(run(early + gap)));
				}
			),
			{ numRuns: 40 }
		);
	});

	it('an earlier correction leaves no more believers unless the later one scored higher by answering a question', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 41, max: 150 }),
				fc.integer({ min: 1, max: 29 }),
				(early, gap) => {
					const a = runHeadless(S, 1, [{ at: early * 60, text: CORRECTION }]).state;
					const b = runHeadless(S, 1, [{ at: (early + gap) * 60, text: CORRECTION }]).state;
					const [pa, pb] = [a.posts[0].score, b.posts[0].score];
					if (pa.overall >= pb.overall)
						expect(believersAtEnd(a)).toBeLessThanOrEqual(believersAtEnd(b));
					else expect(pb.answers.length).toBeGreaterThan(pa.answers.length);
				}
			),
			{ numRuns: 40, examples: [[69, 1]] }
		);
	});

	it('without a correction the rumour peaks higher than with one', () => {
		const none = runHeadless(S, 1, []).state;
		const corrected = runHeadless(S, 1, [{ at: 45 * 60, text: CORRECTION }]).state;
		expect(peakVolume(none)).toBeGreaterThan(peakVolume(corrected) * 2);
		expect(believersAtEnd(none)).toBeGreaterThan(believersAtEnd(corrected) * 5);
	});

	it('the coordinated boost makes a spike: volume rises sharply, then decays', () => {
		const vol = runHeadless(S, 1, []).state.metrics.map((m) =>
			m.claims.reduce((n, c) => n + c.volume, 0)
		);
		const peak = Math.max(...vol);
		const at = vol.indexOf(peak);
		expect(peak).toBeGreaterThan(10 * vol[40]);
		expect(vol[vol.length - 1]).toBeLessThan(peak / 10);
		expect(at).toBeGreaterThan(35);
	});

	it('conditional events fire or not on what the trainee did; contingencies only by hand', () => {
		const none = runHeadless(S, 1, []).state;
		expect(none.fired.map((f) => f.id)).toContain('journalist-question');
		expect(none.skipped).toContain('journalist-follow-up');
		expect(none.fired.map((f) => f.id)).not.toContain('aftershock');
		const corrected = runHeadless(S, 1, [{ at: 45 * 60, text: CORRECTION }]).state;
		expect(corrected.skipped).toContain('journalist-question');
		expect(corrected.fired.map((f) => f.id)).toContain('journalist-follow-up');
		const injected = replay(S, 1, [{ kind: 'inject', t: 100 * 60, eventId: 'aftershock' }]).state;
		expect(injected.fired).toContainEqual({ id: 'aftershock', t: 100 * 60 });
	});

	it('a gaffe starts its own wave: quote posts and a journalist follow-up question', () => {
		const { state } = replay(S, 1, [
			{
				kind: 'post',
				t: 30 * 60,
				id: 'p1',
				text: 'Ground still shaking lol 😅 stay safe everyone!!!'
			},
			{ kind: 'tick', t: 60 * 60 }
		]);
		const quotes = state.feed.filter((f) => f.kind === 'quote' && f.quoteOf === 'p1');
		expect(quotes).toHaveLength(2);
		// Real (fictional) accounts, never a placeholder author.
		for (const q of quotes) expect(q.author.handle).toMatch(/^@[a-z]+[a-z]\d{3}$/);
		expect(
			state.feed.some((f) => f.question && f.replyTo === 'p1' && f.author.personaId === 'lena')
		).toBe(true);
		const calm = replay(S, 1, [
			{ kind: 'post', t: 30 * 60, id: 'p1', text: HOLDING },
			{ kind: 'tick', t: 60 * 60 }
		]);
		expect(calm.state.feed.some((f) => f.kind === 'quote')).toBe(false);
	});

	it('engagement moves over time and a better post is liked more', () => {
		const good = replay(S, 1, [
			{ kind: 'post', t: 25 * 60, id: 'p1', text: HOLDING },
			{ kind: 'tick', t: 35 * 60 }
		]).state;
		const at30 = replay(S, 1, [
			{ kind: 'post', t: 25 * 60, id: 'p1', text: HOLDING },
			{ kind: 'tick', t: 28 * 60 }
		]).state;
		const likes = (st: SessionState) => st.feed.find((f) => f.id === 'p1')!.counts.likes;
		expect(likes(good)).toBeGreaterThan(likes(at30));
		const vague = replay(S, 1, [
			{ kind: 'post', t: 25 * 60, id: 'p1', text: 'No comment.' },
			{ kind: 'tick', t: 35 * 60 }
		]).state;
		expect(likes(good)).toBeGreaterThan(likes(vague));
	});

	it('deleting keeps the record (screenshots remain) and ignores unknown ids', () => {
		const { state } = replay(S, 1, [
			{ kind: 'post', t: 30 * 60, id: 'p1', text: HOLDING },
			{ kind: 'delete', t: 31 * 60, postId: 'p1' },
			{ kind: 'delete', t: 32 * 60, postId: 'nope' }
		]);
		expect(state.posts[0]).toMatchObject({ id: 'p1', deleted: true, deletedAt: 31 * 60 });
		expect(state.feed.find((f) => f.id === 'p1')?.deleted).toBe(true);
	});

	it('treats post text as text, and ignores inputs after the end', () => {
		const html = '<script>alert(1)</script><b>hi</b>';
		const { state } = replay(S, 1, [
			{ kind: 'post', t: 60, id: 'p1', text: html },
			{ kind: 'end', t: 120 }
		]);
		expect(state.feed.find((f) => f.id === 'p1')?.text).toBe(html);
		const after = step(S, state, { kind: 'post', t: 200, id: 'p2', text: 'late' });
		expect(after.effects).toEqual([]);
		expect(after.state.posts).toHaveLength(1);
	});

	it('knows the next scripted event', () => {
		const st = replay(S, 1, [{ kind: 'tick', t: 6 * 60 }]).state;
		expect(nextEventTime(S, st)).toBe(20 * 60);
	});
});
