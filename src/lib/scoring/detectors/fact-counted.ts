/**
 * For factual-error (./factual-error.ts): where a post speaks of a fact that has a figure keyword ("2,400
 * applicants"), whatever figure it gives ("4,200 applicants"): the keyword names the thing counted, so the post's
 * figure is checked against the fact's.
 */
import type { CompiledScenario } from '../compiled.ts';
import type { PostText } from '../text/post-text.ts';
import type { Span } from '../types.ts';

/** Figures of the post followed by the noun a figure keyword of the fact counts ("4,200 applicants" for the keyword
 * "2,400 applicants"), as hits. */
export function countedAs(
	pt: PostText,
	f: CompiledScenario['facts'][number],
	quantities: readonly { cls: string; from: number; to: number; span: Span }[]
): { from: number; to: number; span: Span }[] {
	const nouns = f.fact.keywords.flatMap((k) => {
		const m = /^(?:about |around |some |up to )?\d[\d,.]*\s+(\p{L}{4,})/u.exec(k);
		return m ? [m[1].toLowerCase()] : [];
	});
	if (!nouns.length) return [];
	return quantities
		.filter((q) => q.cls === 'count' && nouns.includes(pt.words[q.to] ?? ''))
		.map((q) => ({ from: q.from, to: q.to + 1, span: q.span }));
}
