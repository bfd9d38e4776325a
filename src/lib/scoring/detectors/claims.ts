/**
 * How a post treats each false claim: does it mention the claim (its keywords, its hashtag, or a paraphrase —
 * a sentence sharing two or more of the claim's concepts, see text/concepts.ts), state a refuting fact, deny
 * the claim, and which comes first. Shared by myth-repetition, `correctsClaims` and `repeatsClaims`.
 * Debunking Handbook 2020: fact → warning → myth (once) → fallacy → fact. A mention that is itself a denial
 * ("nobody was turned away") is not a second repetition.
 */
import type { CompiledScenario } from '../compiled.ts';
import { PASSED_ON_PREFIX } from './amplified-in-text.ts';
import { deniedQuestions, reportedAndDenied } from './asked.ts';
import { OPENS_WITH_NO, opensWithStatement, reportedCharge, sentKindly } from './claims-quoted.ts';
import { ACTIONS, conceptOfInfo } from '../text/concepts.ts';
import { signature, type Signature } from './claims-signature.ts';
import type { PostText } from '../text/post-text.ts';
import type { WordInfo } from '../text/word-info.ts';
import { findAny, type PhraseMatch } from '../text/phrase.ts';
import type { Span } from '../types.ts';

export interface ClaimTreatment {
	claim: string;
	mythSpans: Span[];
	factSpans: Span[];
	/** The post flags the claim as false (a denial word in the claim's sentence or the next, or a negated claim phrase). */
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
	'doctored',
	'manipulated',
	'nonsense',
	'rubbish',
	'lies',
	'lie',
	'smear',
	'hoax',
	'fabrication',
	'forgery',
	'forged',
	'deepfake',
	'falsehood',
	'untruths',
	'falsely',
	'wrongly',
	'baselessly',
	'groundless',
	'bogus',
	'spurious',
	'not'
]);
const isDenial = (w: string) =>
	DENIAL.has(w) ||
	w.endsWith("n't") ||
	w === 'no' ||
	w === 'never' ||
	w === 'nobody' ||
	w === 'anyone';
const isDenialInfo = (w: WordInfo) => (w.denial ??= isDenial(w.word));

const REMEMBER_AFTER =
	/^(?:that|how|when|fondly|warmly|with|his|her|their|our|my|the days|once|earlier|after|at|during|in)$/;

/** "recall" as remembering: "As the ambassador recalled after the meeting", "she recalled that…". */
function rememberSense(pt: PostText, k: number): boolean {
	return (
		/^recall(?:s|ed|ing)?$/.test(pt.words[k]) &&
		(REMEMBER_AFTER.test(pt.words[k + 1] ?? '') ||
			pt.words.slice(Math.max(0, k - 4), k).includes('as') ||
			pt.words.slice(Math.max(0, k - 2), k).includes('we'))
	);
}

/** Concept of every word of the post (undefined for words without claim meaning), memoised per post. */
function wordConcepts(pt: PostText): (string | undefined)[] {
	let hit = pt.memo.get(wordConcepts) as (string | undefined)[] | undefined;
	if (!hit) {
		hit = pt.info.map(conceptOfInfo);
		// "recall" as remembering ("As the ambassador recalled after the meeting", "she recalled that…") is not
		// the recall of an envoy
		for (let k = 0; k < hit.length; k++) if (rememberSense(pt, k)) hit[k] = undefined;
		// "turn Arcadians against their consulate" sets people against, it turns no one away
		for (let k = 0; k < hit.length; k++)
			if (
				/^turn(?:s|ed|ing)?$/.test(pt.words[k]) &&
				pt.words.slice(k + 1, k + 5).includes('against')
			)
				hit[k] = undefined;
		pt.memo.set(wordConcepts, hit);
	}
	return hit;
}

/** Where a manual retweet's quoted text starts ("RT @x: …", "MT @x", "QT @x: '…'"; case-sensitive, the platform
 * convention), or Infinity: what follows is someone else's post passed on, i.e. reported speech. */
function quoteStart(pt: PostText): number {
	const m = PASSED_ON_PREFIX.exec(pt.text);
	return m ? m.index + m[0].length : Infinity;
}

/** A negation among words [from, to) ("not", "never", "nobody"…). */
function hasNegator(pt: PostText, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (pt.info[k].negator || pt.words[k] === 'nobody') return true;
	return false;
}

/** Most words of [from, to) of three letters or more are in capitals. */
function shouted(pt: PostText, from: number, to: number): boolean {
	let caps = 0;
	let words = 0;
	for (let i = from; i < to; i++) {
		const tok = pt.tokens[pt.tok[i]];
		if (tok.kind !== 'word' || tok.text.length < 3) continue;
		words++;
		if (tok.caps) caps++;
	}
	return words > 0 && caps >= Math.ceil(words / 2);
}

/** The sentence ending before word `to` ends with a question mark. */
function endsInQuestion(pt: PostText, to: number): boolean {
	const end = to < pt.words.length ? pt.spans[to].start : pt.text.length;
	return /^[^\p{L}\p{N}]*\?/u.test(pt.text.slice(pt.spans[to - 1].end, end));
}

