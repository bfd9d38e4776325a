/**
 * A confidential fact told in other words, for confidential-leak: a sentence that shares two or more of the
 * fact's distinctive words (content words of five letters or more, compared by a five-letter stem, that no
 * public text of the scenario uses: public facts, briefing, claims, names, events that reveal nothing
 * confidential) — "faces a charge relating to photographs of a military installation" for "charged with
 * filming a military site" (a word only an event's question uses counts with a distinctive one); or the fact's own date, clock time or count of ten or more in any wording ("the
 * third of June" for "3 June", "three hundred accounts" for "300"). A sentence that refuses to share ("we will
 * not name…", "to protect their privacy") is not a leak.
 */
import type { CompiledScenario } from '../compiled.ts';
import { postText, type PostText } from '../text/post-text.ts';
import { mayHaveCount, quantitiesIn, type QuantityClass } from '../text/quantities.ts';
import type { Span } from '../types.ts';
import { cutOf, stemOf, stemSentences } from './sentence-stems.ts';
import { ordinalDates } from './ordinal-dates.ts';

interface Secrets {
	list: Secret[];
	/** Every stem of every secret (a cheap first filter). */
	any: Set<string>;
}

interface Secret {
	id: string;
	/** Distinctive stems of the fact (no public text uses them). */
	stems: Set<string>;
	/** Stems only the public events use (a journalist's question): count with a distinctive one. */
	weak: Set<string>;
	/** Ages the fact gives a person ("(34)"). */
	ages: number[];
	/** Dates, clock times and counts ≥ 10 of the fact that no public fact shares. */
	quantities: { cls: QuantityClass; value: number }[];
	/** What a post must show before its quantities are read: a month name for a date, a clock for a time, a
	 * multi-digit or large number word for a count. */
	hint: RegExp | undefined;
	/** One of its quantities is a date (only then can an ordinal date in the post tell it). */
	dated: boolean;
	/** The values of its quantities when all are counts (a cheap test before reading the post's quantities). */
	counts: number[] | undefined;
}

/** Stems of a text's content words of five letters or more. */
const stemsOf = (text: string) =>
	(text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => stemOf(w, 5)).filter(Boolean);

/** Stems of everyday words that tell nothing private however they are combined ("his family is informed"): they
 * are never counted as a fact's distinctive words. */
const GENERIC = new Set(
	'famil infor inclu every peopl pleas today morni after befor until eveni still again being since while where which about other these those there their would could shoul might'.split(
		' '
	)
);

const SECRETS = new WeakMap<CompiledScenario, Secrets>();

function secretsOf(c: CompiledScenario): Secrets {
	const hit = SECRETS.get(c);
	if (hit) return hit;
	const s = c.scenario;
	const secretIds = new Set(c.facts.filter((f) => f.fact.confidential).map((f) => f.fact.id));
	const publicTexts = [
		s.trainee.briefing,
		s.trainee.role,
		s.trainee.government,
		...c.facts
			.filter((f) => !f.fact.confidential)
			.flatMap((f) => [f.fact.text, ...f.fact.keywords]),
		...s.claims.flatMap((cl) => [cl.text, ...cl.keywords]),
		...s.names.flatMap((n) => [n.name, ...n.aliases]),
		...s.personas.map((p) => p.name)
	];
	const known = new Set(publicTexts.flatMap(stemsOf));
	const heard = new Set(
		s.events
			.filter((e) => !(e.reveals ?? []).some((id) => secretIds.has(id)))
			.flatMap((e) => stemsOf(e.text))
	);
	const publicQ = c.facts
		.filter((f) => !f.fact.confidential)
		.flatMap((f) => quantitiesIn(postText(f.fact.text)))
		.map((q) => `${q.cls}:${q.value}`);
	const list = c.facts
		.filter((f) => f.fact.confidential)
		.map((f) => ({
			id: f.fact.id,
			stems: new Set(
				stemsOf(f.fact.text).filter((w) => !known.has(w) && !heard.has(w) && !GENERIC.has(w))
			),
			weak: new Set(stemsOf(f.fact.text).filter((w) => !known.has(w) && heard.has(w))),
			quantities: quantitiesIn(postText(f.fact.text))
				.filter(
					(q) =>
						(q.cls === 'date' || q.cls === 'time' || (q.cls === 'count' && q.value >= 10)) &&
						!publicQ.includes(`${q.cls}:${q.value}`)
				)
				.map((q) => ({ cls: q.cls, value: q.value })),
			ages: agesIn(f.fact.text).map((a) => a.value),
			hint: undefined as RegExp | undefined,
			dated: false,
			counts: undefined as number[] | undefined
		}));
	for (const x of list) {
		x.hint = hintFor(x.quantities);
		x.dated = x.quantities.some((q) => q.cls === 'date');
		if (x.quantities.every((q) => q.cls === 'count')) x.counts = x.quantities.map((q) => q.value);
	}
	const any = new Set(list.flatMap((x) => [...x.stems, ...x.weak]));
	const out = { list, any };
	SECRETS.set(c, out);
	return out;
}

const MONTHS =
	'january february march april may june july august september october november december'.split(
		' '
	);
function hintFor(qs: { cls: QuantityClass; value: number }[]): RegExp | undefined {
	const parts: string[] = [];
	for (const q of qs) {
		if (q.cls === 'date') parts.push(`\\b${MONTHS[Math.floor(q.value / 100) - 1]}\\b`);
		else if (q.cls === 'time') parts.push('\\d[:.h]\\d\\d|\\d\\s*(?:am|pm|a\\.m|p\\.m|o.clock)');
		else parts.push(NUMERIC.source);
	}
	return parts.length ? new RegExp(parts.join('|'), 'i') : undefined;
}

