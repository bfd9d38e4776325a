/**
 * Hostility learned from offensive-language corpora: a logistic regression over lower-cased words, a few word
 * pairs and the analyser's own hostility evidence (cue lists, profanity, anger, VADER negativity…), trained by
 * scripts/gen-hostility-weights.ts on the training splits of OLID and HatEval and shipped as data in
 * ./hostility-weights.ts. Its probability counts only above a gate, so firm-but-polite posts stay at 0.
 * docs/scoring.md#tone names the corpora, splits and held-out figures.
 */
import * as DATA from './hostility-weights.ts';

/** A decoded model: word → its id and weight; word pair (id·65536 + id) → weight. */
export interface HostilityModel {
	bias: number;
	evidence: number[];
	words: Map<string, { id: number; w: number }>;
	pairs: Map<number, number>;
	gate: number;
	/** Below the gate the probability maps to 0…floor (noise level: the rubric's "none" band ends at 0.15), so
	 * the ranking of posts is kept without calling anyone hostile. */
	floor: number;
}

/** The model's raw score (log-odds) of a post's words and evidence (analyse.ts ToneDetail.evidence). */
export function hostilityLogit(m: HostilityModel, words: string[], evidence: number[]): number {
	let z = m.bias;
	for (let k = 0; k < m.evidence.length; k++) z += m.evidence[k] * evidence[k];
	let prev = -1;
	for (let i = 0; i < words.length; i++) {
		const e = m.words.get(words[i]);
		if (e === undefined) {
			prev = -1;
			continue;
		}
		z += e.w;
		if (prev >= 0) z += m.pairs.get(prev * 65536 + e.id) ?? 0;
		prev = e.id;
	}
	return z;
}

/** Hostility in 0…1: the model's probability of "offensive" rescaled to floor…1 above the gate, 0…floor below. */
export function gatedHostility(m: HostilityModel, words: string[], evidence: number[]): number {
	const p = 1 / (1 + Math.exp(-hostilityLogit(m, words, evidence)));
	return p <= m.gate
		? (m.floor * p) / m.gate
		: m.floor + ((1 - m.floor) * (p - m.gate)) / (1 - m.gate);
}

/** Decodes the generated data: front-coded words, one weight digit per word and per pair. */
export function decodeHostilityModel(d: typeof DATA): HostilityModel {
	const weight = (c: string) => (d.DIGITS.indexOf(c) - d.ZERO) * d.STEP;
	const words = new Map<string, { id: number; w: number }>();
	let prev = '';
	const entries = d.WORDS === '' ? [] : d.WORDS.split(' ');
	for (let i = 0; i < entries.length; i++) {
		const e = entries[i];
		prev = prev.slice(0, parseInt(e[0], 36)) + e.slice(1);
		words.set(prev, { id: i, w: weight(d.WORD_WEIGHTS[i]) });
	}
	const pairs = new Map<number, number>();
	const ids = d.PAIRS === '' ? [] : d.PAIRS.split(' ');
	for (let i = 0; i < ids.length; i++) {
		const [a, b] = ids[i].split('.').map((x) => parseInt(x, 36));
		pairs.set(a * 65536 + b, weight(d.PAIR_WEIGHTS[i]));
	}
	return { bias: d.BIAS, evidence: d.EVIDENCE, words, pairs, gate: d.GATE, floor: d.FLOOR };
}

let model: HostilityModel | undefined;

/** Hostility the shipped model gives a post's words and evidence (decoded on first use). */
export function learnedHostility(words: string[], evidence: number[]): number {
	return gatedHostility((model ??= decodeHostilityModel(DATA)), words, evidence);
}
