/**
 * analyseTone(text) → ToneVector. Valence from VADER (./valence.ts); the five register dimensions from the cue
 * lexicons in ./cues.ts plus surface features (contractions, emoji, caps, "!!", lower-case-only text), combined
 * with saturating curves so one strong cue counts and ten weak ones do not run away. Scales: docs/scoring.md.
 */
import { clamp01, round3 as round } from '../rating.ts';
import type { Span, ToneVector } from '../types.ts';
import { postText, spanOf, type PostText } from '../text/post-text.ts';
import { CUE_INDEX, type Dimension } from './cues.ts';
import { matchInsults } from './insults.ts';
import { scanProfanity, suspicious, type ProfanityHit } from './profanity.ts';
import { learnedHostility } from './learned-hostility.ts';
import { targetedHostility } from './targeted.ts';
import { valenceOf, type Item } from './valence.ts';
import { toneFacts } from './word-tone.ts';
import { wordInfo } from '../text/word-info.ts';

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
	/** What the learned hostility model reads besides the words (./learned-hostility.ts EVIDENCE), before it. */
	evidence: number[];
}

/** Profanity and slurs of a post (memoised on the post): profanityIn, with its quick test read from the
 * word records for the chunks that are a plain word. */
export function profanityOf(pt: PostText): ProfanityHit[] {
	let hit = pt.memo.get(profanityOf) as ProfanityHit[] | undefined;
	if (!hit) {
		hit = anySuspicious(pt) ? scanProfanity(pt.text) : [];
		// (inside someone's @handle it is their name, not our word: "@erik_dahl_fkv")
		if (hit.length)
			hit = hit.filter(
				(h) => !pt.tokens.some((t) => t.kind === 'mention' && t.start <= h.start && h.end <= t.end)
			);
		pt.memo.set(profanityOf, hit);
	}
	return hit;
}

/** JavaScript's \s (kept in this module: the hot loop below calls it per character, and a call into another
 * module costs a getter when the code runs as transpiled CommonJS, as under tsx). */
function isSpace(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		(c > 127 &&
			(c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200a) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff))
	);
}

/** Whether some whitespace-separated chunk of the post could start a listed term (profanity.ts). */
function anySuspicious(pt: PostText): boolean {
	const text = pt.text;
	const toks = pt.tokens;
	let k = 0; // the first token at or after the chunk
	let wi = 0; // the first word whose token is at or after token k
	const n = text.length;
	let a = 0;
	while (a < n) {
		while (a < n && isSpace(text.charCodeAt(a))) a++;
		if (a >= n) break;
		let b = a + 1;
		while (b < n && !isSpace(text.charCodeAt(b))) b++;
		while (k < toks.length && toks[k].start < a) k++;
		while (wi < pt.tok.length && pt.tok[wi] < k) wi++;
		const t = toks[k];
		// a chunk that is exactly one plain word: its answer is kept in the word's record
		const plain =
			t !== undefined &&
			t.start === a &&
			t.end === b &&
			t.kind === 'word' &&
			!t.text.includes('’') &&
			pt.tok[wi] === k &&
			pt.words[wi] === t.lower;
		if (plain) {
			const info = pt.info[wi];
			if ((info.suspicious ??= suspicious(info.word))) return true;
		} else if (suspicious(text.slice(a, b).toLowerCase())) return true;
		a = b;
	}
	return false;
}

/** Tunable weights (docs/scoring.md#tone). */
const HOSTILITY = { anger: 0.35, negativity: 0.12 };
/** Positive and negative lexicon count as politeness strategies (Danescu-Niculescu-Mizil et al. 2013: positive
 * lexicon polite, negative lexicon impolite). */
const POLITENESS = { lexicon: 0.3, negative: 0.1 };

