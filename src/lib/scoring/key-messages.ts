/**
 * Key messages: rubric must_include items found in a post (stems, stop-word skipping, author synonyms, phone
 * numbers digit by digit), with spans. A phrase right after a negation ("not open") does not count.
 * Meaning, not fragments: a weak phrase (one short or everyday word such as "call" or "open") counts only when
 * its sentence also carries another word of the same message (its other phrases, synonyms or label) or a
 * phone number/link, so "…before calling anyone cowards" does not "give the emergency line".
 * An item is due once its `after` event has fired (or from the start without one).
 */
import type { CompiledScenario } from './compiled.ts';
import { notAssessed, rating, round3 } from './rating.ts';
import { digitRuns, findAny, type Phrase, type PhraseMatch } from './text/phrase.ts';
import { stem, type PostText } from './text/post-text.ts';
import { isNegator } from './tone/valence.ts';
import { CUE_INDEX } from './tone/cues.ts';
import type { ToneDetail } from './tone/analyse.ts';
import type { Criterion, Reason, ScoreContext, Span } from './types.ts';

/** Everyday words that, alone, say nothing about a message. */
const EVERYDAY = new Set(
	`call calls open help safe support care contact line close update visit stay go come give get take work home
	need keep use find make see know hold run free clear real true fine good well act let put set show tell ask
	say said talk meet move stop start end leave live part place point post read send share stand turn wait
	want watch way time day today now news back next new old people person family friend team staff office
	house door gate page site link info information number phone message note word case issue matter event
	local public all any each every more most less safety secure right left high low near far here there`
		.split(/\s+/)
		.filter(Boolean)
);
const STOP = new Set(
	'a an the of to in on at is are was were be been being its it our their his her and or for by with this that has have had as from where what when who how we you they your not no'.split(
		' '
	)
);

export interface KeyMessageCues {
	/** Stems of the message's content words (label, phrases, synonyms). */
	support: Set<string>;
	/** The message has a phone-like phrase: a phone number in the sentence supports it. */
	digits: boolean;
	/** Most of its phrases are empathy formulas: any clear expression of empathy carries it
	 * ("We are so sorry…" acknowledges the victims as well as "our thoughts are with…"). */
	empathic: boolean;
	/** Its weak phrases (isWeak). */
	weak: Set<Phrase>;
}

/** Empathy strength that carries an empathic key message (a clear condolence or acknowledgement). */
const EMPATHY_CARRIES = 0.5;

export function messageCues(k: CompiledScenario['keyMessages'][number]): KeyMessageCues {
	const support = new Set<string>();
	let digits = false;
	const texts = [k.km.label, ...[...k.any, ...k.all].flat().map((p) => p.text)];
	for (const text of texts)
		for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
			if (w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)) support.add(stem(w));
	for (const p of [...k.any, ...k.all].flat()) if (p.digits) digits = true;
	const anyPhrases = k.any.map((alts) => alts[0].text);
	const empathicPhrases = anyPhrases.filter((p) =>
		CUE_INDEX.match(p.toLowerCase().split(/\s+/)).some(
			(h) => h.value.dim === 'empathy' && h.value.w >= 0.8
		)
	);
	const empathic = anyPhrases.length >= 2 && empathicPhrases.length * 2 >= anyPhrases.length;
	const weak = new Set([...k.any, ...k.all].flat().filter(isWeak));
	return { support, digits, empathic, weak };
}

export function isWeak(p: Phrase): boolean {
	if (p.digits || p.stems.length !== 1) return false;
	const w = p.text.trim().toLowerCase();
	return w.length <= 4 || EVERYDAY.has(w) || EVERYDAY.has(p.stems[0]);
}

function supported(pt: PostText, h: PhraseMatch, cues: KeyMessageCues): boolean {
	const s = pt.sentence[h.from];
	const stems = pt.stems();
	for (let i = 0; i < stems.length; i++) {
		if (pt.sentence[i] !== s || (i >= h.from && i < h.to)) continue;
		if (stems[i] !== h.phrase.stems[0] && cues.support.has(stems[i])) return true;
	}
	if (cues.digits) {
		const from = pt.spans[pt.words.findIndex((_, i) => pt.sentence[i] === s)]?.start ?? 0;
		const last = pt.words.length - 1 - [...pt.sentence].reverse().findIndex((x) => x === s);
		const to = pt.spans[last]?.end ?? pt.text.length;
		if (digitRuns(pt).some((r) => r.span.start >= from && r.span.start <= to + 2)) return true;
	}
	return pt.tokens.some((t) => t.kind === 'url');
}

const CUES = new WeakMap<object, KeyMessageCues>();

