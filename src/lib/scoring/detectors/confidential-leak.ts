/**
 * confidential-leak: a public post carries a confidential fact's keywords or numbers, the fact in other words or
 * figures (./confidential-paraphrase.ts), a passport number, a
 * personal e-mail, a private person's personal data (name with age, health, whereabouts, travel or family —
 * ./personal-data.ts; also a relative of the citizen a reply answers: "your son is … on the first flight"), or a private
 * person's full name. (A phone number nobody published is a factual-error.)
 */
import { findAny, type PhraseMatch } from '../text/phrase.ts';
import { stem } from '../text/post-text.ts';
import { detailsOf, personalData, threadPersonalData } from './personal-data.ts';
import { paraphrasedSecrets } from './confidential-paraphrase.ts';
import type { Finding, Span } from '../types.ts';
import { answeredPersonas, SOURCES, type Detector } from './context.ts';
import { allMatches } from '../text/matches.ts';
import { mayHaveEmail } from '../text/chars.ts';

const PASSPORT = /\b[A-Z]{1,2}\d{6,9}\b/g;
export const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/g;

function leak(severity: Finding['severity'], message: string, spans: Span[]): Finding {
	return {
		id: 'confidential-leak',
		severity,
		message,
		explanation:
			'Names, passport numbers and unreleased facts are not for public posts: they endanger people and break consular confidentiality.',
		source: SOURCES.privacy,
		spans
	};
}

/** A span already inside one of the findings. */
function covered(out: Finding[], s: Span): boolean {
	return out.some((f) => f.spans.some((x) => x.start <= s.start && x.end >= s.end));
}

/** A one-word lower-case keyword used as a verb, not the fact's noun ("hearing from you" is not "his hearing"). */
function verbSense(text: string, s: Span): boolean {
	const w = text.slice(s.start, s.end);
	return (
		/^\p{L}\p{Ll}+ing$/u.test(w) &&
		/^\s+(?:from|back|you|us|them|that|what|how|about|more)\b/i.test(text.slice(s.end, s.end + 8))
	);
}

