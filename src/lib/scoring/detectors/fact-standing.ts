/**
 * factual-error: a standing the public facts give for someone or something, said differently ("the cyclist's
 * condition is now stable" while the latest fact says he remains critical; "the staff member has been dismissed"
 * when the facts say suspended and recalled; "the airport remains closed" after it reopened; "your details are
 * completely safe" when they may have been copied). Families, relatives and media check a status word first; a
 * wrong one is quoted back as a contradiction. CERC: be right.
 *
 * Each family is a set of states. A fact clause gives the states of its subject (the nouns and names it shares with
 * the post's clause). For a family whose states replace each other (a patient's condition, open or closed)
 * the latest such fact counts; for one whose states add up (a staff member suspended, then recalled) any revealed
 * fact does. A state the post asserts, in the present or as done, that the facts do not give and that conflicts
 * with one they do give, is the error. Negated, hoped-for, conditional or past ("was critical") mentions are not
 * assertions, and a post that also gives the facts' state ("from critical to stable") is fine. Life (dead, missing)
 * and custody are read by fact-status.ts.
 */
import type { Finding } from '../types.ts';
import { factFinding, type DetectorInput } from './context.ts';

interface Family {
	name: string;
	/** States replace each other (the latest fact counts) rather than add up. */
	exclusive: boolean;
	/** What the status is said of, besides the scenario's capitalised names. */
	subject: RegExp;
	/** State → its phrases. Earlier states are matched first and their text is not read again. */
	states: [string, RegExp][];
	/** State → the states it contradicts. */
	conflicts: Record<string, string[]>;
}

const PERSON =
	/\b(?:cyclist|driver|pedestrian|victim|passenger|patient|student|journalist|reporter|citizen|national|staff(?: member)?|staffer|employee|official|diplomat|officer|attach[eé]|colleague|(?:aid )?worker|teacher|pupil|tourist|hostage|detainee|climber|guide|man|woman|boy|girl|child|son|daughter|husband|wife|father|mother)s?\b/gi;

const FAMILIES: Family[] = [
	{
		name: 'condition',
		exclusive: true,
		subject: PERSON,
		states: [
			[
				'discharged',
				/\b(?:discharged|out of hospital|(?:has |have )?left (?:the )?hospital|(?:is |are |been )?(?:back )?home from hospital)\b/gi
			],
			[
				'critical',
				/\b(?:critical(?:ly)?(?: condition| state| care)?|life-threatening)\b(?! infrastructure)/gi
			],
			['stable', /\bstable\b/gi],
			['intensive', /\b(?:intensive care|ICU)\b/gi]
		],
		conflicts: {
			critical: ['stable', 'discharged'],
			stable: ['critical'],
			discharged: ['critical', 'stable', 'intensive'],
			intensive: ['discharged']
		}
	},
	{
		name: 'staff',
		exclusive: false,
		subject: PERSON,
		states: [
			['suspended', /\bsuspen(?:ded|sion)\b/gi],
			[
				'dismissed',
				/\b(?:dismissed|fired|sacked|let go|terminated|lost (?:his|her|their) (?:job|post))\b/gi
			],
			['recalled', /\b(?:recall(?:ed)?|sent home|called home|ordered home)\b/gi],
			['expelled', /\b(?:expelled|expulsion|declared persona non grata|persona non grata)\b/gi],
			['resigned', /\bresign(?:ed|ation)\b/gi]
		],
		conflicts: {
			dismissed: ['suspended', 'recalled', 'expelled', 'resigned'],
			expelled: ['suspended', 'recalled', 'dismissed', 'resigned'],
			resigned: ['suspended', 'recalled', 'dismissed', 'expelled'],
			recalled: ['expelled'],
			suspended: []
		}
	},
	{
		name: 'open',
		exclusive: true,
		subject:
			/\b(?:airport|border|crossing|road|motorway|highway|bridge|rail(?:way)? line|line|railway|port|harbou?r|pass|tunnel|station|consulate|embassy|visa (?:centre|center|section)|office|appointments?|flights?|trains?|ferr(?:y|ies)|services?)\b/gi,
		states: [
			[
				'closed',
				/\b(?:closed|shut|(?:still |remains? )?suspended|cancell?ed|halted|blocked|out of service|grounded)\b/gi
			],
			[
				'open',
				/\b(?:re-?opened|reopens|(?:is|are|remains?|stays?|now|still) open(?! to\b)|resumed|go(?:es)? ahead|going ahead|running again|operating (?:again|normally))\b/gi
			]
		],
		conflicts: { closed: ['open'], open: ['closed'] }
	},
	// a search or rescue suspended for the night, said to go on ("Divers are continuing to search the river through
	// the night" after "The river search was suspended at dusk")
	{
		name: 'search',
		exclusive: true,
		subject:
			/\b(?:search(?:es)?|rescuers?|divers|rescue (?:operation|teams?|effort)|recovery (?:operation|effort))\b/gi,
		states: [
			['paused', /\b(?:suspended|called off|paused|stood down|halted)\b/gi],
			[
				'ongoing',
				/\b(?:continu(?:e|es|ing) to search|(?:are|is) (?:still )?searching|still searching|search(?:es)? (?:continues?|goes on|go on)|(?:is|are|remains?) (?:still )?(?:under ?way|ongoing)|through the night)\b/gi
			]
		],
		conflicts: { paused: ['ongoing'], ongoing: ['paused'] }
	},
	{
		name: 'evacuation',
		exclusive: true,
		subject: /\b(?:evacuation(?: order)?s?|order(?:s)? to (?:evacuate|leave))\b/gi,
		states: [
			['lifted', /\b(?:lifted|withdrawn|rescinded|ended|(?:may|can) return)\b/gi],
			[
				'in-force',
				/\b(?:in force|in place|(?:still|remains?) (?:valid|active)|issued|extended)\b/gi
			]
		],
		conflicts: { lifted: ['in-force'], 'in-force': ['lifted'] }
	},
	{
		name: 'data',
		exclusive: true,
		subject:
			/\b(?:data|details|records|scans|passports?|personal information|information|files|applications?|numbers)\b/gi,
		states: [
			[
				'safe',
				/\b(?:(?:completely |totally |entirely |perfectly )?(?:safe|secure|unaffected|untouched|intact)|not (?:been )?(?:affected|taken|accessed|copied|stolen|exposed|compromised)|nothing (?:was|has been) (?:lost|taken|accessed|copied|stolen)|no (?:[\p{L}-]+ ){0,4}?(?:data|details|information|records|numbers) (?:was|were|is|are|has been|have been) (?:ever )?(?:stored|kept|held|taken|affected|accessed))\b/giu
			],
			[
				'compromised',
				/\b(?:accessed|stolen|taken|copied|exposed|leaked|compromised|breached|exfiltrated)\b/gi
			]
		],
		conflicts: { safe: ['compromised'], compromised: ['safe'] }
	}
];