/** Hits of one alternative that count: not negated, a weak phrase supported, not inside a repeated myth. */
function counted(
	pt: PostText,
	alts: Phrase[],
	cues: KeyMessageCues,
	mythSentences: Set<number>
): PhraseMatch[] {
	const found = findAny(pt, alts);
	if (found.length === 0) return found; // (most messages' phrases are not in a given post: no filter pass)
	return found.filter(
		(h) =>
			!(h.from > 0 && isNegator(pt.words[h.from - 1])) &&
			!(h.from > 1 && isNegator(pt.words[h.from - 2])) &&
			(h.from < 0 || !cues.weak.has(h.phrase) || supported(pt, h, cues)) &&
			(h.from < 0 || !mythSentences.has(pt.sentence[h.from]))
	);
}

export function keyMessagesIn(
	pt: PostText,
	c: CompiledScenario,
	tone?: ToneDetail,
	myth: Span[] = []
): { id: string; spans: Span[] }[] {
	const out: { id: string; spans: Span[] }[] = [];
	// Words that repeat a myth do not carry your message ("never called farmers lazy" shows no respect).
	const mythSentences = new Set<number>();
	for (const m of myth)
		for (let i = 0; i < pt.words.length; i++)
			if (pt.spans[i].start >= m.start && pt.spans[i].start < m.end)
				mythSentences.add(pt.sentence[i]);
	for (const k of c.keyMessages) {
		let cues = CUES.get(k);
		if (!cues) CUES.set(k, (cues = messageCues(k)));
		const spans: Span[] = [];
		let anyOk = k.any.length === 0;
		for (const alts of k.any) {
			const hits = counted(pt, alts, cues, mythSentences);
			if (hits.length) {
				anyOk = true;
				for (const h of hits) spans.push(h.span);
			}
		}
		let allOk = true;
		for (const alts of k.all) {
			const hits = counted(pt, alts, cues, mythSentences);
			if (!hits.length) allOk = false;
			for (const h of hits) spans.push(h.span);
		}
		if (!anyOk && cues.empathic && tone && tone.tone.empathy >= EMPATHY_CARRIES) {
			const hits = tone.hits.filter((h) => h.dim === 'empathy');
			if (hits.length) {
				anyOk = true;
				for (const h of hits) spans.push(h.span);
			}
		}
		if (anyOk && allOk && (k.any.length > 0 || k.all.length > 0)) out.push({ id: k.km.id, spans });
	}
	return out;
}

export function dueKeyMessages(c: CompiledScenario, fired: { id: string }[]): string[] {
	const f = new Set(fired.map((x) => x.id));
	return c.keyMessages.filter((k) => !k.km.after || f.has(k.km.after)).map((k) => k.km.id);
}

/** Key messages of one post: of the messages due now, not yet said, and belonging to what this post does
 * (its objectives, or messages without one), the share it carries. Not assessed when none is expected. */
export function keyMessageCriterion(
	c: CompiledScenario,
	ctx: ScoreContext,
	t: number,
	carried: { id: string; spans: Span[] }[],
	objectives: Set<string>,
	weight: number
): Criterion {
	const due = dueKeyMessages(
		c,
		ctx.fired.filter((f) => f.t <= t)
	);
	const before = new Set(ctx.history.flatMap((h) => h.keyMessages));
	const reasons: Reason[] = [];
	let expected = 0;
	let got = 0;
	for (const id of due) {
		const k = c.derived.keyMessages.get(id)!.km;
		const here = carried.find((x) => x.id === id);
		if (before.has(id)) {
			if (here)
				reasons.push({
					rule: `key.${id}`,
					text: `Repeats “${k.label}” (said before).`,
					delta: 0,
					spans: here.spans
				});
			continue;
		}
		const relevant = !k.objective || objectives.has(k.objective);
		if (!relevant && !here) continue;
		expected++;
		if (here) {
			got++;
			reasons.push({
				rule: `key.${id}`,
				text: `Carries “${k.label}”.`,
				delta: 0,
				spans: here.spans,
				source: 'Scenario rubric must_include'
			});
		} else
			reasons.push({
				rule: `key.${id}`,
				text: `Missing: ${k.label}.`,
				delta: 0,
				source: 'Scenario rubric must_include'
			});
	}
	if (!expected)
		return notAssessed(
			'key-messages',
			'key.none',
			'No key message is expected of this post (none due for what it does, or all said already).',
			reasons
		);
	const score = round3(got / expected);
	for (const r of reasons) if (r.text.startsWith('Missing')) r.delta = -1 / expected;
	return { id: 'key-messages', score, rating: rating(score), weight, reasons };
}
