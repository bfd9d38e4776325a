/**
 * self-promotion: after a tragedy, a post that praises the sender or advertises — "proud of our amazing
 * team", "the first embassy to…", "Arcadian diplomacy at its best", "like and share", tickets, scholarships,
 * festivals. Thanking staff and volunteers or announcing aid is not promotion. CERC: show respect; the focus
 * belongs on the people affected.
 */
import type { Finding, Span } from '../types.ts';
import { SOURCES, sentencesOf, type Detector } from './context.ts';

const SELF = /\b(?:we|we're|our|us|ours|my|i)\b/i;
const BOAST: RegExp[] = [
	/\b(?:proud|pride|proudly|honoured to lead|#proud\w*)\b/gi,
	/\baward[- ]winning\b/gi,
	/\b(?:at (?:its|our|their) (?:very )?best|leads? the way|leading the way|world[- ]class|best[- ]in[- ]class|second to none|like no other|unmatched|unrivalled|unparalleled)\b/gi,
	/\b(?:the )?first (?:and only )?(?:foreign )?(?:embassy|mission|country|government|nation|consulate|ministry|diplomats?|ones?) (?:to|in \w+ to)\b/gi,
	/\bwhile (?:other|many|most) (?:embassies|countries|governments|missions|nations)\b/gi,
	/\b(?:real|true|strong|decisive) leadership\b/gi,
	/\b(?:outstanding|tireless|heroic|exemplary|brilliant|amazing|incredible|stellar|superb|excellent|impressive|fantastic) (?:leadership|work|team|response|service|staff|diplomats?|efforts?|job)\b/gi,
	/\b(?:best|closest|truest|greatest) (?:friend|partner|ally)\b/gi,
	/\b(?:largest|biggest|leading|top|most generous) (?:donor|contributor|partner)\b/gi
];
const PROMO: RegExp[] = [
	/\b(?:like|retweet|rt|share|repost)(?: and | & |, )(?:share|follow|retweet|like|subscribe)\b/gi,
	/\bshow your support for\b/gi,
	/\b(?:tickets?|on sale|don't miss|do not miss|giveaway|competition|contest|discount|book now|save the date)\b/gi,
	/\b(?:scholarships?|festival|film week|exhibition|concert|webinar|open day|cultural (?:week|season|programme))\b/gi,
	/\b(?:check out|have a look at|visit) our (?:new|latest)\b/gi,
	/\bapplications? (?:for|to) our\b/gi
];

export const selfPromotion: Detector = (d) => {
	if (!d.tragedy) return [];
	const spans: Span[] = [];
	for (const s of sentencesOf(d.pt)) {
		const self = SELF.test(s.text) || /#\w+/.test(s.text) || d.c.scenario.trainee.government.split(/\s+/).some((w) => w.length > 3 && s.text.includes(w));
		const lists = self ? [BOAST, PROMO] : [PROMO];
		for (const list of lists)
			for (const re of list) {
				re.lastIndex = 0;
				for (const m of s.text.matchAll(re)) {
					const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
					if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
				}
			}
	}
	if (!spans.length) return [];
	const f: Finding = {
		id: 'self-promotion',
		severity: 'major',
		message: `Self-promotion in a tragedy: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'While people are grieving or in danger, praise of your own mission or unrelated promotion reads as tone-deaf. Keep the focus on the people affected and on help.',
		source: SOURCES.respect,
		spans
	};
	return [f];
};
