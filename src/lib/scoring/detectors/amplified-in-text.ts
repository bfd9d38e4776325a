/**
 * Amplification written into the post itself rather than made with the platform's share or quote button: a
 * manual retweet ("RT @handle: …", "MT/QT @handle …", "@handle: ‘…’", "via @handle" after a quotation) or a link to an unverified
 * account's post ("the clip going round: chirp.example/cast_uncovered/status/…"). Either puts that account's
 * content in front of the embassy's followers just as a share does (Debunking Handbook 2020; RESIST 2).
 * Only personas the scenario knows are recognised; a link or RT of a verified source (news, officials,
 * journalists) is never flagged, as with the button.
 */
import type { Persona, PersonaKind, Scenario } from '../../scenario/types.ts';
import type { AmplifiedItem, Span } from '../types.ts';

/** Who a persona counts as when its post is amplified (shared with the engine's share and quote buttons). */
export function personaSource(kind: PersonaKind | undefined): AmplifiedItem['source'] {
	switch (kind) {
		case 'news':
			return 'news';
		case 'journalist':
			return 'journalist';
		case 'official':
		case 'colleague':
		case 'organisation':
			return 'official';
		case 'troll':
		case 'bot-network':
			return 'troll';
		default:
			return 'public';
	}
}

/** "RT @x", "MT @x" (case-sensitive: the platform convention), or a quotation followed by "via @x". */
const MANUAL_RT =
	/(?:^|[\s(“"'])(?:(?:RT|MT) @(\w+)\s*:?\s*|QT @(\w+)\s*:?\s*(?=[“"'‘]))|(?:^|\s)@(\w+):\s*(?=[“"'‘])|^(?:via|h\/t|hat tip) @(\w+):\s*/i;
/** "QT @x: …" without a quotation after it labels a quote-post: what follows is the post's own comment on x's post. */
const QT_LABEL = /(?:^|[\s(“"'])QT @(\w+)\s*:?\s*(?![“"'‘])/i;
/** Where a manual retweet's passed-on text starts ("RT @x: …", "MT @x …", "QT @x: '…'"), for the checks that leave
 * someone else's words alone (case-sensitive, the platform convention). */
export const PASSED_ON_PREFIX = /(?:^|[\s(“"'])(?:(?:RT|MT) @\w+:?|QT @\w+:?(?=\s*[“"'‘]))/;
const VIA = /[”"']\s*(?:\(|—|-)?\s*via @(\w+)/i;
/** A bare or full link with a path: the path's segments are read for a persona's handle. */
const LINK = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(\/[^\s)”"']+)/gi;

/** A first-person verb of passing on, with the account whose post it passes on. */
export const SHARED_HANDLE =
	/\b(?:quoting|reposting|re-posting|sharing|retweeting|boosting|amplifying|forwarding|passing on)\s+@(\w+)(?:'s|’s)?/i;
/** A first-person verb of passing on before a colon and an opening quotation mark (an unattributed post). */
const PASSED_ON =
	/\b(?:sharing|reposting|re-posting|forwarding|passing on|retweeting)\b[^.!?“"‘]{0,80}:\s*[“"‘']|\b(?:notes|has seen|have seen|shares|flags|draws attention to|reproduces) the following (?:post|message|claim|tweet|report)\b[^“"‘]{0,140}:\s*[“"‘']/i;

const OPENING_QUOTE =
	/^\s*[“"]([^”"]{15,})[”"]\s*(?:[—–-]\s*)?(?=(?:we(?:'ve| have) (?:seen|read)|we are aware|we're aware|we are (?:checking|looking)|we're (?:checking|looking)|checking|looking into)\b)/i;

/** "Sharing/Reposting the clip (doing the rounds)": the media named, without its account. */
const SHARED_MEDIA =
	/(?:^|[.!?]\s+|^(?:@\w+\s+)+|\b(?:we're|we are|i'm|i am) )(?:sharing|reposting|re-posting|retweeting|posting|forwarding) (?:the|this) (clip|video|footage|recording|screenshot|audio)\b/i;

/** The account whose scripted post spreads a false claim with this kind of media in it. */
function mediaSpreader(s: Scenario, medium: string): { p: Persona; claim: string } | undefined {
	// (a clip, a video, footage, a recording or audio are the same thing here)
	const word = /screenshot/i.test(medium)
		? /\bscreenshots?\b/i
		: /\b(?:clip|video|footage|recording|audio|watch|listen)\b/i;
	for (const e of s.events) {
		if (!e.spreads || !e.from || !word.test(e.text)) continue;
		const c = s.claims.find((x) => x.id === e.spreads!.claim);
		const p = s.personas.find((x) => x.id === e.from);
		if (c && !c.truth && p) return { p, claim: c.id };
	}
	return undefined;
}

function byHandle(s: Scenario, handle: string): Persona | undefined {
	const h = '@' + handle.toLowerCase();
	return s.personas.find((p) => p.handle?.toLowerCase() === h);
}

/** The false claim a persona's scripted posts spread, if any. */
function claimOf(s: Scenario, p: Persona): string | undefined {
	for (const e of s.events) {
		if (e.from !== p.id || !e.spreads) continue;
		const c = s.claims.find((x) => x.id === e.spreads!.claim);
		if (c && !c.truth) return c.id;
	}
	return undefined;
}

const stripQuotes = (t: string) => t.replace(/^[\s“"'‘]+|[\s”"'’]+$/g, '');

/** The quoted post when the text after the handle opens a quotation (up to the quote mark that closes it: one
 * followed by the end or by a new capitalised sentence, so "diplomats' families" stays inside), else all of it. */
function quotation(t: string): string {
	const open = /^\s*([“"'‘])/.exec(t);
	if (!open) return stripQuotes(t);
	const close = /[”"'’](?=\s*$|\s+\p{Lu}|\s+[^\p{L}\s])/u.exec(t.slice(open[0].length));
	return close ? t.slice(open[0].length, open[0].length + close.index) : stripQuotes(t);
}

/** What the post's own text amplifies, with where the post does it (the handle and the quotation, the "via", the
 * link), or undefined. */
export function amplifiedInText(
	s: Scenario,
	text: string
): { item: AmplifiedItem; span: Span } | undefined {
	if (text.includes('T @') || text.includes(':')) {
		const m = MANUAL_RT.exec(text);
		const p = m ? byHandle(s, m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
		if (m && p) {
			const start = m.index + m[0].length;
			const quoted = quotation(text.slice(start));
			const before = text.slice(0, m.index).trim();
			const at = m.index + (m[0].length - m[0].trimStart().length);
			const end = Math.min(text.length, text.indexOf(quoted, start) + quoted.length + 1);
			return {
				item: {
					itemId: `text:${p.id}`,
					mode: before === '' ? 'share' : 'quote',
					text: quoted,
					source: personaSource(p.kind)
				},
				span: { start: at, end: Math.max(end, start) }
			};
		}
	}
	if (text.includes('T @')) {
		const m = QT_LABEL.exec(text);
		const p = m ? byHandle(s, m[1]) : undefined;
		// (which of its posts is quoted is not said: only who is quoted counts, a troll's account as with the button)
		if (m && p) {
			const at = m.index + (m[0].length - m[0].trimStart().length);
			return {
				item: {
					itemId: `text:${p.id}`,
					mode: 'quote',
					text: '',
					source: personaSource(p.kind)
				},
				span: { start: at, end: at + m[0].trim().length }
			};
		}
	}
	if (text.includes('via @')) {
		const m = VIA.exec(text);
		const p = m ? byHandle(s, m[1]) : undefined;
		if (m && p)
			return {
				item: {
					itemId: `text:${p.id}`,
					mode: 'quote',
					text: text.slice(0, m.index),
					source: personaSource(p.kind)
				},
				span: { start: m.index, end: m.index + m[0].length }
			};
	}
	// said in words: "Quoting @cast_uncovered's clip here so you can see it", "Reposting @x's screenshot"
	const said = SHARED_HANDLE.exec(text);
	const sp = said ? byHandle(s, said[1]) : undefined;
	if (said && sp) {
		const claim = claimOf(s, sp);
		return {
			item: {
				itemId: `text:${sp.id}`,
				mode: 'quote',
				text: '',
				source: personaSource(sp.kind),
				...(claim ? { claim } : {})
			},
			span: { start: said.index, end: said.index + said[0].length }
		};
	}
	// a post that opens with someone's words in quotation marks and only says it is checking them: the quotation
	// is the post ("\"Friend at the embassy says the charter is only for diplomats' families.\" We've seen this…")
	const opened = OPENING_QUOTE.exec(text);
	if (opened)
		return {
			item: { itemId: 'text:quotation', mode: 'quote', text: opened[1], source: 'public' },
			span: { start: 0, end: opened[0].length }
		};
	// the rumour's clip passed on without a handle: "Sharing the clip doing the rounds so you can judge"
	const media = SHARED_MEDIA.exec(text);
	const spreader = media ? mediaSpreader(s, media[1]) : undefined;
	if (media && spreader)
		return {
			item: {
				itemId: `text:${spreader.p.id}`,
				mode: 'quote',
				text: '',
				source: personaSource(spreader.p.kind),
				claim: spreader.claim
			},
			span: { start: media.index, end: media.index + media[0].length }
		};
	// a quotation the post says it passes on: "Sharing for our followers' information what is circulating: '…'"
	const passed = PASSED_ON.exec(text);
	if (passed) {
		const start = passed.index + passed[0].length - 1;
		const quoted = quotation(text.slice(start));
		return {
			item: { itemId: 'text:quotation', mode: 'quote', text: quoted, source: 'public' },
			span: { start: passed.index, end: Math.min(text.length, start + quoted.length + 2) }
		};
	}
	if (!text.includes('/')) return undefined;
	LINK.lastIndex = 0;
	for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
		for (const seg of m[1].split('/')) {
			if (seg.length < 3) continue;
			const p = byHandle(s, seg.replace(/^@/, ''));
			if (!p) continue;
			const source = personaSource(p.kind);
			if (source !== 'public' && source !== 'troll') continue;
			const claim = claimOf(s, p);
			if (!claim && source === 'public') continue;
			return {
				item: {
					itemId: `link:${p.id}`,
					mode: 'quote',
					text: '',
					source,
					...(claim ? { claim } : {})
				},
				span: { start: m.index, end: m.index + m[0].length }
			};
		}
	}
	return undefined;
}
