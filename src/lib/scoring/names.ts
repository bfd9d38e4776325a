/**
 * The protocol list of a scenario compiled for matching posts: every name as token sequences cut by the same
 * tokeniser as posts (so "Ekström-Nadi" is two tokens in both), folded (no diacritics), with its title words,
 * the honorific gender the scenario implies (aliases "Her Excellency …", briefing "Ms …"), a regnal number
 * ("King Aurel III"), demonyms and flag. Used by detectors/wrong-name.ts.
 */
import { ORD } from './detectors/ordinal-dates.ts';
import type { ProperName, Scenario } from '../scenario/types.ts';
import { fold } from './text/fold.ts';
import { tokenize } from './text/tokenize.ts';
import { dict } from '../dict.ts';
import { TITLE_PHRASES } from './names-titles.ts';

export interface NameEntry {
	id: string;
	/** The correct form, for messages. */
	correct: string;
	kind: ProperName['kind'];
	title?: string;
	/** Folded words of the title ("prime", "minister"). */
	titleWords: Set<string>;
	/** Folded words that stand before the name in a correct form ("his", "majesty", "king"). */
	prefixWords: Set<string>;
	/** Folded token sequences of every correct form. */
	forms: string[][];
	/** Lower-case (unfolded) words of the correct forms, to tell a dropped accent from a wrong one. */
	exact: Set<string>;
	/** Folded token sequences of the listed wrong forms (a flag emoji stays as it is). */
	wrong: string[][];
	/** The distinctive token sequence: a person's surname ("ekstrom", "nadi"), a place's words ("port", "iset"). */
	key: string[];
	/** A person's first-name tokens, when the name has one. */
	first: string[];
	/** Regnal number of a monarch ("King Aurel III" → 3). */
	regnal?: number;
	gender?: 'f' | 'm';
	/** Folded demonyms (author's list or defaults) — accepted forms. */
	demonyms: string[];
	/** Folded stem a regular demonym is built on ("veyrania" → "veyran"). */
	stem?: string;
	flag?: string;
}

export interface NameIndex {
	entries: NameEntry[];
	/** Listed wrong forms by their first folded token. */
	wrongByFirst: Map<string, { entry: NameEntry; wrong: string[] }[]>;
	/** Folded words of every correct name, persona name, demonym and the trainee's government. */
	known: Set<string>;
	/** Lower-case handles (no @) of the trainee and every persona. */
	handles: string[];
	/** word → near-miss candidates (memo; bounded). */
	nearMemo: Map<string, Near[]>;
}

export { TITLE_PHRASES };

/** A post word within edit budget of a name token. */
export interface Near {
	entry: NameEntry;
	part: 'key' | 'first' | 'demonym';
	/** Index of the token inside `key`/`first`. */
	index: number;
}

export const HONORIFIC_GENDER: Readonly<Record<string, 'f' | 'm'>> = dict({
	mr: 'm',
	sir: 'm',
	his: 'm',
	king: 'm',
	prince: 'm',
	emperor: 'm',
	ms: 'f',
	mrs: 'f',
	miss: 'f',
	madam: 'f',
	madame: 'f',
	dame: 'f',
	her: 'f',
	queen: 'f',
	princess: 'f',
	empress: 'f'
});

/** Words that may stand in a title phrase without being an office (kept out of the office comparison). */
const COURTESY = new Set(['his', 'her', 'excellency', 'royal', 'highness', 'dr', 'the']);
const ABBREVIATION: Readonly<Record<string, string[]>> = dict({
	pm: ['prime', 'minister'],
	fm: ['foreign', 'minister'],
	dpm: ['deputy', 'prime', 'minister']
});
const MONARCH = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan']);
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'da', 'di', 'von', 'van', 'al', 'el']);
const ROMAN = /^(?=[ivxl]+$)(x{0,3})(ix|iv|v?i{0,3})$/;

export function romanValue(w: string): number | undefined {
	if (!ROMAN.test(w) || w === '') return undefined;
	const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
	let total = 0;
	for (let i = 0; i < w.length; i++) {
		const a = v[w[i]];
		const b = i + 1 < w.length ? v[w[i + 1]] : 0;
		total += a < b ? -a : a;
	}
	return total || undefined;
}

const ORDINALS = ORD.slice(0, 10);
/** "third" → 3, "3rd" → 3, "iii" → 3. */
export function regnalValue(w: string): number | undefined {
	const o = ORDINALS.indexOf(w);
	if (o >= 0) return o + 1;
	const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
	if (m) return Number(m[1]);
	return romanValue(w);
}

