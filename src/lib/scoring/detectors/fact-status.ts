/**
 * Statuses that contradict the facts, for factual-error: a post that says a person is dead when the facts known
 * then say injured ("the family of the cyclist who died" when one cyclist was seriously injured), missing when
 * found, released when still detained — or that nobody was hurt when the facts report casualties. Figures are
 * checked elsewhere; this reads who is in which state.
 *
 * A status is read in two dimensions, life (dead / alive-or-injured / missing) and custody (detained / released),
 * with its subject: the head noun before it ("a teenage cyclist was seriously injured", "Nika Varro, 15, is in
 * intensive care"), after it when it is attributive or a transitive verb ("the injured cyclist", "hit and injured a
 * cyclist") or after "the death of". A subject is a person's name the scenario lists, or a singular common noun
 * (plural groups — "passengers", "people" — are usually mixed and are left alone). The latest public fact known
 * at the post's time that gives the subject a status in a dimension is its current status there. Negated,
 * hedged, feared or rumoured statuses count for nothing ("nearly killed", "reports that he died are false").
 * CERC: be right — a death announced in error is quoted back for the rest of the crisis.
 */
import type { CompiledScenario } from '../compiled.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES, sentencesOf, type DetectorInput } from './context.ts';
import { deathKnown, deathSaid, NOBODY, NOT_ALONE, REPORTED } from './fact-deaths.ts';
import { DIM, factStatuses, meets, statusesIn, type Cls, type Dim } from './status-reader.ts';

const SAY: Record<Cls, string> = {
	dead: 'dead',
	alive: 'alive or injured',
	missing: 'missing',
	detained: 'detained',
	released: 'released'
};

/** A sentence that talks about a claim rather than stating a status. */
const DEBUNK =
	/\b(?:false|untrue|not true|fake|rumou?rs?|claims?|claiming|denies|deny|denied|incorrect|not correct|inaccurate|not accurate|wrong|misinformation|disinformation|hoax|\?)/i;
/** The current status of a subject in a dimension: the latest public fact known now that gives one (undefined when
 * that fact gives two). */
function current(
	c: CompiledScenario,
	revealed: Set<string>,
	subj: Set<string>,
	dim: Dim
): { cls: Cls; fact: CompiledScenario['facts'][number] } | undefined {
	let best: { cls: Cls | undefined; fact: CompiledScenario['facts'][number] } | undefined;
	for (const f of c.facts) {
		if (f.fact.confidential || !revealed.has(f.fact.id)) continue;
		const mine = factStatuses(c, f).filter((s) => DIM[s.cls] === dim && meets(s.subj, subj));
		if (!mine.length || (best && best.fact.fact.knownFrom > f.fact.knownFrom)) continue;
		const classes = new Set(mine.map((s) => s.cls));
		best = { cls: classes.size === 1 ? mine[0].cls : undefined, fact: f };
	}
	return best?.cls ? { cls: best.cls, fact: best.fact } : undefined;
}

const finding = (
	text: string,
	s: Span,
	message: string,
	severity: Finding['severity'] = 'major'
): Finding => ({
	id: 'factual-error',
	severity,
	message,
	explanation:
		'Saying someone has died, is missing or has been released when the facts say otherwise is the error families and the press never forget. State only the status the latest confirmed facts give.',
	source: SOURCES.cercRight,
	spans: [s]
});

/** Statuses in the post that the latest facts known at its time contradict. */
export function statusErrors(d: DetectorInput, found: Finding[]): Finding[] {
	const out: Finding[] = [];
	const { pt, c } = d;
	if (
		!/\b(?:di(?:ed|es)|dead|killed|perished|deceased|death|body|injur|wound|hurt|hospital|alive|unharmed|unhurt|surviv|rescu|recover|missing|unaccounted|detain|arrest|jail|prison|custody|detention|releas|freed|free|passed away|lost (?:his|her|their) li|casualt|fatalit|harmed|intensive care|condition|behind bars|back home)/i.test(
			pt.text
		)
	)
		return out;
	const taken = (s: Span) =>
		[...found, ...out].some((o) => o.spans.some((x) => x.start < s.end && s.start < x.end));
	for (const sen of sentencesOf(pt)) {
		if (DEBUNK.test(sen.text)) continue;
		// "no one was hurt" when the facts report injuries or deaths
		const m = NOBODY.exec(sen.text);
		if (m && !NOT_ALONE.test(sen.text.slice(0, m.index))) {
			const word = (m.groups!.a ?? m.groups!.b ?? m.groups!.c ?? '').toLowerCase();
			const deathOnly = /died|killed|deaths|fatalities|lives|li(?:fe|ves)/.test(word);
			const f = c.facts.find(
				(f) =>
					!f.fact.confidential &&
					d.revealed.has(f.fact.id) &&
					factStatuses(c, f).some(
						(s) =>
							s.cls === 'dead' ||
							(!deathOnly &&
								s.cls === 'alive' &&
								/injur|hurt|wound|hospital|intensive|condition/i.test(f.fact.text))
					)
			);
			const s = { start: sen.start + m.index, end: sen.start + m.index + m[0].length };
			if (f && !taken(s)) {
				out.push(finding(pt.text, s, `“${m[0]}” contradicts the known fact: ${f.fact.text}`));
				continue;
			}
		}
		// a person's status against the latest fact about that person (more telling than "no death confirmed")
		const before = out.length;
		const said = statusesIn(c, sen.text, sen.start);
		for (const st of said) {
			if (
				st.attributive &&
				said.some((o) => !o.attributive && DIM[o.cls] === DIM[st.cls] && meets(o.subj, st.subj))
			)
				continue;
			const now = current(c, d.revealed, st.subj, DIM[st.cls]);
			if (!now || now.cls === st.cls) continue;
			// the sentence also gives the current status ("injured, not dead"; "the missing student was found alive")
			if (said.some((o) => o !== st && o.cls === now.cls && meets(o.subj, st.subj))) continue;
			if (taken(st.span)) continue;
			out.push(
				finding(
					pt.text,
					st.span,
					`“${pt.text.slice(st.span.start, st.span.end)}” (${SAY[st.cls]}) contradicts the latest known fact: ${now.fact.fact.text}`
				)
			);
		}
		// a death announced while no fact or report known then gives one
		if (out.length > before) continue;
		const death = REPORTED.test(sen.text) ? undefined : deathSaid(sen.text);
		const known = death ? deathKnown(d) : 'known';
		if (death && known !== 'known') {
			const s = {
				start: sen.start + death.index,
				end: sen.start + death.index + death.text.length
			};
			if (!taken(s)) {
				out.push(
					finding(
						pt.text,
						s,
						known === 'feared'
							? `“${death.text}”: casualties are feared, but no death has been confirmed at this point.`
							: `“${death.text}”: no death has been confirmed at this point — the facts known now report none.`,
						known === 'feared' ? 'minor' : 'major'
					)
				);
			}
		}
	}
	return out;
}