/** Whether one of the matches starts in words [from, to). */
function startsIn(from: number, to: number, list: readonly { from: number }[]): boolean {
	for (const m of list) if (m.from >= from && m.from < to) return true;
	return false;
}

const REPORTED = new Set([
	'heard',
	'hear',
	'say',
	'says',
	'said',
	'saying',
	'claim',
	'claims',
	'claimed',
	'claiming',
	'rumour',
	'rumours',
	'rumor',
	'rumors',
	'suggest',
	'suggests',
	'suggesting',
	'allege',
	'alleges',
	'alleging',
	'alleged',
	'reports',
	'reported',
	'posts',
	'video',
	'clip',
	'asked',
	'asking'
]);

const REASSURED = new Set(['worry', 'hesitate', 'panic', 'forget', 'fear']);

/** The sentence (words [from, to)) asks, denies or reports something: a question, a negation, "some say…". */
function framesClaim(pt: PostText, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const w = pt.words[k];
		// ("don't worry", "do not hesitate" reassure; they deny nothing)
		if (pt.info[k].negator && REASSURED.has(pt.words[k + 1])) continue;
		if (pt.info[k].negator || w === 'nobody' || w === 'never' || w === 'no' || REPORTED.has(w))
			return true;
	}
	const end = to < pt.words.length ? pt.spans[to].start : pt.text.length;
	return pt.text.slice(pt.spans[to - 1].end, end).includes('?');
}

/** Sentences of the post that paraphrase the claim (≥ 2 shared concepts), as word ranges; a sentence that
 * already mentions the myth or a fact by keyword is not looked at — except a question, where only a refuting
 * fact counts: "Did our consulate shut Arcadians out during the earthquake?" asks the myth, its topic word
 * ("earthquake") corrects nothing. */
function paraphrases(
	pt: PostText,
	sig: Signature,
	myth: readonly { from: number }[],
	facts: readonly { from: number }[],
	refuting: readonly { from: number }[]
): { from: number; to: number; shared: number }[] {
	const out: { from: number; to: number; shared: number }[] = [];
	let from = 0;
	const n = pt.words.length;
	const quoted = quoteStart(pt);
	for (let i = 1; i <= n; i++) {
		if (i < n && pt.sentence[i] === pt.sentence[from]) continue;
		// a question or a retweeted post only asks or passes on: its topic words correct nothing
		const reports = pt.spans[i - 1].end > quoted || endsInQuestion(pt, i);
		if (
			!startsIn(from, i, myth) &&
			(!startsIn(from, i, facts) || (reports && !startsIn(from, i, refuting)))
		) {
			const wc = wordConcepts(pt);
			const found = new Set<string>();
			for (let k = from; k < i; k++) {
				const x = sig.citizen.has(pt.words[k]) ? 'citizen' : wc[k];
				// (love or help sent is not people sent away: "Sending all my love to every Arcadian family")
				if (x === 'expel' && /^sen[dt]/.test(pt.words[k]) && sentKindly(pt, k, i)) continue;
				if (x) found.add(x);
			}
			let shared = 0;
			let distinctive = 0;
			let action = false;
			for (const x of found)
				if (sig.concepts.has(x)) {
					shared++;
					if (!sig.topic.has(x)) distinctive++;
					if (ACTIONS.has(x)) action = true;
				}
			// two shared concepts are enough in a question, a denial or reported speech ("Did our consulate shut
			// Arcadians out?", "some say…"); a plain statement needs three ("Sami is with our staff and booked on
			// the first flight" is not "only diplomats' families are evacuated")
			// (a yes/no question in the claim's action and one more of its concepts asks the myth even in the facts' own
			// words: "Is Calvera bankrolling one of the candidates? No.")
			if (
				(distinctive >= 1 || (endsInQuestion(pt, i) && shared >= 2 && !hasNegator(pt, from, i))) &&
				action &&
				(shared >= 3 || distinctive >= 2 || (shared >= 2 && (reports || framesClaim(pt, from, i))))
			)
				out.push({ from, to: i, shared });
		}
		from = i;
	}
	return out;
}

