/**
 * Per-scenario matchers, compiled once and cached in a WeakMap keyed by the scenario object, so `score()`
 * only tokenises the post and looks things up.
 */
import type {
	Claim,
	Fact,
	KeyMessage,
	Platform,
	Scenario,
	ScenarioEvent,
	TimingRule
} from '../scenario/types.ts';
import { compileNames, type NameIndex } from './names.ts';
import { compilePhrase, type Phrase } from './text/phrase.ts';
import { expand } from './text/paraphrase.ts';

export interface CompiledScenario {
	scenario: Scenario;
	events: Map<string, ScenarioEvent>;
	facts: { fact: Fact; kw: Phrase[] }[];
	claims: { claim: Claim; kw: Phrase[]; hashtag?: string }[];
	keyMessages: { km: KeyMessage; any: Phrase[][]; all: Phrase[][] }[];
	timing: { rule: TimingRule; relevant: Phrase[] }[];
	avoid: { phrases: Phrase[]; why?: string; objective?: string }[];
	/** The protocol list compiled for name matching (./names.ts). */
	names: NameIndex;
	/** Full names of private persons (citizens) as lower-case word lists. */
	privateNames: { name: string; words: string[] }[];
	/** Lower-case words of every correct proper name (never fuzzy-flagged). */
	knownWords: Set<string>;
	/** Phone-like digit strings that are public (non-confidential fact keywords and texts). */
	publicDigits: string[];
	platform: Platform | undefined;
	blameBefore: string[];
}

const CACHE = new WeakMap<Scenario, CompiledScenario>();

const words = (s: string) =>
	s
		.toLowerCase()
		.split(/[^\p{L}\p{N}'.-]+/u)
		.map((w) => w.replace(/\.$/, ''))
		.filter(Boolean);

export function compiled(s: Scenario): CompiledScenario {
	const hit = CACHE.get(s);
	if (hit) return hit;
	const names = compileNames(s);
	const knownWords = new Set<string>();
	for (const n of s.names)
		for (const f of [n.name, ...n.aliases, ...(n.demonyms ?? [])])
			for (const w of words(f)) knownWords.add(w);
	for (const p of s.personas) for (const w of words(p.name)) knownWords.add(w);
	for (const w of words(s.trainee.government)) knownWords.add(w);
	const publicDigits: string[] = [];
	for (const f of s.facts) {
		if (f.confidential) continue;
		for (const src of [f.text, ...f.keywords])
			for (const m of src.match(/\+?\d[\d ().-]{3,}\d/g) ?? [])
				publicDigits.push(m.replace(/\D/g, ''));
	}
	const blameBefore = s.rubric.mustAvoid.flatMap((r) =>
		r.kind === 'blame_before' ? [r.fact] : []
	);
	const c: CompiledScenario = {
		scenario: s,
		events: new Map(s.events.map((e) => [e.id, e])),
		facts: s.facts.map((fact) => ({ fact, kw: expand(fact.keywords).map(compilePhrase) })),
		claims: s.claims.map((claim) => ({
			claim,
			kw: expand(claim.keywords).map(compilePhrase),
			hashtag: claim.hashtag?.replace(/^#/, '').toLowerCase()
		})),
		keyMessages: s.rubric.mustInclude.map((km) => ({
			km,
			any: km.any.map((p) => expand([p, ...synonymsOf(km.synonyms, p)]).map(compilePhrase)),
			all: km.all.map((p) => expand([p, ...synonymsOf(km.synonyms, p)]).map(compilePhrase))
		})),
		timing: s.rubric.timing.map((rule) => ({
			rule,
			relevant: expand(rule.relevant).map(compilePhrase)
		})),
		avoid: s.rubric.mustAvoid.flatMap((r) =>
			r.kind === 'phrase'
				? [{ phrases: r.phrases.map(compilePhrase), why: r.why, objective: r.objective }]
				: []
		),
		names,
		privateNames: s.personas
			.filter((p) => p.kind === 'citizen')
			.map((p) => ({ name: p.name, words: words(p.name) }))
			.filter((p) => p.words.length >= 2),
		knownWords,
		publicDigits,
		platform: s.platforms.find((p) => p.id === s.trainee.account.platform),
		blameBefore
	};
	CACHE.set(s, c);
	return c;
}

/** Author-listed synonyms of a phrase (own keys only: a phrase such as 'constructor' is not a built-in). */
function synonymsOf(synonyms: Record<string, string[]>, phrase: string): string[] {
	const v = Object.hasOwn(synonyms, phrase) ? synonyms[phrase] : undefined;
	return Array.isArray(v) ? v : [];
}