/** A refusal to disclose, running up to the keyword: "we do not discuss charges or hearing dates in public". */
const WITHHELD =
	/\b(?:(?:do not|don't|does not|doesn't|cannot|can't|can not|will not|won't|never|not able to|unable to|not in a position to|decline to|refuse to)\s+(?:[\w'’]+\s+){0,2}?(?:discuss|share|disclose|comment on|give out|give|release|confirm|reveal|publish|speculate (?:on|about)|go into|get into|talk about|detail|set out)|no comment on)\b[^.!?;:]*$/i;

/** A lower-case keyword named as what the post withholds, not as what it tells ("no comment on … any contacts
 * with the kidnappers"). */
function withheld(text: string, s: Span): boolean {
	const w = text.slice(s.start, s.end);
	// (lower-case words only: a name or a figure in the same place would still be told)
	if (!/^[\p{Ll} ]+$/u.test(w)) return false;
	if (WITHHELD.test(text.slice(Math.max(0, s.start - 80), s.start))) return true;
	// the asker's question repeated before a refusal: "You asked about the charge and the hearing. … we won't set
	// out case details in public"
	return (
		ASKED.test(text.slice(Math.max(0, s.start - 80), s.start)) && REFUSED.test(text.slice(s.end))
	);
}
const ASKED =
	/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:you(?:['’]ve| have)? asked|you ask|your question (?:is|was)|Q\s*:|question\s*:)[^.!?]*$/i;
const REFUSED =
	/\b(?:do not|don't|does not|doesn't|cannot|can't|will not|won't|not able to|unable to|not in a position to|decline to)\s+(?:[\w'’]+\s+){0,2}?(?:discuss|share|disclose|comment on|give out|set out|release|reveal|publish|go into|get into|talk about|detail)\b/i;

const PUBLIC_STEMS = new WeakMap<object, Set<string>>();
const stemsOf = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => stem(w));

/** A keyword matched with other words between its own ("police for protecting" for "police protection") whose
 * words the public facts and events all use: the post tells public things in public words. */
function loosePublicMatch(d: Parameters<Detector>[0], h: PhraseMatch): boolean {
	if (h.to - h.from <= (h.phrase.text.match(/\S+/g) ?? []).length) return false;
	let pub = PUBLIC_STEMS.get(d.c);
	if (!pub) {
		const s = d.c.scenario;
		pub = new Set(
			stemsOf(
				[
					...s.facts.filter((f) => !f.confidential).map((f) => f.text),
					...s.events.map((e) => e.text)
				].join(' ')
			)
		);
		PUBLIC_STEMS.set(d.c, pub);
	}
	return stemsOf(d.pt.text.slice(h.span.start, h.span.end)).every((w) => pub.has(w));
}

/** Titles and greetings that may stand before the name of the person greeted ("Dear Hanne", "Salut Hanne"). */
const HONORIFIC =
	/^(?:mr|ms|mrs|miss|mx|dr|dear|hi|hello|hey|salut|hola|ciao|bonjour|hallo|hej|ola|olá|merhaba|salaam|sàlem|namaste|privet|ahoj|servus|moin|kia ora)\.?,?$/i;

/** The citizen answered: the author of the event replied to, or else a citizen the post @mentions. */
function askerOf(d: Parameters<Detector>[0]) {
	const people = answeredPersonas(d);
	const from = d.post.replyTo ? d.c.events.get(d.post.replyTo)?.from : undefined;
	return from ? people.find((p) => p.id === from) : people.find((p) => p.kind === 'citizen');
}

/** What follows a name used to greet someone: punctuation or an emoji ("Mrs Rahimi,", "Tomás 👍"). */
const GREETED = /^\s*(?:[,.!?;:—–]|\p{Extended_Pictographic})/u;

/** A confidential keyword that is only the name of the citizen answered, greeted by it ("Mrs Rahimi, we are so
 * sorry…" to @leila_rahimi): their own name, which they posted under, tells nothing. */
function ownName(d: Parameters<Detector>[0], s: Span): boolean {
	const asker = askerOf(d);
	if (asker?.kind !== 'citizen') return false;
	const own = new Set(asker.name.split(',')[0].toLowerCase().split(/\s+/));
	const words = d.pt.text.slice(s.start, s.end).toLowerCase().split(/\s+/);
	return (
		words.every((w) => own.has(w.replace(/['’]s$/, ''))) &&
		GREETED.test(d.pt.text.slice(s.end, s.end + 3))
	);
}

export const confidentialLeak: Detector = (d) => {
	const out: Finding[] = [];
	const { pt, c } = d;
	for (const f of c.facts) {
		// (a confidential fact the trainee has not been told yet cannot be leaked: words that match it are a guess,
		// which premature-blame and factual-error judge — "a foreign operation, we know who" before the attribution)
		if (!f.fact.confidential || !d.revealed.has(f.fact.id)) continue;
		const hits = findAny(pt, f.kw).filter(
			(h) =>
				!verbSense(pt.text, h.span) &&
				!withheld(pt.text, h.span) &&
				!loosePublicMatch(d, h) &&
				!ownName(d, h.span)
		);
		if (hits.length)
			out.push(
				leak(
					'critical',
					`Mentions confidential information (${f.fact.id}): ${hits.map((h) => `“${pt.text.slice(h.span.start, h.span.end)}”`).join(', ')}`,
					hits.map((h) => h.span)
				)
			);
	}
	for (const h of paraphrasedSecrets(pt, c)) {
		if (!d.revealed.has(h.fact)) continue;
		if (out.length && covered(out, h.span)) continue;
		if (out.some((f) => f.message.includes(`(${h.fact})`))) continue;
		out.push(
			leak(
				'critical',
				`Tells confidential information (${h.fact}) in other words: “${pt.text.slice(h.span.start, h.span.end)}”`,
				[h.span]
			)
		);
	}
	for (const m of /\d{6}/.test(pt.text) ? pt.text.matchAll(PASSPORT) : []) {
		const span = { start: m.index!, end: m.index! + m[0].length };
		if (!covered(out, span))
			out.push(leak('critical', `A passport-like number in a public post: ${m[0]}`, [span]));
	}
	for (const m of mayHaveEmail(pt.text) ? allMatches(EMAIL, pt.text) : []) {
		const span = { start: m.index!, end: m.index! + m[0].length };
		// (an office's address, or one the public facts give, is no one's personal data)
		const domain = m[0].split('@')[1] ?? '';
		if (
			!/^(info|press|consul|embassy|contact|help|media)/i.test(m[0]) &&
			!/(?:embassy|consulate|ministry|mfa|gov|foreign)/i.test(domain) &&
			!c.derived.publicFacts.some((f) => f.fact.text.toLowerCase().includes(m[0].toLowerCase()))
		)
			out.push(leak('major', `A personal e-mail address: ${m[0]}`, [span]));
	}
	// (a relative named only by the thread counts when the post leaks nothing else: one finding for one leak)
	const thread = out.length ? [] : threadPersonalData(pt, c, d.post.replyTo);
	// the person answered, greeted by name, with only the kinds of detail their own post gave ("Hanne, a hotel
	// by the airport…" to a post from her hotel): they told everyone themselves
	// (the question answered, or else the latest post by the citizen the post @mentions)
	const asker = askerOf(d);
	const askedIn = d.post.replyTo
		? c.events.get(d.post.replyTo)
		: asker
			? c.scenario.events
					.filter((e) => e.from === asker.id && e.at <= d.post.t && !e.contingency)
					.at(-1)
			: undefined;
	const told = new Set(askedIn ? detailsOf(askedIn.text) : []);
	// (compared without accents: "Tomas," greets Tomás)
	const bare = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
	const askerWords = new Set(
		(asker?.kind === 'citizen' ? asker.name.split(',')[0] : '')
			.split(/\s+/)
			.filter(Boolean)
			.map(bare)
	);
	const vocative = (h: { span: { start: number; end: number }; name: string; what: string[] }) =>
		(h.what.every((w) => told.has(w)) ||
			// (or the details are what they are asked to send: "Tomás, call us with your parents' address")
			/\b(?:call|send|dm|message|email|e-mail|give us|tell us|share with us)\b/i.test(
				pt.text.slice(h.span.end, h.span.end + 60)
			)) &&
		h.name.split(/\s+/).every((w) => askerWords.has(bare(w)) || HONORIFIC.test(w)) &&
		GREETED.test(pt.text.slice(h.span.end, h.span.end + 3));
	for (const h of [...personalData(pt, c), ...thread]) {
		if (covered(out, h.span) || vocative(h)) continue;
		out.push(
			leak('major', `Personal data of a private person (${h.what.join(', ')}): “${h.name}”`, [
				h.span
			])
		);
	}
	const words = pt.words;
	for (const p of c.privateNames) {
		const first = p.words[0];
		for (let i = 0; i + p.words.length <= words.length; i++) {
			if (words[i] !== first) continue; // (a cheap first-word test before the whole name)
			if (p.words.every((w, k) => words[i + k] === w) && !covered(out, pt.spans[i]))
				out.push(
					leak('minor', `Names a private person in public: ${p.name}`, [
						{ start: pt.spans[i].start, end: pt.spans[i + p.words.length - 1].end }
					])
				);
		}
	}
	return out;
};
