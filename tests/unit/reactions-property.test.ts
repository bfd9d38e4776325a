/**
 * Issue 13: no reaction contradicts the scored outcome of the post it answers. Over random seeds, modes,
 * shipped scenarios and random runs (good statements, corrections, myth-repeating denials, gaffes, troll
 * replies, re-posts and quotes of the rumour, deletions), every generated reaction is checked against the
 * engine's own record: no praise of a post with a major or critical finding or a repeated myth, no "silent"
 * complaint within SILENCE_WINDOW after a live post and never as a reply, replies threaded under the post whose
 * situation they answer, no thanks from a journalist without a correction that worked, and the gaffe wave's
 * quote posts by real (fictional) accounts. The built-in pools are checked word by word as well.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { replay } from '../../src/lib/core/engine.ts';
import type { Input } from '../../src/lib/core/types.ts';
import type { SessionState } from '../../src/lib/core/state.ts';
import { BUILTIN, AMBIENT_TRAGEDY, GAFFE_BY_FINDING, WAVE } from '../../src/lib/sim/pools/index.ts';
import { SILENCE_WINDOW } from '../../src/lib/sim/reactions.ts';

/** Words that praise or thank the account. */
const PRAISE =
	/\b(thanks?|thank you|thx|well (done|handled)|good (job|update|work)|great|appreciated?|bravo|kudos|helpful|clear (and|answer|correction)|reassuring|respect for)\b/i;
/** Words that complain the account is silent. */
const SILENT =
	/\b(silent|silence|quiet|not a word|no word|not one word|says nothing|say something|nothing from|still nothing|waiting for an official|any word from|said anything)\b/i;

