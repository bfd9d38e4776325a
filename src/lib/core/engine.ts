/**
 * The engine: `step(scenario, state, input)` → { state, effects }, pure and seeded; `replay` rebuilds any state
 * from the input log. The world advances in whole scenario minutes (src/lib/sim/world.ts); scripted events fire
 * at their time when their condition holds; the trainee's posts are scored and act on the world.
 */
import type { Channel, Persona, Scenario, ScenarioEvent } from '../scenario/types.ts';
import type { Scorer } from '../scoring/types.ts';
import { score as realScore } from '../scoring/index.ts';
import { holds } from './conditions.ts';
import type { SessionState } from './state.ts';
import { publish } from './feed.ts';
import type { Author, Effect, FeedItem, FeedKind, Input, StepResult } from './types.ts';
import { organic, tickMinute } from '../sim/world.ts';
import { initial, seed as seedClaim } from '../sim/seiz.ts';
import { applyPost, applyDelete, applyShare } from './posts.ts';
import { applyMessage, applyPin } from './actions.ts';
import { runAdversary } from './adversary.ts';

export type { SessionState, PostRecord } from './state.ts';

export interface EngineOptions {
	mode?: 'expected' | 'stochastic';
}

export function createState(
	scenario: Scenario,
	seed: number,
	opts: EngineOptions = {}
): SessionState {
	const spread: SessionState['spread'] = {};
	for (const c of scenario.claims) {
		spread[c.id] = {};
		for (const a of organic(scenario)) spread[c.id][a.id] = initial(a.size);
	}
	const mood: SessionState['mood'] = {};
	for (const a of organic(scenario))
		mood[a.id] = { sentiment: a.stance, trust: a.trust, goodwill: 0, outrage: 0, mentions: 0 };
	return {
		scenarioId: scenario.id,
		seed,
		mode: opts.mode ?? 'expected',
		t: 0,
		ended: false,
		feed: [],
		metrics: [],
		posts: [],
		fired: [],
		skipped: [],
		revealed: scenario.facts.filter((f) => f.knownFrom === 0).map((f) => f.id),
		spread,
		mood,
		corrections: [],
		backfires: [],
		engagement: [],
		questions: [],
		scheduled: [],
		seq: 0,
		messages: [],
		moves: [],
		pushes: []
	};
}

/** Scenario time of the next scripted event still to come (for "skip to next event"). */
export function nextEventTime(scenario: Scenario, s: SessionState): number | undefined {
	const done = new Set([...s.fired.map((f) => f.id), ...s.skipped]);
	return scenario.events.find((e) => !e.contingency && !done.has(e.id) && e.at > s.t)?.at;
}

export function step(
	scenario: Scenario,
	state: SessionState,
	input: Input,
	scorer: Scorer = realScore
): StepResult<SessionState> {
	if (state.ended) return { state, effects: [] };
	const s: SessionState = structuredClone(state);
	const effects: Effect[] = [];
	apply(scenario, s, input, scorer, effects);
	return { state: s, effects };
}

/**
 * `step` without the copy, for a caller that owns its state alone (the browser session): the state is
 * mutated in place and the effects returned. Feed items are never mutated once published (a changed item is
 * replaced by a new object), so a view can keep and compare references to them.
 */
export function stepInPlace(
	scenario: Scenario,
	state: SessionState,
	input: Input,
	scorer: Scorer = realScore
): Effect[] {
	const effects: Effect[] = [];
	apply(scenario, state, input, scorer, effects);
	return effects;
}

/** Apply one input to a state the caller owns (mutated in place). `step` clones first; `replay` need not. */
function apply(
	scenario: Scenario,
	s: SessionState,
	input: Input,
	scorer: Scorer,
	effects: Effect[]
) {
	if (s.ended) return;
	const target = Math.min(scenario.duration, Math.max(s.t, Math.floor(input.t)));
	advance(scenario, s, target, effects);
	switch (input.kind) {
		case 'tick':
			break;
		case 'post':
			applyPost(scenario, s, input, scorer, effects);
			runAdversary(scenario, s);
			break;
		case 'share':
			applyShare(scenario, s, input, scorer, effects);
			runAdversary(scenario, s);
			break;
		case 'pin':
			applyPin(s, input);
			break;
		case 'message':
			applyMessage(scenario, s, input, effects);
			break;
		case 'delete':
			applyDelete(s, input.postId, effects);
			runAdversary(scenario, s);
			break;
		case 'inject': {
			const ev = scenario.events.find((e) => e.id === input.eventId);
			if (ev && !s.fired.some((f) => f.id === ev.id)) fire(scenario, s, ev, effects);
			break;
		}
		case 'inject-text': {
			const persona = scenario.personas.find((p) => p.id === input.from);
			const item: FeedItem = {
				id: input.id,
				t: s.t,
				kind: feedKind(input.channel),
				channel: input.channel,
				author: authorOf(persona),
				text: input.text,
				counts: { likes: 0, shares: 0, replies: 0 },
				...(input.question ? { question: true } : {})
			};
			publish(scenario, s, item, effects);
			break;
		}
		case 'end':
			s.ended = true;
			effects.push({ kind: 'ended', t: s.t });
			break;
	}
	if (s.t >= scenario.duration && !s.ended) {
		s.ended = true;
		effects.push({ kind: 'ended', t: s.t });
	}
}

