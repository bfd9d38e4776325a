/**
 * Personal data of private persons, for confidential-leak: a private person named in a public post together
 * with their age, health, whereabouts, travel or family — whether or not the scenario listed it as
 * confidential. A private person is a citizen persona, a name the scenario's own texts give for a private
 * person ("my son Sami (9)", "Ms P. Olsen", "K. Dervish"), or a name-like phrase in the post that is not a
 * protocol name, persona, place or institution ("a teacher, Anna Brel, 34,", "Margit Solvang, 81,"). Age includes
 * "in their seventies"; health includes a person's state ("on sick leave", "very shaken", "in shock").
 */
import type { CompiledScenario } from '../compiled.ts';
import type { Span } from '../types.ts';
import { fold, foldInfo } from '../text/fold.ts';
import type { PostText } from '../text/post-text.ts';
import { hasAnyWord, sentencesOf, wordSet } from './context.ts';
import { allMatches } from '../text/matches.ts';

const RELATION =
	'(?:son|daughter|child|kid|boy|girl|wife|husband|partner|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|colleague|friend|teacher|student|pupil|officer|national|citizen|woman|man|tourist|nurse|doctor|driver|resident|neighbour|neighbor)';
/** Words that make a capitalised phrase a place, an institution or an office, not a person. */
const NOT_PERSON = new Set(
	`hotel school street road avenue square airport airfield hospital general clinic church mosque temple park centre center
	university college station embassy consulate ministry office bank port bay city town village palace hall house court
	prison police council parliament republic kingdom commonwealth federal federation union agency service services
	news press wire daily post times herald courier today radio tv television channel network team group company
	ltd inc club market bridge river lake mountain island islands north south east west northern southern eastern western
	foreign minister president ambassador consul king queen prince princess deputy prime secretary spokesperson mayor
	governor general excellency majesty highness mr ms mrs dr sir dame monday tuesday wednesday thursday friday saturday
	sunday january february march april may june july august september october november december the a an our your st saint porto puerto santa san fort mount cape isla villa ciudad
	their his her its we you they mother father nature god lord please thank thanks update breaking urgent video clip
	cross crescent foundation institute trust fund society association committee commission organisation organization
	authority mission programme program charity convention conventions article articles treaty treaties protocol
	charter act law code declaration resolution regulation regulations directive accord agreement statute`
		.split(/\s+/)
		.filter(Boolean)
);

