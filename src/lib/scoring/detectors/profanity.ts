/**
 * profanity: swearing, slurs and insults in an official post (the `obscenity` word list plus mild
 * expletives, censored forms such as "f***", and insults aimed at a person, people or country). A hacked
 * account's "the President is a clown" is caught as an insult. Severity: slur, or an insult of a person or
 * country — critical; strong profanity or another insult — major; mild expletives ("damn", "bloody") — minor.
 */
import { insultsOf, profanityOf } from '../tone/analyse.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

const SEVERITY_ORDER = { minor: 0, major: 1, critical: 2 } as const;
const higher = (a: Finding['severity'], b: Finding['severity']) =>
	SEVERITY_ORDER[b] > SEVERITY_ORDER[a] ? b : a;

export const profanity: Detector = (d) => {
	const { pt } = d;
	const hits = profanityOf(pt);
	const insults = insultsOf(pt);
	if (!hits.length && !insults.length) return [];
	let severity: Finding['severity'] = 'minor';
	const what: string[] = [];
	const spans: Span[] = [];
	for (const h of hits) {
		severity = higher(
			severity,
			h.kind === 'slur' ? 'critical' : h.kind === 'mild' ? 'minor' : 'major'
		);
		spans.push({ start: h.start, end: h.end });
		what.push(h.kind === 'slur' ? 'a slur' : h.kind === 'mild' ? 'an expletive' : 'profanity');
	}
	for (const s of insults) {
		const phrase = pt.text.slice(s.start, s.end);
		// an insult reported ("the post calling President Solberg a clown") repeats it, but insults no one anew
		const reported = /^(?:call|describ|label|brand)/i.test(phrase);
		const named =
			/\p{Lu}/u.test(phrase.slice(1)) || /^\p{Lu}/u.test(phrase) || /\byou\b/i.test(phrase);
		severity = higher(severity, named && !reported ? 'critical' : 'major');
		if (!spans.some((x) => x.start < s.end && s.start < x.end)) spans.push(s);
		what.push(reported ? 'an insult repeated' : 'an insult');
	}
	const kinds = [...new Set(what)];
	const f: Finding = {
		id: 'profanity',
		severity,
		message: `${kinds.join(' and ').replace(/^./, (c) => c.toUpperCase())} in an official post: ${spans.map((s) => `“${pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			kinds.length === 1 && kinds[0] === 'an insult repeated'
				? 'Quoting the insult, even to apologise for it, spreads it again under your name. Call it "the offensive post" and apologise for it.'
				: 'Swearing, slurs or insults from a government account become the story and can cause a diplomatic incident. If the account was hijacked, say so, delete and apologise.',
		source: SOURCES.profanity,
		spans
	};
	return [f];
};
