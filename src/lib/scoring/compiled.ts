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
import {
	compileAvoidPhrase,
	compilePhrase,
	compileConfidentialPhrase,
	phraseSet,
	type Phrase,
	type PhraseSet
} from './text/phrase.ts';
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
	/** Every phrase above, indexed for one pass per post. */
	phrases: PhraseSet;
	/** Derived once for the detectors and checks (kept here so that score() does not rebuild them per post). */
	derived: Derived;
}

export interface Derived {
	/** A country the scenario names (name, alias or demonym of ≥ 3 letters), as a case-insensitive test. */
	countryPatterns: RegExp[];
	/** Persona ids and lower-case handles (no @) of the trolls. */
	trollIds: Set<string>;
	trollHandles: string[];
	/** Words of the trainee's government longer than three letters ("Republic", "Arcadia"). */
	govWords: string[];
	personas: Map<string, Scenario['personas'][number]>;
	claims: Map<string, CompiledScenario['claims'][number]>;
	keyMessages: Map<string, CompiledScenario['keyMessages'][number]>;
	/** The facts that are not confidential, in scenario order. */
	publicFacts: CompiledScenario['facts'];
	/** Lower-case words of the scenario's own texts, in three readings the detectors use. */
	scenarioWords: ScenarioWords;
}

/** What the scenario itself talks about, as sets of lower-case words. */
export interface ScenarioWords {
	/** Public facts' texts and keywords (a troll reply that only states these is factual). */
	publicFacts: Set<string>;
	/** Every fact's text and the non-feed events (news, internal messages): the crisis's own nouns, such as
	 * "guests" after a reception where guests fell ill. Words keep inner apostrophes and hyphens. */
	factsAndMessages: Set<string>;
	/** Title, summary, every fact and every event: what "the crisis" is (an event named in praise). */
	topic: Set<string>;
}

const letterWords = (texts: string[], re: RegExp) =>
	new Set(texts.join(' ').toLowerCase().match(re) ?? []);

function scenarioWords(s: Scenario, publicFacts: CompiledScenario['facts']): ScenarioWords {
	return {
		publicFacts: letterWords(
			publicFacts.flatMap((f) => [f.fact.text, ...f.fact.keywords]),
			/\p{L}+/gu
		),
		factsAndMessages: letterWords(
			[
				...s.facts.map((f) => f.text),
				...s.events.filter((e) => e.channel !== 'feed').map((e) => e.text)
			],
			/\p{L}[\p{L}'’-]*/gu
		),
		topic: letterWords(
			[s.title, s.summary, ...s.facts.map((f) => f.text), ...s.events.map((e) => e.text)],
			/\p{L}+/gu
		)
	};
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
		facts: s.facts.map((fact) => ({
			fact,
			kw: expand(fact.keywords).map(fact.confidential ? compileConfidentialPhrase : compilePhrase)
		})),
		claims: s.claims.map((claim) => ({
			claim,
			// (an idiom keeps its small words: "on the take" is not every "we take this seriously")
			kw: expand(claim.keywords).map(compileConfidentialPhrase),
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
				? [{ phrases: r.phrases.map(compileAvoidPhrase), why: r.why, objective: r.objective }]
				: []
		),
		names,
		// (a citizen the public facts or the scenario's names already name in public, such as a lawyer who speaks to the
		// press, is no private person)
		privateNames: s.personas
			.filter((p) => p.kind === 'citizen')
			.filter(
				(p) =>
					!s.names.some((n) => n.name === p.name) &&
					!s.facts.some((f) => !f.confidential && f.text.includes(p.name))
			)
			.map((p) => ({ name: p.name, words: words(p.name) }))
			.filter((p) => p.words.length >= 2),
		knownWords,
		publicDigits,
		platform: s.platforms.find((p) => p.id === s.trainee.account.platform),
		blameBefore,
		phrases: undefined as unknown as PhraseSet,
		derived: undefined as unknown as Derived
	};
	c.phrases = phraseSet([
		...c.facts.map((f) => f.kw),
		...c.claims.map((x) => x.kw),
		...c.keyMessages.flatMap((k) => [...k.any, ...k.all]),
		...c.timing.map((t) => t.relevant),
		...c.avoid.map((a) => a.phrases)
	]);
	c.derived = derive(s, c.facts, c.claims, c.keyMessages);
	CACHE.set(s, c);
	return c;
}

function derive(
	s: Scenario,
	facts: CompiledScenario['facts'],
	claims: CompiledScenario['claims'],
	keyMessages: CompiledScenario['keyMessages']
): Derived {
	const trolls = s.personas.filter((p) => p.kind === 'troll');
	const publicFacts = facts.filter((f) => !f.fact.confidential);
	return {
		countryPatterns: s.names
			.filter((n) => n.kind === 'country')
			.flatMap((n) => [n.name, ...n.aliases, ...(n.demonyms ?? [])])
			.filter((x) => x.length >= 3)
			.map((x) => new RegExp(`\\b${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu')),
		trollIds: new Set(trolls.map((p) => p.id)),
		trollHandles: trolls
			.filter((p) => p.handle)
			.map((p) => p.handle!.replace(/^@/, '').toLowerCase()),
		govWords: s.trainee.government.split(/\s+/).filter((w) => w.length > 3),
		personas: firstBy(s.personas, (p) => p.id),
		claims: firstBy(claims, (x) => x.claim.id),
		keyMessages: firstBy(keyMessages, (x) => x.km.id),
		publicFacts,
		scenarioWords: scenarioWords(s, publicFacts)
	};
}

/** id → the first item with that id (what `list.find(x => id(x) === …)` gives). */
function firstBy<T>(list: readonly T[], id: (x: T) => string): Map<string, T> {
	const m = new Map<string, T>();
	for (const x of list) if (!m.has(id(x))) m.set(id(x), x);
	return m;
}

/** Author-listed synonyms of a phrase (own keys only: a phrase such as 'constructor' is not a built-in). */
function synonymsOf(synonyms: Record<string, string[]>, phrase: string): string[] {
	const v = Object.hasOwn(synonyms, phrase) ? synonyms[phrase] : undefined;
	return Array.isArray(v) ? v : [];
}
