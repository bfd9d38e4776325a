/**
 * The signature of a false claim, for ./claims.ts: its concepts, the concepts the scenario's public facts share
 * (the topic), its charge word ("lazy" in "called farmers lazy"), the demonyms of the trainee's citizens and the
 * facts that refute it. Computed once per claim.
 */
import type { CompiledScenario } from '../compiled.ts';
import { defaultDemonyms } from '../../scenario/demonyms.ts';
import { conceptsOf } from '../text/concepts.ts';
import { vaderLexicon } from '../tone/vader-lexicon.ts';

export interface Signature {
	/** The claim's charge word, a mention of the myth on its own. */
	core: Set<string>;
	concepts: Set<string>;
	/** Concepts the scenario's public facts also use (the topic, shared by truth and myth). */
	topic: Set<string>;
	citizen: Set<string>;
	/** The facts that refute the claim, in scenario order. */
	refuting: CompiledScenario['facts'];
}
const SIGNATURES = new WeakMap<object, Signature>();

export function signature(c: CompiledScenario, cl: CompiledScenario['claims'][number]): Signature {
	let sig = SIGNATURES.get(cl);
	if (sig) return sig;
	const gov = c.scenario.trainee.government.split(/\s+/).pop() ?? '';
	const citizen = new Set(defaultDemonyms(gov).map((w) => w.toLowerCase()));
	const words = [cl.claim.text, ...cl.claim.keywords]
		.join(' ')
		.toLowerCase()
		.replace(/[’]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.map((w) => w.replace(/'s$/, ''))
		.filter(Boolean);
	// scenario names (countries, people) are entities, not what the claim says about them
	const names = new Set(c.names.known);
	const split = (t: string) =>
		t
			.toLowerCase()
			.replace(/[’]/g, "'")
			.split(/[^\p{L}\p{N}']+/u)
			.map((w) => w.replace(/'s$/, ''))
			.filter((w) => w && !names.has(w));
	const topic = conceptsOf(
		c.facts
			.filter((f) => !f.fact.confidential)
			.flatMap((f) => split([f.fact.text, ...f.fact.keywords].join(' '))),
		citizen
	);
	// the charge itself: a strongly negative word (VADER ≤ −1) that two of the claim's keywords use and the facts do
	// not ("lazy" in "called farmers lazy", "lazy farmers")
	const lex = vaderLexicon();
	const factWords = new Set(
		c.facts
			.filter((f) => !f.fact.confidential)
			.flatMap((f) => split([f.fact.text, ...f.fact.keywords].join(' ')))
	);
	const kwWords = cl.claim.keywords.map((k) => new Set(split(k)));
	const core = new Set(
		[...new Set(kwWords.flatMap((x) => [...x]))].filter(
			(w) =>
				w.length >= 4 &&
				(lex.get(w) ?? 0) <= -1 &&
				!factWords.has(w) &&
				kwWords.filter((x) => x.has(w)).length >= 2
		)
	);
	sig = {
		core,
		concepts: conceptsOf(
			words.filter((w) => !names.has(w)),
			citizen
		),
		topic,
		citizen,
		refuting: c.facts.filter((f) => cl.claim.refutedBy.includes(f.fact.id))
	};
	SIGNATURES.set(cl, sig);
	return sig;
}
