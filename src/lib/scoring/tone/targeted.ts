/**
 * Hostility that a cue list alone misses, found on a post's words:
 * - an insult predicated of a person: "you are pathetic", "she is a fake", "they're all brain dead", "your
 *   stupid face" — a second- or third-person subject, a copula and, within four words of the same sentence, a
 *   hostile word (a hostility cue word, an insult word, or VADER-angry negativity: tone/word-tone.ts). OLID's
 *   annotation guidelines (Zampieri et al. 2019) call this a targeted insult, with or without swear words;
 * - dehumanising nouns for people ("animals", "rats", "cockroaches", "savages"), which count only where they
 *   are said of someone ("they are animals", "these rats", "like vermin"), after the dehumanising metaphors of
 *   Mendelsohn, Tsvetkov & Jurafsky 2020 (A framework for the computational linguistic analysis of
 *   dehumanization): "the animals were rescued" stays clean;
 * - creative spelling of the hostile words ("st00pid", "1diot", "m0r0n"): a chunk of letters mixed with the
 *   digits and signs of leetspeak is read back into letters and looked up (repeated letters, "stuuupid", are
 *   folded per word in word-tone.ts).
 */
import type { PostText } from '../text/post-text.ts';
import { hostileWeight } from './cues.ts';
import {
	COPULA,
	DEHUMANISING,
	DETERMINER,
	POSSESSIVE,
	SAID_OF,
	SECOND,
	THIRD,
	WITH_COPULA,
	YOUR
} from './roles.ts';
import { toneFacts } from './word-tone.ts';

export interface TargetedHit {
	/** First and one-past-last word. */
	from: number;
	to: number;
	weight: number;
	kind: 'insult' | 'dehumanising' | 'spelling';
}

/** The hostile weight of one word as a predicate (0 when none); VADER-angry words ("you are hateful") only
 * of the person addressed: said of a third person they often report ("people are angry"). */
function hostileOf(pt: PostText, i: number, second: boolean): number {
	const f = toneFacts(pt.info[i]);
	if (f.hostile >= (second ? 0.3 : 0.5)) return f.hostile;
	if (f.insultWord) return 0.8;
	if (second && f.anger > 0) return 0.5 + f.anger;
	return 0;
}

/** Leetspeak and sign substitutions (the common ones of obscenity's leet transformer). */
const LEET: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'8': 'b',
	'@': 'a',
	$: 's',
	'!': 'i',
	'|': 'l',
	'+': 't'
};
/** A chunk with a letter beside a digit or sign ("st00pid", "1d10t", "m*ron"). */
const MIXED = /[a-z][0-9@$!|+*]+[a-z]|(?:^|\s)[0-9@$|+][a-z]{2,}|[a-z]{2,}[0-9@$|+](?=\s|$)/i;

function spelling(pt: PostText, out: TargetedHit[]): void {
	const text = pt.text;
	if (!MIXED.test(text)) return;
	for (const chunk of text.split(/\s+/)) {
		if (!MIXED.test(chunk)) continue;
		let s = '';
		for (const c of chunk.toLowerCase())
			s += LEET[c] ?? (c >= 'a' && c <= 'z' ? c : c === '*' ? '*' : '');
		if (!/[a-z]/.test(s) || s.length < 3) continue;
		// a censored letter ("m*ron") stands for any vowel
		const forms = s.includes('*') ? 'aeiou'.split('').map((v) => s.replace(/\*/g, v)) : [s];
		const w = Math.max(...forms.map((x) => hostileWeight(x.replace(/(.)\1{2,}/g, '$1'))));
		if (w > 0) out.push({ from: 0, to: 0, weight: w, kind: 'spelling' });
	}
}

/** Targeted insults, dehumanising nouns and creatively spelt hostile words of a post. */
export function targetedHostility(pt: PostText): TargetedHit[] {
	const out: TargetedHit[] = [];
	const words = pt.words;
	const info = pt.info;
	const sentence = pt.sentence;
	const n = words.length;
	for (let i = 0; i < n; i++) {
		const f = toneFacts(info[i]);
		// an elongated hostile word ("stuuupid") the cue lists cannot match as written
		if (f.hostile > 0 && /(.)\1\1/.test(words[i]))
			out.push({ from: i, to: i + 1, weight: f.hostile, kind: 'spelling' });
		const role = f.role;
		if (role === 0) continue;
		const second = (role & SECOND) !== 0;
		// "his spokesman is …", "the minister was …": a determiner, a noun, a copula
		const named =
			(role & DETERMINER) !== 0 && i + 2 < n && (toneFacts(info[i + 2]).role & COPULA) !== 0;
		if (second || named || (role & THIRD) !== 0) {
			const from = i;
			if (named) i++;
			let j = i + 1;
			if ((role & WITH_COPULA) === 0) {
				// "you are", "you really are", "they all are"
				while (
					j < n &&
					j <= i + 2 &&
					(toneFacts(info[j]).role & COPULA) === 0 &&
					sentence[j] === sentence[i]
				)
					j++;
				if (j >= n || (toneFacts(info[j]).role & COPULA) === 0) continue;
				j++;
			}
			for (let k = j; k < n && k <= j + 3 && sentence[k] === sentence[i]; k++) {
				if (info[k].negator || words[k] === 'not') break;
				const h = hostileOf(pt, k, second);
				if (h > 0) {
					const dehumanising = (toneFacts(info[k]).role & DEHUMANISING) !== 0;
					out.push({
						from,
						to: k + 1,
						weight: dehumanising ? 1.1 : (second ? 1 : 0.8) * Math.min(h, 1.2),
						kind: dehumanising ? 'dehumanising' : 'insult'
					});
					i = k;
					break;
				}
			}
		} else if ((role & POSSESSIVE) !== 0 && i + 1 < n) {
			const h = hostileOf(pt, i + 1, (role & YOUR) !== 0);
			if (h >= 0.6)
				out.push({ from: i, to: i + 2, weight: 0.6 * Math.min(h, 1.2), kind: 'insult' });
		} else if ((role & DEHUMANISING) !== 0 && i > 0) {
			const a = toneFacts(info[i - 1]).role;
			const b = i > 1 ? toneFacts(info[i - 2]).role : 0;
			if ((a & SAID_OF) !== 0 || ((b & SAID_OF) !== 0 && words[i - 1] !== 'the'))
				out.push({ from: i - 1, to: i + 1, weight: 1, kind: 'dehumanising' });
		}
	}
	spelling(pt, out);
	return out;
}
