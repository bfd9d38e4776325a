/**
 * Durations for factual-error (./factual-error.ts): a duration in the unit of one fact's duration ("processing is
 * taking up to five weeks" against nine weeks), and a duration the facts give only as two clock times ("accessed at
 * 05:48", "regained at 06:25": 37 minutes) against a post saying how long it took or lasted.
 */
import { movedAway } from './fact-superseded.ts';
import { aboutSame } from './fact-updates.ts';
import type { CompiledScenario } from '../compiled.ts';
import type { PostText } from '../text/post-text.ts';
import { postText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity } from '../text/quantities.ts';
import type { Finding, Span } from '../types.ts';
import { sentenceAt, SOURCES, type Detector } from './context.ts';
import { agrees, allQuantities, countNoun, factQuantities, unitOf } from './fact-quantities.ts';
import { STOP, stemOf } from './sentence-stems.ts';
import type { WordQuantity } from './word-times.ts';

/** Words before a figure that make it someone's own experience, not the sender's statement of the fact ("my
 * application has been pending for 8 weeks", "your course starts in 3 weeks"). */
const EXPERIENCE = new Set("your yours you've my i've his her their they've".split(' '));

/** The text gives this number with this unit ("8 weeks", "eight weeks"). */
function echoes(text: string, raw: number, unit: string): boolean {
	return quantitiesIn(postText(text), () => false).some(
		(x) => x.cls === 'duration' && x.raw === raw && unitOf(postText(text).words, x) === unit
	);
}

/** Someone's own case: a word of EXPERIENCE before the figure in its sentence. */
export function reported(pt: PostText, q: { from: number }): boolean {
	for (let k = q.from - 1; k >= 0 && pt.sentence[k] === pt.sentence[q.from]; k--)
		if (EXPERIENCE.has(pt.words[k])) return true;
	return false;
}

/** A duration in the unit of one of the fact's durations, where no other public fact has a duration in that
 * unit, in a sentence about the fact (its keywords anywhere in the post, or a word it shares with the fact's
 * text): "Processing is taking up to five weeks" against "processing takes up to nine weeks". A post that
 * also gives the fact's duration right, or a figure someone reports of their own case, is not checked. */
export function sameUnitAbout(
	pt: PostText,
	q: Quantity | WordQuantity,
	quantities: readonly (Quantity | WordQuantity)[],
	f: CompiledScenario['facts'][number],
	c: CompiledScenario,
	keyworded: boolean,
	replyText: string | undefined
): boolean {
	if ((q.cls !== 'duration' && q.cls !== 'count') || 'tol' in q) return false;
	// a count of ten or more of what the fact counts ("fourteen hundred people" against "140 people"), or a
	// duration in the fact's unit
	const unit = q.cls === 'count' ? countNoun(pt.words, q) : unitOf(pt.words, q);
	if (!unit || (q.cls === 'count' && q.value < 10)) return false;
	// ("staffed 24 hours" says round the clock, it measures nothing a post could contradict)
	const own = factQuantities(f).filter(
		(x) => x.cls === q.cls && x.unit === unit && x.value !== 1440
	);
	if (!own.length) return false;
	if (quantities.some((o) => o.cls === q.cls && own.some((x) => agrees(o, x.value)))) return false;
	// (a count off by an order of magnitude — "1,400" or "14" for 140 — not another count of the same noun)
	if (q.cls === 'count' && own.every((x) => q.value / x.value < 5 && x.value / q.value < 5))
		return false;
	const others = c.facts.filter((o) => o !== f && !o.fact.confidential);
	if (others.some((o) => factQuantities(o).some((x) => x.unit === unit))) return false;
	if (reported(pt, q)) return false;
	// elapsed time ("three hours after the quake", "two weeks ago") measures the clock, not the fact
	if (
		/^\s*(?:after|ago|since|before|later|on|into|in)\b/i.test(
			pt.text.slice(pt.spans[q.to - 1].end)
		) &&
		!/\b(?:for|within|lasted|took)\s+(?:about |around |some |roughly |barely |just |only |nearly |almost )?$/i.test(
			pt.text.slice(Math.max(0, q.span.start - 24), q.span.start)
		)
	)
		return false;
	// the asker's own figure, echoed ("Eight weeks isn't long" to "pending for 8 weeks")
	if (replyText && q.raw !== undefined && echoes(replyText, q.raw, unit)) return false;
	if (keyworded && q.cls === 'duration') return true;
	// a reply to a question about the fact's figure ("pending for 8 weeks… what can I do?")
	if (replyText && new RegExp(`\\b${unit}s?\\b`, 'i').test(replyText)) {
		const stems = factStems(f);
		if (
			(replyText.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).some((w) => stems.has(stemOf(w)))
		)
			return true;
	}
	let first = q.from;
	while (first > 0 && pt.sentence[first - 1] === pt.sentence[q.from]) first--;
	let last = q.to;
	while (last < pt.words.length && pt.sentence[last] === pt.sentence[q.from]) last++;
	const stems = factStems(f);
	for (let k = first; k < last; k++) {
		if (k >= q.from && k < q.to + (q.cls === 'count' ? 1 : 0)) continue;
		const st = stemOf(pt.words[k]);
		if (st && stems.has(st)) return true;
	}
	return false;
}

