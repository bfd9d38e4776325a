/**
 * Puns and idioms on the disaster's own subject, for humour-in-tragedy: an idiom whose literal words belong to what
 * the scenario is about ("something fishy" when a fishing boat sank, "a real pane" when the embassy's windows were
 * smashed, "hit the high notes" when a choir's coach crashed, "a breath of fresh air" in an outbreak). The idiom
 * counts only when the scenario's own texts (title, summary, facts, events) speak of that subject, so the same
 * words stay clean elsewhere (unless the post's own sentence names the subject). Idioms chosen because they are almost never meant literally in an official post.
 * Source: the 2018 "Poirot" tweet and similar cases in the research notes (puns on a tragedy read as mockery).
 */
import type { CompiledScenario } from '../compiled.ts';
import type { Span } from '../types.ts';
import type { PostText } from '../text/post-text.ts';
import { allMatches } from '../text/matches.ts';
import { sentenceAt } from './context.ts';

/** [idiom, words of its subject: the scenario must use one of them]. */
const IDIOMS: [RegExp, RegExp][] = [
	[
		/\b(?:something(?:'s| is)? (?:a bit |rather |very )?fishy|(?:looks?|sounds?|smells?|seems?) (?:a bit |rather |very )?fishy|plenty (?:more )?(?:of )?fish in the sea|(?:like a )?fish out of water|(?:a )?(?:different|whole other) kettle of fish|hook,? line,? and sinker|off the hook)\b/i,
		/\b(?:fish\w*|trawler|boat|vessel|harbour|harbor|sea|catch)\b/i
	],
	[
		/\b(?:(?:a |that )?sinking feeling|sink or swim|rock(?:ing)? the boat|all hands on deck|plain sailing|smooth sailing|uncharted waters|in deep water|making waves|(?:keep|keeping|kept) (?:our|their|your) heads? above water|(?:missed|miss) the boat|(?:in )?the same boat|that ship has sailed|a sea change|(?:keep|keeping|kept) (?:\w+['’]s |our |their |everyone['’]s )?spirits afloat|(?:stay|staying|keep|keeping) (?:us |everyone )?afloat)\b/i,
		/\b(?:boat|ship|vessel|ferry|sank|sinking|sunk|capsi[sz]ed|trawler|crew|sea|flood\w*|drown\w*|shipwreck)\b/i
	],
	[
		/\b(?:(?:a |such a |real |royal )pane|pane in the|window of opportunity|smashing (?:time|night|success|job|evening)|glass half (?:full|empty)|shatter(?:ed|ing)? (?:records|expectations))\b/i,
		/\b(?:window|windows|glass|pane|panes|smash\w*|shatter\w*)\b/i
	],
	[
		/\b(?:hit(?:s|ting)? (?:all )?the (?:high|right|wrong|low) notes?|(?:on|end(?:ed)? on) a (?:high|low|sour|sad) note|(?:hit|struck) a (?:tragic |sad |sour )?(?:low|high|bum|wrong) note|strike a chord|struck a chord|face the music|swan song|pitch[- ]perfect|change (?:our|their|your|its) tune|music to (?:our|my|your) ears|(?:from|off) the same hymn ?sheet|encore)\b/i,
		/\b(?:choir|concert|music\w*|festival|singer\w*|band|orchestra|tour|song\w*|sing\w*)\b/i
	],
	[
		/\b(?:bumpy ride|off the rails|crash(?:ed)? and burn(?:ed|t)?|in the fast lane|(?:a |the )?road to nowhere|hit the (?:skids|buffers)|(?:(?:a|the) )?wheels (?:came|have come|are coming) off|back in the driving seat|in the driving seat)\b/i,
		/\b(?:coach|bus|car|crash\w*|road|driver|train|rail\w*|derail\w*|collision|accident)\b/i
	],
	[
		/\b(?:smoking gun|playing with fire|(?:add(?:s|ed|ing)?|pour(?:s|ed|ing)?) fuel (?:to|on) the (?:fire|flames)|where there's smoke|up in smoke|(?:a |the )?burning question|(?:in )?hot water|fired up|baptism of fire)\b/i,
		/\b(?:fire\w*|blaze|smoke|burn\w*|flames?|explosion|arson|wildfire)\b/i
	],
	[
		/\b(?:(?:a )?breath of fresh air|(?:take|took|takes) (?:your|our|my) breath away|(?:something|love) in the air|under the weather|(?:catching|caught) the bug|(?:infectious|contagious) (?:enthusiasm|smile|energy|laugh\w*|mood|spirit)|(?:a|the) bug (?:going|doing the) rounds?)\b/i,
		/\b(?:outbreak|virus|illness|disease|respiratory|infect\w*|flu|epidemic|pandemic|quarantine|legionella|contagi\w*)\b/i
	],
	[
		/\b(?:turbulent (?:times|week|day|night)|crash landing|(?:on )?autopilot|sky'?s the limit|flying high|touch and go|(?:things|it|this) (?:took|is taking) off)\b/i,
		/\b(?:plane|aircraft|flight|airline|airport|crash\w*|jet|pilot|runway)\b/i
	],
	// session 26: a mine, an avalanche or snow, a collapse
	[
		/\b(?:strik(?:e|es|ing) gold|struck gold|worth (?:its|their|his|her) weight in gold|a gold mine of|digging deep|dig(?:ging)? (?:ourselves|themselves) (?:in|out)|(?:hit|hitting) rock bottom|between a rock and a hard place|the tip of the iceberg)\b/i,
		/\b(?:mine|mines|miners?|mining|gold|quarry|tunnel|collapse\w*|rubble|underground)\b/i
	],
	[
		/\b(?:snowed under|snowball(?:ing|ed)? effect|(?:an )?avalanche of (?:messages|calls|support|questions|love|posts)|(?:break|broke|breaking) the ice|on thin ice|chill(?:ed)? out|cool(?:ing)? off)\b/i,
		/\b(?:avalanche|snow\w*|ice|glacier|blizzard|mountain|slope)\b/i
	],
	// session 32: tear gas, smoke
	[
		/\b(?:clear(?:ed|ing|s)? the air|(?:what )?a gas\b|gassed up|(?:there's )?something in the air|up in the air)\b/i,
		/\b(?:tear ?gas|gas|smoke|pepper spray|fumes)\b/i
	],
	// session 32: a storm (elsewhere "a storm in a teacup" belittles, it does not joke); a bridge, a river; heat
	[
		/\b(?:(?:a )?storm in a teacup|(?:the )?calm before the storm|any port in a storm|(?:took|take|taking) (?:the |[a-z]+ )?by storm|(?:a )?whirlwind (?:tour|visit|romance|week))\b/i,
		/\b(?:storms?|cyclone|hurricane|typhoon|gales?|tornado|wind)\b/i
	],
	[
		/\b(?:bridg(?:e|es|ed|ing) the gap|cross (?:that|this) bridge|water under the bridge|a bridge too far|burn(?:ed|t|ing)? (?:our |their |your |its |any |all )?bridges|go(?:es|ing)? with the flow|swept off (?:our|their|your) feet|sold (?:us |them |you )?down the river)\b/i,
		/\b(?:bridges?|span|river|viaduct|flood\w*)\b/i
	],
	[
		/\b(?:(?:the )?hott?est (?:ticket|show|event|spot|place) in town|(?:a |the )?hot ticket|feel(?:ing|s)? the heat|the heat is on|too hot to handle|turn(?:ed|ing|s)? up the heat|(?:keep|keeping|kept|lose|losing|lost) (?:our|their|your|his|her) cool|(?:a )?scorch(?:er|ing) (?:of a |set|show|performance|success|gig)|sizzling|red[- ]hot (?:show|set|lineup|line-up|ticket)|(?:some like|like) it hot|hot stuff|(?:this|that) hot\b)\b/i,
		/\b(?:heat\w*|temperatures?|hot|scorching|heatstroke|sun\w*)\b/i
	]
];

const GLOBAL = IDIOMS.map(([idiom]) => new RegExp(idiom.source, 'gi'));
const SUBJECTS = new WeakMap<CompiledScenario, boolean[]>();

/** Which idioms' subjects the scenario speaks of (memoised per scenario). */
function subjects(c: CompiledScenario): boolean[] {
	let on = SUBJECTS.get(c);
	if (on) return on;
	const s = c.scenario;
	const text = [
		s.title,
		s.summary,
		...s.facts.map((f) => f.text),
		...s.events.map((e) => e.text)
	].join(' ');
	on = IDIOMS.map(([, subject]) => subject.test(text));
	SUBJECTS.set(c, on);
	return on;
}

/** Idioms on the scenario's own subject in the post, or on a subject the post's own sentence names ("the police really
 * 'cleared the air' with all that tear gas"). */
export function topicPuns(pt: PostText, c: CompiledScenario): Span[] {
	const on = subjects(c);
	const out: Span[] = [];
	GLOBAL.forEach((g, i) => {
		// (off the scenario's subject, only a post that names the subject itself can pun on it)
		if (!on[i] && !IDIOMS[i][1].test(pt.text)) return;
		for (const m of allMatches(g, pt.text)) {
			if (!on[i]) {
				const s = sentenceAt(pt, m.index!);
				const rest = s ? s.text.replace(m[0], ' ') : '';
				if (!IDIOMS[i][1].test(rest)) continue;
			}
			out.push({ start: m.index!, end: m.index! + m[0].length });
		}
	});
	return out;
}
