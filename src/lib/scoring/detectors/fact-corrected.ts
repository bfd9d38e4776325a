/**
 * factual-error: a figure a public fact corrects in so many words — "struck the water at 14:47, not 14:52 as first
 * reported", "now leaves at 22:30, not 20:00", "58 confirmed dead … Replaces 23 dead / 92 in hospital", "instead
 * of 20:00" — given again as current ("KS 318 struck the water at 14:52"; "23 people are now confirmed dead"). The
 * corrected figure is read from the words right after the marker (a count keeps what it counts, so "23 dead" does
 * not catch "23 Kestrians"). A post that names it as the old figure ("not 14:52", "first reported as", "moved
 * from 20:00") or also gives the fact's own figure is fine. CERC: be right; a corrected figure repeated is the
 * error the correction was issued for.
 */
import { postText, type PostText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity } from '../text/quantities.ts';
import type { Finding } from '../types.ts';
import { factFinding, sentenceAt, type DetectorInput } from './context.ts';
import { aboutSame, countContext } from './fact-updates.ts';

type Fact = DetectorInput['c']['facts'][number];

/** Words after which a fact's figures are the ones it corrects away. */
const MARKER =
	/\b(?:not(?! (?:before|after|later|earlier|until|till|more|less|yet|only)\b)|instead of|rather than|replaces?|replacing|corrected from|revised (?:up |down )?from|(?:was|were) (?:first |initially |earlier )?(?:reported|given|announced) as|(?:moved|changed|brought forward|pushed back|postponed|put back|rescheduled|delayed)(?: (?:the|its|his|her|their) [\p{L}-]+)? from)\s+/giu;

interface Corrected {
	cls: Quantity['cls'];
	value: number;
	/** What a count counts ("dead"), when the fact says. */
	ctx?: string;
	/** The content words after the count (singular), or after the figure it corrects. */
	nouns: string[];
	fact: Fact;
	/** A time or date moved, not a figure corrected. */
	moved?: boolean;
}

/** Words passed over after a count. */
const SKIP_AFTER = new Set(
	'are is was were have has had been be now still so far of the a an in at on to all some than our their its only currently confirmed reported total more and'.split(
		' '
	)
);
/** Up to three content words after a count in its sentence, singular ("three windows were broken" → window, broken). */
function nounsAfter(pt: PostText, q: { to: number }): string[] {
	const out: string[] = [];
	for (let i = q.to; i < Math.min(pt.words.length, q.to + 5) && out.length < 3; i++) {
		if (pt.sentence[i] !== pt.sentence[q.to - 1]) break;
		const w = pt.words[i];
		if (/^\d/.test(w)) break;
		if (!SKIP_AFTER.has(w) && w.length > 2) out.push(w.replace(/(?<!s)s$/, ''));
	}
	return out;
}

const CORRECTED = new WeakMap<object, Corrected[]>();
function correctedIn(f: Fact): Corrected[] {
	let out = CORRECTED.get(f);
	if (out) return out;
	out = [];
	const text = f.fact.text;
	for (const m of text.matchAll(MARKER)) {
		const from = m.index! + m[0].length;
		// the corrected figures run to the end of the clause (a "Replaces …" list to the end of its sentence)
		const rest = text.slice(from);
		// (an aside in brackets is not part of it, "8 dead, not 9 (one victim was counted twice)", unless it gives the
		// old figure: "will not be played tonight (it was first postponed to 20:45)")
		const aside = /\s\((?![^)]*\b(?:first|earlier|originally|initially|previously)\b)/;
		const stop = /^(?:replac|revised|corrected)/i.test(m[0])
			? new RegExp(`[.!?](?:\\s|$)|${aside.source}`)
			: /\bfrom\s+$/i.test(m[0])
				? new RegExp(`\\s(?:to|until|till)\\s|[,;:.!?](?:\\s|$)|${aside.source}`, 'i')
				: new RegExp(`[,;:.!?](?:\\s|$)|${aside.source}`);
		const cut = rest.search(stop);
		const part = postText(cut < 0 ? rest : rest.slice(0, cut));
		// (a bare count corrected away counts what the figure before the marker counts: "five broken windows, not
		// three")
		const head = postText(text.slice(0, m.index));
		const lastCount = quantitiesIn(head, () => false)
			.filter((x) => x.cls === 'count')
			.pop();
		const headNouns = lastCount ? nounsAfter(head, lastCount) : [];
		for (const q of quantitiesIn(part, () => false)) {
			if (q.cls !== 'count' && q.cls !== 'time') continue;
			const own = q.cls === 'count' ? nounsAfter(part, q) : [];
			out.push({
				cls: q.cls,
				value: q.value,
				ctx: q.cls === 'count' ? countContext(part, q) : undefined,
				nouns: own.length ? own : headNouns,
				fact: f
			});
		}
	}
	CORRECTED.set(f, out);
	return out;
}

