/**
 * factual-error: a figure a later public fact says is superseded ("Revised estimate … The figure of 2,400 is
 * superseded"), given again as current ("Reminder: the passport scans of about 2,400 applicants may have been
 * copied"). Naming it as the old figure ("up from 2,400", "the earlier estimate of 2,400") is fine. CERC: be right;
 * say when a figure changed. The same for a date or time a later fact moved ("The court moved her hearing from
 * 14 June to 28 June"): "the hearing remains set for 14 June" is out of date.
 */
import { postText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity } from '../text/quantities.ts';
import type { Finding } from '../types.ts';
import { factFinding, sentenceAt, sentencesOf, type DetectorInput } from './context.ts';

const SUPERSEDED =
	/\b(?:figure|estimate|number|count|toll|total) of (?:about |around |some )?([\d,.]+|[a-z-]+) (?:is|was|has been) (?:now )?(?:superseded|revised|withdrawn|out of date|outdated|no longer (?:valid|accurate|correct|current))\b/gi;
const AS_OLD =
	/\b(?:earlier|previous|previously|initial|initially|first|original|originally|revised|superseded|up from|down from|rather than|instead of|replac\w*|not|no longer|old|was)\b/i;

export function supersededErrors(
	d: DetectorInput,
	quantities: () => readonly Quantity[],
	found: readonly Finding[]
): Finding[] {
	const old: { value: number; text: string }[] = [];
	for (const f of d.c.facts) {
		if (
			f.fact.confidential ||
			!d.revealed.has(f.fact.id) ||
			!/supersed|revised|withdrawn|out of date|outdated|no longer/i.test(f.fact.text)
		)
			continue;
		for (const m of f.fact.text.matchAll(SUPERSEDED)) {
			const q = quantitiesIn(postText(m[1]), () => false)[0];
			if (q) old.push({ value: q.value, text: f.fact.text });
		}
	}
	if (!old.length) return [];
	const out: Finding[] = [];
	for (const q of quantities()) {
		if (q.cls !== 'count') continue;
		const hit = old.find((o) => o.value === q.value);
		if (!hit) continue;
		if (found.some((f) => f.spans.some((s) => s.start <= q.span.start && s.end >= q.span.end)))
			continue;
		const s = sentenceAt(d.pt, q.span.start);
		if (s && AS_OLD.test(s.text)) continue;
		out.push(
			factFinding(
				`“${d.pt.text.slice(q.span.start, q.span.end)}” is out of date: ${hit.text}`,
				'A figure the authorities have replaced, given again as current, is quoted back as a contradiction. Give the latest figure and say that it changed.',
				[q.span]
			)
		);
	}
	return out;
}

/** "moved / postponed / rescheduled … from 14 June to 28 June" (the old and the new value). */
const MOVED =
	/\b(?:moved|postponed|rescheduled|changed|brought forward|pushed back|put back|delayed|deferred|shifted)\b[^.;!?]{0,60}?\bfrom ((?:\d{1,2}(?:[:.]\d{2})?|\d{1,2} \p{L}+|\p{Lu}\p{L}+ \d{1,2}|\p{Lu}\p{L}+day)(?: \p{Lu}\p{L}+)?) to ((?:\d{1,2}(?:[:.]\d{2})?|\d{1,2} \p{L}+|\p{Lu}\p{L}+ \d{1,2}|\p{Lu}\p{L}+day)(?: \p{Lu}\p{L}+)?)/gu;

const MOVES = new WeakMap<object, { from: string; to: string }[]>();
function movesOf(fact: { text: string }): { from: string; to: string }[] {
	let r = MOVES.get(fact);
	if (!r) {
		r = [...fact.text.matchAll(MOVED)].map((m) => ({
			from: m[1].toLowerCase(),
			to: m[2].toLowerCase()
		}));
		MOVES.set(fact, r);
	}
	return r;
}

/** The old value named as old: "originally set for", "first scheduled", "was", "moved from", "no longer". */
const MOVED_OLD =
	/\b(?:originally|initially|first (?:set|scheduled|planned|announced)|previously|earlier|was|were|had been|no longer|instead of|rather than|not|moved|postponed|rescheduled|from)\b/i;

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A value (a day, a date, a time; lower case) that a public fact known now says was moved to another. */
export function movedAway(d: DetectorInput, value: string): boolean {
	return d.c.derived.publicFacts.some(
		(f) => d.revealed.has(f.fact.id) && movesOf(f.fact).some((m) => m.from === value)
	);
}

