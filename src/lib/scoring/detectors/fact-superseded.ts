/**
 * factual-error: a figure a later public fact says is superseded ("Revised estimate … The figure of 2,400 is
 * superseded"), given again as current ("Reminder: the passport scans of about 2,400 applicants may have been
 * copied"). Naming it as the old figure ("up from 2,400", "the earlier estimate of 2,400") is fine. CERC: be right;
 * say when a figure changed.
 */
import { postText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity } from '../text/quantities.ts';
import type { Finding } from '../types.ts';
import { sentenceAt, SOURCES, type DetectorInput } from './context.ts';

const SUPERSEDED =
	/\b(?:figure|estimate|number|count|toll|total) of (?:about |around |some )?([\d,.]+|[a-z-]+) (?:is|was|has been) (?:now )?(?:superseded|revised|withdrawn|out of date|outdated|no longer (?:valid|accurate|correct|current))\b/gi;
const AS_OLD =
	/\b(?:earlier|previous|previously|initial|initially|first|original|originally|revised|superseded|up from|down from|rather than|instead of|replac\w*|not|no longer|old|was)\b/i;

export function supersededErrors(
	d: DetectorInput,
	quantities: () => readonly Quantity[],
	found: readonly Finding[]
): Finding[] {
	const old: { value: number; text: string }[] = [];
	for (const f of d.c.facts) {
		if (
			f.fact.confidential ||
			!d.revealed.has(f.fact.id) ||
			!/supersed|revised|withdrawn|out of date|outdated|no longer/i.test(f.fact.text)
		)
			continue;
		for (const m of f.fact.text.matchAll(SUPERSEDED)) {
			const q = quantitiesIn(postText(m[1]), () => false)[0];
			if (q) old.push({ value: q.value, text: f.fact.text });
		}
	}
	if (!old.length) return [];
	const out: Finding[] = [];
	for (const q of quantities()) {
		if (q.cls !== 'count') continue;
		const hit = old.find((o) => o.value === q.value);
		if (!hit) continue;
		if (found.some((f) => f.spans.some((s) => s.start <= q.span.start && s.end >= q.span.end)))
			continue;
		const s = sentenceAt(d.pt, q.span.start);
		if (s && AS_OLD.test(s.text)) continue;
		out.push({
			id: 'factual-error',
			severity: 'major',
			message: `“${d.pt.text.slice(q.span.start, q.span.end)}” is out of date: ${hit.text}`,
			explanation:
				'A figure the authorities have replaced, given again as current, is quoted back as a contradiction. Give the latest figure and say that it changed.',
			source: SOURCES.cercRight,
			spans: [q.span]
		});
	}
	return out;
}
