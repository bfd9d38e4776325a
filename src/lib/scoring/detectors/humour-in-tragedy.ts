/**
 * humour-in-tragedy: after a tragedy, laughter and jokes (lol, haha, 😂, "just kidding"), puns and idioms on
 * the disaster itself ("shaken, not stirred", "quite a shake-up", "rocking and rolling", "earth-shattering
 * news") and light-hearted framing ("What a night!", "look on the bright side", "plot twist", "at least nobody
 * is bored", "Mother Nature woke us up", "What a way to wake up!", "certainly had a rough night", "who needs an alarm
 * clock when…", "earthquake or not, …", "…but here we are!", a pyjama party or the best coffee in town for the
 * people sheltering; "shaking it off", "nothing brings this crew down"). Negated mentions ("this is no joke", "no laughing matter") and the
 * literal description of the event ("the earthquake shook the city") are not humour. Beyond these phrases, a
 * clearly informal register in a tragedy counts too (register.ts: discourse markers, ironic understatement,
 * the disaster's verb used figuratively), unless the post is hostile (that is another finding's business).
 */
import { LIGHT_B } from './humour-cues-b.ts';
import type { CompiledScenario } from '../compiled.ts';
import type { Finding, Span } from '../types.ts';
import { gate, gatedSpans, SOURCES, type Detector, type Gate } from './context.ts';
import { informalSpans } from './register.ts';
import { topicPuns } from './topic-puns.ts';

/** Puns and idioms that play on a disaster's own vocabulary (quake, flood, fire, storm, crash, hack…). */
const PUNS =
	/\b(?:(?:quite )?(?:a|the) (?:real |bit of a )?shake-?up|shaken,? (?:but |if )?not stirred|shake things up|(?:a (?:little|bit|tad) |feeling |all )shaky|shaky (?:start|night|ground|times)|on shaky ground|rock(?:ing|ed)? (?:and|&|n) roll(?:ing)?|rocking and rolling|rocked (?:our|the|your) world|rock[- ]solid|earth[- ]shattering|ground[- ]?breaking|earth[- ]moving|(?:did|made) the earth move|moving experience|doesn't crack|don't crack|won't crack|crack(?:ing)? under pressure|(?:bring|brought) the house down|stands? firm|unshak(?:en|able)|(?:a )?wave of (?:support|love)|making (?:a )?splash|(?:go(?:ing)?|went) with the flow|fired up|hot topic|(?<!\b(?:caught|set|been|still|now|reportedly) )(?<!(?<!\b(?:team|staff|crew|everyone|squad|diplomats|colleagues|you|we|they) )\b(?:is|was|are|were) )on fire|blown away|weather(?:ing|ed)? the storm|crash course|(?:a )?rumble|tremendous tremor|no faults?|fault lines?|(?:you )?can'?t keep [\p{L} ]{1,30} down|took (?:quite )?a (?:beating|pounding|knock)|(?:that|this) hit (?:hard|different)|hack(?:ed)? (?:off|our way)|shak(?:e|es|ing) it off|shook it off|(?:nothing|no \p{L}+) (?:can |will |could )?(?:brings?|keeps?|gets?|knocks?|puts?|shakes?) (?:this|these|our|us|the|that) (?:[\p{L}-]+ ){0,2}down|(?:is|are|was|were|got|get|really|truly) (?:really |truly )?rocking\b|rocking (?:tonight|today|this morning)|(?:slightly|a bit|a little|bit|somewhat|a tad) (?:wobbly|rattled|rattly|shook)|(?:faster|quicker|bigger|stronger|louder|longer) than the (?:aftershocks?|quake|earthquake|tremors?|flood|storm|fire|hackers?)|(?:pulled|swept|knocked) the (?:ground|rug|floor) (?:out )?from under|had the (?:ground|rug|floor) (?:pulled|swept|knocked) (?:out )?from under)\b/giu;