export function replay(
	scenario: Scenario,
	seed: number,
	log: Input[],
	opts: EngineOptions & { scorer?: Scorer } = {}
): { state: SessionState; effects: Effect[] } {
	const state = createState(scenario, seed, opts);
	const effects: Effect[] = [];
	for (const input of log) apply(scenario, state, input, opts.scorer ?? realScore, effects);
	return { state, effects };
}

/** Who a scripted or injected item comes from: a persona, or exercise control when none is named. */
function authorOf(persona: Persona | undefined): Author {
	return persona
		? {
				name: persona.name,
				handle: persona.handle,
				personaId: persona.id,
				audience: persona.audience,
				kind: 'persona'
			}
		: { name: 'Exercise control', kind: 'system' };
}

/** The feed kind of a scripted or injected item on this channel. */
function feedKind(channel: Channel): FeedKind {
	return channel === 'feed' ? 'event' : channel;
}

/** Move time forward to `target`, firing due events and running each whole minute crossed. */
function advance(scenario: Scenario, s: SessionState, target: number, effects: Effect[]) {
	for (;;) {
		const boundary = Math.floor(s.t / 60) * 60 + 60;
		const until = Math.min(boundary, target);
		fireDue(scenario, s, until, effects);
		if (boundary > target) {
			s.t = target;
			return;
		}
		s.t = boundary;
		tickMinute(scenario, s, boundary, effects);
		runAdversary(scenario, s);
		if (s.t >= target) return;
	}
}

function fireDue(scenario: Scenario, s: SessionState, until: number, effects: Effect[]) {
	for (const ev of scenario.events) {
		if (ev.at > until) break;
		if (ev.contingency || s.fired.some((f) => f.id === ev.id) || s.skipped.includes(ev.id))
			continue;
		if (ev.when && !holds(ev.when, s, scenario)) {
			s.skipped.push(ev.id);
			continue;
		}
		fire(scenario, s, ev, effects, ev.at);
	}
	const due = s.scheduled.filter((i) => i.t <= until);
	if (due.length) {
		s.scheduled = s.scheduled.filter((i) => i.t > until);
		for (const item of due) publish(scenario, s, item, effects);
	}
}

function fire(scenario: Scenario, s: SessionState, ev: ScenarioEvent, effects: Effect[], at = s.t) {
	s.fired.push({ id: ev.id, t: at });
	effects.push({ kind: 'fired', eventId: ev.id, t: at });
	for (const f of ev.reveals) if (!s.revealed.includes(f)) s.revealed.push(f);
	const persona = scenario.personas.find((p) => p.id === ev.from);
	const item: FeedItem = {
		id: ev.id,
		t: at,
		kind: feedKind(ev.channel),
		channel: ev.channel,
		author: authorOf(persona),
		text: ev.text,
		eventId: ev.id,
		counts: { likes: 0, shares: 0, replies: 0 },
		...(ev.headline ? { headline: ev.headline } : {}),
		...(ev.question ? { question: true } : {}),
		...(ev.spreads ? { claim: ev.spreads.claim } : {}),
		...(ev.media ? { media: ev.media } : {})
	};
	publish(scenario, s, item, effects);
	if (ev.spreads) {
		const targets = ev.spreads.audiences.length
			? ev.spreads.audiences
			: organic(scenario).map((a) => a.id);
		for (const id of targets) {
			const a = scenario.audiences.find((x) => x.id === id);
			const c = s.spread[ev.spreads.claim]?.[id];
			if (!a || !c) continue;
			s.spread[ev.spreads.claim][id] = seedClaim(
				c,
				Math.max(1, a.size * 0.0004 * ev.spreads.strength * (0.5 + a.susceptibility))
			);
		}
	}
}
