/**
 * Key messages: rubric must_include items found in a post (stems, stop-word skipping, author synonyms, phone
 * numbers digit by digit), with spans. A phrase preceded by a negation ("not open") does not count.
 * An item is due once its `after` event has fired (or from the start without one).
 */
import type { CompiledScenario } from './compiled.ts';
import type { PostText } from './text/post-text.ts';
import { findAny, type Phrase } from './text/phrase.ts';
import { isNegator } from './tone/valence.ts';
import type { Span } from './types.ts';

export function keyMessagesIn(pt: PostText, c: CompiledScenario): { id: string; spans: Span[] }[] {
	const out: { id: string; spans: Span[] }[] = [];
	for (const k of c.keyMessages) {
		const ok = (alts: Phrase[]) =>
			findAny(pt, alts).filter(
				(h) =>
					!(h.from > 0 && isNegator(pt.words[h.from - 1])) &&
					!(h.from > 1 && isNegator(pt.words[h.from - 2]))
			);
		const spans: Span[] = [];
		let anyOk = k.any.length === 0;
		for (const alts of k.any) {
			const hits = ok(alts);
			if (hits.length) {
				anyOk = true;
				for (const h of hits) spans.push(h.span);
			}
		}
		let allOk = true;
		for (const alts of k.all) {
			const hits = ok(alts);
			if (!hits.length) allOk = false;
			for (const h of hits) spans.push(h.span);
		}
		if (anyOk && allOk && (k.any.length > 0 || k.all.length > 0)) out.push({ id: k.km.id, spans });
	}
	return out;
}

export function dueKeyMessages(c: CompiledScenario, fired: { id: string }[]): string[] {
	const f = new Set(fired.map((x) => x.id));
	return c.keyMessages.filter((k) => !k.km.after || f.has(k.km.after)).map((k) => k.km.id);
}
