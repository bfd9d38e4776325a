/**
 * Blame by fault, for premature-blame: while the cause of an accident is still being established, a sentence that
 * names who was at fault — a driver, a crew, a company, a coast guard, an authority — and what they did wrong
 * ("took the bend far too fast", "reckless manoeuvre", "let the safety certificate lapse", "should never have
 * been…", "must be held accountable"). Early attributions of fault are often wrong and are remembered (CERC: say
 * what is known and that the cause is being established; the Costa Concordia and Germanwings statements were
 * revised within days). Hedged ("the cause is not yet known") or negated sentences are not blame.
 */
import type { Span } from '../types.ts';
import { hasAnyWord, sentencesOf, wordSet, type Detector } from './context.ts';

/** What someone did wrong, or a call for them to answer for it. */
const FAULT =
	/\b(?:(?:far |much |way )?too fast|at (?:high|excessive|reckless|dangerous) speeds?|speeding|reckless(?:ly|ness)?(?! (?:speculation|rumou?rs?|claims|posts|sharing))|negligen(?:t|ce)|careless(?:ly|ness)?|(?:was|were) (?:drunk|drinking|asleep|on (?:the|his|her) phone)|fell asleep|at fault|(?:is|are|was|were) (?:to blame|responsible for (?:the|this|it|what))|(?:be )?held (?:fully |personally |criminally )?(?:accountable|responsible|liable)|(?:must|should|will) (?:have to |need to )?answer for|take responsibility for what|cut corners|ignored (?:the |all |every |our |an? |repeated |months of |weeks of |days of )?(?:[\p{L}'’]+['’]s )?(?:[\p{L}-]+ ){0,2}?(?:warnings?|rules|safety|signs|limits|orders?|instructions|advice|calls?|pleas?|appeals?|requests?)|held to account|(?:has|have|had) (?:a lot|a great deal|much|plenty) to answer for|(?:had been|was|were|have been) (?:badly |poorly )?(?:neglected|poorly maintained|badly maintained)|poor (?:[\p{L}]+ )?maintenance|underinvestment|human error|let (?:the |its |their |his |her )?(?:[\p{L}'’-]+ ){0,4}(?:lapse|expire)|(?:lapsed|expired) (?:safety |inspection |roadworthiness )?(?:certificate|inspection|licen[cs]e|permit)|unlicensed|ran (?:a |the )?(?:red )?lights?|jumped the (?:red )?lights?|without (?:lights|a helmet|looking|a seat ?belt)|(?:at|behind) the wheel for (?:\d+|[a-z]+) (?:straight )?hours|(?<!\b(?:we|i)\s)should never have (?:been )?(?:\p{L}+ing|travell?ed|sailed|driven|booked|ventured|left|set (?:off|out|sail)|allowed to|permitted to|cleared to|let (?:it|her|him|them|the))|(?:authorities|port control|coast ?guard|police|government|ministry|operator|company|owners?|airline|organi[sz]ers) (?:should|ought to) have (?:warned|stopped|checked|closed|acted|known|inspected|evacuated|intervened)|(?:failed|neglected) to (?:maintain|inspect|check|stop|slow|warn|follow|keep|patch|update|secure|manage|monitor)|(?:has|have|had) (?:attacked|hacked|breached|infiltrated|sabotaged|stolen from) (?:our|the)\b|(?:failed|let down|abandoned) (?:our|the|these|those|all (?:the|our|those)) (?:fans|supporters|people|citizens|nationals|passengers|children|pupils|students|victims|families|workers|miners|guests|travell?ers|tourists|campers)\b|rammed|(?:manoeuvre|maneuver|error|mistake|blunder|decision) (?:that )?(?:sank|caused|killed|led to)|(?:must|should|will) face (?:justice|the (?:full )?consequences|the full force)|(?:has|have|had) (?:some |serious |many |real |hard |tough |urgent )?questions to answer|(?:everything|it all|all the evidence|the evidence|(?:early |all (?:the )?|the )?(?:signs?|indications?)) (?:all )?points? (?:to|at)|an inside job|(?:guards?|police(?:men)?|officers|soldiers|jailers|wardens) (?:killed|murdered|tortured|beat|starved) (?:him|her|them)\b|(?:was|were|is) (?:clearly |entirely |largely )?(?:caused|made worse) by (?:the )?[\p{L}'’ ]{0,30}(?:failure|negligence|error|mistake|incompetence|delay|delays)|(?:murdered|assassinated|executed|tortured to death|beaten to death|killed) by (?:the )?(?:regime|government|police|state|security services?|authorities|army|military|guards?|prison (?:guards|staff))|(?:the )?(?:responsibility|blame) (?:lies|rests) (?:with|on)|(?:bears?|carries|carry) (?:the |full |sole |all |direct )?(?:responsibility|blame) for|(?:was|were|is) (?:entirely |completely |totally |wholly )?(?:avoidable|preventable)|(?:has|have|had) blood on (?:their|his|her|its) hands|(?:faulty|defective|shoddy|substandard|dodgy) (?:wiring|brakes|equipment|construction|materials|repairs|maintenance)\b[^.!?;]{0,40}\b(?:has|have|had) cost|(?:an? )?act of terror(?:ism)? (?:by|from)|terror(?:ist)? attack (?:by|carried out by))\b/iu;

/** Who: the people and bodies an accident is blamed on (a capitalised name is checked separately). */
const ACTOR =
	/\b(?:driver|drivers|cyclist|cyclists|pedestrian|pedestrians|rider|pilot|pilots|captain|skipper|crew|crews|operator|operators|company|companies|firm|owner|owners|coast ?guard|navy|vessel|ship|ferry|boat|port|authority|patrol (?:boat|ship|vessel)|organi[sz]ers?|contractor|contractors|engineers?|authorities|police|government|ministry|staff|management|airline|carrier|school|schools|hotel|hotels|resort|resorts|hostel|venue|landlord|caterer|caterers|catering|supplier|suppliers|guides?|union|utility|utilities|power company|builders?|manufacturer|agency|regime|militia|rebels?|mob|arsonists?|extremists?|terrorists?|gangs?|guards?|wardens?|jailers?|officers|soldiers|those who|whoever|someone|somebody|he|she|they|hotels?)\b/i;

const TRIGGERS = wordSet(
	'culprit culprits betrayed caught act struck beaten clubbed murdered followed stems stemmed hacked breached compromised hijacked blame responsibility warnings caused shoddy poor sloppy botched substandard faulty cheap dangerous killed cost should ought robbers thieves muggers gang bandits carjackers burglars robbery mugging carjacking burglary hit-and-run bears bear carries carry how operation campaign handiwork lit failure pushed stormed charged broke tore knocked threw rushed abandoned down happens gang group service hacker hackers farm network because someone result consequence product patch secure attacked hacked breached infiltrated sabotaged stolen guards police officers soldiers jailers wardens caused failure negligence incompetence murdered assassinated executed tortured beaten killed signs indications inside blood faulty defective shoddy substandard dodgy terror terrorism terrorist looks look looked seems seem seemed smells arson sabotage deliberately intentionally because face questions points point lies rests avoidable preventable caused triggered started sparked led result held account neglected maintained maintenance underinvestment human fast speed speeds speeding reckless recklessly recklessness negligent negligence careless carelessly drunk drinking asleep fault blame responsible held answer responsibility corners answer ignored wheel ran jumped lights lights helmet looking lapse expire lapsed expired unlicensed never failed neglected rammed manoeuvre maneuver error mistake blunder decision'
);

/** Our own fault owned ("a human error by our team, and the ministry takes full responsibility") is an apology,
 * not blame. */
export const FAULT_OURS =
	/\b(?:the )?(?:fault|error|mistake|responsibility|blame) (?:is|was|lies with|rests with) (?:ours|(?:all |entirely )?(?:the ministry|the embassy|the consulate|ours)['’]?s?)\b/i;
const OWNED =
	/\b(?:(?:the )?(?:fault|error|mistake|responsibility|blame) (?:is|was|lies with|rests with) (?:ours|(?:all |entirely )?(?:the ministry|the embassy|the consulate|ours)['’]?s?)\b|by (?:our|us)\b|our (?:own )?(?:team|staff|press team|colleague|mistake|error|fault)|(?:the )?responsibility is ours|(?:we|the ministry|the embassy) (?:take|takes|accept|accepts) (?:full )?responsibility)/i;

/** Denied, hedged or conditional fault. */
const HEDGED =
	/\b(?:(?:still |is |remains )?under investigation|on suspicion of|not (?:yet )?(?:known|clear|established|confirmed)|(?:do|does|did)(?: not|n't) (?:yet )?know|(?:what|how|whether|who) (?:caused|triggered|led to)|false|untrue|(?:is|are|was|were|'s) (?:a )?(?:doctored|fake)|(?:doctored|fake) (?:news|claims?|stor(?:y|ies)|videos?|clips?|rumou?rs?|reports?|posts?|images?|photos?)|unfounded|baseless|if (?:true|confirmed|so|correct)|unclear|unknown|too early|whether|if (?:anyone|any|someone)|investigat\w+ (?:whether|what|how|why)|no (?:evidence|sign|indication)|not (?:speculate|blame|guess)|won't (?:speculate|blame|guess)|will not (?:speculate|blame|guess)|rather than|instead of|once the (?:inquiry|investigation))\b/i;

/** The cause stated as fact: "This outbreak was caused by contaminated water". */
const CAUSE =
	// session 28: "The breach happened because our outside IT supplier failed to patch…", "someone inside the embassy
	// helped the attackers", "Today's attack is the result.", "a criminal gang going after visa applicants did this"
	/\b(?:a|an|the) (?:criminal gang|gang|criminal group|criminal network|hacker group|group of hackers|hackers|troll farm|foreign service|intelligence service)\b[^.!?;]{0,40}\b(?:did (?:this|it)|(?:is|was|are|were) behind (?:this|it)|carried (?:this|it) out)\b|\b(?:was|is|were) (?:a |an )?(?:clear |obvious |total |complete )?failure of (?:the )?(?:police|authorities|organi[sz]ers|security|stewards|crowd control|police crowd control|government)\b|\bafter (?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} )?(?:supporters|fans|protesters|demonstrators|rioters|police|officers|guards|activists) (?:pushed|attacked|stormed|charged|broke|tore|knocked|set fire|threw|rushed)\b|\bwhich is how (?:the )?(?:[\p{L}-]+ ){0,2}(?:got in|got access|gained access|broke in|did it|got hold of)\b|\b(?:an? |the )?(?:operation|campaign|attack|job|work|handiwork) (?:of|by) (?:a |an )?(?:foreign|hostile) (?:state|power|government|country)(?:['’]s)?(?: (?:services|intelligence|agents|spies))?\b|\bis what happens when (?:a|an|the|you|people) (?:[\p{L}-]+ ){0,3}(?:ignores?|cuts?|skimps?|fails?|neglects?|refuses?)\b|\b(?:is|was|are|were) the (?:direct |inevitable )?(?:result|consequence|product) of (?:the )?(?:government|authorities|police|regime|army|military|minister|ministry)['’]?s?\b|\b(?:murdered|killed|shot(?: dead)?|stabbed|attacked) by (?:a |the )?(?:robbers|thieves|muggers|gang(?: members)?|bandits|carjackers|burglars)\b|\b(?:was|is) (?:clearly |obviously |surely |simply )?(?:a |an )?(?:robbery|mugging|carjacking|burglary|hit-and-run|terror(?:ist)? attack)(?: gone wrong)?\b(?=[^.!?;]{0,30}(?:nothing more|[.!;,]|$))|\bbecause (?:the )?(?:[\p{L}-]+ ){0,4}(?:failed|broke down|was negligent|were negligent|fell asleep|looked away)\b|\b(?:caused|led|forced) (?:the |this )?(?:[\p{L}-]+ ){0,3}to (?:collapse|fail|burst|give way|break|sink|capsize|crash|derail|explode|catch fire)\b|\b(?:happened|occurred|was possible|started|began|got in) because\b(?! of (?:the )?(?:storm|weather|avalanche|earthquake|quake|floods?|rain|wind|snow|fog|ice|heat)\b)|\bsomeone (?:inside|within|at|in) (?:the |our )?(?:embassy|consulate|ministry|company|office|team|building)\b[^.!?;]{0,30}\b(?:helped|let|leaked|gave|shared|opened)\b|\b(?:today's|the|this|that) (?:attack|breach|hack|leak|crash|collision|fire|collapse|disaster|tragedy|accident) (?:is|was) (?:the )?(?:direct |inevitable )?(?:result|consequence|product) of\b|\b(?:today's|the|this|that) (?:attack|breach|hack|leak|crash|collision|fire|collapse|disaster|tragedy|accident) (?:is|was) the (?:direct |inevitable )?(?:result|consequence)\s*[.!]|\b(?:looks?|looked|seems?|seemed|smells?) like (?:arson|sabotage|a deliberate (?:act|attack)|an? (?:attack|bomb|arson attack))\b|\b(?:was|is) (?:clearly |obviously |surely )?(?:arson|sabotage)\b|\b(?:deliberately|intentionally) (?:set|started|lit)\b|\b(?:died|dead|killed|injured|hurt|sank|capsized|crashed|derailed|collapsed|fell ill) because(?! of (?:the )?(?:storm|avalanche|weather|waves|earthquake|quake))|\b(?:outbreak|crash|collision|accident|fire|wildfire|blaze|inferno|explosion|derailment|sinking|capsizing|illness|poisoning|contamination|flood\w*|incident|disaster|blast|collapse|avalanche|stampede|crush|abduction|kidnapping|attack|shooting|hostage-taking|blackout|outage|power cut|landslide|mudslide|rockfall|breach|hack)\b[^.!?;]{0,40}\b(?:(?:was|were|is|has been|had been) (?:clearly |obviously |evidently |surely |undoubtedly |probably |almost certainly |most likely |very likely |in all likelihood |definitely )?(?:caused|triggered|started|sparked|set|lit) by|(?:is|was) (?:the )?(?:direct |inevitable )?result of)\b|\b(?:caused|triggered|led to) (?:the |this |tonight's |today's |yesterday's |last night's |this morning's |this afternoon's )?(?:[\p{L}-]+ )?(?:derailment|crash|collision|accident|fire|explosion|outbreak|sinking|disaster|flooding|collapse|blackout|outage|power cut|landslide|mudslide|fall|failure|accident)\b|\b(?:carr(?:y|ies)|bears?|shoulders?) (?:the )?(?:blame|responsibility) for (?:this|it|the [\p{L}-]+)\b|\b(?:carr(?:y|ies)|bears?) the blame\b|\b(?:are|is|were|was) the real culprits?\b|\b(?:has|have) betrayed (?:the |our )?trust\b|\b(?:has|have) been caught (?:selling|taking|stealing|accepting|red-handed)\b|\b(?:killed|shot|beaten|struck|hit|attacked|murdered|clubbed) by (?:a |an |the |one of (?:the|their) )?(?:[\p{L}-]+ )?(?:riot )?(?:police(?:man|men|woman)?|officers?|soldiers?|troops|security forces|guards?)\b|\b(?:followed|came after|comes after|is the result of|was the result of|stems? from|stemmed from) (?:years|decades|months) of (?:lax|poor|weak|negligent|careless|corrupt|underfunded|under-funded|neglected|shoddy)\b[^.!?;]{0,40}|\b(?:hacked|breached|compromised|taken over|hijacked)\b[^.!?;]{0,20}\b(?:after|because|when) (?:a |an |one of our |our |the )?(?:staff member|employee|colleague|member of staff|user|intern|staffer)s?\b[^.!?;]{0,30}\b(?:fell for|clicked|opened|gave|shared|used|reused)\b|\b(?:government|authorities|governor|ministry|council|operator|company|police|organi[sz]ers)\b[^.!?;]{0,30}\bfailed to (?:act on|heed|respond to|listen to) (?:the |clear |repeated |many |early )?warnings\b/iu;

/** A named company or body's work called bad, or said to have killed: "Hallgren Infrastructure's shoddy work on the
 * bridge", "SunArc Live's failure to provide water killed one of our young people", "the 2023 renovation killed our
 * nationals" (case-sensitive: the name's capitals are checked). */
const ACTOR_WORK =
	/\b\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}['’]s? (?:\d{4} )?(?:[Ss]hoddy|[Pp]oor|[Ss]loppy|[Bb]otched|[Nn]egligent|[Cc]areless|[Ss]ubstandard|[Ff]aulty|[Cc]heap|[Dd]angerous) (?:work|workmanship|repairs?|renovation|maintenance|construction|design|inspections?|planning|organi[sz]ation)\b|\b(?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}['’]s?|[Tt]he|[Tt]heir|[Ii]ts) (?:\d{4} )?(?:failure to [\p{L}-]+(?: [\p{L}-]+){0,4}?|renovation|repairs|negligence|incompetence|cuts|cost-cutting|corner-cutting|greed|mismanagement) (?:killed|caused|cost the lives of|cost lives)\b/gu;

/** The words ACTOR_WORK needs (a cheap test first). */
const WORK_WORDS =
	/\b(?:shoddy|poor|sloppy|botched|negligent|careless|substandard|faulty|cheap|dangerous|killed|caused|cost)\b/i;

/** Sentences that name who was at fault, or the cause, while the cause is pending. */
export function faultBlame(d: Parameters<Detector>[0]): Span[] {
	if (!hasAnyWord(d.pt, TRIGGERS)) return [];
	const out: Span[] = [];
	for (const whole of sentencesOf(d.pt)) {
		// (a question asks, it does not assert: "Was the boat rammed on purpose? No.")
		if (OWNED.test(whole.text) || /\?\s*$/.test(whole.text)) continue;
		// a hedge counts in its own clause and after it: "The claim online is false: the blackout was caused by…" still
		// states a cause; "X caused it, though this is not yet confirmed" does not
		// (most sentences state no cause or fault at all: one test of the whole sentence first)
		ACTOR_WORK.lastIndex = 0;
		const work = WORK_WORDS.test(whole.text);
		if (
			!CAUSE.test(whole.text) &&
			!FAULT.test(whole.text) &&
			!(work && ACTOR_WORK.test(whole.text))
		)
			continue;
		const parts = HEDGED.test(whole.text)
			? [...whole.text.matchAll(/[^:;]+[:;]?/g)]
			: [Object.assign([whole.text], { index: 0 })];
		for (const m of parts) {
			const rest = whole.text.slice(m.index);
			if (HEDGED.test(rest)) continue;
			const at = whole.start + m.index;
			ACTOR_WORK.lastIndex = 0;
			const cause = CAUSE.exec(m[0]) ?? (work ? ACTOR_WORK.exec(m[0]) : null);
			if (cause) {
				out.push({ start: at + cause.index, end: at + cause.index + cause[0].length });
				break;
			}
			const f = FAULT.exec(m[0]);
			if (!f) continue;
			const before = m[0].slice(Math.max(0, f.index - 14), f.index);
			if (/\b(?:not|no|never|n't|nobody|no one)\s*(?:\w+\s*)?$/i.test(before)) continue;
			// someone to blame: an actor word, or a name ("Belgora Tours", "the Kestrian Coast Guard's") other than the
			// sentence's first word
			if (!ACTOR.test(whole.text) && !/(?<=\S\s+)\p{Lu}[\p{L}-]+/u.test(whole.text)) continue;
			out.push({ start: at + f.index, end: at + f.index + f[0].length });
			break;
		}
	}
	return out;
}
