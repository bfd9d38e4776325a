/**
 * analyseTone(text) → ToneVector. Valence from VADER (./valence.ts); the five register dimensions from the cue
 * lexicons in ./cues.ts plus surface features (contractions, emoji, caps, "!!", lower-case-only text), combined
 * with saturating curves so one strong cue counts and ten weak ones do not run away. Scales: docs/scoring.md.
 */
import { clamp01, round3 as round } from '../rating.ts';
import type { Span, ToneVector } from '../types.ts';
import { postText, spanOf, type PostText } from '../text/post-text.ts';
import { CUE_INDEX, type Dimension } from './cues.ts';
import { profanityIn, type ProfanityHit } from './profanity.ts';
import { isNegator, valenceOf, type Item } from './valence.ts';

export interface CueHit {
	dim: Dimension;
	weight: number;
	span: Span;
}

export interface ToneDetail {
	tone: ToneVector;
	hits: CueHit[];
	/** ALL-CAPS words (length ≥ 4) and exclamation marks, for shouting. */
	capsWords: number;
	exclamations: number;
}

/** Profanity and slurs of a post (memoised on the post). */
export function profanityOf(pt: PostText): ProfanityHit[] {
	let hit = pt.memo.get(profanityOf) as ProfanityHit[] | undefined;
	if (!hit) pt.memo.set(profanityOf, (hit = profanityIn(pt.text)));
	return hit;
}

const sat = (x: number, k: number) => (x <= 0 ? 0 : 1 - Math.exp(-x / k));
/** Cue dimensions a preceding negation cancels ("not sorry", "no joke"); a negated assertion becomes a hedge. */
const NEGATABLE = new Set<Dimension>(['empathy', 'politeness', 'assert', 'humour', 'hostility']);
const CONTRACTION = /'(s|re|ve|ll|d|m|t)$/;

export function toneOf(pt: PostText): ToneDetail {
	const sums: Record<Dimension, number> = {
		empathy: 0,
		politeness: 0,
		formality: 0,
		informality: 0,
		hostility: 0,
		hedge: 0,
		assert: 0,
		sarcasm: 0,
		humour: 0
	};
	const hits: CueHit[] = [];
	const words = pt.words;
	for (const h of CUE_INDEX.match(words)) {
		let dim = h.value.dim;
		const negated =
			(h.from > 0 && isNegator(words[h.from - 1])) ||
			(h.from > 1 &&
				isNegator(words[h.from - 2]) &&
				pt.sentence[h.from - 2] === pt.sentence[h.from]);
		if (
			dim === 'hedge' &&
			/^(could|would|may|might)$/.test(words[h.from]) &&
			/^(you|we|i)$/.test(words[h.from + 1] ?? '')
		)
			continue;
		if (negated && NEGATABLE.has(dim)) {
			if (dim !== 'assert') continue;
			dim = 'hedge';
		}
		sums[dim] += h.value.w;
		hits.push({ dim, weight: h.value.w, span: spanOf(pt, h.from, h.to) });
	}
	let capsWords = 0;
	let contractions = 0;
	let emoji = 0;
	let letters = 0;
	let upper = 0;
	let wordCount = 0;
	let longWords = 0;
	let numbers = 0;
	let questions = 0;
	let iCount = 0;
	for (const t of pt.tokens) {
		if (t.kind === 'word') {
			wordCount++;
			if (t.text.length >= 7) longWords++;
			if (t.caps && t.text.length >= 4) capsWords++;
			if (t.lower.includes("'") && CONTRACTION.test(t.lower) && !t.lower.endsWith("'s"))
				contractions++;
			if (t.text === 'I') iCount++;
		} else if (t.kind === 'emoji' || t.kind === 'emoticon') emoji++;
		else if (t.kind === 'number') numbers++;
		else if (t.kind === 'punct' && t.text.includes('?')) questions++;
	}
	let exclamations = 0;
	for (let i = 0; i < pt.text.length; i++) {
		const c = pt.text.charCodeAt(i);
		if (c >= 97 && c <= 122) letters++;
		else if (c >= 65 && c <= 90) {
			letters++;
			upper++;
		} else if (c === 33) exclamations++;
	}
	const shout = capsWords >= 2 || (letters >= 12 && upper / letters > 0.6) ? 1 : 0;
	const items: Item[] = [];
	for (let i = 0; i < pt.words.length; i++) {
		const t = pt.tokens[pt.tok[i]];
		if (t.kind === 'word') items.push({ lower: t.lower, caps: t.caps });
		else if (t.kind !== 'number') items.push({ lower: pt.words[i], caps: false });
	}
	const vader = valenceOf(pt.tokens, pt.text, items);

	let hostility = sat(sums.hostility + 0.8 * sums.sarcasm, 1.1) + 0.15 * shout;
	if (vader < -0.5 && /\byou(r|rs)?\b/i.test(pt.text)) hostility += 0.1;
	hostility = clamp01(hostility);

	// VADER misses sarcasm and insults without lexicon words: sarcasm flips praise, hostility pulls down.
	let valence = vader;
	if (sums.sarcasm >= 0.6 && valence > 0) valence = -0.4 * valence - 0.2;
	valence = Math.max(-1, Math.min(1, valence * (1 - 0.5 * hostility) - 0.6 * hostility));

	const empathy = clamp01(sat(sums.empathy, 1.2) * (1 - 0.6 * hostility));
	const politeness = clamp01(
		0.35 +
			0.65 * sat(sums.politeness, 1.2) -
			0.7 * hostility -
			0.1 * shout -
			0.05 * Math.max(0, exclamations - 1)
	);

	const formal = sums.formality + (wordCount >= 6 && longWords / wordCount > 0.25 ? 0.4 : 0);
	const informal =
		sums.informality +
		0.25 * contractions +
		0.35 * Math.min(emoji, 3) +
		(exclamations >= 2 ? 0.4 : exclamations === 1 ? 0.1 : 0) +
		(upper === 0 && wordCount >= 3 ? 0.5 : 0) +
		0.4 * shout +
		0.1 * iCount +
		(wordCount > 0 && wordCount <= 3 ? 0.2 : 0) +
		0.6 * sums.humour +
		0.5 * sums.hostility;
	const formality = clamp01(0.5 + 0.5 * Math.tanh(0.9 * (formal - informal)));

	let declaratives = 0;
	for (const t of pt.tokens) if (t.kind === 'punct' && /[.!]/.test(t.text)) declaratives++;
	const last = pt.tokens[pt.tokens.length - 1];
	if (last && !(last.kind === 'punct' && /[.!?]/.test(last.text))) declaratives++;
	const certainty = clamp01(
		0.6 +
			0.35 * Math.tanh(0.5 * sums.assert + 0.15 * numbers + 0.3 * Math.min(declaratives, 3)) -
			0.65 * Math.tanh(0.6 * sums.hedge) -
			0.12 * Math.min(questions, 3)
	);

	return {
		tone: {
			valence: round(valence),
			empathy: round(empathy),
			politeness: round(politeness),
			formality: round(formality),
			hostility: round(hostility),
			certainty: round(certainty)
		},
		hits,
		capsWords,
		exclamations
	};
}

export function analyseTone(text: string): ToneVector {
	return toneOf(postText(text)).tone;
}
