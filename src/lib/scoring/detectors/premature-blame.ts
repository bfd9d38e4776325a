/**
 * premature-blame: attributing a cause or culprit before the scenario reveals it. Fires when a fact that
 * establishes a cause (or the rubric's blame_before fact) is not yet revealed and the post uses culprit language
 * (fault, blame, negligence, sabotage, deliberately…) or causal language next to that fact's keywords.
 * Hedged or refused speculation ("we do not yet know the cause", "we will not speculate") is not blame.
 */
import { findAny } from '../text/phrase.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

const CULPRIT =
	/\b(fault|to blame|blame[sd]?|blaming|negligen(ce|t)|sabotage[d]?|deliberate(ly)?|on purpose|responsible for|culprits?|perpetrators?|attack(ed)? by|behind (this|the)|orchestrated|cover[- ]up)\b/gi;
const CAUSAL =
	/\b(because( of)?|due to|caused by|the cause (was|is)|result of|owing to|was closed (for|to)|since)\b/gi;
const HEDGE =
	/\b(not (yet )?(know|known|clear|confirmed)|unclear|unknown|investigat\w*|speculat\w*|too early|will not (blame|speculate)|won't (blame|speculate)|not (assign|apportion)|no one is to blame)\b/i;

export const prematureBlame: Detector = (d) => {
	const pending = d.c.facts.filter(
		(f) =>
			(f.fact.establishesCause || d.c.blameBefore.includes(f.fact.id)) && !d.revealed.has(f.fact.id)
	);
	if (pending.length === 0) return [];
	const out: Finding[] = [];
	const text = d.pt.text;
	CULPRIT.lastIndex = 0;
	CAUSAL.lastIndex = 0;
	if (!CULPRIT.test(text) && !CAUSAL.test(text)) return out;
	CULPRIT.lastIndex = 0;
	CAUSAL.lastIndex = 0;
	const sentences = text.split(/(?<=[.!?])\s+|\n+/);
	let offset = 0;
	for (const s of sentences) {
		const start = text.indexOf(s, offset);
		offset = start + s.length;
		if (HEDGE.test(s)) continue;
		const spans: Span[] = [];
		for (const m of s.matchAll(CULPRIT))
			spans.push({ start: start + m.index!, end: start + m.index! + m[0].length });
		if (spans.length === 0) {
			const causal = [...s.matchAll(CAUSAL)];
			if (causal.length === 0) continue;
			const inSentence = pending.some((f) =>
				findAny(d.pt, f.kw).some((h) => h.span.start >= start && h.span.end <= offset)
			);
			if (!inSentence) continue;
			for (const m of causal)
				spans.push({ start: start + m.index!, end: start + m.index! + m[0].length });
		}
		out.push({
			id: 'premature-blame',
			severity: 'major',
			message: `Attributes a cause or blame before it is established: “${s.trim().slice(0, 80)}”`,
			explanation:
				'Early attributions are often wrong and are remembered (Madrid 2004, MH17). Say what is known and that the cause is being established.',
			source: SOURCES.cercRight,
			spans
		});
	}
	return out;
};