const scenarios: Scenario[] = readdirSync('scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => compileScenario(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario!)
	.filter(Boolean);

describe('built-in reaction pools', () => {
	const all = (p: Record<string, string[] | undefined>) => Object.values(p).flatMap((x) => x ?? []);
	it('praise only in the pools of well-received posts, and only from supporters there', () => {
		for (const [situation, pool] of Object.entries(BUILTIN))
			for (const [stance, texts] of Object.entries(pool))
				for (const t of texts ?? [])
					if (PRAISE.test(t))
						expect(
							['good', 'correction', 'answer'].includes(situation) && stance === 'supportive',
							`${situation}/${stance}: ${t}`
						).toBe(true);
		for (const p of [...Object.values(GAFFE_BY_FINDING), AMBIENT_TRAGEDY])
			for (const t of all(p!)) expect(PRAISE.test(t), t).toBe(false);
		for (const t of Object.values(WAVE).flat()) expect(PRAISE.test(t), t).toBe(false);
	});

	it('"silent" complaints only in the silence pool', () => {
		for (const [situation, pool] of Object.entries(BUILTIN))
			if (situation !== 'silence')
				for (const t of all(pool)) expect(SILENT.test(t), `${situation}: ${t}`).toBe(false);
	});

	it('has dozens of texts per situation', () => {
		for (const [situation, pool] of Object.entries(BUILTIN))
			expect(all(pool).length, situation).toBeGreaterThanOrEqual(situation === 'deleted' ? 10 : 20);
	});
});

/** A bank of actions for a scenario, written from its own data (claims, facts, events). */
function bank(sc: Scenario) {
	const claim = sc.claims.find((c) => !c.truth);
	const fact = claim && sc.facts.find((f) => claim.refutedBy.includes(f.id));
	const rumour = sc.events.find((e) => e.spreads && e.channel === 'feed');
	const troll = sc.events.find((e) => e.troll);
	const question = sc.events.find((e) => e.question && e.channel === 'feed');
	const holding = `We are aware of the situation and are working on it. ${sc.trainee.government} will update here. Our thoughts are with everyone affected.`;
	return [
		{ kind: 'post' as const, text: holding },
		{ kind: 'post' as const, text: 'We are looking into it.' },
		{ kind: 'post' as const, text: 'lol what a day 😂😂 relax everyone!!!' },
		{ kind: 'post' as const, text: 'No comment.' },
		...(claim
			? [
					{
						kind: 'post' as const,
						text: `It is NOT true that ${claim.keywords[0] ?? claim.text}. ${claim.hashtag ?? ''} is a lie.`
					}
				]
			: []),
		...(fact ? [{ kind: 'post' as const, text: `${fact.text} Please share this.` }] : []),
		...(troll
			? [{ kind: 'post' as const, text: 'Shut up, you idiot troll.', replyTo: troll.id }]
			: []),
		...(question
			? [{ kind: 'post' as const, text: fact?.text ?? holding, replyTo: question.id }]
			: []),
		...(rumour
			? [
					{ kind: 'share' as const, itemId: rumour.id },
					{
						kind: 'post' as const,
						text: fact ? `${fact.text}` : 'This is false.',
						quoteOf: rumour.id
					}
				]
			: []),
		{ kind: 'delete' as const }
	];
}

function run(
	sc: Scenario,
	seed: number,
	mode: 'expected' | 'stochastic',
	picks: [number, number][]
) {
	const b = bank(sc);
	const log: Input[] = [];
	let n = 0;
	const steps = picks
		.map(([k, minute]) => ({ a: b[k % b.length], t: Math.min(sc.duration - 60, minute * 60) }))
		.sort((x, y) => x.t - y.t);
	for (const { a, t } of steps) {
		if (a.kind === 'delete') {
			if (n) log.push({ kind: 'delete', t, postId: `p${1 + (t % n)}` });
		} else if (a.kind === 'share') log.push({ kind: 'share', t, id: `p${++n}`, itemId: a.itemId });
		else log.push({ ...a, kind: 'post', t, id: `p${++n}` });
	}
	log.push({ kind: 'end', t: sc.duration });
	return replay(sc, seed, log, { mode }).state;
}

/** The trainee's posts published before feed item `itemId` (in feed order) and not deleted by then. */
function liveBefore(s: SessionState, itemId: string) {
	const at = new Map(s.feed.map((f, i) => [f.id, i]));
	const here = at.get(itemId)!;
	const t = s.feed[here].t;
	return s.posts.filter(
		// Reactions are made when a minute begins, before the inputs at that second (a deletion) apply.
		(p) => (at.get(p.id) ?? Infinity) < here && (!p.deleted || (p.deletedAt ?? 0) >= t)
	);
}

function checkRun(sc: Scenario, s: SessionState) {
	const posts = new Map(s.posts.map((p) => [p.id, p]));
	for (const r of s.feed) {
		if (r.kind !== 'reaction' && r.kind !== 'quote') continue;
		const target = r.replyTo ? posts.get(r.replyTo) : undefined;
		if (target) {
			// Threaded under the post it answers, with that post's situation.
			expect(r.pool?.split('/')[0], `${r.id} → ${target.id}`).toBe(target.outcome.situation);
			if (!target.outcome.praise)
				expect(PRAISE.test(r.text), `${r.text} → ${target.id}`).toBe(false);
			expect(SILENT.test(r.text), `"silent" as a reply: ${r.text}`).toBe(false);
		} else if (r.kind === 'reaction' && !r.quoteOf) {
			// Ambient talk never praises a post; support needs a well-received live post in the last hour.
			if (r.stance === 'supportive') {
				const last = liveBefore(s, r.id).at(-1);
				expect(last?.outcome.praise, `ambient support at ${r.t}: ${r.text}`).toBe(true);
			}
		}
		if (SILENT.test(r.text)) {
			const recent = liveBefore(s, r.id).filter((p) => r.t - p.t < SILENCE_WINDOW);
			expect(
				recent.map((p) => p.id),
				`"${r.text}" at ${r.t}`
			).toEqual([]);
		}
		if (r.kind === 'quote') {
			expect(r.author.kind).toBe('public');
			expect(r.author.handle, 'a real (fictional) account').toMatch(/^@\w+$/);
			expect(r.author.name).not.toBe('Quote posts');
			const q = posts.get(r.quoteOf!);
			expect(q?.outcome.gaffes.length, 'a gaffe wave quotes a gaffe').toBeGreaterThan(0);
			expect(PRAISE.test(r.text), r.text).toBe(false);
		}
	}
	// A journalist thanks the trainee only after a correction that worked.
	for (const f of s.feed) {
		const p = sc.personas.find((x) => x.id === f.author.personaId);
		if (p?.kind === 'journalist' && /\bthank/i.test(f.text))
			expect(
				s.corrections.some((c) => c.t <= f.t),
				`${f.id}: "${f.text}"`
			).toBe(true);
	}
	// Every adversary move rests on what happened: its trigger exists and came before it.
	for (const m of s.moves) {
		if (m.trigger) expect(posts.get(m.trigger)!.t).toBeLessThanOrEqual(m.decidedAt);
		expect(m.t).toBeGreaterThanOrEqual(m.decidedAt);
	}
}

describe('reactions never contradict the outcome of the post they answer', () => {
	it('over seeds, modes, scenarios and random runs', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: scenarios.length - 1 }),
				fc.integer({ min: 0, max: 1_000_000 }),
				fc.constantFrom('expected' as const, 'stochastic' as const),
				fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 170 })), { maxLength: 7 }),
				(i, seed, mode, picks) => {
					const sc = scenarios[i];
					checkRun(sc, run(sc, seed, mode, picks));
				}
			),
			{ numRuns: 30, seed: 1313 }
		);
	});

	it('a gaffe is never praised and a myth-repeating correction is never thanked (the issue’s cases)', () => {
		const sc = scenarios.find((x) => x.id === 'quake-consulate-rumour')!;
		for (const seed of [1, 2, 3, 20240917])
			for (const mode of ['expected', 'stochastic'] as const) {
				const s = replay(
					sc,
					seed,
					[
						{
							kind: 'post',
							t: 20 * 60,
							id: 'p1',
							text: 'Ground still shaking lol 😂 stay safe!!!'
						},
						{
							kind: 'post',
							t: 45 * 60,
							id: 'p2',
							text: 'It is NOT true that our consulate turned people away or locked the gates. #ConsulateShame is a lie.'
						},
						{
							kind: 'post',
							t: 60 * 60,
							id: 'p3',
							text: 'Shut up, idiots. Cowards hiding behind screens.',
							replyTo: 'troll-bait'
						},
						{ kind: 'end', t: sc.duration }
					],
					{ mode }
				).state;
				checkRun(sc, s);
				expect(s.posts.map((p) => p.outcome.praise)).toEqual([false, false, false]);
				expect(s.skipped).toContain('journalist-follow-up');
				const replies = s.feed.filter((f) => f.replyTo && ['p1', 'p2', 'p3'].includes(f.replyTo));
				expect(replies.length).toBeGreaterThan(0);
			}
	});
});
