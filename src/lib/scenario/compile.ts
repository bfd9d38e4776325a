/** Raw (validated) YAML shape → the compiled `Scenario` of types.ts: times to seconds, defaults filled,
 * events sorted by time (then source order), conditions attached. */
import { toCondition, type CondNode } from './conditions.ts';
import { defaultDemonyms } from './demonyms.ts';
import type { RawScenario } from './schema.ts';
import { parseTime } from './time.ts';
import type {
	AvoidRule,
	Bound,
	Platform,
	Reactions,
	Scenario,
	ScenarioEvent,
	Seconds
} from './types.ts';
import { BOUND_PATTERN, DEFAULT_WEIGHTS } from './schema.ts';
import { SCENARIO_FORMAT } from './types.ts';
import {
	compileAdversary,
	compileLocalClock,
	compileMedia,
	compileReactions
} from './compile-play.ts';
import { claimStakes, defaultAsks, mergedDoctrine, personaStakes } from './defaults.ts';

/**
 * A mapping keyed by names the author chose (audience ids, phrases, criteria): no prototype, so a key such as
 * `constructor` or `toString` is just a key, and a missing key is `undefined`, never an inherited function.
 */
export function dict<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
	const out = Object.create(null) as Record<string, V>;
	for (const [k, v] of entries) out[k] = v;
	return out;
}

/** Give the author-keyed mappings back their null prototype after a structured clone (a worker's result,
 * which arrives with plain objects). Returns the same scenario. */
export function restoreDicts(s: Scenario): Scenario {
	const bare = (o: object) => Object.setPrototypeOf(o, null);
	bare(s.reactions);
	for (const v of Object.values(s.reactions)) bare(v);
	for (const k of s.rubric.mustInclude) bare(k.synonyms);
	for (const t of s.tests) bare(t.expect);
	return s;
}

const sec = (t: string): Seconds => parseTime(t) ?? 0;

function bound(text: string): Bound {
	const m = BOUND_PATTERN.exec(text);
	return { op: (m?.[1] ?? '>=') as Bound['op'], value: Number(m?.[2] ?? 0), text: text.trim() };
}

function avoidRule(a: RawScenario['rubric']['must_avoid'][number]): AvoidRule {
	const o = a.objective !== undefined ? { objective: a.objective } : {};
	if (a.repeat_claim !== undefined) return { kind: 'repeat_claim', claim: a.repeat_claim, ...o };
	if (a.phrase !== undefined)
		return {
			kind: 'phrase',
			phrases: a.phrase,
			...o,
			...(a.why !== undefined ? { why: a.why } : {})
		};
	if (a.blame_before !== undefined) return { kind: 'blame_before', fact: a.blame_before, ...o };
	if (a.emoji_in_tragedy) return { kind: 'emoji_in_tragedy', ...o };
	if (a.humour_in_tragedy) return { kind: 'humour_in_tragedy', ...o };
	return { kind: 'confidential', ...o };
}

export interface CompiledEvent {
	event: ScenarioEvent;
	/** Index in the YAML `events` list, for diagnostics. */
	index: number;
	cond?: CondNode;
}

