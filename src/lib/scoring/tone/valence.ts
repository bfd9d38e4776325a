/**
 * Valence −1…1: the VADER method (Hutto & Gilbert 2014) re-implemented over our token stream with the lexicon
 * from the `vader-sentiment` package: per-word valence, ALL-CAPS emphasis (when only some words are caps),
 * booster/dampener words up to three before, negation (scalar −0.74), "never so", "least", "but" shifting weight
 * to the second clause, "!" and "??" emphasis, then the compound normalisation x/√(x²+15). Additions: emoji
 * (./emoji.ts) and hashtags split into words (#ShameOnYou). analyse.ts then corrects for sarcasm and insults.
 */
import type { Token } from '../text/tokenize.ts';
import { splitHashtag } from '../text/tokenize.ts';
import { EMOJI_VALENCE } from './emoji.ts';
import { vaderLexicon } from './vader-lexicon.ts';

const B_INCR = 0.293;
const EMOJI_MAP = new Map(Object.entries(EMOJI_VALENCE));
const C_INCR = 0.733;
const N_SCALAR = -0.74;

const BOOSTERS = new Map<string, number>();
for (const w of 'absolutely amazingly awfully completely considerably decidedly deeply enormously entirely especially exceptionally extremely fabulously fully greatly highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously unbelievably unusually utterly very truly sincerely profoundly'.split(
	' '
))
	BOOSTERS.set(w, B_INCR);
for (const w of 'almost barely hardly kinda less little marginally occasionally partly scarcely slightly somewhat sorta'.split(
	' '
))
	BOOSTERS.set(w, -B_INCR);

const NEGATORS = new Set(
	'aint arent cannot cant couldnt didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neither never no none nope nor not nothing nowhere shouldnt wasnt werent without wont wouldnt rarely seldom despite'.split(
		' '
	)
);

export function isNegator(lower: string): boolean {
	return NEGATORS.has(lower) || lower.endsWith("n't");
}

export interface Item {
	lower: string;
	caps: boolean;
}

function items(tokens: Token[]): Item[] {
	const out: Item[] = [];
	for (const t of tokens) {
		if (t.kind === 'word') out.push({ lower: t.lower, caps: t.caps });
		else if (t.kind === 'hashtag')
			for (const w of splitHashtag(t.text.slice(1))) out.push({ lower: w, caps: false });
		else if (t.kind === 'emoji' || t.kind === 'emoticon') out.push({ lower: t.text, caps: false });
	}
	return out;
}

/** Compound valence −1…1 of a token stream; `text` gives the punctuation counts. */
export function valenceOf(tokens: Token[], text: string, pre?: Item[]): number {
	const lex = vaderLexicon();
	const ws = pre ?? items(tokens);
	if (ws.length === 0) return 0;
	let capsWords = 0;
	for (const w of ws) if (w.caps) capsWords++;
	const capDiff = capsWords > 0 && capsWords < ws.length;
	let butAt = -1;
	const sentiments: number[] = new Array(ws.length).fill(0);
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i].lower;
		if (w === 'but' && butAt < 0) butAt = i;
		if (BOOSTERS.has(w)) continue;
		let v = w.charCodeAt(0) > 127 ? (EMOJI_MAP.get(w) ?? lex.get(w)) : lex.get(w);
		if (v === undefined) continue;
		if (w === 'like' || w === 'please' || w === 'help' || w === 'support')
			v = w === 'like' ? 0 : v * 0.5;
		if (ws[i].caps && capDiff) v += v > 0 ? C_INCR : -C_INCR;
		for (let k = 1; k <= 3 && i - k >= 0; k++) {
			const prev = ws[i - k];
			if (lex.has(prev.lower) && !isNegator(prev.lower)) continue;
			let s = BOOSTERS.get(prev.lower) ?? 0;
			if (s !== 0) {
				if (v < 0) s = -s;
				if (prev.caps && capDiff) s += v > 0 ? C_INCR : -C_INCR;
				v += k === 1 ? s : k === 2 ? s * 0.95 : s * 0.9;
			}
			if (isNegator(prev.lower)) {
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
		let ep = 0;
		let qm = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 33) ep++;
			else if (c === 63) qm++;
		}
		const amp = Math.min(ep, 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
		sum += sum > 0 ? amp : -amp;
	}
	const n = sum / Math.sqrt(sum * sum + 15);
	return Math.max(-1, Math.min(1, n));
}
