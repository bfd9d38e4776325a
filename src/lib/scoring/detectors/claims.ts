/**
 * How a post treats each false claim: does it mention the claim (keywords / hashtag), state a refuting fact,
 * deny the claim, and which comes first. Shared by myth-repetition, `correctsClaims` and `repeatsClaims`.
 * Debunking Handbook 2020: fact → warning → myth (once) → fallacy → fact.
 */
import type { CompiledScenario } from '../compiled.ts';
import type { PostText } from '../text/post-text.ts';
import { findAny } from '../text/phrase.ts';
import { isNegator } from '../tone/valence.ts';
import type { Span } from '../types.ts';

export interface ClaimTreatment {
	claim: string;
	mythSpans: Span[];
	factSpans: Span[];
	/** The post flags the claim as false (a denial word in the claim's sentence, or a negated claim phrase). */
	denied: boolean;
	/** The first refuting fact comes before the first mention of the myth. */
	factFirst: boolean;
	/** The claim's hashtag is used, or a claim phrase is in ALL CAPS. */
	louder: Span[];
	corrects: boolean;
	repeats: boolean;
}

export type ClaimAnalysis = ClaimTreatment[];

const DENIAL = new Set([
	'false',
	'untrue',
	'incorrect',
	'inaccurate',
	'misleading',
	'wrong',
	'rumour',
	'rumours',
	'rumor',
	'rumors',
	'claim',
	'claims',
	'claiming',
	'myth',
	'fake',
	'fabricated',
	'baseless',
	'unfounded',
	'misinformation',
	'disinformation',
	'not'
]);

export function analyseClaims(pt: PostText, c: CompiledScenario): ClaimAnalysis {
	const out: ClaimAnalysis = [];
	for (const cl of c.claims) {
		if (cl.claim.truth) continue;
		const myth = findAny(pt, cl.kw);
		const louder: Span[] = [];
		for (const t of pt.tokens)
			if (t.kind === 'hashtag' && cl.hashtag && t.lower === cl.hashtag)
				louder.push({ start: t.start, end: t.end });
		for (const m of myth) if (m.from >= 0 && pt.tokens[pt.tok[m.from]].caps) louder.push(m.span);
		const facts = c.facts.filter((f) => cl.claim.refutedBy.includes(f.fact.id));
		const factHits = facts
			.flatMap((f) => findAny(pt, f.kw))
			.filter((m) => !(m.from > 0 && isNegator(pt.words[m.from - 1])));
		if (myth.length === 0 && louder.length === 0 && factHits.length === 0) continue;
		let denied = false;
		for (const m of myth) {
			if (m.from < 0) continue;
			const s = pt.sentence[m.from];
			for (let i = 0; i < pt.words.length; i++) {
				if (pt.sentence[i] !== s) continue;
				const w = pt.words[i];
				if (
					DENIAL.has(w) ||
					w.endsWith("n't") ||
					w === 'no' ||
					w === 'never' ||
					w === 'nobody' ||
					w === 'anyone'
				)
					denied = true;
			}
		}
		const firstMyth = Math.min(
			...myth.map((m) => m.span.start),
			...louder.map((s) => s.start),
			Infinity
		);
		const firstFact = Math.min(...factHits.map((m) => m.span.start), Infinity);
		const factFirst = firstFact < firstMyth;
		const mentions = myth.length + louder.length;
		const corrects = factHits.length > 0 || (denied && myth.length > 0);
		const repeats = mentions > 0 && (louder.length > 0 || !factFirst || !denied || myth.length > 1);
		out.push({
			claim: cl.claim.id,
			mythSpans: myth.map((m) => m.span),
			factSpans: factHits.map((m) => m.span),
			denied,
			factFirst,
			louder,
			corrects,
			repeats
		});
	}
	return out;
}
