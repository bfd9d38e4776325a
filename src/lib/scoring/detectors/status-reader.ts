/**
 * Reading statuses, for fact-status.ts: who is dead, alive or injured, missing, detained or released in a stretch of
 * text, with the subject each status is said of — the head noun before it ("a teenage cyclist was seriously
 * injured", "Nika Varro, 15, is in intensive care"), after it when it is attributive or a transitive verb ("the
 * injured cyclist", "hit and injured a cyclist") or after "the death of"; a person's name the scenario lists, or a
 * singular common noun (groups are left alone). Negated, hedged or reported statuses count for nothing.
 */
import type { CompiledScenario } from '../compiled.ts';
import { fold } from '../text/fold.ts';
import type { Span } from '../types.ts';
import { HEDGE } from './fact-deaths.ts';

export type Dim = 'life' | 'custody';
export type Cls = 'dead' | 'alive' | 'missing' | 'detained' | 'released';
export const DIM: Record<Cls, Dim> = {
	dead: 'life',
	alive: 'life',
	missing: 'life',
	detained: 'custody',
	released: 'custody'
};

/** Status words (lower case) and multi-word statuses, each with its class; `tr` marks a transitive verb (its
 * object is the subject unless a form of "be" stands before it). */
const WORDS: Record<string, { cls: Cls; tr?: boolean; adj?: boolean }> = {
	died: { cls: 'dead' },
	dies: { cls: 'dead' },
	dead: { cls: 'dead', adj: true },
	killed: { cls: 'dead', tr: true },
	perished: { cls: 'dead' },
	deceased: { cls: 'dead', adj: true },
	injured: { cls: 'alive', tr: true, adj: true },
	wounded: { cls: 'alive', tr: true, adj: true },
	hurt: { cls: 'alive', tr: true },
	hospitalised: { cls: 'alive' },
	hospitalized: { cls: 'alive' },
	alive: { cls: 'alive' },
	unharmed: { cls: 'alive' },
	unhurt: { cls: 'alive' },
	survived: { cls: 'alive' },
	rescued: { cls: 'alive', tr: true, adj: true },
	recovering: { cls: 'alive' },
	// (a predicate only: "our missing national is safe"; not "stay safe")
	safe: { cls: 'alive' },
	missing: { cls: 'missing', adj: true },
	unaccounted: { cls: 'missing' },
	detained: { cls: 'detained', tr: true, adj: true },
	arrested: { cls: 'detained', tr: true, adj: true },
	jailed: { cls: 'detained', tr: true, adj: true },
	imprisoned: { cls: 'detained', tr: true, adj: true },
	released: { cls: 'released', tr: true, adj: true },
	freed: { cls: 'released', tr: true, adj: true }
};
const PHRASES: [RegExp, Cls][] = [
	[/^(?:passed away|lost (?:his|her|their) li(?:fe|ves)|did not survive|was found dead)$/, 'dead'],
	[
		/^(?:in (?:hospital|intensive care|(?:a )?(?:critical|stable|serious) condition)|found (?:alive|safe))$/,
		'alive'
	],
	[/^(?:in (?:custody|detention|prison|jail)|behind bars)$/, 'detained'],
	[
		/^(?:set free|back home|out of (?:custody|detention|prison|jail)|(?:granted|given|out on|released on) bail|left (?:the )?(?:\S+ )?(?:remand centre|remand center|prison|jail|detention centre|police station))$/,
		'released'
	]
];
/** "the death of …", "the killing of …", "the release of …", "the arrest of …": the subject follows. */
const NOMINAL: Record<string, Cls> = {
	death: 'dead',
	killing: 'dead',
	body: 'dead',
	release: 'released',
	arrest: 'detained',
	detention: 'detained',
	rescue: 'alive',
	disappearance: 'missing'
};

/** Words passed over between a subject and its status. */
const AUX = new Set(
	`is was were are be been being has have had now still also since later reportedly confirmed tragically sadly
	seriously critically badly fatally gravely slightly lightly severely who which that remains remain remained
	found declared pronounced being officially today tonight yesterday this morning evening afternoon then both`
		.split(/\s+/)
		.filter(Boolean)
);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'got', 'get', 'gets']);
const DET = new Set([
	'the',
	'a',
	'an',
	'one',
	'our',
	'their',
	'his',
	'her',
	'its',
	'this',
	'that',
	'your'
]);
/** Words that never head a subject. */
const NOT_HEAD = new Set(
	`the a an one our their his her its this that your he she they it we you who which what whom there here
	person people someone anyone everyone nobody everybody somebody other others another none all both each
	and or but not no nor if then than with without from into onto upon after before during while when where
	how why also very just only even more most less least many much some any several few what's it's he's
	she's they're we're i am mr ms mrs dr sir madam status condition state else something nothing thing crew staff
	team family group community public police delegation party majority rest remainder number couple pair
	relatives`
		.split(/\s+/)
		.filter(Boolean)
);
interface Token {
	w: string;
	raw: string;
	start: number;
	end: number;
}
export interface Status {
	cls: Cls;
	subj: Set<string>;
	span: Span;
	/** Said before its noun ("the missing student"): the earlier state when a predicate gives the present one. */
	attributive: boolean;
}