/** Word tokens of a text as posts see them (words, numbers, emoji; lower case). */
export function nameTokens(text: string): string[] {
	return tokenize(text)
		.filter((t) => t.kind !== 'punct' && t.kind !== 'url' && t.kind !== 'mention')
		.map((t) => (t.kind === 'emoji' ? t.text : t.lower.replace(/'s$/, '')));
}

/** Leading title phrases of a token list: returns how many tokens they take. */
function titleLength(tokens: string[]): number {
	let i = 0;
	for (;;) {
		let best = 0;
		for (const p of TITLE_PHRASES)
			if (p.length > best && p.every((w, k) => tokens[i + k] === w)) best = p.length;
		if (!best) return i;
		i += best;
	}
}

/** Country stem for regular demonyms: "veyrania" → "veyran", "tessaly" → "tessal", "korvath" → "korvath". */
export function demonymStem(word: string): string {
	return word.replace(/(ia|a|y|e|i|o)$/, '');
}

const DEMONYM_SUFFIX = /(ians|ian|ans|an|ese|is|i|ers|er|ic|ish|ites|ite)$/;

/** The stem a demonym-like word is built on ("veyranians" → "veyran"), or undefined. */
export function demonymBase(word: string): string | undefined {
	const m = DEMONYM_SUFFIX.exec(word);
	if (!m || word.length - m[0].length < 3) return undefined;
	return word.slice(0, -m[0].length);
}

function entryOf(n: ProperName, genderHints: Map<string, 'f' | 'm'>): NameEntry {
	const titleWords = new Set(n.title ? nameTokens(n.title).map(fold) : []);
	const raw = [n.name, ...n.aliases];
	const forms = raw.map((f) => nameTokens(f).map(fold));
	const exact = new Set(raw.flatMap((f) => nameTokens(f)));
	const prefixWords = new Set<string>();
	let gender: 'f' | 'm' | undefined;
	for (const f of forms) {
		const k = titleLength(f);
		for (const w of f.slice(0, k)) {
			prefixWords.add(w);
			gender ??= HONORIFIC_GENDER[w];
		}
	}
	// the main name without its leading titles, as space-separated chunks (a hyphenated surname is one chunk)
	const chunks = n.name.trim().split(/\s+/);
	const nameToks = nameTokens(n.name).map(fold);
	let lead = titleLength(nameToks);
	// a title the phrase list does not know, given in the entry's `title` ("Port Director Renata Solk", "Transport
	// Minister Ilaria Brask" with title "Minister of Transport"): its words lead the name too
	while (lead < nameToks.length - 1 && titleWords.has(nameToks[lead])) lead++;
	let skipped = 0;
	const personal: string[] = [];
	for (const c of chunks) {
		const toks = nameTokens(c).map(fold);
		if (skipped < lead) {
			skipped += toks.length;
			continue;
		}
		personal.push(c);
	}
	let regnal: number | undefined;
	if (personal.length >= 2) {
		const r = romanValue(personal[personal.length - 1].toLowerCase());
		if (r !== undefined) {
			regnal = r;
			personal.pop();
		}
	}
	const words = (c: string) => nameTokens(c).map(fold);
	let key: string[];
	let first: string[] = [];
	if (n.kind === 'person') {
		key = personal.length ? words(personal[personal.length - 1]) : [];
		if (personal.length >= 2) first = words(personal[0]);
		if (key.length) gender ??= genderHints.get(key.join(' '));
	} else {
		const all = forms[0].filter((w) => !CONNECTORS.has(w));
		const k = titleLength(all);
		key = all.slice(k);
	}
	const single = n.kind === 'country' && key.length === 1 ? key[0] : undefined;
	// a country of several words ("Ostrava Bay") has the stem of the demonyms its author lists ("Ostravan")
	const listedStem =
		n.kind === 'country' && single === undefined && n.demonyms?.length
			? demonymBase(fold(n.demonyms[0]))
			: undefined;
	const stem = single !== undefined ? demonymStem(single) : listedStem;
	const e: NameEntry = {
		id: n.id,
		correct: n.name,
		kind: n.kind,
		titleWords,
		prefixWords,
		forms,
		exact,
		wrong: n.wrong.map((w) => nameTokens(w).map(fold)).filter((w) => w.length > 0),
		key,
		first,
		demonyms: (n.demonyms ?? []).map(fold),
		...(n.title !== undefined ? { title: n.title } : {}),
		...(regnal !== undefined ? { regnal } : {}),
		...(gender !== undefined ? { gender } : {}),
		...(stem !== undefined ? { stem } : {}),
		...(n.flag !== undefined ? { flag: n.flag } : {})
	};
	return e;
}

/** "Ms Halvard Ekström-Nadi", "Mr Dario Venn", "Her Excellency Amara Solberg" in the scenario's own texts. */
function genderHintsOf(s: Scenario): Map<string, 'f' | 'm'> {
	const out = new Map<string, 'f' | 'm'>();
	const texts = [
		s.trainee.briefing,
		...s.events.map((e) => e.text),
		...s.personas.map((p) => p.name)
	];
	const re =
		/\b(Mr|Ms|Mrs|Miss|Madam|Sir|Dame|His Excellency|Her Excellency|His Majesty|Her Majesty)\.?\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){0,3}\p{Lu}[\p{L}’'-]+)/gu;
	for (const t of texts)
		for (const m of t.matchAll(re)) {
			const g = HONORIFIC_GENDER[m[1].split(' ')[0].toLowerCase()];
			const last = m[2].trim().split(/\s+/).pop()!;
			const key = nameTokens(last).map(fold).join(' ');
			if (g && key && !out.has(key)) out.set(key, g);
		}
	return out;
}

/** The trainee's own country from its government ("Commonwealth of Elbany" → "Elbany"), when the names list does
 * not have it: its spelling and its demonym are checked like the host's. */
function ownCountry(s: Scenario, entries: NameEntry[]): NameEntry | undefined {
	const name = s.trainee.government
		.split(/\s+of\s+(?:the\s+)?/i)
		.pop()!
		.trim();
	if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return undefined;
	if (entries.some((e) => e.kind === 'country' && e.key.join(' ') === fold(name))) return undefined;
	return entryOf({ id: 'own-country', kind: 'country', name, aliases: [], wrong: [] }, new Map());
}

/** Demonyms the scenario's own texts use for a country with none listed ("Elbanian nationals"): then another
 * form on the same stem ("Elbanese") is a wrong one. Singular and plural are both accepted. */
function attestedDemonyms(s: Scenario, entries: NameEntry[]): void {
	const words = new Set<string>();
	const texts = [
		s.trainee.briefing,
		...s.events.map((e) => e.text),
		...s.facts.map((f) => f.text),
		...s.personas.map((p) => p.name)
	];
	for (const t of texts) for (const m of t.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) words.add(fold(m[0]));
	for (const e of entries) {
		if (!e.stem || e.demonyms.length) continue;
		const seen = [...words].filter(
			(w) => w !== e.key[0] && w.startsWith(e.stem!) && demonymBase(w) === e.stem
		);
		for (const w of seen) e.demonyms.push(w, w.endsWith('s') ? w.slice(0, -1) : `${w}s`);
	}
}

export function compileNames(s: Scenario): NameIndex {
	const hints = genderHintsOf(s);
	const entries = s.names.map((n) => entryOf(n, hints));
	const own = ownCountry(s, entries);
	if (own) entries.push(own);
	attestedDemonyms(s, entries);
	const covered = new Set(entries.flatMap((e) => e.forms.map((f) => f.join(' '))));
	for (const p of s.personas) {
		if (!['official', 'journalist', 'colleague'].includes(p.kind)) continue;
		const base = p.name.split(',')[0].trim();
		if (covered.has(nameTokens(base).map(fold).join(' '))) continue;
		const e = entryOf(
			{
				id: `persona:${p.id}`,
				kind: 'person',
				name: base,
				aliases: [],
				wrong: [],
				...(p.title ? { title: p.title } : {})
			},
			hints
		);
		// a persona's name without a title is not a protocol title: no title check for it
		entries.push(e);
	}
	const known = new Set<string>();
	for (const e of entries) {
		for (const f of e.forms) for (const w of f) known.add(w);
		for (const d of e.demonyms) known.add(d);
	}
	for (const p of s.personas) for (const w of nameTokens(p.name)) known.add(fold(w));
	for (const w of nameTokens(s.trainee.government)) known.add(fold(w));
	const wrongByFirst = new Map<string, { entry: NameEntry; wrong: string[] }[]>();
	// (a listed wrong form that folds to a correct form, "Marivó" for Marivo, is a diacritic the post cannot be faulted
	// for once folded: it is left out)
	const correct = new Set(entries.flatMap((e) => e.forms.map((f) => f.join(' '))));
	for (const e of entries)
		for (const wrong of e.wrong) {
			if (correct.has(wrong.join(' '))) continue;
			const list = wrongByFirst.get(wrong[0]);
			if (list) list.push({ entry: e, wrong });
			else wrongByFirst.set(wrong[0], [{ entry: e, wrong }]);
		}
	return {
		entries,
		wrongByFirst,
		known,
		handles: [s.trainee.account.handle, ...s.personas.map((p) => p.handle ?? '')]
			.filter(Boolean)
			.map((h) => h.replace(/^@/, '').toLowerCase()),
		nearMemo: new Map()
	};
}

/** Office words of a title phrase, with abbreviations expanded ("pm" → prime minister). */
export function officeWords(phrase: string[]): string[] {
	return phrase.flatMap((w) => ABBREVIATION[w] ?? [w]).filter((w) => !COURTESY.has(w));
}

export { CONNECTORS, MONARCH };
