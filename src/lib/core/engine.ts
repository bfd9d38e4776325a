/**
 * The engine: `step(scenario, state, input)` → { state, effects }, pure and seeded; `replay` rebuilds any state
 * from the input log. The world advances in whole scenario minutes (src/lib/core/world.ts); scripted events fire
 * at their time when their condition holds; the trainee's posts are scored and act on the world.
 */
import type { Channel, Persona, Scenario, ScenarioEvent } from '../scenario/types.ts';
import type { Scorer } from '../scoring/types.ts';
// the scorer's own module, not the scoring index: the index also holds the end-of-run report, which the
// browser loads only when a run ends (issue 13: the exercise page's first script)
import { score as realScore } from '../scoring/score.ts';
import { holds } from './conditions.ts';
import type { SessionState } from './state.ts';
import { publish } from './feed.ts';
import type { Author, Effect, FeedItem, FeedKind, Input, StepResult } from './types.ts';
import { organic, tickMinute } from './world.ts';
import { initial, seed as seedClaim } from '../sim/seiz.ts';
import { applyPost, applyDelete, applyShare } from './posts.ts';
import { applyMessage, applyPin } from './actions.ts';
import { runAdversary } from './adversary.ts';
import { lookup } from '../scenario/lookup.ts';
import { EngineError, Meter, minuteWork, scanWork, workLimit } from './budget.ts';

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

/** When each scripted event is due: its own time, or the time exercise control moved it to. */
export function dueTime(s: SessionState, ev: ScenarioEvent): number {
	return s.retimed?.find((r) => r.id === ev.id)?.at ?? ev.at;
}

/** Scripted events that can still fire by themselves (not fired, skipped, cancelled or contingency). */
export function pendingEvents(scenario: Scenario, s: SessionState): ScenarioEvent[] {
	const done = new Set([...s.fired.map((f) => f.id), ...s.skipped, ...(s.cancelled ?? [])]);
	return scenario.events.filter((e) => !e.contingency && !done.has(e.id));
}

/** Scenario time of the next scripted event still to come (for "skip to next event"). */
export function nextEventTime(scenario: Scenario, s: SessionState): number | undefined {
	let next: number | undefined;
	for (const e of pendingEvents(scenario, s)) {
		const at = dueTime(s, e);
		if (at > s.t && (next === undefined || at < next)) next = at;
	}
	return next;
}

/** The next scenario time after `s.t` at which the world changes without any input: the next whole
 * minute, a scripted event or a scheduled item, whichever comes first (live views wake up then). */
export function nextChangeTime(scenario: Scenario, s: SessionState): number {
	let next = Math.floor(s.t / 60) * 60 + 60;
	const ev = nextEventTime(scenario, s);
	if (ev !== undefined && ev < next) next = ev;
	for (const i of s.scheduled) if (i.t > s.t && i.t < next) next = i.t;
	return Math.min(next, scenario.duration);
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
	apply(scenario, s, input, scorer, effects, new Meter('step', workLimit(scenario)));
	return { state: s, effects };
}

/**
 * `step` without the copy: the state is mutated in place and the effects returned. For a caller that owns its
 * state alone (the browser session; a server's look-ahead preview of a world); everyone else uses `step`. Feed
 * items are never mutated once published (a changed item is replaced by a new object), so a view can keep and
 * compare references to them.
 */
export function stepInPlace(
	scenario: Scenario,
	state: SessionState,
	input: Input,
	scorer: Scorer = realScore
): Effect[] {
	const effects: Effect[] = [];
	apply(scenario, state, input, scorer, effects, new Meter('step', workLimit(scenario)));
	return effects;
}

/** Apply one input to a state the caller owns (mutated in place). `step` clones first; `replay` need not;
 * core/snapshots.ts resumes a replay from a copy of a snapshot. */
