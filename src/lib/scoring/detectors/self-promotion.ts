/**
 * self-promotion: after a tragedy, a post that praises the sender or advertises — "proud of our amazing
 * team", "the first embassy to…", "Arcadian diplomacy at its best", "like and share", tickets, scholarships,
 * festivals. Thanking staff and volunteers or announcing aid is not promotion. CERC: show respect; the focus
 * belongs on the people affected.
 */
import type { PostText } from '../text/post-text.ts';
import type { Finding, Span } from '../types.ts';
import { gate, gatedSpans, sentenceAt, SOURCES, type Detector, type Gate } from './context.ts';

const SELF = /\b(?:we|we're|our|us|ours|my|i)\b/i;
/** Praise of the sender: counted only in a sentence about "we/our" (or with a hashtag or the sender's country). */
const BOAST: Gate[] = [
	gate('proud pride proudly honoured', /\b(?:proud|pride|proudly|honoured to lead)\b|#proud\w*/gi),
	gate('award', /\baward[- ]winning\b/gi),
	gate(
		'best way class none other unmatched unrivalled unparalleled',
		/\b(?:at (?:its|our|their) (?:very )?best|leads? the way|leading the way|world[- ]class|best[- ]in[- ]class|second to none|like no other|unmatched|unrivalled|unparalleled)\b/gi
	),
	gate(
		'first',
		/\b(?:the )?first (?:and only )?(?:foreign )?(?:embassy|mission|country|government|nation|consulate|ministry|diplomats?|ones?) (?:to|in \w+ to)\b/gi
	),
	gate(
		'while',
		/\bwhile (?:other|many|most) (?:embassies|countries|governments|missions|nations)\b/gi
	),
	gate('leadership', /\b(?:real|true|strong|decisive) leadership\b/gi),
	gate(
		'outstanding tireless heroic exemplary brilliant amazing incredible stellar superb excellent impressive fantastic',
		/\b(?:outstanding|tireless|heroic|exemplary|brilliant|amazing|incredible|stellar|superb|excellent|impressive|fantastic) (?:leadership|work|team|response|service|staff|diplomats?|efforts?|job)\b/gi
	),
	gate('friend partner ally', /\b(?:best|closest|truest|greatest) (?:friend|partner|ally)\b/gi),
	gate(
		'donor contributor',
		/\b(?:largest|biggest|leading|top|most generous) (?:donor|contributor|partner)\b/gi
	),
	// structural: the sender compared with others, in its favour ("few embassies could have done what ours
	// did", "while others stayed shut", "the best in the region")
	gate(
		'few other many hardly',
		/\b(?:few|not many|hardly any) (?:other )?(?:embass(?:y|ies)|missions?|countries|consulates?|governments?|teams?|ministries|diplomatic services?)\b/gi
	),
	gate('while others', /\bwhile others\b/gi),
	gate(
		'best finest fastest quickest effective responsive',
		/\b(?:the )?(?:best|finest|fastest|quickest|most effective|most responsive)\b[^.!?;]{0,40}\b(?:in the (?:region|world|country|city|capital)|anywhere|of any (?:embassy|mission|country))\b/gi
	),
	// the crisis as a showcase: "showed the world what Arcadian diplomacy is made of", "once again shown why"
	gate(
		'shown showed shows proved proven demonstrated made',
		/\b(?:shown|showed|shows|proved|proven|demonstrated) (?:the world |everyone |once again |again )?(?:why|what|how (?:good|well|much))\b|\bwhat [^.!?;]{1,30} (?:is|are) made of\b/gi
	),
	// the sender's foresight or leadership credited for people's safety
	gate(
		'foresight leadership vision decisiveness',
		/\b(?:foresight|leadership|vision|decisiveness|planning)\b[^.!?;]{0,40}\b(?:paid off|pays off|means|ensured|saved|made (?:all )?the difference)\b/gi
	),
	// the sender's reputation or standard-setting: "rightly admired around the world", "sets the standard",
	// "lived up to its name"
	gate(
		'admired respected praised envied celebrated renowned famous',
		/\b(?:rightly |widely |justly |much )?(?:admired|respected|praised|envied|celebrated|renowned|famous) (?:around|across|throughout|all over|in) the (?:world|region|globe)\b/gi
	),
	gate(
		'sets set setting standard benchmark bar lived live lives living',
		/\bset(?:s|ting)? the (?:standard|benchmark|bar|gold standard|pace)\b|\b(?:lived|lives|live|living) up to (?:its|our|their|his|her) (?:name|reputation|motto)\b/gi
	),
	gate(
		'most anywhere find',
		/\b(?:the )?most [\p{L}-]+ [\p{L} -]{0,30}(?:anywhere|in the (?:world|region)|you will (?:ever )?find|you could (?:ever )?find)\b|\b(?:tonight|today|this) prove[sd]? it (?:again|once more)\b/giu
	),
	gate('remember', /\bremember who (?:was|were|is|came|stood) (?:there|here|by you)\b/gi)
];
/** Promotion unrelated to the crisis, in any sentence. */
const PROMO: Gate[] = [
	gate(
		'like retweet rt share repost',
		/\b(?:like|retweet|rt|share|repost)(?: and | & |, )(?:share|follow|retweet|like|subscribe)\b/gi
	),
	gate('support', /\bshow your support for\b/gi),
	gate(
		'ticket tickets sale miss giveaway competition contest discount book save',
		/\b(?:tickets?|on sale|don't miss|do not miss|giveaway|competition|contest|discount|book now|save the date)\b/gi
	),
	gate(
		'scholarship scholarships festival film exhibition concert webinar open cultural',
		/\b(?:scholarships?|festival|film week|exhibition|concert|webinar|open day|cultural (?:week|season|programme))\b/gi
	),
	gate('check look visit', /\b(?:check out|have a look at|visit) our (?:new|latest)\b/gi),
	gate('application applications', /\bapplications? (?:for|to) our\b/gi)
];

/** The sentence at `at` is about the mission itself (we, our, a hashtag, the government's name). */
function aboutUs(pt: PostText, at: number, gov: readonly string[]): boolean {
	const text = sentenceAt(pt, at)?.text ?? '';
	return SELF.test(text) || /#\w+/.test(text) || gov.some((w) => text.includes(w));
}

/** A hashtag that brands the sender ("#ArcadiaDelivers") in a tragedy: a slogan, not information. */
function selfHashtags(pt: PostText, gov: readonly string[]): Span[] {
	const own = gov.map((w) => w.toLowerCase());
	return pt.tokens
		.filter(
			(t) =>
				t.kind === 'hashtag' &&
				own.some((w) => t.lower.startsWith(w) && t.lower.length > w.length + 2)
		)
		.map((t) => ({ start: t.start, end: t.end }));
}

export const selfPromotion: Detector = (d) => {
	if (!d.tragedy) return [];
	const gov = d.c.derived.govWords;
	const spans = [
		...gatedSpans(d.pt, BOAST).filter((s) => aboutUs(d.pt, s.start, gov)),
		...gatedSpans(d.pt, PROMO),
		...selfHashtags(d.pt, gov)
	];
	if (!spans.length) return [];
	spans.sort((a, b) => a.start - b.start);
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