/** A date or time a later public fact moved, given again as current. */
export function movedErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const out: Finding[] = [];
	const lower = d.pt.text.toLowerCase();
	for (const f of d.c.derived.publicFacts) {
		if (!d.revealed.has(f.fact.id) || !/\bfrom\b/i.test(f.fact.text)) continue;
		for (const mv of movesOf(f.fact)) {
			if (lower.includes(mv.to)) continue;
			const re = new RegExp(`(?<![\\p{L}\\d])${escape(mv.from)}(?![\\p{L}\\d])`, 'giu');
			for (const m of d.pt.text.matchAll(re)) {
				const span = { start: m.index!, end: m.index! + m[0].length };
				if (found.some((x) => x.spans.some((y) => y.start < span.end && span.start < y.end)))
					continue;
				const sen = sentenceAt(d.pt, span.start);
				if (sen && MOVED_OLD.test(sen.text)) continue;
				out.push(
					factFinding(
						`“${m[0]}” is out of date: ${f.fact.text}`,
						'A date or time that has been moved, given again as current, sends people to the wrong place at the wrong time. Give the new one and say that it changed.',
						[span]
					)
				);
			}
		}
	}
	return out;
}

/** "The family assistance centre moved from the embassy to Lirenza City Hall": what moved (its last word), and the
 * old and new places (lower case). */
const PLACE_MOVED =
	/\b((?:[\p{L}-]+ ){0,3}[\p{L}-]+) (?:has |have )?(?:been )?(?:moved|relocated|transferred) from (?:the |our |its )?([\p{L}\d'’ -]{3,40}?) to (?:the |a )?([\p{L}\d'’ -]{3,40}?)(?= at\b| on\b| from\b|[.;,]|$)/gu;
const PLACE_MOVES = new WeakMap<object, { what: string; from: string; to: string }[]>();
function placeMovesOf(fact: { text: string }): { what: string; from: string; to: string }[] {
	let r = PLACE_MOVES.get(fact);
	if (!r) {
		r = [...fact.text.matchAll(PLACE_MOVED)].map((m) => ({
			what: m[1].toLowerCase().split(' ').pop()!,
			from: m[2].toLowerCase().trim(),
			to: m[3].toLowerCase().trim()
		}));
		PLACE_MOVES.set(fact, r);
	}
	return r;
}

/** A place a later public fact moved something away from, given again as where it is ("our family assistance centre
 * at the embassy is open all night" after it moved to City Hall): the sentence names what moved and the old place,
 * not the new one, and does not tell the move. */
export function placeMovedErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const out: Finding[] = [];
	for (const f of d.c.derived.publicFacts) {
		if (
			!d.revealed.has(f.fact.id) ||
			!/\b(?:moved|relocated|transferred) from\b/i.test(f.fact.text)
		)
			continue;
		for (const mv of placeMovesOf(f.fact)) {
			for (const s of sentencesOf(d.pt)) {
				const lower = s.text.toLowerCase();
				if (!new RegExp(`\\b${escape(mv.what)}s?\\b`, 'u').test(lower) || lower.includes(mv.to))
					continue;
				const at = lower.search(
					new RegExp(`(?<![\\p{L}\\d])${escape(mv.from)}(?![\\p{L}\\d])`, 'u')
				);
				if (
					at < 0 ||
					MOVED_OLD.test(s.text) ||
					/\b(?:moving|moves|will move|relocat\w*)\b/i.test(s.text)
				)
					continue;
				const span = { start: s.start + at, end: s.start + at + mv.from.length };
				if (found.some((x) => x.spans.some((y) => y.start < span.end && span.start < y.end)))
					continue;
				out.push(
					factFinding(
						`“${d.pt.text.slice(span.start, span.end)}” is out of date: ${f.fact.text}`,
						'A place that has changed, given again as current, sends people to the wrong door. Give the new place and say that it moved.',
						[span]
					)
				);
			}
		}
	}
	return out;
}
