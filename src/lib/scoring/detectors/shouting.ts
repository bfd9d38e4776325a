/** shouting: two or more ALL-CAPS words (4+ letters, acronyms and scenario names excepted), mostly-capital text,
 * or stacked exclamation marks ("!!!"; a double "!!" is everyday emphasis). */
import type { Finding, Span } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

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

export const shouting: Detector = (d) => {
	const caps: Span[] = [];
	// words inside a quotation are someone else's ("Sharing what is circulating: “LEAKED DOCUMENTS: …”")
	const quoted: Span[] = [];
	if (/[“"]/.test(d.pt.text))
		for (const m of d.pt.text.matchAll(/[“"][^”"]{3,}[”"]/g))
			quoted.push({ start: m.index!, end: m.index! + m[0].length });
	// and so is what follows a manual retweet ("RT @x: LEAKED DOCUMENTS: …")
	const rt = /(?:^|\s)(?:RT|MT|QT) @\w+:?/.exec(d.pt.text);
	if (rt) quoted.push({ start: rt.index, end: d.pt.text.length + 1 });
	for (const t of d.pt.tokens) {
		if (t.kind !== 'word' || !t.caps || t.text.length < 4 || ACRONYMS.has(t.text)) continue;
		if (quoted.some((q) => q.start < t.start && t.end < q.end)) continue;
		if (d.c.knownWords.has(t.lower) && t.text.length <= 5) continue;
		caps.push({ start: t.start, end: t.end });
	}
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
