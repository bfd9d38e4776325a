/**
 * A trainee's view carries only what the trainee may know at that moment (src/lib/academy/trainee-view.ts):
 * for every shipped scenario, at several moments of a run with posts, the briefing and the world view hold no
 * forbidden field and no text of a fact, a claim's definition, an event not yet published (future,
 * conditional or contingency), the rubric or the embedded tests. Deltas rebuild exactly the whole view.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { replay } from '../../src/lib/core/engine.ts';
import type { Input } from '../../src/lib/core/types.ts';
import {
	applyDelta,
	briefingOf,
	worldDelta,
	feedMarks,
	worldView
} from '../../src/lib/academy/trainee-view.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';

/** Keys that must never appear anywhere in what a trainee receives. */
export const FORBIDDEN_KEYS = [
	'rubric',
	'mustInclude',
	'must_include',
	'mustAvoid',
	'must_avoid',
	'tests',
	'expect',
	'facts',
	'confidential',
	'refutedBy',
	'refuted_by',
	'truth',
	'keywords',
	'claims',
	'claim',
	'events',
	'contingency',
	'when',
	'whenText',
	'reveals',
	'spreads',
	'eventId',
	'personaId',
	'susceptibility',
	'stance',
	'synonyms',
	'weights',
	'score',
	'findings',
	'correctsClaims',
	'repeatsClaims',
	'objectives' // only inside the briefing, checked separately
];

/** Every key of a JSON value, at any depth. */
export function keysOf(v: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) {
			out.add(k);
			keysOf(x, out);
		}
	return out;
}

/** Texts the trainee must not see at time `t` in this world: every fact text, claim definitions, rubric
 * phrases that are not ordinary words, test posts, and the texts of events not published to them. */
export function secretTexts(scenario: Scenario, published: Set<string>): string[] {
	// A fact the briefing itself states (the trainee's own government's line) is known to the trainee.
	const flat = (x: string) => x.replace(/\s+/g, ' ').trim();
	const briefing = flat(scenario.trainee.briefing);
	const out = [
		...scenario.facts.filter((f) => !briefing.includes(flat(f.text))).map((f) => f.text),
		...scenario.claims.map((c) => c.text),
		...scenario.tests.flatMap((t) => t.posts.map((p) => p.text)),
		...scenario.rubric.mustInclude.map((k) => k.label),
		...scenario.events.filter((e) => !published.has(e.id)).map((e) => e.text)
	];
	// Long enough to be unmistakable, and not also the text of something published (an event may quote a
	// claim word for word).
	const shown = scenario.events.filter((e) => published.has(e.id)).map((e) => e.text);
	return out.filter((s) => s.length >= 25 && !shown.some((x) => x.includes(s)));
}

const shipped = readdirSync('scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => {
		const r = compileScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
		if (!r.scenario) throw new Error(`${f} does not compile`);
		return r.scenario;
	});

const POSTS = [
	'Our thoughts are with everyone affected. We are working with the authorities; more within the hour.',
	'That claim is false. The facts: we are open and helping our citizens. Call our line for help.',
	'lol 😂 no comment'
];

describe('trainee view: only what the trainee may know', () => {
	for (const scenario of shipped) {
		it(`${scenario.id}: no forbidden field or secret text at any moment`, () => {
			const b = briefingOf(scenario, false);
			const bKeys = keysOf(b);
			for (const k of FORBIDDEN_KEYS.filter((k) => k !== 'objectives'))
				expect(bKeys.has(k), `briefing has '${k}'`).toBe(false);
			const bText = JSON.stringify(b);
			for (const s of secretTexts(scenario, new Set())) expect(bText).not.toContain(s);

			const step = Math.floor(scenario.duration / 6);
			const inputs: Input[] = POSTS.map((text, i) => ({
				kind: 'post',
				t: step * (i + 1),
				id: `p${i + 1}`,
				text
			}));
			for (let k = 0; k <= 6; k++) {
				const t = Math.min(scenario.duration, k * step + 30);
				const log = [...inputs.filter((x) => x.t <= t), { kind: 'tick' as const, t }];
				const s = replay(scenario, scenario.seed, log).state;
				const view = worldView(scenario, s);
				const keys = keysOf(view);
				for (const f of FORBIDDEN_KEYS) expect(keys.has(f), `view at ${t}s has '${f}'`).toBe(false);
				const text = JSON.stringify(view);
				const published = new Set(s.fired.map((f) => f.id));
				for (const secret of secretTexts(scenario, published))
					expect(text, `view at ${t}s shows a secret`).not.toContain(secret);
			}
		});
	}

	it('deltas rebuild the whole view exactly, from any earlier view', () => {
		const scenario = shipped.find((s) => s.id === 'quake-consulate-rumour') ?? shipped[0];
		const log: Input[] = [
			{ kind: 'post', t: 1500, id: 'p1', text: POSTS[0] },
			{ kind: 'post', t: 3000, id: 'p2', text: POSTS[2] },
			{ kind: 'delete', t: 3300, postId: 'p2' }
		];
		const first = replay(scenario, 1, [{ kind: 'tick', t: 0 }]).state;
		let view = worldView(scenario, first);
		let marks: string[] | undefined = undefined; // the first delta after a page load has none
		for (const t of [600, 1800, 3200, 3400, 7200, scenario.duration]) {
			const s = replay(scenario, 1, [...log.filter((x) => x.t <= t), { kind: 'tick', t }]).state;
			const delta = worldDelta(scenario, s, {
				feed: view.feed.length,
				signals: view.signals.length,
				marks
			});
			// with marks, only what changed is sent again
			if (marks)
				for (const i of delta.mine) expect(view.feed.find((x) => x.id === i.id)).not.toEqual(i);
			const next = applyDelta(view, delta);
			expect(next).toEqual(worldView(scenario, s));
			view = next!;
			marks = feedMarks(s);
		}
		// a delta that does not continue the view is refused (the client then asks for the whole view)
		const s = replay(scenario, 1, [{ kind: 'tick', t: 600 }]).state;
		expect(
			applyDelta(worldView(scenario, s), {
				...worldDelta(scenario, s, { feed: 0, signals: 0 }),
				from: { feed: 10_000, signals: 0 }
			})
		).toBeUndefined();
	});
});
