/** shouting: two or more ALL-CAPS words (4+ letters, or short emphasis words such as NOT; acronyms and scenario names
 * excepted), mostly-capital text,
 * or stacked exclamation marks ("!!!"; a double "!!" is everyday emphasis). */
import type { Finding, Span } from '../types.ts';
import { SOURCES, sentencesOf, type Detector } from './context.ts';
import { PASSED_ON_PREFIX } from './amplified-in-text.ts';

const ACRONYMS = new Set([
	'NATO',
	'COVID',
	'UNICEF',
	'UNHCR',
	'WHO',
	'ASEAN',
	'OSCE',
	'ICRC',
	'FEMA',
	'NASA',
	'UTC',
	'GMT',
	'URL',
	'FAQ',
	'NGO',
	'NGOS',
	'EU',
	'UN',
	'UK',
	'USA',
	'MFA',
	'SOS'
]);

/** Short words written in capitals for emphasis. */
const EMPHASIS = new Set([
	'not',
	'no',
	'now',
	'all',
	'any',
	'yes',
	'did',
	'are',
	'was',
	'you',
	'we',
	'our',
	'and',
	'one'
]);

/** Labels of a fact-check or an update format, in capitals before a colon or in "MYTH vs FACT": "❌ CLAIM: …
 * ✅ FACT: …". */
const FORMAT_LABELS = new Set([
	'CLAIM',
	'CLAIMS',
	'FACT',
	'FACTS',
	'FALSE',
	'TRUE',
	'MYTH',
	'MYTHS',
	'RUMOUR',
	'RUMOR',
	'UPDATE',
	'CORRECTION',
	'BREAKING',
	'URGENT',
	'NOTE',
	'WARNING',
	'ALERT',
	'VERDICT',
	'MISLEADING',
	'REALITY',
	'STATEMENT',
	'NOTICE',
	'ADVISORY',
	'REMINDER',
	'SITREP'
]);
const isFormatLabel = (text: string, t: { text: string; start: number; end: number }) =>
	FORMAT_LABELS.has(t.text) &&
	(/^\s*(?:\d+\s*)?[:—–]/.test(text.slice(t.end, t.end + 4)) ||
		/^\s+vs\.?\s/i.test(text.slice(t.end, t.end + 5)) ||
		/\svs\.?\s+$/i.test(text.slice(Math.max(0, t.start - 5), t.start)));

const SLUG =
	/^(?:@\w+\s+)*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:\p{Lu}{2,}\s+){0,2}\p{Lu}{2,}(?=\s*(?::|—|–|-\s|\||\p{Extended_Pictographic}))/u;

/** A line that opens with a heading in capitals: up to four words before a colon, a dash, an emoji or the line's end,
 * or ending in a format label ("EVENING UPDATE from…"). */
const HEADING =
	/(?<=^|\n)(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)*(?:(?:\p{Lu}[\p{Lu}'’]+[ \t]+){0,4}\p{Lu}[\p{Lu}'’]+(?=[ \t]*(?::|—|–|-\s|\||\p{Extended_Pictographic}|\n|$))|(?:\p{Lu}[\p{Lu}'’]+[ \t]+){0,2}(?:UPDATE|STATEMENT|NOTICE|ADVISORY|REMINDER|SITREP|ALERT)\b)/gu;

export const shouting: Detector = (d) => {
	const caps: Span[] = [];
	const short: Span[] = [];
	// words inside a quotation are someone else's ("Sharing what is circulating: “LEAKED DOCUMENTS: …”")
	const quoted: Span[] = [];
	if (/[“"]/.test(d.pt.text))
		for (const m of d.pt.text.matchAll(/[“"][^”"]{3,}[”"]/g))
			quoted.push({ start: m.index!, end: m.index! + m[0].length });
	// and so is what follows a manual retweet ("RT @x: LEAKED DOCUMENTS: …")
	const rt = PASSED_ON_PREFIX.exec(d.pt.text);
	if (rt) quoted.push({ start: rt.index, end: d.pt.text.length + 1 });
	// a wire-style label opening the post is a slug, not shouting ("FACT CHECK ➡️ …", "BREAKING NEWS: …")
	const slug = SLUG.exec(d.pt.text);
	if (slug) quoted.push({ start: -1, end: slug[0].length });
	// …and so is a heading at the start of any line of a structured post ("WHAT WE KNOW:", "❗ AIRPORT CLOSED", "EVENING
	// UPDATE from the consul:")
	if (d.pt.text.includes('\n'))
		for (const m of d.pt.text.matchAll(HEADING))
			quoted.push({ start: m.index - 1, end: m.index + m[0].length + 1 });
	for (const t of d.pt.tokens) {
		if (t.kind !== 'word' || !t.caps || ACRONYMS.has(t.text)) continue;
		if (isFormatLabel(d.pt.text, t)) continue;
		if (quoted.some((q) => q.start < t.start && t.end < q.end)) continue;
		// (short words count when they are emphasis, not acronyms, beside a longer one or said alone: "We are NOT
		// buying… NOT.", "funds NO party … NONE."; two "did NOT" alone are emphasis)
		if (t.text.length < 4) {
			if (!EMPHASIS.has(t.lower)) continue;
			short.push({ start: t.start, end: t.end });
			continue;
		}
		if (d.c.knownWords.has(t.lower) && t.text.length <= 5) continue;
		caps.push({ start: t.start, end: t.end });
	}
	// (a short sentence all in capitals: "NOT.", "NOT ONE.")
	const alone =
		short.length > 0 &&
		sentencesOf(d.pt).some(
			(s) =>
				/\p{Lu}/u.test(s.text) && !/\p{Ll}/u.test(s.text) && s.text.trim().split(/\s+/).length <= 3
		);
	if (caps.length || alone) caps.push(...short);
	caps.sort((a, b) => a.start - b.start);
	const bangs: Span[] = [];
	const re = /!{3,}/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(d.pt.text)) !== null)
		bangs.push({ start: m.index, end: m.index + m[0].length });
	const many = d.tone.exclamations >= 3;
	if (caps.length < 2 && bangs.length === 0 && !many) return [];
	const f: Finding = {
		id: 'shouting',
		severity: caps.length >= 2 ? 'major' : 'minor',
		message:
			caps.length >= 2
				? `${caps.length} words in capitals${bangs.length ? ' and stacked “!”' : ''}`
				: 'Stacked exclamation marks',
		explanation:
			'Capitals and “!!!” read as shouting or panic; calm authority is more credible in a crisis.',
		source: SOURCES.cercCredible,
		spans: [...caps, ...bangs]
	};
	return [f];
};
