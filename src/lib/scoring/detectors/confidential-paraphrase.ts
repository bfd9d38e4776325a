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
import { quantitiesIn, type QuantityClass } from '../text/quantities.ts';
import type { Span } from '../types.ts';
import { sentencesOf } from './context.ts';
import { ordinalDates } from './ordinal-dates.ts';

interface Secret {
	id: string;
	/** Distinctive stems of the fact (no public text uses them). */
	stems: Set<string>;
	/** Stems only the public events use (a journalist's question): count with a distinctive one. */
	weak: Set<string>;
	/** Dates, clock times and counts ≥ 10 of the fact that no public fact shares. */
	quantities: { cls: QuantityClass; value: number }[];
}

const STOP = new Set(
	'about above after again against among another because before being below between could doing during every having itself might other ought shall should their there these those through under until where which while would your yours'.split(
		' '
	)
);

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Five-letter stems of the content words of a text (5+ letters, not stop words). */
function stemsOf(text: string): string[] {
	const out: string[] = [];
	for (const m of text.toLowerCase().matchAll(WORD)) {
		const w = m[0].replace(/['’]s$/, '');
		if (w.length < 5 || STOP.has(w)) continue;
		out.push(w.slice(0, 5));
	}
	return out;
}

/** Stems of each sentence of the post (memoised per post). */
function sentenceStems(pt: PostText): Set<string>[] {
	let hit = pt.memo.get(sentenceStems) as Set<string>[] | undefined;
	if (!hit)
		pt.memo.set(sentenceStems, (hit = sentencesOf(pt).map((s) => new Set(stemsOf(s.text)))));
	return hit;
}

const SECRETS = new WeakMap<CompiledScenario, Secret[]>();

function secretsOf(c: CompiledScenario): Secret[] {
	let list = SECRETS.get(c);
	if (list) return list;
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
	list = c.facts
		.filter((f) => f.fact.confidential)
		.map((f) => ({
			id: f.fact.id,
			stems: new Set(stemsOf(f.fact.text).filter((w) => !known.has(w) && !heard.has(w))),
			weak: new Set(stemsOf(f.fact.text).filter((w) => !known.has(w) && heard.has(w))),
			quantities: quantitiesIn(postText(f.fact.text))
				.filter(
					(q) =>
						(q.cls === 'date' || q.cls === 'time' || (q.cls === 'count' && q.value >= 10)) &&
						!publicQ.includes(`${q.cls}:${q.value}`)
				)
				.map((q) => ({ cls: q.cls, value: q.value }))
		}));
	SECRETS.set(c, list);
	return list;
}

/** Refusing to share, or protecting someone's privacy. */
const REFUSES =
	/\b(?:(?:will|would|do|does|can|could)(?: not|n't)|won't|never|not) (?:(?:be )?(?:going to |able to )?)?(?:name|share|disclose|reveal|confirm|publish|give out|discuss)\b|\b(?:privacy|confidential(?:ity)?)\b/i;

export interface SecretHit {
	fact: string;
	span: Span;
}

/** Confidential facts the post tells in other words or figures. */
export function paraphrasedSecrets(pt: PostText, c: CompiledScenario): SecretHit[] {
	const secrets = secretsOf(c);
	if (secrets.length === 0) return [];
	const out: SecretHit[] = [];
	let quantities: ReturnType<typeof quantitiesIn> | undefined;
	const all = sentenceStems(pt);
	for (const [si, s] of sentencesOf(pt).entries()) {
		if (REFUSES.test(s.text)) continue;
		const stems = all[si];
		for (const sec of secrets) {
			if (out.some((h) => h.fact === sec.id)) continue;
			let shared = 0;
			let weak = 0;
			for (const w of stems) {
				if (sec.stems.has(w)) shared++;
				else if (sec.weak.has(w)) weak++;
			}
			if (shared >= 2 || (shared === 1 && weak >= 1)) {
				out.push({ fact: sec.id, span: { start: s.start, end: s.end } });
				continue;
			}
			if (
				!sec.quantities.length ||
				!/\d|\b[a-z]+(?:teen|ty|th|hundred)\b|\b(?:first|second|third)\b/i.test(s.text)
			)
				continue;
			quantities ??= quantitiesIn(pt);
			const q = quantities.find(
				(x) =>
					x.span.start >= s.start &&
					x.span.end <= s.end &&
					sec.quantities.some((y) => y.cls === x.cls && y.value === x.value)
			);
			if (q) out.push({ fact: sec.id, span: q.span });
			else
				for (const d of ordinalDates(s.text))
					if (sec.quantities.some((y) => y.cls === 'date' && y.value === d.value)) {
						out.push({
							fact: sec.id,
							span: { start: s.start + d.span.start, end: s.start + d.span.end }
						});
						break;
					}
		}
	}
	return out;
}
