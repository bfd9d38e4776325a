/**
 * For factual-error (./factual-error.ts): the sentences of a post that tell a fact in its own words (three or more of
 * the fact's stems that no other fact uses), and whether a word near a figure is one of a fact's own words.
 */
import type { CompiledScenario } from '../compiled.ts';
import { postText } from '../text/post-text.ts';
import type { Span } from '../types.ts';
import { stemOf, stemSentences } from './sentence-stems.ts';

/** Stems of a text's words of four letters or more (as the post's, ./sentence-stems.ts). */
const stemsOf = (text: string) =>
	(text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => stemOf(w)).filter(Boolean);
const FACT_STEMS = new WeakMap<object, Set<string>>();
const ALL_STEMS = new WeakMap<CompiledScenario, Set<string>>();

/** A word of four letters or more within five words of the quantity that the fact's text has too (same stem). */
export function sharesStem(
	pt: ReturnType<typeof postText>,
	q: { from: number; to: number },
	text: string
): boolean {
	const own = new Set(stemsOf(text));
	for (let i = Math.max(0, q.from - 5); i < Math.min(pt.words.length, q.to + 5); i++) {
		const w = pt.words[i];
		if (w.length >= 4 && !/^\d/.test(w) && own.has(stemOf(w))) return true;
	}
	return false;
}

/** Whether three of the post's words carry stems some fact owns (a cheap filter, memoised per post). */
function mayTellFacts(pt: ReturnType<typeof postText>, c: CompiledScenario): boolean {
	const memo = pt.memo.get(mayTellFacts) as { c: CompiledScenario; v: boolean } | undefined;
	if (memo && memo.c === c) return memo.v;
	let all = ALL_STEMS.get(c);
	if (!all) ALL_STEMS.set(c, (all = new Set(c.facts.flatMap((f) => stemsOf(f.fact.text)))));
	let n = 0;
	for (const w of pt.words) if (w.length >= 4 && all.has(stemOf(w)) && ++n >= 3) break;
	pt.memo.set(mayTellFacts, { c, v: n >= 3 });
	return n >= 3;
}

/** Sentences (as word ranges) that tell this fact in other words: three or more of its stems that no other
 * fact of the scenario uses ("the side gate was shut … while engineers checked a cracked wall"). */
export function sentencesTelling(
	pt: ReturnType<typeof postText>,
	f: CompiledScenario['facts'][number],
	c: CompiledScenario
): { from: number; to: number; span: Span }[] {
	if (!mayTellFacts(pt, c)) return [];
	let own = FACT_STEMS.get(f);
	if (!own) {
		const others = new Set(c.facts.filter((o) => o !== f).flatMap((o) => stemsOf(o.fact.text)));
		FACT_STEMS.set(f, (own = new Set(stemsOf(f.fact.text).filter((w) => !others.has(w)))));
	}
	if (own.size < 3) return [];
	const out: { from: number; to: number; span: Span }[] = [];
	for (const s of stemSentences(pt)) {
		let shared = 0;
		for (const w of s.stems4) if (own.has(w)) shared++;
		if (shared >= 3) out.push({ from: s.from, to: s.to, span: s.span });
	}
	return out;
}