/** Insults aimed at someone in a post (memoised on the post). */
export function insultsOf(pt: PostText): { start: number; end: number }[] {
	let hit = pt.memo.get(insultsOf) as { start: number; end: number }[] | undefined;
	if (!hit) {
		let any = false;
		for (let i = 0; i < pt.info.length && !any; i++) any = toneFacts(pt.info[i]).insultWord;
		pt.memo.set(insultsOf, (hit = any ? matchInsults(pt.text) : []));
	}
	return hit;
}

const sat = (x: number, k: number) => (x <= 0 ? 0 : 1 - Math.exp(-x / k));
/** Cue dimensions a preceding negation cancels ("not sorry", "no joke"); a negated assertion becomes a hedge. */
const NEGATABLE = new Set<Dimension>(['empathy', 'politeness', 'assert', 'humour', 'hostility']);
const CONTRACTION = /'(s|re|ve|ll|d|m|t)$/;

const DIRECT_Q = new Set(['why', 'what', 'who', 'how', 'where', 'when', 'which', 'whose']);
const DIRECT_START = new Set([
	'so',
	'but',
	'and',
	'then',
	'well',
	'look',
	'listen',
	'seriously',
	'honestly'
]);
/** Verbs that, opening a sentence with no "please", make a bare command. */
const IMPERATIVE = new Set(
	'stop read answer tell explain give show do fix check look get go learn read try quit shut move leave delete remove send provide prove'.split(
		' '
	)
);

/** Impolite openings, sentence by sentence (Danescu-Niculescu-Mizil et al. 2013: please-start, direct question,
 * direct start, second-person start; bare imperatives). */
