/**
 * self-promotion: after a tragedy, a post that praises the sender or advertises — "proud of our amazing
 * team", "the first embassy to…", "Arcadian diplomacy at its best", "like and share", tickets, scholarships,
 * festivals. Thanking staff and volunteers or announcing aid is not promotion. CERC: show respect; the focus
 * belongs on the people affected. Outside a tragedy (every scenario is a crisis: an apology, a rumour, a hack),
 * the sender ranking itself above others still counts (a superlative or "nobody does it better" said of the sender's own team, staff,
 * consulate or ministry: "the most professional digital team in Meridia", "in record time").
 */
import type { PostText } from '../text/post-text.ts';
import type { Finding, Span } from '../types.ts';
import { gate, gatedSpans, sentenceAt, SOURCES, type Detector, type Gate } from './context.ts';

const SELF = /\b(?:we|we're|our|us|ours|my|i)\b|\b(?:the|an|this) (?:embassy|consulate)\b/i;
/** Praise of the sender: counted only in a sentence about "we/our" (or with a hashtag or the sender's country). */
const BOAST: Gate[] = [
	gate(
		'proud pride proudly prouder honoured',
		/\b(?:proud|pride|proudly|prouder|honoured to lead)\b|#proud\w*/gi
	),
	// unrelated good news slipped into the crisis: "a reminder that our new working holiday visa opens next month!"
	gate(
		'forget',
		/\bdon['’]t forget\b[^.!?]{0,60}\b(?:opens|launches|starts|kicks off|is on|begins)\b|\b(?:don['’]t|do not) forget (?:our |the |about )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3} (?:Week|Festival|Day|Night|Fair|Gala|Concert|Reception|Exhibition|Evening|Weekend|Showcase)\b/giu
	),
	// an invitation to the sender's own venue or fare: "Orvenia House is serving our famous pastries all week. Drop by
	// and discover Orvenian hospitality!"
	gate(
		'famous legendary renowned delicious discover drop pop swing come',
		/\bour (?:famous|legendary|world-famous|renowned|delicious|signature) [\p{L}-]+|\bdiscover (?:\p{Lu}[\p{L}-]+ )?(?:hospitality|cuisine|culture|flavou?rs?|food|wines?|treats)\b|\b(?:drop|pop|swing) (?:by|in|along)\b[^.!?]{0,40}\b(?:meet|taste|try|enjoy|discover|sample)\b|\bcome (?:and|to) (?:taste|try|sample|enjoy)\b/giu
	),
	gate(
		'bad work',
		/\bnot (?:too |half )?bad for (?:a|one|one of the|an?) (?:(?:day|night|morning|week)['’]s work|(?:[\p{L}-]+ ){0,2}(?:embass(?:y|ies)|teams?|missions?|consulates?|country|countries))\b/giu
	),
	gate(
		'reminder new',
		/\b(?:a )?(?:quick |friendly |gentle )?reminder that our new\b|\bour (?:brand[- ])?new [\p{L}-]+(?: [\p{L}-]+){0,4} (?:opens|launches|is now open|is now live|starts|goes live)\b/giu
	),
	// credit claimed by contrast: "our Minister delivered", "Others talk; Elbany acts"
	gate(
		'delivered through done happen others',
		/\bour (?:minister|ambassador|government|team|embassy|president|prime minister) (?:delivered|came through|got (?:it|the job) done|made it happen)\b|\bothers (?:talk|tweet|promise)[;,.:]/gi
	),
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
	// the corporate announcement: "Thrilled to share that our crisis team leveraged…", "#ConsularExcellence"
	gate('thrilled excited', /\b(?:thrilled|excited) to (?:share|announce)\b/gi),
	gate('', /#\w*(?:excellence|delivers|proud|winning|champions?|rocks)\b/gi),
	// "Huge shout-out to our brilliant consular team", "A fine achievement by our consular team", "the first in
	// Sarenne to get its nationals out"
	gate(
		'shout achievement first before',
		/\b(?:huge |big |massive )?shout-?outs? to (?:our|the) (?:brilliant|amazing|incredible|awesome|fantastic|wonderful|outstanding|superb)\b|\b(?:a |an )?(?:fine|great|proud|remarkable|outstanding|historic) achievement (?:by|for) (?:our|the)\b|\bthe first (?:in|of) [\p{L} ]{1,20}? to (?:get|bring|evacuate|fly|reach|open|help|take|welcome|shelter|house|respond|act)\b|\bbefore any other (?:embassy|mission|country|consulate|government)\b/giu
	),
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
	// "one of the most advanced cyber-defence services in the world", "always the first to show compassion", "This is
	// what Aldorian diplomacy looks like"
	gate(
		'most advanced looks always first',
		/\bone of the (?:most (?:advanced|capable|effective|respected|professional|experienced)|best|finest|leading)\b[^.!?;]{0,40}\b(?:in the world|anywhere|in (?:the )?(?:region|europe|africa|asia))\b|\bthis is what [\p{L}-]+ (?:diplomacy|leadership|solidarity|friendship|compassion) looks like\b|\balways the first to (?:show|help|act|respond|offer|step up)\b/giu
	),
	// session 28: "leads when others hesitate", "widely regarded as a model of consular crisis management", "shows once
	// again that Dalmora leads"
	gate(
		'when others widely once',
		/\bwhen others (?:hesitate|hesitated|talk|talked|wait|waited|dither|dithered|stall|stalled|hide|hid)\b|\bwidely (?:regarded|seen|recognised|recognized|considered|acknowledged) as (?:a|the) (?:model|benchmark|gold standard|example)\b|\b(?:shows?|showed|proves?|proved|demonstrates?|demonstrated) (?:once again|yet again|again) that\b/gi
	),
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
		/\b(?:foresight|leadership|vision|decisiveness|planning)\b[^.!?;]{0,40}\b(?:paid off|pays off|means|ensured|saved|made (?:all )?the difference|made (?:it|this|that) (?:happen|possible))\b/gi
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
	gate(
		'credit',
		/\b(?:is|are|was|were) (?:a )?(?:real |great |huge |true )?credit to (?:the|our|this|its|their)\b/gi
	),
	gate('remember', /\bremember who (?:was|were|is|came|stood) (?:there|here|by you)\b/gi)
];
/** The sender ranked above all others: superlative or "nobody else could" said of its own people or office. */
const SUPERLATIVE: Gate[] = [
	gate(
		'most best finest greatest among',
		/\b(?:the|simply the|quite simply the|(?:simply |quite simply )?(?:among|one of) the) (?:very )?(?:best|finest|greatest|most [\p{L}-]+)\b(?: [\p{L}-]+){0,4}?(?: (?:in|of|any|anywhere)\b|[.,;!]| (?:i|we)(?:'ve|’ve| have)(?: ever)? (?:led|had|worked with|known|managed)\b)/giu
	)
];
/** The sender compared with all others ("nobody else could have done it", "few ministries … as ours"); counted in
 * a sentence about the sender, or after a sentence that ranks the sender. The look-ahead lists the first letters of
 * every alternative (same matches): without it V8 tries each alternative at every position (~5× slower). */
const COMPARED: Gate[] = [
	gate(
		'nobody no few many hardly name show another any anyone anybody ours record envy shame league second unrivalled unmatched unparalleled world known famous renowned respected admired celebrated rival other',
		/\b(?=[abcfhiklnopqrstuw])(?:(?:nobody|no one|no (?:other )?(?:embassy|ministry|mission|country|team|consulate|government))(?: else)?(?: [^.!?;]{0,30}?)? (?:does|did|could|can|would|has|have)(?: have)?\b[^.!?;]{0,40}?\b(?:better|more|like|as (?:well|fast|quickly|much|many))\b|\b(?:few|not many|hardly any) (?:other )?(?:embass(?:y|ies)|missions?|countries|consulates?|governments?|teams?|ministries)\b[^.!?;]{0,50}\bas (?:ours|we (?:do|did|have|can))\b|\bnobody else could have\b|\b(?:no|few|not many|hardly any|show us another|name (?:one|another)|any other|another)(?: other)?(?: [\p{L}-]+)? (?:embass(?:y|ies)|consulates?|ministr(?:y|ies)|missions?|countr(?:y|ies)|governments?|teams?|services?)\b[^.!?;]{0,60}?\b(?:more|better|faster|as [\p{L}]+ as (?:ours|we|us)|the way (?:we|ours) do|than (?:ours|we|us)|like (?:ours|us|we do)|could have (?:done|pulled off|managed|achieved|delivered) (?:that|this|it)|could have pulled (?:that|this|it) off)\b|\b(?:other|rival) (?:embassies|ministries|missions|countries|consulates|governments|teams|services)(?: in [\p{L} ]{1,25}?)? (?:can|could|would|will) only (?:envy|dream of|admire|wish for)\b|\b(?:known|famous|renowned|respected|admired|celebrated) (?:across|throughout|around|all over|in) [\p{L} ]{1,25} for (?:its|our|their) [\p{L}]+|\b(?:second to none|like no other|unrivalled|unmatched|unparalleled|world[- ]class)\b|\b(?:the envy of|put (?:others|everyone else|the rest) to shame|in a league of (?:its|their|our) own)\b|\bin record time\b|\b(?:faster|quicker|better) than (?:anyone|any other|anybody)\b|\bno other (?:embassy|ministry|mission|country|team|consulate|government)\b[^.!?;]{0,30}\b(?:moves?|acts?|works?|responds?|reacts?|delivers?)\b[^.!?;]{0,15}\b(?:this|that|so|as) (?:fast|quickly|well|hard|effectively)\b)/giu
	)
];
/** The sender faster than the rest: "faster than all the big countries", "the first in Sarenne to organise an
 * evacuation". */
COMPARED.push(
	gate(
		'faster quicker first fastest quickest largest biggest',
		/\b(?:fastest|quickest|largest|biggest|first) [\p{L}-]+ of any (?:other )?(?:embassy|mission|country|consulate|government)\b|\b(?:faster|quicker|sooner|earlier) than (?:all|any|every|most) (?:of )?(?:the )?(?:other )?(?:big |larger |bigger |major )?(?:countries|embassies|missions|consulates|governments|nations)\b|\b(?:our (?:embassy|consulate|mission|team|country)|we) (?:was|were) the first (?:embassy |mission |country |consulate )?(?:in [\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)? )?to\b/giu
	)
);
/** The sender set against others who did less: "a team that sheltered 140 people while others slept", "delivered
 * while others only tweeted". */
COMPARED.push(
	gate(
		'others',
		/\bwhile (?:others|other (?:embassies|missions|countries|governments|consulates)|everyone else|the rest) (?:only |just |merely )?(?:slept|tweeted|talked|watched|waited|posted|dithered|hesitated|made speeches|did nothing|stood by)\b/gi
	)
);
/** The sender ahead of every other mission: "more trade … than any other mission this year", "no other embassy
 * moved this fast". */
COMPARED.push(
	gate(
		'fast quickly well far long open',
		/\bno (?:other )?(?:embassy|embassies|ministry|mission|country|team|consulate|government)(?: (?:in|at|on) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?(?: else)? (?:\p{L}+ed|got|ran|went|made|flew|brought|took|kept|stayed|held|did) [^.!?;]{0,30}?\b(?:this|so|as) (?:fast|quickly|well|far|long)\b|\bno (?:other )?(?:embassy|embassies|ministry|mission|consulate)(?: (?:in|at|on) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?(?: else)? (?:(?:kept|keeps) (?:its|their) (?:doors|office|offices|lines?) open|(?:stayed|remained|was|is) open)\b/giu
	),
	gate(
		'than',
		/\b(?:more|better|faster|further|larger|bigger)\b[^.!?;]{0,80}\bthan any other (?:mission|embassy|embassies|country|countries|team|ministry|government|consulate|diplomatic service)\b/gi
	)
);
/** Others' failure as the sender's yardstick: "a small embassy doing what the big ones couldn't". */
COMPARED.push(
	gate(
		'ones embassies missions countries teams ministries',
		/\bwhat (?:the )?(?:big|bigger|larger|richer|other|rival) (?:ones|embassies|missions|countries|teams|ministries) (?:couldn't|could not|can't|cannot|didn't|did not|wouldn't|would not)\b/gi
	)
);
/** Others' slowness as the sender's yardstick: "did in one afternoon what takes others a week". */
COMPARED.push(
	gate(
		'takes took take',
		/\bwhat (?:takes|took|would take|usually takes|normally takes) (?:others|other (?:embassies|countries|missions|teams|governments)|most (?:embassies|countries|missions|teams)|anyone else)\b/gi
	)
);
const OWN =
	/\b(?:teams?|staff|consulates?|embass(?:y|ies)|ministry|diplomats|colleagues|crews?|services?|officers|q&a|session|response|diplomacy)\b/i;
/** The sentence names the sender's own people or office (with we/our, a hashtag or the government's name). */
function aboutOwn(pt: PostText, at: number, gov: readonly string[]): boolean {
	const text = sentenceAt(pt, at)?.text ?? '';
	return aboutUs(pt, at, gov) || OWN.test(text);
}
/** A superlative whose noun, or whose sentence's subject head, is the sender's own people or office: "the best
 * crisis team", "Our consulate has been the most professional…" (not "the coffee at our consulate is the best"). */
function rankedOwn(pt: PostText, span: Span): boolean {
	if (OWN.test(pt.text.slice(span.start, span.end))) return true;
	const s = sentenceAt(pt, span.start);
	if (!s) return false;
	const before = pt.text.slice(s.start, span.start);
	// an apposition ("our IT team, the best in…") or the subject of the clause the superlative ends
	if (
		/\b(?:team|staff|consulate|embassy|ministry|diplomats|colleagues|crew|service|officers),\s*$/i.test(
			before
		)
	)
		return true;
	const subject = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1);
	return /^\W*(?:(?:honestly|frankly|truly|simply|quite simply|once again|again|tonight|today),?\s+)?(?:(?:our|the|\p{Lu}[\p{L}-]*(?:'s)?|[\p{Lu}][\p{L}-]* [\p{Lu}][\p{L}-]*'s) )?(?:[\p{L}-]+ ){0,2}?(?:team|staff|consulate|embassy|ministry|diplomats|colleagues|crew|service|officers|q&a|session|response|diplomacy)\s+(?:is|are|was|were|has been|have been|remains?|remained)(?:\s+(?:simply|quite simply|truly|really|by far|still|once again|again))?\s*$/iu.test(
		subject
	);
}
const ranked = (pt: PostText, gov: readonly string[]): Span[] => [
	...gatedSpans(pt, SUPERLATIVE).filter((s) => rankedOwn(pt, s)),
	...gatedSpans(pt, COMPARED).filter(
		(s) =>
			aboutOwn(pt, s.start, gov) ||
			aboutOwn(pt, Math.max(0, (sentenceAt(pt, s.start)?.start ?? 1) - 2), gov) ||
			aboutOwn(pt, Math.min(pt.text.length - 1, (sentenceAt(pt, s.start)?.end ?? 0) + 1), gov)
	)
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
		// (a ticket sold, not "the hottest ticket in town")
		/\b(?:tickets?(?=[^.!?]{0,40}\b(?:on sale|available|book|buy|link|website|free|still|left|remaining)\b)|(?:get|buy|book|grab|win) (?:your |some |free |the last )?tickets?|(?:website|site|page|link|bio) for (?:your |free )?tickets?|on sale|don't miss|do not miss|giveaway|competition|contest|discount|book now|save the date)\b/gi
	),
	gate(
		'scholarship scholarships festival film exhibition concert webinar open cultural',
		/\b(?:scholarships?|festival|film week|exhibition|concert|webinar|open day(?! (?:and|or|&) night)|cultural (?:week|season|programme))\b/gi
	),
	gate('check look visit', /\b(?:check out|have a look at|visit) our (?:new|latest)\b/gi),
	gate('application applications', /\bapplications? (?:for|to) our\b/gi)
];

/** Advertising in any crisis: a sales or events call that no crisis update needs ("tickets … still available,
 * link in our bio", "free entry, see you there", "save the date"). */
const PROMO_ANY: Gate[] = [
	gate(
		'tickets ticket bio entry admission miss date week festival night season fair follow hit',
		/\btickets?\b[^.!?;]{0,60}\b(?:still available|on sale|available now)\b|\blink in (?:our |the )?bio\b|\bfree (?:entry|admission)\b|\b(?:don't|do not) miss (?:it|out|this)\b|\bsave the date\b|\bfollow us (?:for more|to see)\b|(?<!\bbefore (?:you )?)\bhit (?:retweet|like|share)\b|\b(?:film|culture|cultural|design|food|music|fashion|jazz|art|arts) (?:week|festival|night|season|fair)\b[^.!?]{0,40}\b(?:kicks? off|opens?|opening|starts?|starting|begins?|returns?)\b|\btickets (?:on|at|via) our (?:website|site|page)\b/gi
	),
	PROMO[0]
];

/** The sentence at `at` is about the mission itself (we, our, a hashtag, the government's name, or a sentence
 * whose unstated subject is the sender: "Proud to lead a team that…"). */
function aboutUs(pt: PostText, at: number, gov: readonly string[]): boolean {
	const text = sentenceAt(pt, at)?.text ?? '';
	return (
		SELF.test(text) ||
		/#\w+/.test(text) ||
		gov.some((w) => text.includes(w)) ||
		/^\W*(?:so |very |incredibly |immensely |hugely )?(?:proud|honoured|honored) to (?:lead|head|run|be|have|work|serve|say|call)\b/i.test(
			text
		) ||
		// (or one that can only be said of oneself: "Not bad for a day's work.")
		/\bnot (?:too |half )?bad for (?:a|one|one of the|an?) (?:(?:day|night|morning|week)['’]s work|(?:[\p{L}-]+ ){0,2}(?:embass(?:y|ies)|teams?|missions?|consulates?|country|countries))\b/iu.test(
			text
		)
	);
}

/** A hashtag that brands the sender ("#ArcadiaDelivers") in a tragedy: a slogan, not information. */
function selfHashtags(pt: PostText, gov: readonly string[]): Span[] {
	const own = gov.map((w) => w.toLowerCase());
	return pt.tokens
		.filter(
			(t) =>
				t.kind === 'hashtag' &&
				own.some(
					(w) =>
						(t.lower.startsWith(w) &&
							t.lower.length > w.length + 2 &&
							// (our nationals somewhere is a consular tag: #KelmoransInLenuva, #ArcadiansAbroad)
							!/^(?:n?s?)?(?:in[a-z]{3,}|abroad|safe|help|register|travel|consular|alert|info|updates?)$/.test(
								t.lower.slice(w.length)
							)) ||
						t.lower === `team${w}`
				)
		)
		.map((t) => ({ start: t.start, end: t.end }));
}

/** The event named is what the crisis is about ("the outbreak at the Lumen Tide Festival"): every word of the span
 * occurs in the scenario's facts or events. */
function aboutTheCrisis(d: Parameters<Detector>[0], s: Span): boolean {
	const topic = d.c.derived.scenarioWords.topic;
	const words =
		d.pt.text
			.slice(s.start, s.end)
			.toLowerCase()
			.match(/\p{L}+/gu) ?? [];
	return words.length > 0 && words.every((w) => topic.has(w));
}

/** Praise given to others, not taken: "We thank … Civil Protection for their tireless work". */
function othersPraised(pt: PostText, s: Span): boolean {
	const sent = sentenceAt(pt, s.start);
	const before = pt.text.slice(sent?.start ?? 0, s.start);
	return (
		/\b(?:their|his|her|its|your)\s+$/i.test(before) ||
		/\b(?:thank|thanks|grateful|gratitude|salute|pay tribute)\b[^.!?;]*\bfor (?:the |all (?:the|their) )?$/i.test(
			before
		)
	);
}

/** An event named only to say it will not happen ("the comedy festival … has been cancelled"). */
function calledOff(pt: PostText, s: Span): boolean {
	const sent = sentenceAt(pt, s.start)?.text ?? '';
	return /\b(?:cancel(?:l?ed|s)?|postponed|called off|suspended|will not (?:go ahead|take place)|won't (?:go ahead|take place))\b/i.test(
		sent
	);
}

export const selfPromotion: Detector = (d) => {
	const gov = d.c.derived.govWords;
	if (!d.tragedy) {
		const own = ranked(d.pt, gov);
		// sustained self-praise (two boasts, "proud of our team: our service at its very best") counts in any crisis
		const boasts = gatedSpans(d.pt, BOAST).filter((s) => aboutUs(d.pt, s.start, gov));
		if (boasts.length >= 2)
			own.push(...boasts.filter((b) => !own.some((o) => o.start === b.start)));
		own.push(...gatedSpans(d.pt, PROMO_ANY));
		return own.length ? [finding(d, own)] : [];
	}
	const spans = [
		...ranked(d.pt, gov),
		...gatedSpans(d.pt, BOAST).filter(
			(s) => aboutUs(d.pt, s.start, gov) && !othersPraised(d.pt, s)
		),
		...gatedSpans(d.pt, PROMO).filter((s) => !aboutTheCrisis(d, s) && !calledOff(d.pt, s)),
		...gatedSpans(d.pt, PROMO_ANY),
		// (a rumour's own hashtag named to deny it, "#ArdessaPaid is false", is no promotion)
		...selfHashtags(d.pt, gov).filter(
			(s) =>
				!d.c.claims.some(
					(c) => c.hashtag === d.pt.text.slice(s.start, s.end).replace(/^#/, '').toLowerCase()
				)
		)
	];
	if (!spans.length) return [];
	return [finding(d, spans)];
};

function finding(d: Parameters<Detector>[0], all: Span[]): Finding {
	// (a span inside another one is the same words quoted twice)
	const spans = all
		.filter(
			(s, i) =>
				!all.some(
					(o, j) =>
						j !== i &&
						o.start <= s.start &&
						o.end >= s.end &&
						(o.end - o.start > s.end - s.start || j < i)
				)
		)
		.sort((a, b) => a.start - b.start);
	return {
		id: 'self-promotion',
		severity: 'major',
		message: `Self-promotion in ${d.tragedy ? 'a tragedy' : 'a crisis'}: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'While people are grieving or in danger, praise of your own mission or unrelated promotion reads as tone-deaf. Keep the focus on the people affected and on help.',
		source: SOURCES.respect,
		spans
	};
}