/** Light-hearted framing of a disaster, each pattern with the words that trigger it. */
const LIGHT: Gate[] = [
	gate(
		'what',
		/(?:^|\s)what an? (?:night|day|week|morning|ride|start|adventure|wake-?up call)!|\bwhat fun\b/gi
	),
	gate('way', /\bone way to (?:start|spend|begin|end) the (?:day|week|night|morning|weekend)\b/gi),
	gate(
		'adventure ride remember party excitement',
		/\b(?:quite|such) (?:an? )?(?:adventure|ride|night to remember|party|excitement)\b/gi
	),
	gate(
		'bright silver twist buckle dull',
		/\blook on the bright side\b|\bsilver linings?\b|\bplot twist\b|\bbuckle up\b|\bnever a dull moment\b/gi
	),
	gate('bored', /\bbored\b/gi),
	gate(
		'nature woke',
		/\bmother nature\b[^.!?]{0,40}\b(?:woke|wake|surprise|gift|sense of humou?r)|\bwoke us (?:all )?up\b/gi
	),
	gate(
		'town',
		/\b(?:busiest|liveliest|best|biggest) (?:hotel|party|sleepover|guest ?house|b&b) in town\b/gi
	),
	gate('counting', /\b(?:guests|visitors|friends|campers|houseguests|sleepers) and counting\b/gi),
	// session 28: the disaster ranked against a nuisance ("…survived a 7.1 earthquake and a night of armchair detectives.
	// Honestly, the earthquake was the gentler of the two.")
	gate(
		'gentler kinder easier lesser calmer milder',
		/\bthe (?:gentler|kinder|easier|lesser|calmer|milder|politer|quieter) of the two\b/gi
	),
	// session 28: confinement as a treat ("An unplanned bonus night aboard, courtesy of Santa Lucera!")
	gate(
		'jolt runway catwalk fashionistas',
		/\b(?:woke up|wakes up|woken up) (?:with|to) (?:quite )?a (?:jolt|shake|start|bang|rumble)\b|\bthis (?:isn't|is not) (?:the|a) (?:runway|catwalk|beauty contest|fashion show)\b|\bsorry,? fashionistas\b/gi
	),
	gate('bonus', /\b(?:unplanned |surprise |free )?bonus (?:night|nights|day|days|stay)\b/gi),
	// session 28: a joke owned as one ("Immunity: the one thing nobody wants to catch this week. On a serious note, …")
	gate(
		'serious jokes joking seriousness',
		/(?:(?<=^|[.!?]\s{1,3})|(?<=^(?:@\w+\s+)+))(?:but )?(?:on a (?:more )?serious note|jokes? aside|joking aside|all jokes aside|in all seriousness|seriously though)\b/gi
	),
	// session 28: the disaster given a will of its own ("the ground decided to rearrange everyone's furniture")
	gate(
		'decided chose wanted furniture',
		/\b(?:the (?:ground|earth|sea|river|storm|quake|earthquake|volcano|mountain|weather|fire|flood|floods|wind|rain)|mother nature) (?:decided|chose|wanted|thought it would be fun) to\b|\brearrang(?:e|ed|ing) (?:the |everyone's |everybody's |our |your |their )?furniture\b/gi
	),
	gate('sleepover slumber camping', /\b(?:sleepover|slumber party|camping trip)\b/gi),
	// the crisis as a spoilt holiday or a cosy evening: "Change of holiday plans for everyone", "put the kettle on"
	gate(
		'holiday travel weekend kettle road rock wardrobe memo hottest packed campers legroom',
		/\b(?:change|changes) of (?:holiday|travel|weekend) plans\b|\b(?:put|pop|stick) the kettle on\b|\broad trip\b|\brock(?:-and-| and | ?'n'? ?|-n-)roll\b|\bpack the (?:whole |entire )?(?:holiday )?wardrobe\b|\bdid(?:n't| not) get the memo\b|\bthe hottest ticket\b|\bbags packed\?|\bhappy campers\b|\bcomplaints? about (?:the )?legroom\b/gi
	),
	gate('planned survived', /\bnot how we planned to spend\b|\bsurvived our first\b/gi),
	gate(
		'hey folks fun biggie worries',
		/\b(?:but )?hey,|\bfolks[!.]|\bthat was fun\b|\b(?:no biggie|no worries)\b/gi
	),
	gate('oops whoops yikes phew lol haha hahaha', /\b(?:oops|whoops|yikes|phew|lol|haha\w*)\b/gi),
	gate(
		'calm dream exciting',
		/\bkeep calm and\b|\bliving the dream\b|\bexciting (?:night|times|day|morning)\b/gi
	),
	gate(
		'lively busy full popular crowded',
		/\bnever (?:been|looked|seen it) (?:this|so) (?:lively|busy|full|popular|crowded)\b/gi
	),
	// "What a way to wake up!", "one way to start the day"
	gate('way', /\bwhat a way to (?:wake|start|begin|spend|end|greet|kick|be)\b/gi),
	// understatement: "certainly had a rough night", "quite the bumpy morning"
	gate(
		'certainly quite bit heck hell some',
		/\b(?:certainly|quite|(?:a )?bit of|one heck of|one hell of|some) (?:had )?(?:a |the )?(?:rough|wild|bumpy|lively|eventful|interesting|busy|memorable|crazy|hectic) (?:night|day|morning|evening|start|ride|week)\b/gi
	),
	// rhetorical jokes: "Who needs an alarm clock when…", "Earthquake or not, …", "…but here we are!"
	gate('needs need', /\bwho needs (?:an? |the )?[\p{L}-]+(?: [\p{L}-]+)? when\b/giu),
	gate(
		'quake earthquake aftershock aftershocks storm flood fire hack tremor tremors',
		/\b(?:(?:earth)?quake|aftershocks?|tremors?|storm|flood|fire|hack|explosion)s? or (?:not|no)[,!]/gi
	),
	gate('here', /\bbut here we are[!.]|\bhere we go again\b/gi),
	gate('overslept', /\boverslept\b/gi),
	// the disaster made small: "a little earthquake", "won't let a bit of shaking slow us down"
	gate(
		'little tiny bit wee just',
		/\b(?:a little|a tiny|a bit of an?|just a|a wee|a spot of) (?:earthquake|quake|tremor|shaking|shake|wobble|aftershock|storm|flood|fire|hack)\b/gi
	),
	gate(
		'slow stop',
		/\b(?:won't|will not|can't|cannot|doesn't|didn't) (?:let [^.!?]{1,30} )?(?:slow|stop) (?:us|them|our \p{L}+|this \p{L}+) (?:down|from)\b/giu
	),
	gate(
		'talk',
		/\btalk about an? (?:rude |rough |early |bumpy |wild )?(?:awakening|wake-?up call|night|morning|start|ride|welcome)\b/gi
	),
	gate(
		'plans',
		/\b(?:mother (?:nature|earth)|nature|the earth|the ground|fate)\b[^.!?]{0,30}\bhad other plans\b/gi
	),
	gate('ha hah heh hehe', /(?<![\d\p{L}] ?)\b(?:ha|hah|heh|hehe)\b(?=[.!,]|\s*$)/giu),
	// an exclamation whose words are light: "Good morning from a slightly wobbly consulate!", "What an adventure!"
	gate(
		'awakening adventure fun party wild crazy bumpy wobbly rocking exciting eventful memorable surprise entertaining',
		/[^.!?\n]*\b(?:awakening|adventure|fun|party|wild|crazy|bumpy|wobbly|rocking|exciting|eventful|memorable|surprise|entertaining)\b[^.!?\n]*!/gi
	),
	// a party, a sleepover or the best coffee in town, for people sheltering from a disaster
	gate(
		'party pyjama pajama fiesta disco',
		/\b(?:pyjama|pajama|house|block|dance|welcome|impromptu|surprise) part(?:y|ies)\b|\bfiesta\b|\bdisco\b/gi
	),
	gate(
		'best',
		/\b(?:still )?the best (?:coffee|tea|breakfast|food|view|company|seats?|party|place) in (?:town|the city|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)\b/gu
	),
	// structural: the disaster (or the city, the ground, nature) as a host or a prankster doing something social
	// to "us" — "gave everyone an early start", "reminding us who is boss", "spared us the trouble of…"
	gate(
		'gave give gives giving spared spare remind reminded reminding reminds treated treat surprised welcomed boss',
		/\b(?:earthquake|quake|aftershock|tremors?|ground|earth|city|town|nature|mother earth|(?:\p{Lu}[\p{L}-]+ )?(?!(?:We|I|You|They|He|She|It|Our|Their|This|That|Staff)\b)\p{Lu}[\p{L}-]+)\b[^.!?;]{0,25}\b(?:gave|gives|giving|give|spared|spare|treated|surprised|welcomed|remind(?:ed|ing|s)?)\b (?:us|everyone|everybody|all of us|the world|its visitors|visitors|our [\p{L}-]+)\b[^.!?;]{0,40}|\bwho(?:'s| is) (?:the )?boss\b/gu
	),
	// "At least the earthquake spared us…", "jokes aside", "add 'seismologist' to their CVs"
	gate(
		'least',
		/\bat least (?:the |this |that |tonight's )?(?:earthquake|quake|aftershock|tremors?|storm|flood|fire|hack|disaster|ground)\b[^.!?;]{0,60}/gi
	),
	gate('jokes joking kidding', /\b(?:jokes?|joking|kidding) aside\b/gi),
	gate(
		'cv cvs résumé resume',
		/\badd\b[^.!?;]{0,40}\bto (?:their|our|his|her|your|my) (?:cvs?|résumés?|resumes?)\b/gi
	),
	// hospitality framing for people sheltering: "the most popular address in town", "140 guests so far"
	gate(
		'popular sought-after hottest fashionable address venue spot destination',
		/\b(?:most|the) (?:popular|sought-after|hottest|fashionable|exclusive) (?:address|venue|spot|destination|place|hotel|night ?spot)\b/gi
	),
	gate('guests', /\b\d+ guests\b|\bguests so far\b/gi),
	// needing no coffee / no alarm to stay awake
	gate(
		'coffee caffeine alarm',
		/\b(?:nobody|no one|none of us|didn't|did not|don't|do not|no need|never)\b[^.!?;]{0,30}\b(?:needed|need|needs) (?:any |a |an )?(?:coffee|caffeine|alarm(?: clock)?)\b/gi
	),
	// ironic comparison with the ruins: "…which is more than the old town can say"
	gate('more say', /\b(?:which|that)(?:'s| is) more than [^.!?;]{1,40} can say\b/gi),
	// boredom, encores and rematches: the disaster as entertainment ("no boring Tuesday", "round two from the
	// ground", "not the wake-up call anyone ordered")
	gate('boring dull', /\b(?:boring|dull (?:day|night|week|evening|morning|moment))\b/gi),
	gate(
		'round encore sequel rematch act helping',
		/\bround (?:two|2|three|3)\b|\b(?:an? |the |its )?(?:encore|sequel|rematch|second act|second helping)\b/gi
	),
	gate('wake-up wake', /\bwake-?up call\b/gi),
	gate(
		'ordered booked signed mind asked',
		/\b(?:anyone|anybody|we|you|nobody|no one)(?: had)? (?:ordered|booked|signed up for|had in mind|asked for)\b/gi
	),
	// a comic anecdote: "swears she has never moved so fast in her life"
	gate(
		'swears swore never',
		/\bswear(?:s|s that)?\b|\bswore\b|\bnever (?:\w+ ){0,2}(?:so|this) (?:fast|quickly|quick|much|hard)\b[^.!?;]{0,20}\bin (?:his|her|my|our|their) (?:whole |entire )?li(?:fe|ves)\b/gi
	),
	// irony: "Sleep is overrated anyway", "holding up better than the plaster on its walls", "the ground had
	// one more thing to say", "just when the city thought…"
	gate('overrated', /\boverrated\b/gi),
	gate(
		'better stronger sturdier solid faster',
		/\b(?:better|stronger|sturdier|more solid|faster) than (?:the |our |its |their )?(?:plaster|walls?|buildings?|roofs?|ceilings?|bridges?|houses?|old town)\b/gi
	),
	gate(
		'say ideas',
		/\bhad (?:one more thing|something(?: else)?|more|the last word|its say) to say\b|\bhad other ideas\b/gi
	),
	gate('just', /\bjust when (?:[\p{L}'-]+ ){1,4}thought\b/giu),
	gate(
		'liveliest busiest hottest trendiest happening',
		/\b(?:liveliest|busiest|hottest|trendiest|most happening) (?:address|venue|spot|place|destination|hotel|party|courtyard)\b/gi
	),
	gate('guests', /\b(?:our|the consulate's|the embassy's) guests\b/gi),
	// session 26: an ironic comparison with ourselves ("still standing, unlike our nerves"), injuries made small
	// ("nothing a plaster can't fix"), the disaster personified ("the old town knows how to make an entrance")
	gate('hold', /\bhold on to your (?:hats|seats|coffee(?: cups?)?|cups|drinks|hair)\b/gi),
	gate('wheels', /\bwheels up\s*[,!]/gi),
	// a death told as a jokey euphemism ("clocked out for good", "kicked the bucket"), a life's work as a punchline ("a
	// twist in the final chapter"), a meme ("the ground said 'and I took that personally'", "vibes cancelled")
	gate(
		'clocked kicked bucket farm daisies dust feet checked twist chapter personally vibes',
		/\b(?:clocked out for good|kicked the bucket|bought the farm|pushing up (?:the )?daisies|bit the dust|six feet under|checked out for good|twist in the (?:final|last) chapter|took that personally|vibes? (?:cancelled|canceled|ruined|killed))\b/gi
	),
	gate(
		'unlike nerves sanity patience',
		/\bunlike (?:our|my|his|her|their|the team's) (?:nerves|sanity|patience|composure|dignity|hair(?:line)?|sleep)\b/gi
	),
	gate(
		'nothing plaster band-aid bandaid tea sleep paracetamol kiss',
		/\bnothing (?:a|some|an?) (?:[\p{L}-]+ )?(?:plaster|band-?aid|bandaid|cup of tea|night['’]s sleep|paracetamol|aspirin|kiss|hug|coffee)\b[^.!?;]{0,15}\b(?:can['’]t|cannot|won['’]t|couldn['’]t) (?:fix|cure|sort|mend|heal)\b/giu
	),
	gate(
		'knows entrance toes',
		/\bknows? how to (?:make an entrance|throw a party|get (?:our|your|everyone['’]s) attention|keep (?:us|everyone) on (?:our|their) toes)\b|\bkeep(?:s|ing)? (?:us|everyone) on (?:our|their) toes\b/giu
	),
	// puns: making the ground move
	gate(
		'make makes made making ground earth',
		/\b(?:make|makes|made|making) the (?:ground|earth) (?:move|shake|tremble)\b/gi
	),
	// session 27: bravado ("takes more than a 7.1 to shake this team"), the disaster that "didn't get the memo", "one
	// dance too many", getting the party going, "showing everyone how it's done"
	gate(
		'takes take memo brochure manual script rulebook forecast many party how',
		/\btakes? more than (?:a|an|one|some|the) (?:[^.!?;]|\.\d){1,30}? to (?:shake|stop|scare|rattle|faze|break|keep (?:us|this team|them) down)\b|\b(?:the (?:sea|storm|quake|earthquake|weather|volcano|fire|wind|ground|river|mountain|snow|flood|ocean)|it|(?:mother )?nature)(?: clearly| obviously| apparently)? (?:didn['’]t|did not|never) (?:get|read|see|check) the (?:[\p{L}-]+ ){0,3}?(?:memo|brochure|manual|script|rulebook)\b|\bone (?!death|life|victim|loss|casualty)\p{L}+ too many\b|\bget (?:a|the) party (?:rocking|started|going)\b|\bshowing (?:everyone|everybody|the world|them|you) how it['’]s done\b/giu
	)
];

const GATES: Gate[] = [
	gate(
		'shake shaken shakeup shaky shaking rock rocking rocked roll earth ground groundbreaking moving move crack house firm unshaken unshakable unshakeable wave splash flow fired hot fire blown storm weather weathering weathered crash rumble tremor fault faults keep took hit hack hacked shake shakes shook wobbly rattled rattly faster quicker bigger stronger louder longer nothing brings brought pulled swept knocked rug floor',
		PUNS
	),
	...LIGHT,
	...LIGHT_B
];

/** The nouns of hospitality framing ("140 guests so far", "the most popular venue in town"). */
const HOSPITALITY = new Set([
	'guest',
	'guests',
	'venue',
	'venues',
	'party',
	'hotel',
	'hotels',
	'address',
	'spot'
]);
/** Hospitality framing whose nouns are what the scenario itself is about: "70 guests" after a reception where
 * guests fell ill is a count, not hospitality framing for people sheltering (its facts or its news and internal
 * messages use the word). */
function literal(phrase: string, c: CompiledScenario): boolean {
	const own = c.derived.scenarioWords.factsAndMessages;
	const nouns = (phrase.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => HOSPITALITY.has(w));
	return nouns.length > 0 && nouns.every((w) => own.has(w));
}

/** Quotations in a text: an opening mark after a space or the start, a closing one before a space, punctuation or
 * the end (apostrophes inside words are not quotation marks). */
const QUOTE = /(?<=^|[\s(:])['‘"“][^'’"”\n]{1,80}['’"”](?=[\s.,!?;:)]|$)/g;
const quoted = (text: string, s: Span) =>
	[...text.matchAll(QUOTE)].some((m) => m.index! <= s.start && m.index! + m[0].length >= s.end);

/** The humour word is the false claim's own ("told them to take a joke"): repeating the myth is
 * myth-repetition's finding, not our joke. */
const fromClaim = (d: Parameters<Detector>[0], s: Span) => {
	const w = d.pt.text.slice(s.start, s.end).toLowerCase();
	return d.c.scenario.claims.some((c) => !c.truth && c.text.toLowerCase().includes(w));
};

export const humourInTragedy: Detector = (d) => {
	if (!d.tragedy) return [];
	const spans: Span[] = d.tone.hits
		.filter((h) => h.dim === 'humour' && h.weight >= 0.6)
		.map((h) => h.span)
		// "don't share it, even as a joke", "this is no joke"
		.filter(
			(s) =>
				!/\b(?:no|not|never|even as an?|as an?)\s+$/i.test(
					d.pt.text.slice(Math.max(0, s.start - 12), s.start)
				)
		)
		// words quoted from others ("A forged image claims she told them to 'take a joke'")
		.filter((s) => !quoted(d.pt.text, s) && !fromClaim(d, s))
		// others' jokes named ("People are dead and you're making jokes")
		.filter(
			(s) =>
				!/\b(?:you|you're|you are|they|they're|they are|people|some|others|trolls?|accounts?)\b[^.!?]{0,12}\b(?:making|telling|cracking|posting|sharing|spreading)\s+$/i.test(
					d.pt.text.slice(Math.max(0, s.start - 40), s.start)
				)
		)
		// others' jokes reported ("Some accounts are joking about her detention. It is no laughing matter.")
		.filter(
			(s) =>
				!/\b(?:accounts?|people|some|others|they|users|trolls|someone|critics|commentators|posts)\b(?:(?!\b(?:we|i|us|our)\b)[^.!?]){0,30}\b(?:are|is|were|was|keep|kept)\s+$/i.test(
					d.pt.text.slice(Math.max(0, s.start - 60), s.start)
				)
		);
	const gated = gatedSpans(d.pt, GATES);
	for (const raw of [...gated, ...topicPuns(d.pt, d.c)]) {
		const before = d.pt.text.slice(Math.max(0, raw.start - 10), raw.start);
		if (/\b(?:no|not|never)\s+$/i.test(before)) continue;
		const m = d.pt.text.slice(raw.start, raw.end);
		if (gated.includes(raw) && literal(m, d.c)) continue;
		const span = { start: raw.start + (m.length - m.trimStart().length), end: raw.end };
		if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
	}
	if (d.tone.tone.hostility < 0.5)
		for (const span of informalSpans(d, d.c.derived.scenarioWords.factsAndMessages))
			if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
	if (spans.length === 0) return [];
	spans.sort((a, b) => a.start - b.start);
	const f: Finding = {
		id: 'humour-in-tragedy',
		severity: 'major',
		message: `Humour in a tragedy: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Jokes, puns on the disaster and light-hearted framing amid casualties are among the most damaging official-account lapses (e.g. the 2018 “Poirot” tweet).',
		source: SOURCES.tone,
		spans
	};
	return [f];
};