export function analyseClaims(pt: PostText, c: CompiledScenario): ClaimAnalysis {
	const out: ClaimAnalysis = [];
	const factHitsAll: PhraseMatch[] = [];
	for (const f of c.derived.publicFacts)
		for (const m of findAny(pt, f.kw)) if (m.from >= 0) factHitsAll.push(m);
	for (const cl of c.claims) {
		if (cl.claim.truth) continue;
		// keyword mentions, one per span
		const myth: { from: number; to: number; span: Span; paraphrase?: boolean }[] = [];
		for (const m of findAny(pt, cl.kw)) {
			if (myth.some((x) => x.span.start < m.span.end && m.span.start < x.span.end)) continue;
			if (m.to - m.from === 1 && rememberSense(pt, m.from)) continue;
			// a negation inside the phrase turns it round: "funds no candidate" is not "funding the candidate"
			if (m.to - m.from > 1 && hasNegator(pt, m.from + 1, m.to - 1)) continue;
			myth.push({ from: m.from, to: m.to, span: m.span });
		}
		const sig = signature(c, cl);
		// the claim's insult or charge word alone ("never described our farmers as lazy")
		for (let k = 0; k < pt.words.length; k++)
			if (
				sig.core.has(pt.words[k]) &&
				!myth.some((x) => x.from <= k && k < x.to) &&
				pt.spans[k].end <= quoteStart(pt)
			)
				myth.push({ from: k, to: k + 1, span: pt.spans[k] });
		const refutingHits: PhraseMatch[] = [];
		for (const f of sig.refuting) for (const m of findAny(pt, f.kw)) refutingHits.push(m);
		for (const p of paraphrases(pt, sig, myth, factHitsAll, refutingHits)) {
			// a vague denial in two of the claim's concepts ("It does not reflect our views") restates nothing
			// (shouted, it is the myth made louder: "VISAS ARE NOT FROZEN")
			if (p.shared < 3 && hasNegator(pt, p.from, p.to) && !shouted(pt, p.from, p.to)) continue;
			myth.push({
				from: p.from,
				to: p.to,
				span: { start: pt.spans[p.from].start, end: pt.spans[p.to - 1].end },
				paraphrase: true
			});
		}
		myth.sort((a, b) => a.span.start - b.span.start);
		const louder: Span[] = [];
		for (const t of pt.tokens)
			if (t.kind === 'hashtag' && cl.hashtag && t.lower === cl.hashtag)
				louder.push({ start: t.start, end: t.end });
		// a question quoted in a Q&A post ("Q: Is there a visa ban? A: No. …") is the public's, answered right after:
		// its words do not repeat the myth
		const asked = deniedQuestions(pt.text);
		for (let i = myth.length - 1; i >= 0; i--)
			if (
				asked.some((q) => q.start <= myth[i].span.start && myth[i].span.end <= q.end) ||
				// (or a question the post reports and denies at once: "@sigridvale asks whether the flag was deliberate. It was
				// an error", unless it repeats the charge itself: "asks if the ambassador called farmers 'lazy'")
				(reportedAndDenied(pt, myth[i].span.start) &&
					!reportedCharge(pt, myth[i].span.start, sig.core))
			)
				myth.splice(i, 1);
		for (const m of myth) if (shouted(pt, m.from, m.to)) louder.push(m.span);
		const factHits = refutingHits.filter((m) => !(m.from > 0 && pt.info[m.from - 1].negator));
		if (myth.length === 0 && louder.length === 0 && factHits.length === 0) continue;
		let denied = false;
		let negatedMentions = 0;
		for (const m of myth) {
			const s = pt.sentence[m.from];
			let nextStart = -1;
			for (let i = m.from; i < pt.words.length; i++)
				if (pt.sentence[i] === s + 1) {
					nextStart = i;
					break;
				}
			for (let i = 0; i < pt.words.length; i++) {
				const same = pt.sentence[i] === s;
				// a short denial right after the myth's sentence: "…? No." "It doesn't."
				const next =
					nextStart >= 0 && i >= nextStart && i - nextStart < 3 && pt.sentence[i] === s + 1;
				if ((same || next) && isDenialInfo(pt.info[i])) denied = true;
			}
			// a paraphrase is a whole sentence: a negation anywhere in it makes it a denial ("no one was refused")
			if (m.paraphrase) {
				let neg = false;
				for (let k = m.from; k < m.to; k++)
					if (pt.info[k].negator || pt.words[k] === 'nobody') neg = true;
				if (neg) {
					negatedMentions++;
					continue;
				}
			}
			for (let k = 1; k <= 3 && m.from - k >= 0; k++) {
				if (pt.sentence[m.from - k] !== s) break;
				if (
					pt.info[m.from - k].negator ||
					pt.words[m.from - k] === 'nobody' ||
					pt.words[m.from - k] === 'anyone'
				) {
					negatedMentions++;
					break;
				}
			}
		}
		let firstMyth = Infinity;
		for (const m of myth) if (m.span.start < firstMyth) firstMyth = m.span.start;
		for (const s of louder) if (s.start < firstMyth) firstMyth = s.start;
		let firstFact = Infinity;
		for (const m of factHits) if (m.span.start < firstFact) firstFact = m.span.start;
		// (or the post opens with a statement of its own, and the myth after it is denied: "Applications from every
		// region are being processed. There is no visa freeze: …")
		const factFirst =
			firstFact < firstMyth ||
			(myth.length > 0 &&
				(denied || negatedMentions > 0) &&
				(opensWithStatement(pt, myth, sig.refuting) ||
					(myth.length === 1 && !myth[0].paraphrase && OPENS_WITH_NO.test(pt.text))));
		const mentions = myth.length + louder.length;
		const plainMentions = myth.length - negatedMentions;
		const corrects = factHits.length > 0 || (denied && myth.length > 0);
		const repeats =
			mentions > 0 && (louder.length > 0 || !factFirst || !denied || plainMentions > 1);
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
