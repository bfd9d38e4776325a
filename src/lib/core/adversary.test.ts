/** The adversary that plays back (core/adversary.ts) and the condition atoms it needs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { replay } from './engine.ts';
import { holds, witness } from './conditions.ts';
import { parseCondition } from '../scenario/conditions.ts';
import type { Input } from './types.ts';
import type { SessionState } from './state.ts';
import { adversaryTimeline, closingRound, unplayed } from '../components/adversary-debrief.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;

const HOLDING =
	'Our thoughts are with everyone affected by the earthquake in Porto Veyra. Arcadians needing help can call our 24h emergency line +00 100 200 300. We will update here.';
const CORRECTION =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. If you need help, come to the main entrance or call +00 100 200 300.';
const MYTH =
	'It is NOT true that our consulate turned people away or locked the gates. #ConsulateShame is a lie.';
const believers = (s: SessionState) =>
	Object.values(s.spread['turned-away']).reduce((n, c) => n + c.I, 0);

function play(log: Input[], scenario: Scenario = S, end = S.duration, seed = 1) {
	return replay(scenario, seed, [...log, { kind: 'tick', t: end }]).state;
}
const cond = (src: string) => parseCondition(src).condition!;

describe('the adversary', () => {
	it('quote-posts a myth-repeating correction in the trainee’s own words, 3 minutes later', () => {
		const s = play([
			{ kind: 'post', t: 25 * 60, id: 'p1', text: HOLDING },
			{ kind: 'post', t: 45 * 60, id: 'p2', text: MYTH }
		]);
		const m = s.moves.find((x) => x.move === 'clip-the-myth')!;
		expect(m).toMatchObject({
			trigger: 'p2',
			technique: 'T0084.004',
			decidedAt: 45 * 60,
			t: 48 * 60
		});
		const item = s.feed.find((f) => f.id === m.itemId)!;
		expect(item).toMatchObject({ kind: 'adversary', quoteOf: 'p2', move: 'clip-the-myth' });
		expect(item.author.handle).toBe('@truthseeker_88');
		expect(item.text).toContain('@ArcadiaInVeyrania');
		expect(item.counts.shares, 'the move collects engagement').toBeGreaterThan(0);
		// It pushes the claim: more believers while it runs than the same run without the adversary.
		const log: Input[] = [
			{ kind: 'post', t: 25 * 60, id: 'p1', text: HOLDING },
			{ kind: 'post', t: 45 * 60, id: 'p2', text: MYTH }
		];
		const quiet = play(log, { ...S, adversary: undefined }, 65 * 60);
		expect(believers(play(log, S, 65 * 60))).toBeGreaterThan(believers(quiet));
	});

	it('does not clip a correction that states the fact; plays the kernel of truth instead', () => {
		const s = play([
			{ kind: 'post', t: 25 * 60, id: 'p1', text: HOLDING },
			{ kind: 'post', t: 45 * 60, id: 'p2', text: CORRECTION }
		]);
		expect(s.moves.map((m) => m.move)).not.toContain('clip-the-myth');
		const gate = s.moves.find((m) => m.move === 'the-side-gate')!;
		expect(gate.decidedAt).toBe(75 * 60); // not before its `after: 01:15`
		// Saying it first pre-empts it.
		const pre = play([
			{ kind: 'post', t: 45 * 60, id: 'p1', text: CORRECTION },
			{
				kind: 'post',
				t: 65 * 60,
				id: 'p2',
				text: 'The main entrance stayed open all night; a side gate was briefly closed for a safety check.'
			}
		]);
		expect(pre.moves.map((m) => m.move)).not.toContain('the-side-gate');
	});

	it('posts the screenshot of a deleted gaffe, and never twice for the same post', () => {
		const s = play([
			{ kind: 'post', t: 30 * 60, id: 'p1', text: 'Ground still shaking lol 😂' },
			{ kind: 'delete', t: 32 * 60, postId: 'p1' }
		]);
		const cover = s.moves.filter((m) => m.move === 'cover-up');
		expect(cover).toHaveLength(1);
		const item = s.feed.find((f) => f.id === cover[0].itemId)!;
		expect(item.quoteOf).toBe('p1');
		expect(item.media?.kind).toBe('screenshot');
		expect(item.media?.alt).toContain('Ground still shaking');
	});

	it('swarms a missed window with "still silent" waves, at most `repeat` times, `every` apart', () => {
		const s = play([]);
		const waves = s.moves.filter((m) => m.move === 'still-silent');
		expect(waves).toHaveLength(2);
		expect(waves[0].trigger).toBeUndefined();
		// the counter-rumour window (rumour at 00:35, acceptable 45m) closes at 01:20
		expect(waves[0].decidedAt).toBe(81 * 60);
		expect(waves[1].decidedAt - waves[0].decidedAt).toBe(40 * 60);
		// A prompt correction pre-empts it.
		const good = play([{ kind: 'post', t: 45 * 60, id: 'p1', text: CORRECTION }]);
		expect(good.moves.map((m) => m.move)).not.toContain('still-silent');
	});

	it('is seeded: the same log gives the same moves and accounts', () => {
		const log: Input[] = [
			{ kind: 'post', t: 45 * 60, id: 'p1', text: MYTH },
			{ kind: 'share', t: 50 * 60, id: 'p2', itemId: 'rumour-video' }
		];
		const a = play(log);
		const b = play(log);
		expect(a.moves).toEqual(b.moves);
		expect(a.feed.filter((f) => f.move)).toEqual(b.feed.filter((f) => f.move));
		expect(a.moves.map((m) => m.move)).toContain('share-the-myth');
	});

	it('feeds the debrief timeline and the closing round', () => {
		const s = play([
			{ kind: 'post', t: 45 * 60, id: 'p1', text: MYTH },
			{
				kind: 'post',
				t: 60 * 60,
				id: 'p2',
				text: 'Shut up, idiot troll 😂',
				replyTo: 'troll-bait'
			},
			{ kind: 'delete', t: 62 * 60, postId: 'p2' }
		]);
		const rows = adversaryTimeline(S, s);
		expect(rows.map((r) => r.technique.id)).toEqual(
			expect.arrayContaining(['T0084.004', 'T0049.001', 'T0023.001'])
		);
		const clip = rows.find((r) => r.move === 'clip-the-myth')!;
		expect(clip.trigger?.id).toBe('p1');
		expect(clip.preempt).toMatch(/fact/i);
		expect(clip.url).toContain('T0084.004.md');
		expect(unplayed(S, s).map((t) => t.id)).toContain('T0040');
		const q = closingRound(S, s);
		expect(q.length).toBe(new Set(rows.map((r) => r.technique.id)).size);
		for (const x of q) {
			expect(x.options).toHaveLength(4);
			expect(new Set(x.options.map((o) => o.id)).size).toBe(4);
			expect(x.options.map((o) => o.id)).toContain(x.answer);
		}
		expect(closingRound(S, s)).toEqual(q);
	});
});

describe('condition atoms for the adversary', () => {
	const log: Input[] = [
		{ kind: 'post', t: 30 * 60, id: 'p1', text: HOLDING },
		{ kind: 'post', t: 60 * 60, id: 'p2', text: 'You idiot troll.', replyTo: 'troll-bait' },
		{ kind: 'delete', t: 61 * 60, postId: 'p2' },
		{ kind: 'share', t: 62 * 60, id: 'p3', itemId: 'rumour-video' }
	];
	const s = play(log, S, 70 * 60);

	it('deleted(), deleted(finding), replied_to_troll(), amplified(claim)', () => {
		expect(holds(cond('deleted()'), s, S)).toBe(true);
		expect(holds(cond('deleted(engaging-troll)'), s, S)).toBe(true);
		expect(holds(cond('deleted(confidential-leak)'), s, S)).toBe(false);
		expect(holds(cond('replied_to_troll()'), s, S)).toBe(true);
		expect(holds(cond('amplified(turned-away)'), s, S)).toBe(true);
		expect(holds(cond('repeated(turned-away)'), s, S), 'a re-post repeats the claim').toBe(true);
		expect(witness(cond('deleted()'), s, S)).toBe('p2');
		expect(witness(cond('amplified() or deleted()'), s, S)).toBe('p3');
		expect(witness(cond('fired(rumour-video)'), s, S)).toBeUndefined();
	});

	it('silent_for(D) counts from the last live post; missed(objective) reads the timing rule', () => {
		expect(holds(cond('silent_for(10m)'), s, S)).toBe(false); // p3 at 01:02, now 01:10
		expect(holds(cond('silent_for(5m)'), s, S)).toBe(true);
		const none = play([], S, 80 * 60);
		expect(holds(cond('missed(counter-rumour)'), none, S)).toBe(false); // closes at 01:20
		expect(holds(cond('missed(counter-rumour)'), play([], S, 81 * 60), S)).toBe(true);
		expect(holds(cond('missed(first-response)'), s, S)).toBe(false); // p1 in time
	});
});