const STEMS_OF_FACT = new WeakMap<object, Set<string>>();
/** Stems of the fact's text, without its units. */
function factStems(f: CompiledScenario['facts'][number]): Set<string> {
	let s = STEMS_OF_FACT.get(f);
	if (!s) {
		const units = new Set(
			factQuantities(f).flatMap((x) => {
				const u = x.unit?.replace(/^n:/, '');
				return u ? [u, `${u}s`] : [];
			})
		);
		STEMS_OF_FACT.set(
			f,
			(s = new Set(
				(f.fact.text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])
					.filter((w) => !units.has(w))
					.map((w) => stemOf(w))
					.filter(Boolean)
			))
		);
	}
	return s;
}

/** Words too common in the scenarios' facts to tie a sentence to one of them. */
const GENERIC = new Set([
	'open',
	'opened',
	'stayed',
	'still',
	'people',
	'today',
	'tonight',
	'morning'
]);

/** The four-letter keys of a text's content words (stop words and GENERIC left out), to tell whether a sentence
 * speaks of a fact. */
const keysOf = (text: string): string[] =>
	(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
		.filter((w) => !STOP.has(w) && !GENERIC.has(w))
		.map((w) => w.slice(0, 4));

/** A factual-error finding on one figure of the post. */
function wrongFigure(d: Parameters<Detector>[0], span: Span, against: string): Finding {
	return {
		id: 'factual-error',
		severity: 'major',
		message: `“${d.pt.text.slice(span.start, span.end)}” contradicts ${against}`,
		explanation:
			'A wrong figure, time or date is quoted back at you for the rest of the crisis. Check numbers against the latest confirmed facts.',
		source: SOURCES.cercRight,
		spans: [span]
	};
}

/** A past-tense verb before a duration: the post says how long something took or lasted. */
const PAST_SPAN =
	/\b(?:was|were|had been|took|lasted|remained|stayed|stood|sat|went|got|had it)\b[^.!?;]{0,60}$/i;
/** "within ten minutes", "in under an hour": an upper bound, which a longer figure than the window meets. */
const BOUND_BEFORE = /\b(?:within|under|inside|in less than|less than|in under)\s+$/i;

/** The clock times of the public facts revealed so far, each with its fact. */
function timedFacts(
	d: Parameters<Detector>[0]
): { f: CompiledScenario['facts'][number]; t: number }[] {
	return d.c.facts.flatMap((f) =>
		f.fact.confidential || !d.revealed.has(f.fact.id)
			? []
			: factQuantities(f)
					.filter((x) => x.cls === 'time')
					.map((x) => ({ f, t: x.value }))
	);
}

/** A duration the facts give only by two clock times ("accessed at 05:48", "regained at 06:25": 37 minutes):
 * a post saying how long that took or lasted ("online for barely ten minutes", "back in control within ten
 * minutes") is checked against it, in a sentence that shares a word with one of the two facts. */
export function windowErrors(
	d: Parameters<Detector>[0],
	quantitiesOf: () => readonly (Quantity | WordQuantity)[],
	found: readonly Finding[]
): Finding[] {
	// (facts that give one clock time each)
	const all = timedFacts(d);
	const timed = all.filter((x) => all.filter((y) => y.f === x.f).length === 1);
	if (timed.length < 2) return [];
	const durations = quantitiesOf().filter(
		(q) => q.cls === 'duration' && !('tol' in q)
	) as Quantity[];
	if (!durations.length) return [];
	// a duration some fact gives is about that fact ("a side gate was shut for 15 minutes")
	const given = allQuantities(d.c).filter((x) => x.cls === 'duration');
	const out: Finding[] = [];
	for (let i = 0; i < timed.length; i++)
		for (let j = i + 1; j < timed.length; j++) {
			const span = Math.abs(timed[j].t - timed[i].t);
			if (span < 5 || span > 360) continue;
			const first = new Set(keysOf(timed[i].f.fact.text));
			const second = new Set(keysOf(timed[j].f.fact.text));
			for (const q of durations) {
				if (found.some((o) => o.spans[0].start === q.span.start)) continue;
				if (q.value >= span * 0.6 && q.value <= span * 1.6) continue;
				if (given.some((x) => agrees(q, x.value))) continue;
				const before = d.pt.text.slice(0, q.span.start);
				if (q.value >= span && BOUND_BEFORE.test(before)) continue;
				const s = sentenceAt(d.pt, q.span.start);
				if (!s || !PAST_SPAN.test(d.pt.text.slice(s.start, q.span.start))) continue;
				if (reported(d.pt, q)) continue;
				// the sentence speaks of both ends of the window ("this morning's post … online for ten minutes")
				const own = keysOf(s.text);
				if (!own.some((w) => first.has(w)) || !own.some((w) => second.has(w))) continue;
				out.push(
					wrongFigure(d, q.span, `the known times: ${timed[i].f.fact.text} ${timed[j].f.fact.text}`)
				);
			}
		}
	return out;
}

/** The digits of two clock times (minutes of the day) are the same ones in another order (06:25 and 06:52). */
function swapped(a: number, b: number): boolean {
	const digits = (m: number) =>
		`${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`
			.split('')
			.sort()
			.join('');
	return digits(a) === digits(b);
}

/** A clock time with a fact's digits swapped, in a sentence about that fact, that agrees with no fact ("back in our
 * hands since 06:52" when control was regained at 06:25). A post that also gives the fact's time right is taken to
 * speak of something else. */
export function swappedTimeErrors(
	d: Parameters<Detector>[0],
	quantitiesOf: () => readonly (Quantity | WordQuantity)[],
	found: readonly Finding[]
): Finding[] {
	const timed = timedFacts(d);
	if (!timed.length) return [];
	const times = quantitiesOf().filter((q) => q.cls === 'time' && !('tol' in q)) as Quantity[];
	const out: Finding[] = [];
	for (const q of times) {
		if (found.some((o) => o.spans[0].start === q.span.start)) continue;
		if (timed.some((x) => agrees(q, x.t))) continue;
		// (only the same digits in another order: a time one digit off is as likely another event's)
		const near = timed.find((x) => x.t !== q.value && swapped(x.t, q.value));
		if (!near) continue;
		if (times.some((o) => o !== q && agrees(o, near.t))) continue;
		const s = sentenceAt(d.pt, q.span.start);
		if (!s) continue;
		const own = new Set(keysOf(near.f.fact.text));
		if (!keysOf(s.text).some((w) => own.has(w))) continue;
		out.push(wrongFigure(d, q.span, `the known fact: ${near.f.fact.text}`));
	}
	return out;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Words for voting, read as the fact's "election" ("Saturday's vote" against "the election on Sunday"). */
const VOTE =
	/^(?:vote|votes|voting|voters|polls|polling|ballot|ballots|election|elections|electoral)$/;

/** A day of the week that contradicts the one a fact gives, in a sentence about that fact ("Talvania goes to the
 * polls on Saturday" when the election is on Sunday): the sentence shares a word with the fact other than a name. */
export function weekdayErrors(d: Parameters<Detector>[0], found: readonly Finding[]): Finding[] {
	const lower = d.pt.text.toLowerCase();
	if (!WEEKDAYS.some((w) => lower.includes(w))) return [];
	const out: Finding[] = [];
	for (const f of d.c.facts) {
		if (f.fact.confidential || !d.revealed.has(f.fact.id)) continue;
		const days = WEEKDAYS.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(f.fact.text));
		// (one a later fact moved elsewhere: "moved the charter from Thursday to Saturday")
		if (days.length !== 1 || movedAway(d, days[0])) continue;
		// (a later fact about the same thing gives the day now: "the deadline shortened … by Thursday")
		if (
			d.c.facts.some(
				(g) =>
					g !== f &&
					!g.fact.confidential &&
					d.revealed.has(g.fact.id) &&
					g.fact.knownFrom > f.fact.knownFrom &&
					WEEKDAYS.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(g.fact.text)) &&
					aboutSame(f, g)
			)
		)
			continue;
		const own = new Set(
			(f.fact.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
				.filter(
					(w) => !STOP.has(w) && !GENERIC.has(w) && !d.c.knownWords.has(w) && !WEEKDAYS.includes(w)
				)
				.map((w) => (VOTE.test(w) ? 'vote' : w.slice(0, 5)))
		);
		for (const m of d.pt.text.matchAll(
			/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\b/gi
		)) {
			const day = m[1].toLowerCase();
			if (day === days[0] || found.some((o) => o.spans[0]?.start === m.index)) continue;
			const s = sentenceAt(d.pt, m.index!);
			if (!s) continue;
			const words = (s.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
				(w) => !STOP.has(w) && !d.c.knownWords.has(w) && !WEEKDAYS.includes(w.replace(/['’]s$/, ''))
			);
			if (!words.some((w) => own.has(VOTE.test(w) ? 'vote' : w.slice(0, 5)))) continue;
			out.push(
				wrongFigure(
					d,
					{ start: m.index!, end: m.index! + m[0].length },
					`the known fact: ${f.fact.text}`
				)
			);
		}
	}
	return out;
}