const tokens = (text: string, offset = 0): Token[] =>
	[...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|,/gu)].map((m) => ({
		w: m[0].toLowerCase().replace(/['’]s$/, ''),
		raw: m[0].replace(/['’]s$/, ''),
		start: offset + m.index!,
		end: offset + m.index! + m[0].length
	}));

/** A person's name word the scenario lists (folded, lower case). */
const PERSON_WORDS = new WeakMap<CompiledScenario, Set<string>>();
/** A word of a person's name the scenario lists (not a place, a country or a demonym: those are groups). */
function isName(c: CompiledScenario, t: Token): boolean {
	if (!/^\p{Lu}/u.test(t.raw)) return false;
	let words = PERSON_WORDS.get(c);
	if (!words) {
		words = new Set();
		for (const e of c.names.entries)
			if (e.kind === 'person') for (const f of e.forms) for (const w of f) words.add(w);
		for (const e of c.names.entries) for (const dm of e.demonyms) words.delete(dm);
		PERSON_WORDS.set(c, words);
	}
	return words.has(fold(t.w));
}

const DEMONYM_NOUNS = new WeakMap<object, Set<string>>();
/** A country's demonym used as a singular noun ("Kestlander", "Dalmoran"; not the plural "Kestlanders"). */
function demonymNoun(c: CompiledScenario, t: Token): boolean {
	let set = DEMONYM_NOUNS.get(c);
	if (!set) {
		set = new Set();
		for (const e of c.names.entries) for (const dm of e.demonyms) set.add(dm);
		DEMONYM_NOUNS.set(c, set);
	}
	const w = fold(t.w);
	return set.has(w) && !/s$/.test(w);
}

/** A subject found: its words, and the index of its head word (for the finding's span). */
interface Subject {
	words: Set<string>;
	at: number;
}
/** The subject that ends at token `i` (its head word) walking back over a name's other words. */
function subjectAt(c: CompiledScenario, ts: Token[], i: number): Subject | undefined {
	const words = subjectWords(c, ts, i);
	return words && { words, at: i };
}
function subjectWords(c: CompiledScenario, ts: Token[], i: number): Set<string> | undefined {
	const t = ts[i];
	if (!t || t.w === ',' || NOT_HEAD.has(t.w) || WORDS[t.w] || /\d/.test(t.w)) return undefined;
	if (isName(c, t)) {
		const out = new Set<string>([fold(t.w)]);
		for (let k = i - 1; k >= 0 && isName(c, ts[k]); k--) out.add(fold(ts[k].w));
		return out;
	}
	// a demonym as a noun is the national the facts speak of ("the Kestlander" = "the missing Kestlandic national")
	// (only with "the" before it: "one Brevonian has died" is another person)
	if (/^\p{Lu}/u.test(t.raw))
		return ts[i - 1]?.w === 'the' && demonymNoun(c, t) ? new Set(['national']) : undefined;
	// counted ("4 Stella Marren crew", "two students") or plural by its verb: a group, left alone
	for (let k = i - 1; k >= Math.max(0, i - 3); k--)
		if (
			/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both|dozens?)$/.test(
				ts[k].w
			)
		)
			return undefined;
	for (let k = i + 1; k < Math.min(ts.length, i + 4); k++)
		if (/^(?:are|were|have)$/.test(ts[k].w)) return undefined;
	// a singular common noun of four letters or more ("cyclist", "student"), not an adverb or a plural
	if (t.w.length < 4 || /ly$/.test(t.w) || (/s$/.test(t.w) && !/(?:ss|us|is)$/.test(t.w)))
		return undefined;
	return new Set([t.w]);
}

/** The head of the noun phrase starting at token `i` (its last word before a break, at most three words). */
function headAfter(c: CompiledScenario, ts: Token[], i: number): Subject | undefined {
	let k = i;
	while (k < ts.length && DET.has(ts[k].w)) k++;
	let last = -1;
	for (let j = k; j < Math.min(ts.length, k + 3); j++) {
		const w = ts[j].w;
		if (w === ',' || AUX.has(w) || NOT_HEAD.has(w) || WORDS[w] || /\d/.test(w)) break;
		if (/^(?:in|at|on|to|by|for|near|after|of)$/.test(w)) break;
		last = j;
		if (isName(c, ts[j]) && !(j + 1 < ts.length && isName(c, ts[j + 1]))) break;
	}
	return last < 0 ? undefined : subjectAt(c, ts, last);
}

/** Statuses stated in a stretch of text (a fact's clause or a post's sentence). */
export function statusesIn(c: CompiledScenario, text: string, offset = 0): Status[] {
	const ts = tokens(text, offset);
	const out: Status[] = [];
	const lower = ts.map((t) => t.w);
	for (let i = 0; i < ts.length; i++) {
		let cls: Cls | undefined;
		let len = 1;
		const word = WORDS[lower[i]];
		for (const [re, k] of PHRASES)
			for (const n of [4, 3, 2]) {
				if (cls || i + n > ts.length) continue;
				if (re.test(lower.slice(i, i + n).join(' '))) {
					cls = k;
					len = n;
				}
			}
		if (!cls && word) cls = word.cls;
		// "is held", "was being held" (not "held a meeting")
		if (!cls && lower[i] === 'held' && BE.has(lower[i - 1] ?? '')) cls = 'detained';
		if (!cls && NOMINAL[lower[i]] && lower[i + 1] === 'of') {
			const subj = headAfter(c, ts, i + 2);
			if (subj)
				out.push({
					cls: NOMINAL[lower[i]],
					subj: subj.words,
					span: span(ts, i, subj.at),
					attributive: false
				});
			continue;
		}
		if (!cls) continue;
		// negated, hedged or reported ("nearly killed", "may have died", "reports that she was arrested")
		const before = text.slice(
			Math.max(0, ts[Math.max(0, i - 4)].start - offset),
			ts[i].start - offset
		);
		if (HEDGE.test(before)) continue;
		const prev = lower[i - 1];
		let subj: Subject | undefined;
		let attributive = false;
		if (len === 1 && word?.adj && prev && DET.has(prev)) {
			subj = headAfter(c, ts, i + 1);
			attributive = true;
		} else if (
			len === 1 &&
			word?.tr &&
			!(prev && BE.has(prev)) &&
			i + 1 < ts.length &&
			(DET.has(lower[i + 1]) || isName(c, ts[i + 1]))
		) {
			subj = headAfter(c, ts, i + 1);
		} else {
			let k = i - 1;
			while (k >= 0 && (AUX.has(lower[k]) || lower[k] === ',' || /^\d+$/.test(lower[k]))) k--;
			// a plural relative clause picks out some of a group, it says nothing of all of it ("our focus is on the
			// Vellmarese who are hurt")
			if (/\b(?:who|that|which) (?:are|were)\b/.test(lower.slice(k + 1, i).join(' '))) continue;
			subj = k >= 0 ? subjectAt(c, ts, k) : undefined;
			// a person named before an apposition ("Oskar Lindqvar, a Torvenian student at Velmora State University,
			// was detained")
			if (!subj && lower[k] !== undefined && lower.slice(k, i).includes(','))
				for (let j = k - 1; j >= Math.max(0, k - 15) && !subj; j--)
					if (lower[j] === ',' && j > 0 && isName(c, ts[j - 1])) subj = subjectAt(c, ts, j - 1);
		}
		if (subj)
			out.push({
				cls,
				subj: subj.words,
				span: span(ts, Math.min(i, subj.at), Math.max(i + len - 1, subj.at)),
				attributive
			});
	}
	return out;
}
const span = (ts: Token[], a: number, b: number): Span => ({
	start: ts[a].start,
	end: ts[Math.min(b, ts.length - 1)].end
});

export const meets = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
const FACT_STATUS = new WeakMap<object, Status[]>();

/** A fact's statuses, clause by clause; an attributive one gives way to a predicate on the same subject. */
export function factStatuses(c: CompiledScenario, f: CompiledScenario['facts'][number]): Status[] {
	let hit = FACT_STATUS.get(f);
	if (hit) return hit;
	hit = [];
	for (const clause of f.fact.text.split(/[.;:]\s+|,\s+(?:and|but|while|whereas)\s+|\s+but\s+/)) {
		const all = statusesIn(c, clause);
		for (const s of all)
			if (
				!s.attributive ||
				!all.some((o) => !o.attributive && DIM[o.cls] === DIM[s.cls] && meets(o.subj, s.subj))
			)
				hit.push(s);
	}
	FACT_STATUS.set(f, hit);
	return hit;
}