/** A fact that moves something to a new time or date without naming the old one ("The media briefing has been moved
 * to 12:15"): the times an earlier public fact about the same thing gave are the corrected ones. */
const MOVED_TO =
	/\b(?:moved|changed|rescheduled|postponed|brought forward|put back|pushed back|delayed|shifted) (?:to|until|till)\b/i;
function movedTo(g: Fact, d: DetectorInput): Corrected[] {
	if (!MOVED_TO.test(g.fact.text)) return [];
	const now = quantitiesIn(postText(g.fact.text), () => false).filter(
		(q) => q.cls === 'time' || q.cls === 'date'
	);
	if (!now.length) return [];
	const out: Corrected[] = [];
	for (const f of d.c.derived.publicFacts) {
		if (f === g || f.fact.knownFrom >= g.fact.knownFrom || !d.revealed.has(f.fact.id)) continue;
		// (about the same thing, not the same clock: "local time" is in most facts)
		if (!aboutSame(f, g, true)) continue;
		for (const q of quantitiesIn(postText(f.fact.text), () => false))
			if (q.cls === now[0].cls && !now.some((x) => x.value === q.value))
				out.push({ cls: q.cls, value: q.value, nouns: [], fact: g, moved: true });
	}
	return out;
}

/** Word stems (first five letters) of four letters or more, without the stop words; with `lowerOnly`, only words written
 * in lower case (names and places left out). */