function openings(pt: PostText): number {
	let r = 0;
	let prev = -1;
	for (let i = 0; i < pt.words.length; i++) {
		if (pt.sentence[i] === prev) continue;
		prev = pt.sentence[i];
		const tok = pt.tokens[pt.tok[i]];
		if (tok.kind !== 'word') continue;
		const w = pt.words[i];
		const next = pt.words[i + 1];
		if (w === 'please') r += 0.2;
		else if (
			DIRECT_Q.has(w) &&
			pt.text
				.slice(tok.end)
				.split(/[.!\n]/)[0]
				.includes('?')
		)
			r += 0.35;
		else if (DIRECT_START.has(w)) r += 0.25;
		else if (w === 'you' || w === "you're" || w === 'your') r += 0.3;
		else if (IMPERATIVE.has(w) && next !== undefined && next !== 'please') r += 0.4;
	}
	return r;
}

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
		humour: 0,
		rude: 0
	};
	const hits: CueHit[] = [];
	const words = pt.words;
	for (const h of CUE_INDEX.matchPost(pt)) {
		let dim = h.value.dim;
		const negated =
			(h.from > 0 && pt.info[h.from - 1].negator) ||
			(h.from > 1 &&
				pt.info[h.from - 2].negator &&
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
	let questionMarks = 0;
	for (let i = 0; i < pt.text.length; i++) {
		const c = pt.text.charCodeAt(i);
		if (c >= 97 && c <= 122) letters++;
		else if (c >= 65 && c <= 90) {
			letters++;
			upper++;
		} else if (c === 33) exclamations++;
		else if (c === 63) questionMarks++;
	}
	const shout = capsWords >= 2 || (letters >= 12 && upper / letters > 0.6) ? 1 : 0;
	const items: Item[] = [];
	const info = pt.info;
	for (let i = 0; i < pt.words.length; i++) {
		const t = pt.tokens[pt.tok[i]];
		if (t.kind === 'word') {
			const wi = t.lower === pt.words[i] ? info[i] : wordInfo(t.lower);
			items.push({ lower: t.lower, caps: t.caps, facts: toneFacts(wi), negator: wi.negator });
		} else if (t.kind !== 'number')
			items.push({
				lower: pt.words[i],
				caps: false,
				facts: toneFacts(info[i]),
				negator: info[i].negator
			});
	}
	const vader = valenceOf(items, exclamations, questionMarks);

	// hostility: insult and contempt cues, profanity and slurs (obscenity list), insults aimed at someone, and
	// angry negativity — VADER's negative words other than those of grief, danger and correction
	let profane = 0;
	for (const h of profanityOf(pt))
		profane += h.kind === 'slur' ? 1.4 : h.kind === 'strong' ? 1 : h.kind === 'sexual' ? 0.7 : 0.45;
	const insults = Math.min(insultsOf(pt).length, 2);
	let targeted = 0;
	for (const t of targetedHostility(pt)) targeted += t.weight;
	profane += Math.min(targeted, 2.5);
	let anger = 0;
	for (let i = 0; i < info.length; i++) {
		const a = toneFacts(info[i]).anger;
		if (a !== 0) anger += a;
	}
	const you = /\byou(?:r|rs|'re|'ll)?\b/i.test(pt.text);
	// sympathy explains negative words (a condolence is sad, not angry)
	const grieving = sums.empathy >= 0.5 ? 0.2 : 1;
	/** The part of hostility that is explicit (insults, profanity, contempt cues): VADER misses it, so it pulls
	 * valence down; the anger/negativity part is already in VADER's score. */
	const explicit = clamp01(sat(sums.hostility + 0.8 * sums.sarcasm + profane + insults, 1.1));
	let hostility =
		sat(
			sums.hostility +
				0.8 * sums.sarcasm +
				profane +
				insults +
				grieving * (HOSTILITY.anger * anger + HOSTILITY.negativity * Math.max(0, -vader - 0.3)),
			1.1
		) +
		0.15 * shout;
	if (vader < -0.5 && you) hostility += 0.1;
	// below 0.05 it is noise from one mildly negative word: none
	hostility = hostility < 0.05 ? 0 : clamp01(hostility);
	const evidence = [
		hostility,
		explicit,
		sat(anger, 1),
		Math.max(0, -vader),
		Math.max(0, vader),
		you ? 1 : 0,
		shout,
		Math.min(exclamations, 3) / 3,
		sat(sums.empathy + sums.politeness, 1)
	];
	// the word weights learned from offensive-language corpora raise it where the cue lists miss
	hostility = Math.max(hostility, learnedHostility(pt.words, evidence));

	// VADER misses sarcasm and insults without lexicon words: sarcasm flips praise, hostility pulls down.
	let valence = vader;
	if (sums.sarcasm >= 0.6 && valence > 0) valence = -0.4 * valence - 0.2;
	valence = Math.max(-1, Math.min(1, valence * (1 - 0.5 * explicit) - 0.6 * explicit));

	const empathy = clamp01(sat(sums.empathy, 1.2) * (1 - 0.6 * hostility));
	// politeness strategies (Brown & Levinson 1987; Danescu-Niculescu-Mizil et al. 2013): gratitude, apology,
	// deference, greetings, hedges and indirect (could/would you) requests raise it; a sentence that opens with
	// "please", a direct question (why/what…), "so/but", "you…" or a bare imperative, factuality markers and
	// impatience lower it
	const rude = sums.rude + openings(pt);
	const politeness = clamp01(
		0.35 +
			0.65 * sat(sums.politeness, 1.2) -
			0.3 * sat(rude, 1) -
			0.5 * sat(sums.sarcasm, 1) +
			POLITENESS.lexicon * Math.max(0, valence) -
			POLITENESS.negative * grieving * Math.max(0, -valence) -
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
	for (const t of pt.tokens)
		if (t.kind === 'punct' && (t.text.includes('.') || t.text.includes('!'))) declaratives++;
	const last = pt.tokens[pt.tokens.length - 1];
	if (
		last &&
		!(
			last.kind === 'punct' &&
			(last.text.includes('.') || last.text.includes('!') || last.text.includes('?'))
		)
	)
		declaratives++;
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
		exclamations,
		evidence
	};
}

export function analyseTone(text: string): ToneVector {
	return toneOf(postText(text)).tone;
}