export function buildScenario(
	raw: RawScenario,
	conds: Map<number, CondNode>,
	testLines: number[],
	moveConds: Map<number, CondNode> = new Map()
): { scenario: Scenario; events: CompiledEvent[] } {
	const platforms: Platform[] = Object.entries(raw.platforms).map(([id, p]) => {
		const out: Platform = {
			id,
			kind: p.kind,
			label: p.label ?? id,
			public: p.public ?? !(p.kind === 'messaging' || p.kind === 'internal')
		};
		if (p.char_limit !== undefined) out.charLimit = p.char_limit;
		if (p.max_hashtags !== undefined) out.maxHashtags = p.max_hashtags;
		if (p.max_mentions !== undefined) out.maxMentions = p.max_mentions;
		return out;
	});
	const organic = raw.audiences.filter((a) => a.kind === 'organic').map((a) => a.id);
	const compiled: CompiledEvent[] = raw.events.map((e, index) => {
		const ev: ScenarioEvent = {
			id: e.id,
			at: sec(e.at),
			channel: e.channel,
			text: e.text,
			reveals: e.reveals,
			contingency: e.contingency,
			question: e.question,
			tragedy: e.tragedy,
			troll: e.troll,
			asks: e.asks ?? [],
			objectives: e.objectives
		};
		if (e.from !== undefined) ev.from = e.from;
		const platform =
			e.platform ?? (e.channel === 'feed' ? raw.trainee.account.platform : undefined);
		if (platform !== undefined) ev.platform = platform;
		if (e.headline !== undefined) ev.headline = e.headline;
		if (e.media) ev.media = compileMedia(e.media);
		if (e.spreads) {
			ev.spreads = {
				claim: e.spreads.claim,
				strength: e.spreads.strength,
				audiences: e.spreads.audiences ?? organic,
				boosts: e.spreads.boosts.map((b) => ({
					audience: b.audience,
					at: sec(b.at),
					strength: b.strength,
					duration: sec(b.duration)
				}))
			};
		}
		const cond = conds.get(index);
		if (e.when !== undefined && cond) {
			ev.when = toCondition(cond);
			ev.whenText = e.when;
		}
		return { event: ev, index, cond };
	});
	const sorted = [...compiled].sort((a, b) => a.event.at - b.event.at || a.index - b.index);
	const reactions: Reactions = compileReactions(raw.reactions);
	const w = raw.rubric.weights ?? DEFAULT_WEIGHTS;
	const coordinated = new Set(
		raw.audiences.filter((a) => a.kind === 'coordinated').map((a) => a.id)
	);
	const events = sorted.map((c) => c.event);
	const scenario: Scenario = {
		format: SCENARIO_FORMAT,
		id: raw.id,
		title: raw.title,
		summary: raw.summary,
		language: raw.language,
		duration: sec(raw.duration),
		seed: raw.seed,
		difficulty: raw.difficulty,
		exam: raw.exam,
		tags: raw.tags,
		objectives: raw.learning_objectives.map((o) => ({ id: o.id, text: o.text })),
		trainee: {
			role: raw.trainee.role,
			government: raw.trainee.government,
			briefing: raw.trainee.briefing,
			account: {
				platform: raw.trainee.account.platform,
				handle: raw.trainee.account.handle,
				displayName: raw.trainee.account.display_name,
				followers: raw.trainee.account.followers,
				verified: raw.trainee.account.verified
			}
		},
		platforms,
		names: raw.names.map((n) => ({
			id: n.id,
			kind: n.kind,
			name: n.name,
			aliases: n.aliases,
			wrong: n.wrong,
			demonyms: n.demonyms ?? (n.kind === 'country' ? defaultDemonyms(n.name) : []),
			...(n.title !== undefined ? { title: n.title } : {}),
			...(n.flag !== undefined ? { flag: n.flag } : {})
		})),
		facts: raw.facts.map((f) => ({
			id: f.id,
			text: f.text,
			knownFrom: sec(f.known_from),
			confidential: f.confidential,
			keywords: f.keywords,
			numbers: f.numbers,
			establishesCause: f.establishes_cause
		})),
		claims: raw.claims.map((c) => ({
			id: c.id,
			text: c.text,
			truth: c.truth,
			kind: c.kind ?? (c.truth ? 'true' : 'misinformation'),
			keywords: c.keywords,
			refutedBy: c.refuted_by,
			virality: c.virality,
			...claimStakes(c, events, coordinated),
			...(c.hashtag !== undefined ? { hashtag: c.hashtag } : {})
		})),
		personas: Object.entries(raw.personas).map(([id, p]) => ({
			id,
			name: p.name,
			kind: p.kind,
			...personaStakes(p),
			...(p.handle !== undefined ? { handle: p.handle } : {}),
			...(p.audience !== undefined ? { audience: p.audience } : {}),
			...(p.title !== undefined ? { title: p.title } : {})
		})),
		audiences: raw.audiences.map((a) => ({
			id: a.id,
			label: a.label ?? a.id,
			size: a.size,
			stance: a.stance,
			susceptibility: a.susceptibility,
			kind: a.kind,
			trust: a.trust
		})),
		events,
		reactions,
		rubric: {
			timing: raw.rubric.timing.map((t) => ({
				objective: t.objective,
				from: t.from,
				ideal: sec(t.window.ideal),
				acceptable: sec(t.window.acceptable),
				late: sec(t.window.late),
				relevant: t.relevant
			})),
			mustInclude: raw.rubric.must_include.map((k) => ({
				id: k.id,
				any: k.any,
				all: k.all,
				synonyms: dict(Object.entries(k.synonyms)),
				label: k.label ?? k.id,
				...(k.objective !== undefined ? { objective: k.objective } : {}),
				...(k.after !== undefined ? { after: k.after } : {})
			})),
			mustAvoid: raw.rubric.must_avoid.map(avoidRule),
			tone: raw.rubric.tone.map((p) => {
				const { from, ...levels } = p;
				const out: Scenario['rubric']['tone'][number] = { from: sec(from) };
				for (const [k, v] of Object.entries(levels))
					if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
				return out;
			}),
			doctrine: [],
			weights: {
				timing: w.timing,
				tone: w.tone,
				keyMessages: w.key_messages,
				fauxPas: w.faux_pas,
				platform: w.platform,
				doctrine: w.doctrine
			}
		},
		tests: raw.tests.map((t, i) => ({
			name: t.name,
			posts: t.posts.map((p) => ({
				at: sec(p.at),
				text: p.text,
				...(p.reply_to !== undefined ? { replyTo: p.reply_to } : {})
			})),
			expect: dict(Object.entries(t.expect).map(([k, v]) => [k, bound(v)])),
			findings: { includes: t.findings?.includes ?? [], excludes: t.findings?.excludes ?? [] },
			line: testLines[i] ?? 1
		})),
		sources: raw.sources
	};
	const adversary = compileAdversary(raw, moveConds);
	if (adversary) scenario.adversary = adversary;
	const clock = compileLocalClock(raw.local_clock);
	if (clock) scenario.localClock = clock;
	for (const e of events)
		if (e.question && !raw.events.find((r) => r.id === e.id)?.asks)
			e.asks = defaultAsks(e, scenario);
	scenario.rubric.doctrine = mergedDoctrine(raw.rubric.doctrine ?? [], scenario);
	return { scenario, events: sorted };
}