function stemsOf(t: string, stop: ReadonlySet<string>, lowerOnly: boolean): Set<string> {
	const words = lowerOnly
		? (t.match(/(?<![\p{L}])\p{Ll}{4,}/gu) ?? [])
		: (t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
	return new Set(words.filter((w) => !stop.has(w)).map((w) => w.slice(0, 5)));
}
const meet = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

const COMMON_WORDS = new Set(
	'that this with from have been will were they their there what when which also more than into said says local time people'.split(
		' '
	)
);
/** The clock and moving words too: what a sentence and a moved time share must be the thing moved. */
const CLOCK_WORDS = new Set([
	...COMMON_WORDS,
	...'today tomorrow tonight morning evening afternoon hours minutes moved postponed rescheduled delayed'.split(
		' '
	)
]);

/** Two facts speak of the same thing: a lower-case word in common (names and places left out: "Valdrenne" is in most
 * of a scenario's facts; "postponed" counts here). */
const sameThing = (a: string, b: string) =>
	meet(stemsOf(a, COMMON_WORDS, true), stemsOf(b, COMMON_WORDS, true));

/** The post's sentence and the facts share a word (not a word of the clock or a common one). */
const sharesSubject = (sentence: string, fact: string) =>
	meet(stemsOf(sentence, CLOCK_WORDS, false), stemsOf(fact, CLOCK_WORDS, false));

/** The post names the figure as the old or corrected one. */
const AS_OLD =
	/\b(?:not|earlier|previous(?:ly)?|initial(?:ly)?|first|original(?:ly)?|revised|corrected|instead of|rather than|replac\w*|moved from|from|up from|down from|no longer|was given as|as first reported|(?:was|had been|were) (?:set|scheduled|due|planned|booked) (?:for|at))\s*$/i;

export function correctedErrors(
	d: DetectorInput,
	quantities: () => readonly Quantity[],
	found: readonly Finding[]
): Finding[] {
	const corrected: Corrected[] = [];
	for (const f of d.c.derived.publicFacts)
		if (d.revealed.has(f.fact.id)) {
			for (const x of correctedIn(f)) corrected.push(x);
			for (const x of movedTo(f, d)) corrected.push(x);
		}
	if (!corrected.length) return [];
	const out: Finding[] = [];
	const pt: PostText = d.pt;
	for (const q of quantities()) {
		if (q.cls !== 'count' && q.cls !== 'time' && q.cls !== 'date') continue;
		if (found.some((f) => f.spans.some((s) => s.start < q.span.end && q.span.start < s.end)))
			continue;
		const ctx = q.cls === 'count' ? countContext(pt, q) : undefined;
		const hit = corrected.find(
			(x) =>
				x.cls === q.cls &&
				x.value === q.value &&
				// a count must count the same thing; a clock time is distinctive by itself
				(q.cls === 'time' ||
					q.cls === 'date' ||
					(x.ctx !== undefined && x.ctx === ctx) ||
					(x.nouns.length > 0 && nounsAfter(pt, q).some((w) => x.nouns.includes(w))))
		);
		if (!hit) continue;
		// a moved or corrected time is the one the post gives for the same thing ("the briefing at 13:00"), not any 13:00
		// ("everyone was brought down by 13:00"): the sentence shares a word of the fact
		if (hit.moved || q.cls === 'time' || q.cls === 'date') {
			const sentence = sentenceAt(pt, q.span.start)?.text ?? pt.text;
			const value = pt.text.slice(q.span.start, q.span.end);
			const others = d.c.derived.publicFacts.filter(
				(f) => f !== hit.fact && d.revealed.has(f.fact.id) && f.fact.text.includes(value)
			);
			// (the old version of the corrected thing speaks of it too: "postponed kick-off … to 20:45"; another fact that
			// gives the same time for something else makes the post right: "everyone was brought down by 13:00")
			const related = others.filter((f) => sameThing(f.fact.text, hit.fact.fact.text));
			if (others.some((f) => !related.includes(f) && sharesSubject(sentence, f.fact.text)))
				continue;
			if (
				!sharesSubject(sentence, [hit.fact.fact.text, ...related.map((f) => f.fact.text)].join(' '))
			)
				continue;
		}
		const before = pt.text.slice(Math.max(0, q.span.start - 24), q.span.start);
		if (AS_OLD.test(before)) continue;
		const s = sentenceAt(pt, q.span.start);
		const sentence = s ? s.text : pt.text;
		if (
			/\b(?:first reported|initially reported|earlier reported|as first|was corrected|corrected to)\b/i.test(
				sentence
			)
		)
			continue;
		// the fact's own figure for the same thing given too is a comparison ("14:47, not 14:52")
		const head = hit.fact.fact.text.slice(0, hit.fact.fact.text.search(MARKER));
		const hpt = postText(head);
		const own = quantitiesIn(hpt, () => false).filter(
			(x) => x.cls === q.cls && (q.cls !== 'count' || countContext(hpt, x) === ctx)
		);
		if (
			quantities().some((o) => o !== q && o.cls === q.cls && own.some((x) => x.value === o.value))
		)
			continue;
		out.push(
			factFinding(
				`“${pt.text.slice(q.span.start, q.span.end)}” ${hit.moved ? 'has been moved' : 'was corrected'}: ${hit.fact.fact.text}`,
				'This figure was corrected publicly. Repeating it undoes the correction and is quoted back at you; give the corrected figure.',
				[q.span]
			)
		);
	}
	return out;
}