const NUMERIC =
	/\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|eleven|twelve|[a-z]+teen(?:th)?)\b/i;

/** Refusing to share, or protecting someone's privacy. */
const REFUSES =
	/\b(?:(?:will|would|do|does|can|could)(?: not|n't)|cannot|won't|never|not) (?:(?:be )?(?:going to |able to )?)?(?:name|share|disclose|reveal|confirm|publish|give out|discuss|comment on|release|identify)\b|\b(?:protect|protecting|respect|respecting|out of respect for|in the interest of) (?:the |their |his |her |your |everyone's |families' )?(?:privacy|confidentiality)\b|\bfor (?:privacy|confidentiality) reasons\b|\bconfidential(?:ity)?\b/i;

/** A private person's age as a fact or a post gives it: "Ms Elin Haverkamp (34)", "Mattis Ostberg, 19 (passport…",
 * "a 34-year-old woman", "aged 19". */
const AGE =
	/\((\d{1,2})\)|\p{Lu}\p{L}+, (\d{1,2})\b(?! (?:[a-z]|%))|\baged (\d{1,2})\b|\b(\d{1,2})[- ]year[- ]old\b/gu;
const agesIn = (t: string) =>
	[...t.matchAll(AGE)].map((m) => ({
		value: Number(m[1] ?? m[2] ?? m[3] ?? m[4]),
		start: m.index,
		end: m.index + m[0].length
	}));

export interface SecretHit {
	fact: string;
	span: Span;
}

/** Confidential facts the post tells in other words or figures. */
export function paraphrasedSecrets(pt: PostText, c: CompiledScenario): SecretHit[] {
	const { list: secrets, any } = secretsOf(c);
	if (secrets.length === 0) return [];
	// cheap filter: two words from the secrets' stems, or a number or ordinal
	let words = 0;
	for (const w of pt.info) if (w.word.length >= 5 && any.has(cutOf(w, 5)) && ++words >= 2) break;
	const numeric = secrets.some((x) => x.hint?.test(pt.text));
	const out: SecretHit[] = [];
	// a person's age the secret gives, told in any form, with another of its words ("a 34-year-old Dalmoran woman
	// was airlifted…"), in a sentence that does not refuse to tell
	if (/\d[- ]?year|aged \d|\(\d|, \d/i.test(pt.text) && secrets.some((x) => x.ages.length))
		for (const a of agesIn(pt.text)) {
			const sec = secrets.find(
				(x) =>
					x.ages.includes(a.value) &&
					pt.info.some(
						(w) => w.word.length >= 5 && (x.stems.has(cutOf(w, 5)) || x.weak.has(cutOf(w, 5)))
					)
			);
			if (!sec || out.some((h) => h.fact === sec.id)) continue;
			const st = stemSentences(pt).find((x) => x.span.start <= a.start && a.start < x.span.end);
			if (st && REFUSES.test(pt.text.slice(st.span.start, st.span.end))) continue;
			out.push({ fact: sec.id, span: { start: a.start, end: a.end } });
		}
	if (words < 2 && !numeric) return out;
	let quantities: ReturnType<typeof quantitiesIn> | undefined;
	// Whether the post has one of a secret's figures at all (as a quantity, or an ordinal date for a dated
	// secret), asked once per secret: a post with numbers but none of the secret's figures skips the
	// per-sentence hint, refusal and ordinal-date tests, which could not find anything.
	const figures: (boolean | undefined)[] = [];
	const hasFigure = (k: number): boolean => {
		const sec = secrets[k];
		if (sec.dated) return true;
		if (sec.counts && !mayHaveCount(pt, sec.counts)) return false;
		quantities ??= quantitiesIn(pt);
		for (const x of quantities)
			for (const y of sec.quantities) if (y.cls === x.cls && y.value === x.value) return true;
		return false;
	};
	for (const st of stemSentences(pt)) {
		const stems = st.stems5;
		const start = st.span.start;
		const end = st.span.end;
		// the sentence's text, sliced only when a secret's words or figures point at it
		let text: string | undefined;
		let refuses: boolean | undefined;
		for (let k = 0; k < secrets.length; k++) {
			const sec = secrets[k];
			if (out.some((h) => h.fact === sec.id)) continue;
			let shared = 0;
			let weak = 0;
			for (const w of stems) {
				if (sec.stems.has(w)) shared++;
				else if (sec.weak.has(w)) weak++;
			}
			if (shared >= 2 || (shared === 1 && weak >= 1)) {
				if ((refuses ??= REFUSES.test((text ??= pt.text.slice(start, end))))) continue;
				out.push({ fact: sec.id, span: { start, end } });
				continue;
			}
			if (!numeric || !sec.hint || !(figures[k] ??= hasFigure(k))) continue;
			if (!sec.hint.test((text ??= pt.text.slice(start, end)))) continue;
			if ((refuses ??= REFUSES.test(text))) continue;
			quantities ??= quantitiesIn(pt);
			const q = quantities.find(
				(x) =>
					x.span.start >= start &&
					x.span.end <= end &&
					sec.quantities.some((y) => y.cls === x.cls && y.value === x.value)
			);
			if (q) out.push({ fact: sec.id, span: q.span });
			else if (sec.dated)
				for (const d of ordinalDates(text))
					if (sec.quantities.some((y) => y.cls === 'date' && y.value === d.value)) {
						out.push({
							fact: sec.id,
							span: { start: start + d.span.start, end: start + d.span.end }
						});
						break;
					}
		}
	}
	return out;
}
