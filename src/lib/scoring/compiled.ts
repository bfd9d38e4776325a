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
import { compilePhrase, type Phrase } from './text/phrase.ts';
import { expand } from './text/paraphrase.ts';

export interface NameForm {
	id: string;
	/** The correct form to show in messages. */
	correct: string;
	kind: 'person' | 'country' | 'place' | 'organisation';
	title?: string;
	/** Lower-case words of every correct form. */
	forms: string[][];
	/** Lower-case words of every known wrong form. */
	wrong: string[][];
	/** Distinctive words (surname, country, city words) for fuzzy matching. */
	keyWords: string[];
	firstName?: string;
	surname?: string;
}

export interface CompiledScenario {
	scenario: Scenario;
	events: Map<string, ScenarioEvent>;
	facts: { fact: Fact; kw: Phrase[] }[];
	claims: { claim: Claim; kw: Phrase[]; hashtag?: string }[];
	keyMessages: { km: KeyMessage; any: Phrase[][]; all: Phrase[][] }[];
	timing: { rule: TimingRule; relevant: Phrase[] }[];
	avoid: { phrases: Phrase[]; why?: string; objective?: string }[];
	names: NameForm[];
	/** Lower-case handles (without @) of every persona plus the trainee. */
	handles: string[];
	/** Titles of people in the scenario (lower case). */
	titles: Set<string>;
	/** Full names of private persons (citizens) as lower-case word lists. */
	privateNames: { name: string; words: string[] }[];
	/** Lower-case words of every correct proper name (never fuzzy-flagged). */
	knownWords: Set<string>;
	/** Phone-like digit strings that are public (non-confidential fact keywords and texts). */
	publicDigits: string[];
	platform: Platform | undefined;
	blameBefore: string[];
	/** Every name word the fuzzy matcher compares with (surnames, first names, country/place words). */
	nameWords: string[];
	/** word → is it within fuzzy distance of some name word (memo, grows with the vocabulary seen). */
	nearCache: Map<string, boolean>;
	/** Known wrong forms indexed by their first word. */
	wrongByFirst: Map<string, { name: NameForm; wrong: string[] }[]>;
}

const CACHE = new WeakMap<Scenario, CompiledScenario>();

const words = (s: string) =>
	s
		.toLowerCase()
		.split(/[^\p{L}\p{N}'.-]+/u)
		.map((w) => w.replace(/\.$/, ''))
		.filter(Boolean);

const TITLE_WORDS = new Set(
	'ambassador consul general minister foreign president prime deputy secretary state mr mrs ms dr fm chargé charge d’affaires spokesperson envoy king queen prince princess mayor governor'.split(
		' '
	)
);

function nameForm(
	id: string,
	kind: NameForm['kind'],
	name: string,
	title: string | undefined,
	aliases: string[],
	wrong: string[]
): NameForm {
	const forms = [name, ...aliases].map(words);
	const all = forms.flat();
	const personal = all.filter((w) => !TITLE_WORDS.has(w) && !(title && words(title).includes(w)));
	const bare = words(name).filter(
		(w) => !TITLE_WORDS.has(w) && !(title && words(title).includes(w))
	);
	return {
		id,
		correct: name,
		kind,
		title,
		forms,
		wrong: wrong.map(words),
		keyWords: [...new Set(personal.filter((w) => w.length >= 4))],
		firstName: kind === 'person' && bare.length >= 2 ? bare[0] : undefined,
		surname: kind === 'person' && bare.length >= 1 ? bare[bare.length - 1] : undefined
	};
}

export function compiled(s: Scenario): CompiledScenario {
	const hit = CACHE.get(s);
	if (hit) return hit;
	const names: NameForm[] = s.names.map((n) =>
		nameForm(n.id, n.kind, n.name, n.title, n.aliases, n.wrong)
	);
	const covered = new Set(names.flatMap((n) => n.forms.map((f) => f.join(' '))));
	for (const p of s.personas) {
		if (!['official', 'journalist', 'colleague'].includes(p.kind)) continue;
		const base = p.name.split(',')[0].trim();
		if (covered.has(words(base).join(' '))) continue;
		names.push(nameForm(`persona:${p.id}`, 'person', base, p.title, [], []));
	}
	const titles = new Set<string>();
	for (const n of s.names) if (n.title) titles.add(n.title.toLowerCase());
	for (const p of s.personas) if (p.title) titles.add(p.title.toLowerCase());
	const knownWords = new Set<string>();
	for (const n of names) for (const f of n.forms) for (const w of f) knownWords.add(w);
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
		handles: [s.trainee.account.handle, ...s.personas.map((p) => p.handle ?? '')]
			.filter(Boolean)
			.map((h) => h.replace(/^@/, '').toLowerCase()),
		titles,
		privateNames: s.personas
			.filter((p) => p.kind === 'citizen')
			.map((p) => ({ name: p.name, words: words(p.name) }))
			.filter((p) => p.words.length >= 2),
		knownWords,
		publicDigits,
		platform: s.platforms.find((p) => p.id === s.trainee.account.platform),
		blameBefore,
		nameWords: [
			...new Set(
				names.flatMap((n) => [...n.keyWords, n.surname ?? '', n.firstName ?? '']).filter(Boolean)
			)
		],
		nearCache: new Map(),
		wrongByFirst: new Map()
	};
	for (const n of names)
		for (const wrong of n.wrong) {
			if (!wrong.length) continue;
			const list = c.wrongByFirst.get(wrong[0]);
			if (list) list.push({ name: n, wrong });
			else c.wrongByFirst.set(wrong[0], [{ name: n, wrong }]);
		}
	CACHE.set(s, c);
	return c;
}

/** Author-listed synonyms of a phrase (own keys only: a phrase such as 'constructor' is not a built-in). */
function synonymsOf(synonyms: Record<string, string[]>, phrase: string): string[] {
	const v = Object.hasOwn(synonyms, phrase) ? synonyms[phrase] : undefined;
	return Array.isArray(v) ? v : [];
}
