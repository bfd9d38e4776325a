/**
 * Valence −1…1: the VADER method (Hutto & Gilbert 2014) re-implemented over our token stream with the lexicon
 * from the `vader-sentiment` package: per-word valence, ALL-CAPS emphasis (when only some words are caps),
 * booster/dampener words up to three before, negation (scalar −0.74), "never so", "least", "but" shifting weight
 * to the second clause, "!" and "??" emphasis, then the compound normalisation x/√(x²+15). Additions: emoji
 * (./emoji.ts) and hashtags split into words (#ShameOnYou). analyse.ts then corrects for sarcasm and insults.
 */
import type { ToneFacts } from '../text/word-info.ts';
import { B_INCR } from './word-tone.ts';

export { isNegator } from '../text/negation.ts';

const C_INCR = 0.733;
const N_SCALAR = -0.74;

export interface Item {
	lower: string;
	caps: boolean;
	/** The word's tone facts (./word-tone.ts). */
	facts: ToneFacts;
	negator: boolean;
}

/** Compound valence −1…1 of a post's items (words, split hashtags, emoji), with the post's counts of "!" and
 * "?". */
export function valenceOf(ws: Item[], exclamations: number, questionMarks: number): number {
	if (ws.length === 0) return 0;
	let capsWords = 0;
	for (const w of ws) if (w.caps) capsWords++;
	const capDiff = capsWords > 0 && capsWords < ws.length;
	let butAt = -1;
	const sentiments: number[] = new Array(ws.length).fill(0);
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i].lower;
		if (w === 'but' && butAt < 0) butAt = i;
		const facts = ws[i].facts;
		if (facts.booster !== 0) continue;
		let v = facts.valence;
		if (v === undefined) continue;
		if (w === 'like' || w === 'please' || w === 'help' || w === 'support')
			v = w === 'like' ? 0 : v * 0.5;
		if (ws[i].caps && capDiff) v += v > 0 ? C_INCR : -C_INCR;
		for (let k = 1; k <= 3 && i - k >= 0; k++) {
			const prev = ws[i - k];
			if (prev.facts.lexicon !== undefined && !prev.negator) continue;
			let s = prev.facts.booster;
			if (s !== 0) {
				if (v < 0) s = -s;
				if (prev.caps && capDiff) s += v > 0 ? C_INCR : -C_INCR;
				v += k === 1 ? s : k === 2 ? s * 0.95 : s * 0.9;
			}
			if (prev.negator) {
				if (k === 1) v *= N_SCALAR;
				else if (k === 2 && !(prev.lower === 'never' && /^(so|this)$/.test(ws[i - 1].lower)))
					v *= N_SCALAR;
				else if (k === 3 && !(prev.lower === 'never' && /^(so|this)$/.test(ws[i - 2].lower)))
					v *= N_SCALAR;
			}
		}
		if (i > 0 && ws[i - 1].lower === 'least' && !(i > 1 && /^(at|very)$/.test(ws[i - 2].lower)))
			v *= N_SCALAR;
		if (i > 1 && ws[i - 1].lower === 'of' && /^(kind|sort)$/.test(ws[i - 2].lower))
			v -= B_INCR * Math.sign(v);
		sentiments[i] = v;
	}
	let sum = 0;
	for (let i = 0; i < sentiments.length; i++) {
		let s = sentiments[i];
		if (butAt >= 0) s *= i < butAt ? 0.5 : i > butAt ? 1.5 : 1;
		sum += s;
	}
	if (sum !== 0) {
		const ep = exclamations;
		const qm = questionMarks;
		const amp = Math.min(ep, 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
		sum += sum > 0 ? amp : -amp;
	}
	const n = sum / Math.sqrt(sum * sum + 15);
	return Math.max(-1, Math.min(1, n));
}