const CUES: [RegExp, string][] = [
	[
		/\b(?:aged?\s+\d{1,3}|\d{1,3}[- ]years?[- ]old|\d{1,3}-year-old|in (?:his|her|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b|,\s*\d{1,3}\s*,|\(\d{1,2}\)/i,
		'age'
	],
	[
		/\b(?:hospital\w*|injur\w*|wounded|intensive care|icu|treated|treatment|surgery|dialysis|sick|ill|illness|condition|diagnos\w*|pregnan\w*|disabled|disability|medication|trauma\w*|upset|distressed|devastated|signed off|stable|critical|broken (?:leg|arm|hip)|concussion|died|dead|killed|body|missing|sick leave|off sick|off work|on leave|shaken|in shock|distraught|heartbroken|mortified|grieving|recovering|in tears|breakdown)\b/i,
		'health'
	],
	[
		/\b(?:is at|are at|was at|were at|staying at|held at|detained at|located at|found at|room \d+|(?<!\b(?:web|e-?mail|ip|site|link|url) )address(?! (?:on|of|in) (?:th(?:e|at|is) )?(?:link|site|page|url|website|message|e-?mail))(?! (?:bar|before (?:typing|entering|clicking|logging|you type|you enter|you click)))|lives (?:at|in|on)|living (?:at|in)|hotel|shelter|prison|cell|hiding|collected at|picked up at)\b/i,
		'whereabouts'
	],
	[
		/\b(?:flight|flights|on board|boarding|land|lands|landing|depart\w*|bus|escort\w*|evacuated|seat|manifest|passport|travell?ing|itinerary|route)\b/i,
		'travel'
	],
	[
		// (not the writer's own: "I'm a father myself")
		/(?<!\b(?:i['’]m|i am|as|myself)\s+an?\s+)\b(?:son|daughter|children|kids|child|wife|husband|parents|mother|father|brother|sister|relatives|grandchildren|baby|family)\b/i,
		'family'
	]
];

/** The kinds of personal detail a text gives (age, health, whereabouts, travel, family). */
export const detailsOf = (text: string): string[] =>
	CUES.filter(([re]) => re.test(text)).map(([, w]) => w);

/** Words the personal-detail cues start with (ages need a digit). */
const CUE_WORDS = wordSet(
	'hospital hospitalised hospitalized injured injury injuries wounded intensive icu treated treatment surgery dialysis sick ill illness condition diagnosed pregnant disabled disability medication trauma traumatised upset distressed devastated signed stable critical broken concussion died dead killed body missing staying held detained located found room address lives living hotel shelter prison cell hiding collected picked flight flights boarding land lands landing depart departs departing departure bus escort escorted evacuated seat manifest passport travelling traveling itinerary route son daughter children kids child wife husband parents mother father brother sister relatives grandchildren baby family aged age teens twenties thirties forties fifties sixties seventies eighties nineties leave shaken shock distraught heartbroken mortified grieving recovering tears breakdown'
);

interface Private {
	/** Folded private name tokens (first names and surnames). */
	tokens: Set<string>;
	/** Folded tokens of public names: protocol list, officials, journalists, places and the trainee's government. */
	known: Set<string>;
}
const PRIVATE = new WeakMap<CompiledScenario, Private>();

const NAME = "\\p{Lu}[\\p{L}’'-]+";
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'miss', 'dr']);

function privateOf(c: CompiledScenario): Private {
	let p = PRIVATE.get(c);
	if (p) return p;
	const s = c.scenario;
	const tokens = new Set<string>();
	const known = new Set(c.names.known);
	const places = new Set(
		s.names
			.filter((n) => n.kind !== 'person')
			.flatMap((n) => [n.name, ...n.aliases, ...(n.demonyms ?? [])])
			.flatMap((x) => x.split(/\s+/).map(fold))
	);
	for (const per of s.personas) {
		const words = per.name.split(',')[0].split(/\s+/).map(fold);
		// (a citizen account named after a place, "Karsovia Frontline", does not make the country a private person)
		if (per.kind === 'citizen') {
			for (const w of words)
				if (w.length >= 3 && !places.has(w) && !NOT_PERSON.has(w)) tokens.add(w);
		} else for (const w of words) known.add(w);
	}
	for (const f of s.facts)
		if (!f.confidential)
			for (const k of f.keywords) for (const w of k.split(/\s+/)) known.add(fold(w));
	const texts = [s.trainee.briefing, ...s.events.map((e) => e.text), ...s.facts.map((f) => f.text)];
	const patterns = [
		new RegExp(`\\b(?:Mr|Ms|Mrs|Miss|Dr)\\.?\\s+(?:\\p{Lu}\\.\\s*)?(${NAME})`, 'gu'),
		new RegExp(`\\b\\p{Lu}\\.\\s+(${NAME})`, 'gu'),
		new RegExp(`\\b(?:my|our|his|her|their) ${RELATION}\\s+(${NAME})`, 'giu'),
		new RegExp(`\\b(${NAME})\\s*\\(\\d{1,2}\\)`, 'gu'),
		new RegExp(`\\b(${NAME})(?:\\s+(${NAME}))?,\\s*(?:aged\\s+)?\\d{1,3}\\b`, 'gu'),
		new RegExp(`\\bthe (${NAME}) family\\b`, 'gu'),
		new RegExp(`\\bminor,?\\s+(${NAME})(?:\\s+(${NAME}))?`, 'gu')
	];
	for (const t of texts)
		for (const re of patterns)
			for (const m of t.matchAll(re))
				for (const g of m.slice(1))
					if (g && !NOT_PERSON.has(g.toLowerCase()) && !known.has(fold(g))) tokens.add(fold(g));
	// a name the public facts give is public ("Ruben Aldecott, correspondent of the Kestria Ledger, was detained…"):
	// naming him with what those facts say is not a leak (what only confidential facts say is, ./confidential-leak.ts)
	const publicWords = new Set(
		s.facts
			.filter((f) => !f.confidential)
			.flatMap((f) => f.text.match(/\p{Lu}[\p{L}’'-]+/gu) ?? [])
			.map((w) => fold(w))
	);
	for (const w of tokens)
		if (publicWords.has(w)) tokens.delete(w);
		else known.delete(w);
	p = { tokens, known };
	PRIVATE.set(c, p);
	return p;
}

export interface PersonalDataHit {
	span: Span;
	name: string;
	what: string[];
}

const NAME_RE = new RegExp(NAME, 'gu');
const PAIR_RE = new RegExp(`(?<=[^.!?]\\s|,\\s*)(${NAME})\\s+(${NAME})`, 'gu');
const APPOSITION_RE = new RegExp(`\\b${RELATION}s?\\b[^.!?]{0,40}?,\\s*(${NAME})\\s*,`, 'giu');
const HONORIFIC_RE = new RegExp(
	`\\b(?:Mr|Ms|Mrs|Miss|Dr)\\.?\\s+(?:\\p{Lu}\\.\\s*)?(${NAME})|\\b\\p{Lu}\\.\\s+(${NAME})`,
	'gu'
);

/** A capitalised word that could be a private person's name (not a place, office or known public name). */
function isNameWord(w: string, priv: Private): boolean {
	const f = fold(w.replace(/['’]s$/, ''));
	// a word in capitals ("DO NOT GO") is shouting, not a name, unless it is a private name the scenario lists
	if (w.length > 2 && w === w.toUpperCase() && !priv.tokens.has(f)) return false;
	return !NOT_PERSON.has(f) && !priv.known.has(f) && f.length >= 2;
}

/** Private persons named with personal details in the post. */
export function personalData(pt: PostText, c: CompiledScenario): PersonalDataHit[] {
	if (!hasAnyWord(pt, CUE_WORDS) && !/\d/.test(pt.text)) return [];
	const priv = privateOf(c);
	// a cheap token pass first: is there any name-like word at all (a private name, an honorific or initial,
	// or two capitalised words in a row that are not known names)?
	let candidate = false;
	const toks = pt.tokens;
	for (let wi = 0; wi < pt.words.length && !candidate; wi++) {
		const i = pt.tok[wi];
		const t = toks[i];
		if (t.kind !== 'word' || !t.capitalised) continue;
		const f = foldInfo(pt.info[wi]); // the word without "'s", folded
		if (
			priv.tokens.has(f) ||
			HONORIFICS.has(f) ||
			(t.text.length === 1 && toks[i + 1]?.text === '.')
		)
			candidate = true;
		else if (!NOT_PERSON.has(f) && !priv.known.has(f)) {
			const n = toks[i + 1];
			const prev = toks[i - 1];
			if (
				(n && n.kind === 'word' && n.capitalised && !priv.known.has(fold(n.lower))) ||
				(prev && prev.text === ',' && n && n.text === ',')
			)
				candidate = true;
		}
	}
	if (!candidate) return [];
	if (!CUES.some(([re]) => re.test(pt.text))) return [];
	const out: PersonalDataHit[] = [];
	for (const s of sentencesOf(pt)) {
		const names: Span[] = [];
		const text = s.text;
		// a private name from the scenario
		if (priv.tokens.size)
			for (const m of allMatches(NAME_RE, text))
				if (priv.tokens.has(fold(m[0].replace(/['’]s$/, ''))))
					names.push({ start: m.index!, end: m.index! + m[0].length });
		// name-like phrases in the post itself
		for (const m of allMatches(PAIR_RE, text))
			if (isNameWord(m[1], priv) && isNameWord(m[2], priv))
				names.push({ start: m.index!, end: m.index! + m[0].length });
		// (an apposition needs two commas: "a teacher, Anna Brel, …")
		const commas = text.indexOf(',') >= 0 && text.indexOf(',') !== text.lastIndexOf(',');
		for (const m of commas ? allMatches(APPOSITION_RE, text) : [])
			if (isNameWord(m[1], priv)) {
				const start = m.index! + m[0].lastIndexOf(m[1]);
				names.push({ start, end: start + m[1].length });
			}
		for (const m of allMatches(HONORIFIC_RE, text)) {
			const g = m[1] ?? m[2];
			if (isNameWord(g, priv)) names.push({ start: m.index!, end: m.index! + m[0].length });
		}
		if (names.length === 0) continue;
		const masked = names.reduce(
			(t, n) => t.slice(0, n.start) + ' '.repeat(n.end - n.start) + t.slice(n.end),
			text
		);
		const what = CUES.filter(([re]) => re.test(masked)).map(([, w]) => w);
		if (what.length === 0) continue;
		const first = names.sort((a, b) => a.start - b.start)[0];
		out.push({
			span: { start: s.start + first.start, end: s.start + first.end },
			name: text.slice(first.start, first.end),
			what
		});
	}
	return out;
}

/** A relative of the person answered, as the subject of a statement: "your son is…", "your husband has been…". */
const THREAD_RELATIVE =
	/\byour (?:son|daughter|child|kid|boy|girl|baby|husband|wife|partner|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather)(?:'s|’s)? (?:is|was|has|had|will|are|were)\b/i;

/** Identifying details in a reply: a room number, ages of children, an application or passport number. */
const THREAD_DETAIL =
	/\byour (?:[\p{L}-]+ )?(?:children|child|son|daughter|wife|husband|kids|family)['’]s? (?:passport|passports|scans?|data|documents|records)\b[^.!?;]{0,30}\b(?:were|was|have been|has been|are|is)\b|\broom (?:no\.? ?)?\d{2,4}\b|\baged \d{1,2}(?: and \d{1,2})?\b|\bpassport (?:number |no\.? )?(?:ending|ends) (?:in |with )?\d{3,}\b|\bapplication (?:number |no\.? |reference |ref\.? )?[A-Z]{0,3}-?\d{4,}\b/iu;

/** The question names the asker's relative ("My son Sami (9) is on a school trip"). */
const ASKED_RELATIVE =
	/\bmy (?:son|daughter|child|kid|boy|girl|baby|husband|wife|partner|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather)\b/i;
/** A pronoun as the subject of a statement at a sentence's start ("He's on the first flight"). */
const THREAD_PRONOUN = /^(?:@\w+\s+)*(?:yes,?\s+)?(?:he|she)(?:'s|’s| is| was| has| had| will)\b/i;

/** Personal data of a private person the thread identifies: a public reply to a citizen that states where their
 * relative is, how they are or how they travel ("@parent Your son is with an escort and booked on the first
 * flight") — the question named them, so the answer tells everyone. */
export function threadPersonalData(
	pt: PostText,
	c: CompiledScenario,
	replyTo: string | undefined
): PersonalDataHit[] {
	// (a citizen named by their handle is answered too: "@hanne_lund Got it: …")
	const handle = pt.tokens.find((t) => t.kind === 'mention')?.lower.replace(/^@/, '');
	const byHandle = handle
		? c.scenario.personas.find(
				(p) => p.kind === 'citizen' && p.handle?.toLowerCase().replace(/^@/, '') === handle
			)
		: undefined;
	if (!replyTo && !byHandle) return [];
	const asked = replyTo ? c.events.get(replyTo) : undefined;
	// "He's on the first flight" in answer to "My son Sami (9)… Is he on the first flight?": the pronoun is the
	// relative the question named
	const pronoun = !!asked && ASKED_RELATIVE.test(asked.text);
	if (!pronoun && !/\byour?\b/i.test(pt.text)) return [];
	const from = asked?.from;
	const persona = from ? c.scenario.personas.find((p) => p.id === from) : byHandle;
	if (persona?.kind !== 'citizen') return [];
	const out: PersonalDataHit[] = [];
	for (const s of sentencesOf(pt)) {
		// identifying details of the person answered or their family, said back in public: a hotel room, children's
		// ages, an application or passport number ("you and your two children, aged 4 and 7, … room 212")
		const id = THREAD_DETAIL.exec(s.text);
		if (id && /\byour?\b/i.test(s.text)) {
			out.push({
				span: { start: s.start + id.index, end: s.start + id.index + id[0].length },
				name: id[0],
				what: [
					/room/i.test(id[0]) ? 'whereabouts' : /aged/i.test(id[0]) ? 'age' : 'identity numbers'
				]
			});
			continue;
		}
		const m = THREAD_RELATIVE.exec(s.text) ?? (pronoun ? THREAD_PRONOUN.exec(s.text) : null);
		if (!m) continue;
		const what = CUES.filter(
			([re, w]) => (w === 'health' || w === 'whereabouts' || w === 'travel') && re.test(s.text)
		).map(([, w]) => w);
		if (!what.length) continue;
		const name = m[0].replace(/(?:'s|’s)? \w+$/, '');
		out.push({
			span: { start: s.start + m.index, end: s.start + m.index + name.length },
			name,
			what
		});
	}
	return out;
}