/** Every state word of every family, as one quick test (most posts state no standing at all). */
const ANY_STATE = new RegExp(
	FAMILIES.flatMap((f) => f.states.map(([, re]) => re.source)).join('|'),
	'iu'
);

const FACT_SUBJECTS = new WeakMap<Said, Set<string>>();
/** A fact state's subjects (read once per fact state). */
function factSubjects(text: string, k: Said): Set<string> {
	let r = FACT_SUBJECTS.get(k);
	if (!r) FACT_SUBJECTS.set(k, (r = subjects(k.family, text, k, true)));
	return r;
}

/** Not an assertion of the state: negated, hoped for, conditional, asked for, reported as past. */
const NOT_ASSERTED =
	/\b(?:think|believe|understand|seems?|appears?|apparently|probably|possibly|likely|not|no longer|never|n't|will|would|could|may|might|must|should|shall|if|once|until|whether|expect(?:ed|s)?|hope[sd]?|want(?:s|ed)?|demand(?:s|ed)?|call(?:s|ed)? for|calls? to|asks?|asked|rumou?rs?|claims?|reports?|allegedly|was|were|had|earlier|initially|at first|yesterday|before|last night|when|tomorrow|next (?:week|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
const NOW = /\b(?:now|still|remains?|currently|has been|have been|is|are|'s)\b/i;

interface Said {
	family: Family;
	state: string;
	at: number;
	end: number;
	/** The clause the state is in, lower case. */
	clause: string;
	/** Text before the state within its clause. */
	before: string;
}

/** Clauses: sentences cut at ";", ":", dashes and ", but" / ", while". */
function clauses(text: string): { text: string; start: number }[] {
	const out: { text: string; start: number }[] = [];
	const re = /[^;:.!?—–]+/g;
	for (const m of text.matchAll(re)) {
		for (const part of m[0].split(/(?=,\s*(?:but|while|whereas|although)\b)/i)) {
			const start = m.index! + m[0].indexOf(part);
			if (part.trim()) out.push({ text: part, start });
		}
	}
	return out;
}

export function statesIn(text: string): Said[] {
	const out: Said[] = [];
	for (const cl of clauses(text)) {
		if (!ANY_STATE.test(cl.text)) continue;
		for (const family of FAMILIES) {
			if (cl.text.search(family.subject) < 0) continue;
			const taken: [number, number][] = [];
			for (const [state, re] of family.states) {
				for (const m of cl.text.matchAll(re)) {
					const a = m.index!;
					const b = a + m[0].length;
					if (taken.some(([x, y]) => a < y && x < b)) continue;
					taken.push([a, b]);
					out.push({
						family,
						state,
						at: cl.start + a,
						end: cl.start + b,
						clause: cl.text.toLowerCase(),
						before: cl.text.slice(0, a)
					});
				}
			}
		}
	}
	return out;
}

const FACT_STATES = new WeakMap<object, Said[]>();
function factStates(fact: { text: string }): Said[] {
	let s = FACT_STATES.get(fact);
	if (!s) FACT_STATES.set(fact, (s = statesIn(fact.text)));
	return s;
}

/** One person, many nouns: the staff member is also the employee, the official, the diplomat. */
const STAFF =
	/^(?:staff(?: member)?|staffer|employee|official|diplomat|officer|attach[eé]|colleague)$/;
/** Personal data by any of its names: data, details, information, records, files. */
const DATA = /^(?:data|detail|information|record|file|number)$/;
const CALENDAR =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const DETERMINER =
	/^(?:the|a|an|our|your|their|his|her|its|this|that|these|those|all|every|any|some|no|of|to|at|in|on|and|or|for|by|with|from|still|now|is|are|was|were|has|have)$/;

/** Two subject sets name the same thing: a noun in common, and not two different kinds of it ("commercial flights"
 * against "charter flights"). */
function same(mine: Set<string>, theirs: Set<string>): boolean {
	const kinds = (set: Set<string>, noun: string) =>
		[...set].filter((x) => x.endsWith(` ${noun}`)).map((x) => x.slice(0, -noun.length - 1));
	return [...mine].some((w) => {
		if (w.includes(' ') || !theirs.has(w)) return false;
		const a = kinds(mine, w);
		const b = kinds(theirs, w);
		return !a.length || !b.length || a.some((x) => b.includes(x));
	});
}

/** Subject words of a state: the family's subject nouns and capitalised names in the eight words before it, or
 * else in the four words after it; a fact's whole clause before it ("reopened the border", "expelled the staff member"). */
function subjects(family: Family, text: string, s: Said, wholeClause = false): Set<string> {
	const start = s.at - s.before.length;
	const before = text
		.slice(start, s.at)
		.split(/\s+/)
		.slice(wholeClause ? 0 : -9)
		.join(' ');
	const after = text
		.slice(s.end, start + s.clause.length)
		.split(/\s+/)
		.slice(0, 5)
		.join(' ');
	const read = (t: string, first: boolean) => {
		const out = new Set<string>();
		const lower = t.toLowerCase();
		for (const m of lower.matchAll(family.subject)) {
			const w = m[0].replace(/s$/, '');
			const noun = STAFF.test(w) ? 'staff' : DATA.test(w) ? 'data' : w;
			// (the object of a preposition is not what the state is said of: "the road to the airport is open")
			if (
				out.size &&
				/\b(?:to|from|at|near|of|in|on|outside|towards|into|past|by)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\p{L}-]+\s+)?$/u.test(
					lower.slice(0, m.index)
				)
			)
				continue;
			out.add(noun);
			// the word before it, when it says which one ("commercial flights", "charter flights")
			// (up to three, across "or" and "and": "bank card or payment data")
			const words = (/((?:[\p{L}-]+\s+){1,5})$/u.exec(lower.slice(0, m.index))?.[1] ?? '')
				.trim()
				.split(/\s+/)
				.reverse();
			let n = 0;
			for (const mod of words) {
				if (mod === 'or' || mod === 'and') continue;
				// (a time says when, not which kind: "the 15:00 appointment"; a plural possessive says whose, a kind no
				// fact shares: "applicants' data")
				if (!mod) {
					if (/['’]\s*$/.test(lower.slice(0, m.index))) out.add(`'s ${noun}`);
					continue;
				}
				if (/\d/.test(mod)) continue;
				if (DETERMINER.test(mod) || ++n > 3) break;
				out.add(`${mod} ${noun}`);
			}
		}
		for (const m of t.matchAll(first ? /(?<=\S\s+)\p{Lu}\p{Ll}{2,}/gu : /\p{Lu}\p{Ll}{2,}/gu))
			if (!CALENDAR.test(m[0])) out.add(m[0].toLowerCase());
		return out;
	};
	// (or inside the state itself: "no payment data was stored")
	const b = new Set([...read(before, true), ...read(text.slice(s.at, s.end), true)]);
	return b.size ? b : read(after, false);
}

/** A word every state phrase contains one of (a cheap test on the post's words before any pattern runs); keep it in
 * step with FAMILIES when a state phrase is added. */
const STATE_WORDS = new Set(
	`discharged hospital home critical critically life-threatening stable intensive icu suspended suspension dismissed
	fired sacked let terminated lost recall recalled sent called ordered expelled expulsion persona resign resigned
	resignation closed shut suspended cancelled canceled halted blocked service grounded reopened re-opened reopens open
	opened resumed running operating lifted withdrawn rescinded ended return force place valid active issued extended safe
	secure unaffected untouched intact affected taken accessed copied stolen exposed compromised nothing lost leaked
	breached exfiltrated stored kept held ahead paused called stood continue continues continuing searching search searches
	way underway ongoing night`.split(/\s+/)
);

export function standingErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	if (!d.pt.words.some((w) => STATE_WORDS.has(w))) return [];
	const said = statesIn(d.pt.text);
	if (!said.length) return [];
	const facts = d.c.derived.publicFacts
		.filter((f) => d.revealed.has(f.fact.id))
		.map((f, i) => ({ f, i }))
		.sort((a, b) => a.f.fact.knownFrom - b.f.fact.knownFrom || a.i - b.i)
		.map((x) => x.f);
	const out: Finding[] = [];
	for (const s of said) {
		// (data said possibly taken is still wrong where the facts say it was never held: "may have been taken")
		// (what governs the state is near it: the last eight words)
		const near = s.before.split(/\s+/).slice(-9).join(' ');
		const hedged =
			s.family.name === 'data' && s.state === 'compromised'
				? NOT_ASSERTED.test(
						near.replace(/\b(?:may|might|could)(?: well)?(?: have)?(?: been)?\s*$/i, '')
					)
				: NOT_ASSERTED.test(near);
		if (hedged && !/\b(?:now|still)\s*$/i.test(s.before)) continue;
		// (a state announced for later is no claim about now: "reopens tomorrow morning", "reopens at 16:00")
		if (
			/\b(?:tomorrow|next (?:week|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/.test(
				s.clause
			) ||
			(/^(?:re-?opens|resumes)$/i.test(d.pt.text.slice(s.at, s.end)) &&
				/^\s+(?:at|from|after) \d{1,2}[:.]\d{2}\b/.test(d.pt.text.slice(s.end, s.end + 12)))
		)
			continue;
		// (an ongoing search is said in the present by its own words: "are still searching")
		if (
			s.family.exclusive &&
			!NOW.test(s.before) &&
			s.family.name !== 'open' &&
			s.family.name !== 'search'
		)
			continue;
		if (found.some((f) => f.spans.some((x) => x.start < s.end && s.at < x.end))) continue;
		const mine = subjects(s.family, d.pt.text, s);
		if (!mine.size) continue;
		// the facts' states for this subject, oldest first
		const all: { state: string; text: string; order: number; kind: boolean }[] = [];
		const myKinds = [...mine].filter((w) => w.includes(' '));
		facts.forEach((f, order) => {
			for (const k of factStates(f.fact)) {
				if (k.family !== s.family) continue;
				const theirs = factSubjects(f.fact.text, k);
				if (same(mine, theirs))
					all.push({
						state: k.state,
						text: f.fact.text,
						order,
						kind: myKinds.some((w) => theirs.has(w))
					});
			}
		});
		// (facts about the same kind of it first: "card details" are judged by the fact on payment data)
		const known = all.some((k) => k.kind) ? all.filter((k) => k.kind) : all;
		if (!known.length) continue;
		const latest = known[known.length - 1].order;
		const current = s.family.exclusive ? known.filter((k) => k.order === latest) : known;
		const states = new Set(current.map((k) => k.state));
		if (states.has(s.state)) continue;
		if (!(s.family.conflicts[s.state] ?? []).some((x) => states.has(x))) continue;
		// the post also gives the facts' state for the same family ("from critical to stable")
		if (said.some((o) => o.family === s.family && states.has(o.state))) continue;
		const fact = current[current.length - 1].text;
		out.push(
			factFinding(
				`“${d.pt.text.slice(s.at, s.end)}” contradicts the known fact: ${fact}`,
				'A status (a condition, a post held, a road or office open or closed, data safe or taken) is what relatives and reporters check first. Give the status the latest confirmed facts give, and say when it changed.',
				[{ start: s.at, end: s.end }]
			)
		);
	}
	return out;
}
