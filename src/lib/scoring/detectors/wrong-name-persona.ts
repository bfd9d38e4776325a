/**
 * wrong-name for the person answered (the author of the post replied to, or a persona @mentioned): greeted with
 * another surname ("@LenaOrtizAD Thanks, Ms Ortega") or given an office their name does not carry ("@IrinaVassMP
 * Senator Vass" for an MP). A near-miss spelling is the protocol list's finding (./wrong-name.ts); this reads the
 * personas, which the protocol list does not hold. Protocol: names and titles.
 */
import type { Persona } from '../../scenario/types.ts';
import { fold } from '../text/fold.ts';
import type { Finding } from '../types.ts';
import { answeredPersonas, SOURCES, type Detector, type DetectorInput } from './context.ts';
import { wrongNameFindings } from './wrong-name.ts';
import { addressedWords } from './wrong-name-context.ts';

/** The person greeted: "Ms Ortega," at the start, or after "Thanks,", "Dear", "Hello". */
const HONORIFIC =
	/(?:^(?:@\w+\s+)*|(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:[Tt]hanks|[Tt]hank you|[Dd]ear|[Hh]i|[Hh]ello|[Gg]ood (?:morning|afternoon|evening)),?\s+)(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.? (\p{Lu}[\p{L}'’-]+)(?=\s*[,.!:;—–])(?!,\s*(?:our|the|his|her|their|its|a|an|who|which|whose)\b)/gu;
const OFFICE =
	/\b(Senator|Minister|President|Prime Minister|Ambassador|Governor|Mayor|Judge|General|Consul|Secretary|Deputy|Congressman|Congresswoman|Councillor|Commissioner|Chancellor|Speaker|Professor|Colonel|Captain) (\p{Lu}[\p{L}'’-]+)/gu;

/** A person's name words (before any comma: "Irina Vass, MP (Civic Renewal)" → Irina, Vass) and the rest. */
function parts(p: Persona): { words: string[]; rest: string } {
	const [name, ...rest] = p.name.split(',');
	return {
		words: name
			.split(/\s+/)
			.filter((w) => /^\p{Lu}/u.test(w))
			.map((w) => fold(w)),
		rest: `${rest.join(',')} ${p.title ?? ''} ${name}`.toLowerCase()
	};
}

const KNOWN = new WeakMap<object, Set<string>>();
/** Every word of the scenario's personas' and protocol names (folded), read once per scenario. */
function knownNames(c: DetectorInput['c']): Set<string> {
	let known = KNOWN.get(c);
	if (!known) {
		known = new Set<string>();
		for (const p of c.scenario.personas)
			for (const w of p.name.split(/[^\p{L}'’-]+/u)) known.add(fold(w));
		for (const n of c.scenario.names)
			for (const f of [n.name, ...n.aliases])
				for (const w of f.split(/[^\p{L}'’-]+/u)) known.add(fold(w));
		KNOWN.set(c, known);
	}
	return known;
}

export function personaNameErrors(d: DetectorInput): Finding[] {
	// (a cheap test first: most posts greet no one by honorific and give no office before a name)
	if (
		!/\b(?:Mr|Ms|Mrs|Miss|Mx|Dr|Senator|Minister|President|Ambassador|Governor|Mayor|Judge|General|Consul|Secretary|Deputy|Congress\w+|Councillor|Commissioner|Chancellor|Speaker|Professor|Colonel|Captain)\b/.test(
			d.pt.text
		)
	)
		return [];
	const people = answeredPersonas(d).filter(
		(p) =>
			p.kind !== 'troll' &&
			p.kind !== 'bot-network' &&
			p.kind !== 'organisation' &&
			p.kind !== 'news'
	);
	if (!people.length) return [];
	const out: Finding[] = [];
	const text = d.pt.text;
	// other people the scenario names may be greeted too: only a surname nobody in the scenario has is wrong
	const known = knownNames(d.c);
	for (const p of people) {
		const { words, rest } = parts(p);
		if (words.length < 2) continue;
		const surname = words[words.length - 1];
		for (const m of text.matchAll(HONORIFIC)) {
			const w = fold(m[1].replace(/['’]s$/, ''));
			if (words.includes(w) || known.has(w) || d.c.knownWords.has(w)) continue;
			if (people.length > 1) continue;
			const at = m[0].search(/(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.? \p{Lu}/u);
			const greeted = m[0].slice(at);
			out.push(
				finding(
					m.index! + at,
					greeted,
					`“${greeted}” — the person answered is ${p.name.split(',')[0]}.`
				)
			);
		}
		for (const m of text.matchAll(OFFICE)) {
			if (fold(m[2].replace(/['’]s$/, '')) !== surname) continue;
			if (rest.includes(m[1].toLowerCase())) continue;
			out.push(
				finding(
					m.index!,
					m[0],
					`“${m[0]}” — ${p.name.split(',')[0]} does not hold that office (${p.name}).`
				)
			);
		}
	}
	return out;
}

function finding(start: number, said: string, message: string): Finding {
	return {
		id: 'wrong-name',
		severity: 'major',
		message,
		explanation:
			'Getting the name or office of the person you answer wrong reads as careless and is quoted back. Use the name and title they use themselves.',
		source: SOURCES.protocol,
		spans: [{ start, end: start + said.length }]
	};
}

/** The wrong-name detector: the protocol list's findings, then the person answered's. */
export const wrongName: Detector = (d) => {
	const out = wrongNameFindings(d.pt, d.c.names, addressedWords(d));
	for (const f of personaNameErrors(d))
		if (!out.some((o) => o.spans.some((s) => s.start < f.spans[0].end && f.spans[0].start < s.end)))
			out.push(f);
	return out;
};