export function apply(
	scenario: Scenario,
	s: SessionState,
	input: Input,
	scorer: Scorer,
	effects: Effect[],
	meter: Meter
) {
	if (s.ended) return;
	if (typeof input?.t !== 'number' || !Number.isFinite(input.t))
		throw new EngineError(
			'RT102',
			`an input (${String(input?.kind)}) has a time that is not a number (${String(input?.t)})`
		);
	const target = Math.min(scenario.duration, Math.max(s.t, Math.floor(input.t)));
	advance(scenario, s, target, effects, meter);
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
			const ev = lookup(scenario).events.get(input.eventId);
			if (ev && !s.fired.some((f) => f.id === ev.id)) fire(scenario, s, ev, effects);
			break;
		}
		case 'inject-text': {
			const persona = input.from ? lookup(scenario).personas.get(input.from) : undefined;
			const at = input.at !== undefined && input.at > s.t ? Math.floor(input.at) : s.t;
			const item: FeedItem = {
				id: input.id,
				t: at,
				kind: feedKind(input.channel),
				channel: input.channel,
				author: authorOf(persona),
				text: input.text,
				counts: { likes: 0, shares: 0, replies: 0 },
				...(input.question ? { question: true } : {}),
				...(input.replyTo ? { replyTo: input.replyTo } : {})
			};
			if (at > s.t) {
				s.scheduled.push(item);
				s.scheduled.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
			} else publish(scenario, s, item, effects);
			break;
		}
		case 'cancel': {
			const ev = lookup(scenario).events.get(input.eventId);
			const cancelled = (s.cancelled ??= []);
			if (ev && !s.fired.some((f) => f.id === ev.id) && !cancelled.includes(ev.id))
				cancelled.push(ev.id);
			break;
		}
		case 'retime': {
			const ev = lookup(scenario).events.get(input.eventId);
			if (!ev || s.fired.some((f) => f.id === ev.id) || !Number.isFinite(input.at)) break;
			const at = Math.min(scenario.duration, Math.max(s.t, Math.floor(input.at)));
			s.retimed = [...(s.retimed ?? []).filter((r) => r.id !== ev.id), { id: ev.id, at }];
			if (s.cancelled) s.cancelled = s.cancelled.filter((id) => id !== ev.id);
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
	const meter = new Meter('run', workLimit(scenario));
	for (const input of log) apply(scenario, state, input, opts.scorer ?? realScore, effects, meter);
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
function advance(
	scenario: Scenario,
	s: SessionState,
	target: number,
	effects: Effect[],
	meter: Meter
) {
	for (;;) {
		const boundary = Math.floor(s.t / 60) * 60 + 60;
		const until = Math.min(boundary, target);
		fireDue(scenario, s, until, effects, meter);
		if (boundary > target) {
			s.t = target;
			return;
		}
		s.t = boundary;
		meter.add(minuteWork(scenario, s));
		tickMinute(scenario, s, boundary, effects);
		runAdversary(scenario, s);
		if (s.t >= target) return;
	}
}

function fireDue(
	scenario: Scenario,
	s: SessionState,
	until: number,
	effects: Effect[],
	meter: Meter
) {
	const done = new Set<string>(s.skipped);
	for (const f of s.fired) done.add(f.id);
	for (const id of s.cancelled ?? []) done.add(id);
	const moved = new Set((s.retimed ?? []).map((r) => r.id));
	const due: { ev: ScenarioEvent; at: number }[] = [];
	let scanned = 0;
	for (const ev of scenario.events) {
		if (ev.at > until) break;
		scanned++;
		if (ev.contingency || done.has(ev.id) || moved.has(ev.id)) continue;
		due.push({ ev, at: ev.at });
	}
	if (s.retimed) {
		const events = lookup(scenario).events;
		const order = lookup(scenario).order;
		for (const r of s.retimed) {
			const ev = events.get(r.id);
			if (ev && r.at <= until && !done.has(r.id)) due.push({ ev, at: r.at });
		}
		due.sort((a, b) => a.at - b.at || order.get(a.ev.id)! - order.get(b.ev.id)!);
	}
	meter.add(scanWork(scanned) + due.length);
	for (const { ev, at } of due) {
		if (ev.when && !holds(ev.when, s, scenario)) {
			s.skipped.push(ev.id);
			continue;
		}
		fire(scenario, s, ev, effects, at);
	}
	const items = s.scheduled.filter((i) => i.t <= until);
	if (items.length) {
		s.scheduled = s.scheduled.filter((i) => i.t > until);
		for (const item of items) publish(scenario, s, item, effects);
	}
}

function fire(scenario: Scenario, s: SessionState, ev: ScenarioEvent, effects: Effect[], at = s.t) {
	s.fired.push({ id: ev.id, t: at });
	effects.push({ kind: 'fired', eventId: ev.id, t: at });
	for (const f of ev.reveals) if (!s.revealed.includes(f)) s.revealed.push(f);
	const persona = ev.from ? lookup(scenario).personas.get(ev.from) : undefined;
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
			const a = lookup(scenario).audiences.get(id);
			const byAudience = Object.hasOwn(s.spread, ev.spreads.claim)
				? s.spread[ev.spreads.claim]
				: undefined;
			const c = byAudience && Object.hasOwn(byAudience, id) ? byAudience[id] : undefined;
			if (!a || !c) continue;
			s.spread[ev.spreads.claim][id] = seedClaim(
				c,
				Math.max(1, a.size * 0.0004 * ev.spreads.strength * (0.5 + a.susceptibility))
			);
		}
	}
}
