/**
 * victim-blaming: holding the people hit by the crisis responsible for their plight — "should have known
 * better", "only have themselves to blame", "ignored our advice", "if people had stayed indoors…", "never a
 * sensible choice", "anyone who'd left last week wouldn't be stuck now". Care told too late counts in a reply to the
 * person hit ("it pays to check a link before typing your passport number"). Self-criticism ("we should have posted
 * sooner"), advice to everyone ("please register now") and a reproach about asking (belittling) are not blame.
 * CERC: show respect; research note C9 (no blame of victims).
 */
import type { Finding } from '../types.ts';
import { gate, gatedSpans, SOURCES, type Detector, type Gate } from './context.ts';
import { ADVICE, VICTIM } from './stance.ts';
import { GATES_B } from './victim-cues-b.ts';
import { toldTooLate } from './victim-too-late.ts';

const PEOPLE =
	'(?:people|they|them|those|anyone|anybody|everyone|everybody|you|citizens|nationals|residents|tourists|travell?ers|families|victims|applicants|visitors|locals|he|she|some|many|others|who)';
const BLAME_VERBS =
	'(?:known|listened|left|heeded|followed|registered|stayed|thought|checked|controlled|verified|read|built|evacuated|planned|prepared|asked|reconsidered|thought twice|looked|waited|booked|been (?:more )?(?:careful|sensible|prudent|cautious)|taken (?:our|the) advice)';
/** Going at all, blamed: "families should not have come", "should never have travelled". */
const WENT = '(?:come|gone|travell?ed|booked|stayed|clicked|trusted|believed)';

const GATES: Gate[] = [
	// "…should have known better", not "we should have…", not "you should have received…"
	gate(
		"should ought could should've shoulda shouldn't",
		new RegExp(
			`(?<!\\b(?:we|i|our team|the embassy|the ministry)(?: really| clearly)?\\s)\\b(?:(?:should|ought to|could) have|should've|shoulda) ${BLAME_VERBS}\\b|\\b${PEOPLE}\\b[^.!?;]{0,30}\\b(?:should(?: not|n't| never)|ought not to) have ${WENT}\\b`,
			'gi'
		)
	),
	gate(
		'should must',
		new RegExp(
			`\\b${PEOPLE}\\b[^.!?;]{0,40}\\b(?:should|must) (?:really )?(?:be|have been) (?:more )?(?:careful|sensible|responsible|prudent)\\b`,
			'gi'
		)
	),
	gate(
		'blame',
		/\b(?:only )?(?:have|has|had) (?:only )?(?:themselves|yourselves|yourself|himself|herself) to blame\b/gi
	),
	gate(
		'fault doing choice responsibility',
		/\b(?:their|your|his|her) own (?:fault|doing|choice|responsibility)\b/gi
	),
	gate(
		'brought',
		/\bbrought (?:it|this|that) (?:up)?on (?:themselves|yourselves|yourself|himself|herself)\b/gi
	),
	// "anyone who travelled … with the protests building took a risk"
	gate(
		'risk',
		/\b(?:anyone|anybody|those|people|tourists|travell?ers|visitors|families|you|they)\b(?: who\b[^.!?;]{0,60})?\s(?:took|were taking|are taking|knowingly took) (?:a|that|the|their|this|a big|a real|a serious) risk\b/gi
	),
	// "Staying near the airport during the protests was never advisable."
	gate(
		'advisable wise idea sensible',
		/\b(?:staying|travell?ing|going|remaining|coming|visiting|camping|walking)\b[^.!?;]{0,60}\b(?:was|is) never (?:advisable|wise|a (?:good|wise|sensible) idea|sensible)\b/gi
	),
	gate('made', /\bmade (?:their|your|his|her) (?:own )?(?:choice|decision|bed)\b/gi),
	// "people who chose to travel now have to accept that"; "was always going to be risky"
	gate(
		'chose decided opted',
		/\b(?:people|those|anyone|travell?ers|tourists|visitors|you|they|families|nationals)(?: who)? (?:chose|decided|opted) to\b[^.!?;]{0,60}\b(?:have to|has to|must|should|need to|will have to) (?:accept|live with|bear|face)\b/gi
	),
	gate(
		'always never',
		/\b(?:was|were|is) always going to (?:be (?:risky|dangerous|a gamble|a risk)|end badly)\b|\b(?:was|were|is) always (?:a|an) (?:\w+ )?(?:gamble|risk|risky (?:bet|choice))\b|\b(?:was|were) never going to be (?:real|genuine|legitimate|legit|true|safe)\b/gi
	),
	// "staying on was a choice", "should have rung alarm bells", "the warning signs were there for weeks"
	gate(
		'choice decision gamble',
		/\b(?:staying|remaining|travell?ing|going|coming|ignoring|clicking|entering|sharing)\b[^.!?;]{0,30}\b(?:was (?:a|their|your|his|her)|is (?:their|your|his|her)) (?:own )?(?:choice|decision|gamble)\b/gi
	),
	gate(
		'alarm bells flag flags suspicions warning signs',
		/\bshould (?:really |surely )?(?:have )?(?:rung|ring|raised|raise|set off) (?:a few |some |any |a couple of )?(?:alarm bells|a red flag|red flags|suspicions?)\b|\b(?:the )?warning signs were (?:there|clear|obvious)\b/gi
	),
	// the people hit said to have known the risk, told to think twice, or said never to have been there: "crews
	// who fish there at night know the risks", "schools should think twice before…", "the boat should never have
	// been fishing so close"
	gate(
		'know knew knows understand understood accept accepted',
		new RegExp(
			`\\b(?:${PEOPLE}|crews?|skippers?|fishermen|drivers?|parents|schools?|organi[sz]ers|passengers|students|pupils|teachers|[a-z]{3,}(?:ers|ors|ists|grims|ees))\\b[^.!?;]{0,60}\\b(?:know|knew|knows|understand|understood|accept|accepted) (?:full well |very well |perfectly well )?(?:the|all the|what the) (?:risks?|dangers?|sensitivities|rules)\\b`,
			'gi'
		)
	),
	// the person hit told what they should not have done ("The injured guard should not have stepped outside"),
	// the group told to choose better or take care ("make more responsible choices", "should take more care where
	// they go"), or said to know the sensitivities
	gate(
		'should shouldn',
		/\b(?:the|this|that|these|those|our|their) (?:injured|missing|detained|dead|hurt|arrested|jailed|stranded|sick) (?:[\p{L}-]+ )?(?:guard|guards|man|woman|men|women|journalist|reporter|worker|workers|crew|driver|student|students|tourist|tourists|passenger|passengers|colleague|officer|national|nationals|citizen|citizens|boy|girl|child|children|people)\b[^.!?;]{0,20}\b(?:should not|shouldn't|should never|ought not to) have (?:been )?\p{L}+(?:ed|ing|en)\b/giu
	),
	gate(
		'choices decisions care',
		/\b(?:make|making|made) (?:more )?(?:responsible|sensible|better|wiser|safer|smarter) (?:choices|decisions)\b|\bshould (?:take|have taken|be taking) (?:more |greater |better )?care (?:where|when|how|what|with)\b/gi
	),
	gate(
		'without',
		/\b(?:the|a|that|this) (?:injured |young |teenage )?(?:cyclist|pedestrian|rider|victim|child|boy|girl|teenager|motorcyclist)\b[^.!?;]{0,50}\bwithout (?:lights|a light|a helmet|looking|a seat ?belt|high-visibility)\b/gi
	),
	gate(
		'ignore ignored ignores',
		/\b(?:travell?ers|tourists|people|visitors|passengers|those|anyone|drivers|sailors|skippers|crews)\b (?:who|that) (?:choose to |chose to )?(?:ignore|ignored|ignores|disregard|disregarded) (?:the |our |official |all |repeated |months of |weeks of |days of )?(?:[\p{L}-]+ ){0,3}?(?:warnings?|advice|alerts?|orders?|forecasts?|clouds|signs|instructions|guidance)\b[^.!?;]{0,30}\b(?:should|must|can|will have to|get|gets|got|pay|pays|paid|suffer|suffers|deserve|deserved|now)\b/giu
	),
	// "If you skipped our travel advice and are now stuck…", "a painful lesson for parents"
	gate(
		'skipped ignored disregarded follow heed lesson lessons',
		/\bif (?:you|they|people|anyone) (?:skipped|ignored|disregarded|chose to ignore|did not (?:follow|heed)|didn['’]t (?:follow|heed)) (?:our |the |official |all )?(?:[\p{L}-]+ ){0,2}?(?:advice|warnings?|alerts?|orders?|guidance|instructions)\b[^.!?;]{0,40}\b(?:stuck|trapped|stranded|in trouble|paying the price)\b|\b(?:(?:painful|hard|harsh|bitter|costly|tough|sad) )?lessons? (?:for|to) (?:all )?(?:parents|families|travell?ers|tourists|passengers|visitors|students|pupils|trekkers|hikers|climbers|skiers|holidaymakers|festival-?goers|applicants|workers|miners)\b/giu
	),
	gate(
		'instead',
		/\b(?:the injured|the victims|the dead|those (?:hurt|injured|who died)|(?:many|most|some) of the (?:injured|victims|dead|passengers))\b[^.!?;]{0,50}\binstead of\b/gi
	),
	// session 26: the scammed "fell for it because they didn't check", told to "think more carefully about where
	// you go"
	gate(
		'fell taken fooled scammed',
		/\b(?:fell for (?:it|them|the (?:scam|trick|fake))|were taken in|got scammed|were fooled)\b[^.!?;]{0,30}\bbecause (?:they|you|people|he|she) (?:didn['’]t|did not|failed to|never|couldn['’]t be bothered)\b/gi
	),
	gate(
		'result consequence own',
		/\b(?:the )?(?:result|consequence|outcome) of (?:his|her|their|your) own (?:decisions?|choices?|actions?|behaviou?r|conduct)\b/gi
	),
	gate(
		'put putting puts themselves himself herself yourselves',
		/\b(?:put|puts|putting) (?:themselves|himself|herself|yourselves|yourself) (?:at risk|in danger|in harm's way)\b/gi
	),
	gate(
		'think',
		/\bthink (?:more |a bit more |a little more |harder |twice )?(?:carefully )?about where (?:you|they|people) (?:go|travel|stay)\b/gi
	),
	gate(
		'twice',
		/(?<!\b(?:we|i|we'll|we will|we must|we should)(?: really| all)?\s)\b(?:should|must|ought to|need to|would do well to) (?:really |always |now )?think twice before\b/gi
	),
	gate(
		'never',
		/(?<!\b(?:we|i)(?: really| clearly)?\s)\bshould never have (?:been )?(?:\p{L}+ing|travell?ed|sailed|driven|booked|ventured)\b/giu
	),
	// "chose to take that risk", "stayed despite our warnings"
	gate(
		'chose decided opted',
		/\b(?:chose|decided|opted|elected) to (?:take|run|accept|ignore) (?:that|the|this|a|such|those) (?:risks?|chance|gamble|advice|warnings?)\b/gi
	),
	gate(
		'despite spite against after warnings warning advice order orders instructions',
		/\b(?:stayed|staying|remained|remaining|travell?ed|travell?ing|went|going|returned|returning|came|ventured|venturing)\b[^.!?]{0,40}\b(?:despite|in spite of|against|after) (?:all )?(?:our|the|repeated|clear|official) (?:(?:repeated|clear|many|official|travel|evacuation|safety) )?(?:warnings?|advice|orders?|instructions)\b/gi
	),
	gate(
		'risk risks',
		/(?<!\b(?:we|i|we all|we now)\s)\b(?:knew|understood|accepted|took) the risks?\b/gi
	),
	gate(
		'warned',
		/\b(?:they|you|people|residents|citizens|nationals|travell?ers|everyone) (?:were|was|had been) (?:clearly |repeatedly |all )?warned\b/gi
	),
	gate(
		'warned told',
		/\bwe (?:had )?(?:warned|told) (?:everyone|you|them|people|all|nationals|citizens)\b[^.!?]{0,40}\b(?:ago|before|already|repeatedly|months?|weeks?|times)\b/gi
	),
	gate(
		'advice warning warnings instructions guidance calls',
		// (not said of the authorities: "the police ignored warnings for weeks" is another finding's business)
		/(?<!\b(?:police|government|authorities|ministry|company|operator|council|officials|regulators?|agency|management|owners?)(?: had| have| has)?\s)\b(?:ignored|ignoring|disregarded|disregarding|chose to ignore|chose not to follow|did not (?:follow|heed|listen to)|didn't (?:follow|heed|listen to)) (?:our |the |official |repeated |clear )?(?:travel |weather |storm |flood |flooding |evacuation |safety |avalanche |fire )?(?:advice|warnings?|instructions|guidance|calls?)\b/gi
	),
	// session 28: the counterfactual of the careful ("if people had washed their hands properly, this would not have
	// spread"), and the people hit said to make it worse for themselves
	gate(
		'properly sooner earlier carefully listened stayed followed washed themselves',
		/\bif (?:people|passengers|they|you|travell?ers|guests|tourists|fans|campers|families) had (?:[\p{L}-]+ ){0,4}?(?:properly|sooner|earlier|carefully|listened|stayed|followed|washed)\b[^.!?]{0,60}\bwould(?:n't| not)\b|\b(?:only )?make (?:it|things|matters) worse for themselves\b/giu
	),
	// session 28: safety kit prescribed to the people hit, after the fact ("Cyclists on Avenida Costa at night really need
	// to wear hi-vis")
	gate(
		'wear hi-vis helmets helmet lights reflective',
		/\b(?:cyclists|pedestrians|riders|motorcyclists|hikers|trekkers|climbers|skiers|swimmers|campers|walkers|runners|drivers|tourists|travell?ers)\b[^.!?;]{0,40}\b(?:really |simply |just )?(?:need to|should|must|have to|ought to) (?:wear|use|carry|have) (?:a |proper |their |some )?(?:hi-?vis|high-?vis(?:ibility)?|helmets?|lights|reflective|life ?jackets?|beacons?)\b/gi
	),
	// session 28: care said to have been lacking ("some applicants did not exercise due caution"), and a risk said to
	// be known to those hit ("Fans who travel to high-risk away matches know crowded stands carry risks")
	gate(
		'caution care diligence precautions carry involve',
		/(?<!\b(?:police|government|authorities|ministry|company|operator|council|officials|regulators?|agency|management|owners?|organi[sz]ers|staff)\s)\b(?:did not|didn't|failed to|neglected to|chose not to) (?:exercise|take|show|use) (?:due |proper |sufficient |enough |reasonable |basic |the (?:most )?basic |adequate )?(?:caution|care|diligence|precautions?)\b|\b(?:\p{L}+s|those|anyone|people) who [^.!?]{0,60}\bknow (?:that |full well (?:that )?|perfectly well (?:that )?)?[^.!?]{0,30}\b(?:carry|carries|involve|involves|come with|comes with|bring|brings) (?:a |real |serious |obvious )?(?:risks?|dangers?)\b/giu
	),
	gate(
		'if',
		new RegExp(
			`\\bif (?:only )?${PEOPLE} had (?:just |only )?(?:stayed|listened|followed|left|registered|heeded|built|not|been|read|checked|evacuated|taken)\\b`,
			'gi'
		)
	),
	gate(
		'had',
		new RegExp(
			`\\bhad ${PEOPLE} (?:just |only )?(?:stayed|listened|followed|left|registered|heeded)\\b`,
			'gi'
		)
	),
	gate(
		'sensible wise smart clever good safe responsible',
		/\b(?:was|were|is|are) (?:never|not|hardly) (?:a |an )?(?:very )?(?:sensible|wise|smart|clever|good|safe|responsible) (?:choice|idea|decision|place to (?:be|stay)|move)\b/gi
	),
	gate(
		'expect',
		/\b(?:should not|shouldn't|cannot|can't|must not) expect (?:special treatment|priority|sympathy|us to|help)\b/gi
	),
	gate(
		'sense',
		/\b(?:nobody|no one|anyone|anybody|people) with (?:any |an ounce of |a shred of )?(?:common )?sense\b/gi
	),
	gate(
		'reckless irresponsible careless foolish naive naïve stupid silly',
		/\b(?:reckless|irresponsible|careless|foolish|naive|naïve|stupid|silly) (?:enough|of (?:them|you|people)|behaviou?r|choices?|decisions?|tourists|travell?ers|people|residents|applicants)\b/gi
	),
	gate(
		'who',
		/\b(?:those|people|anyone|tourists|travell?ers|residents|nationals|citizens|families|[a-z]+ians?) who(?:, [^,.!?]{1,50},)? (?:chose|decided|insisted|refused|ignored|went back|stayed on|failed|elected|opted)\b[^.!?]{0,80}\b(?:at risk|harder|themselves|blame|expect|fault|risk|consequences|problem|will appreciate|(?:are|is) now limited)\b/gi
	),
	// structural: the people affected did something against earlier advice, in one sentence ("Nationals who
	// ignored our repeated warnings…", "those hurt were in flats we had advised against renting")
	gate(
		// (run only when an advice word is present: the pattern ends in one)
		'advice warning warnings guidance instructions advisory advisories advised warned told said',
		new RegExp(
			`\\b${VICTIM}\\b(?: who| that)?(?: \\p{Ll}+)?[^.!?;]{0,40}\\b(?:ignored|disregarded|chose|decided|opted|insisted|preferred|put off|delayed|refused|failed|stayed|remained|were|was|went|travell?ed|travels|goes|lived|lives|rented|brought)\\b[^.!?;]{0,60}\\b${ADVICE}`,
			'gu'
		)
	),
	// the consequence laid at their door: "now face the consequences", "a risk you took", "made our job harder"
	gate(
		'consequences risk risks job work task',
		/\b(?:face|facing|faces|bear|suffer) the consequences\b|\b(?:a|the) risk (?:you|they|he|she|people|many) (?:took|chose|accepted|knowingly took)\b|\bmade (?:our|the embassy's|the consulate's) (?:job|work|task)s? (?:much |far |a lot |so much )?(?:harder|more difficult)\b|\bwere always (?:at|going to be at) (?:greater |more |higher |serious )?risk\b|\btook (?:a|the|that) risk (?:they|he|she|you|people) (?:should not|shouldn't|should never|ought not to) have\b|\b(?:takes?|took|accepts?|accepted|runs?|ran) (?:a |the |that |this )?risks? (?:knowingly|willingly)\b|\brisk (?:every|each|any|all) [\p{L}-]+ (?:takes|take|accepts|accept|runs|run) (?:knowingly|willingly|with (?:their|his|her) eyes open)\b/giu
	),
	// the choice was theirs: "nobody forced you to click", "that choice had consequences"
	gate(
		'nobody forced made',
		/\b(?:nobody|no one) (?:forced|made|told|asked|obliged) (?:you|them|him|her|people|anyone) to\b/gi
	),
	gate(
		'choice choices decision decisions',
		/\b(?:that|this|their|your|his|her) (?:choice|decision)s? (?:had|has|have|carries|carried|came with) (?:its |their )?(?:consequences|a price|a cost)\b/gi
	),
	gate(
		'accept take bear shoulder responsibility blame',
		/\b(?:must|should|need to|have to|has to|ought to) (?:accept|take|bear|shoulder) (?:their |your |his |her |some |part of the |a |the )?(?:share of (?:the )?)?(?:responsibility|blame)\b/gi
	),
	// structural: the affected reminded that they were advised long ago (even politely) — the sender's earlier
	// advice as a directive ("to register", "against", "that … should"), anchored in the past ("months ago",
	// "in January", "for years", "always", "long", an emphatic "did"), or the affected as the ones "asked/told"
	gate(
		'advice guidance website notice page advised warned told recommended asked said says urged explained stressed clear reminded',
		new RegExp(
			`\\b(?:we|(?:our|the) (?:[\\p{L}]+ )?(?:advice|guidance|advisory|website|notice|page|alerts?|embassy|consulate|ministry)(?: for [\\p{L} ]{1,20})?)(?:['’](?:ve|d))?(?: (?:have|has|had|did))?(?: (?:always|long|clearly|repeatedly|already|been))*(?: (?:warned|told|advised|recommended|asked|said|says|urged|called on|explained|stressed|made (?:it )?clear|reminded))(?:(?! (?:this|today|earlier today|tonight))[^.!?;]){0,60}?\\b(?:(?:days|weeks|months|years|a (?:week|month|year)) ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter)|since (?:the )?(?!breakfast\\b|lunch\\b|dinner\\b|this\\b|today\\b|earlier\\b|then\\b|yesterday\\b|last night\\b)\\p{L}+|for (?:years|months|weeks)|last (?:week|month|year|spring|summer))\\b`,
			'giu'
		)
	),
	gate(
		'always long clearly did recommend warned told advised asked said says urged',
		/\b(?:we|our (?:travel )?(?:advice|guidance|advisory|website)(?: for [\p{L} ]{1,20})?|the (?:embassy|consulate|ministry)) (?:have |has |had )?(?:always|long|clearly|repeatedly|did) (?:warn(?:ed)?|tell|told|advised?|recommend(?:ed)?|ask(?:ed)?|said|says?|urged?)\b[^.!?;]{0,50}?\b(?:(?:not |never )?to \p{L}+|against|that\b[^.!?;]{0,60}\b(?:register|leave|check|use|apply|avoid|stay|follow|not|never|should|must)\b)/giu
	),
	gate(
		'asked told advised warned urged reminded',
		new RegExp(
			`(?:\\b${VICTIM}|\\b\\p{L}+s)(?: [\\p{L} ]{1,30})? (?:were|was|had been|have been) (?:\\p{Ll}+ )?(?:asked|told|advised|warned|urged|reminded)\\b[^.!?;]{0,60}\\b(?:ago|months|weeks|years|last (?:year|month|week|spring|summer|autumn|winter)|(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter))\\b`,
			'giu'
		)
	),
	// the affected told they failed to act: "It's a pity you applied so late", "those who ignored that request"
	gate(
		'late pity shame ignored',
		/\b(?:pity|shame) (?:that )?(?:you|they|people|he|she) [^.!?;]{0,30}\b(?:so |too )late\b|\b(?:those|people|anyone|you|families|travell?ers|nationals) who (?:ignored|did not|didn't) (?:that|this|the|our) (?:request|advice|call|warnings?|signs|alerts)\b|\bwill take it seriously now\b/gi
	),
	// what a sensible person would have done or avoided: "a risk most people would not take", "an attentive
	// applicant would have noticed", "those who came anyway"
	gate(
		'risk gamble',
		/\b(?:a|an) (?:\p{L}+ )?(?:risk|gamble) (?:that )?(?:(?:most|many|other|sensible|careful|prudent) (?:\p{L}+ )?(?:would(?: not|n't| never)|wouldn't|would have avoided|avoid)|few (?:\p{L}+ )?would (?:take|run|make|accept|risk))\b/giu
	),
	gate(
		'attentive careful sensible prudent alert observant reasonable diligent cautious savvy',
		/\b(?:an?|any|the|most) (?:more )?(?:attentive|careful|sensible|prudent|alert|observant|reasonable|diligent|cautious|savvy) (?:\p{L}+ )?(?:applicants?|travell?ers?|persons?|people|readers?|users?|citizens?|visitors?|tourists?|one|customers?|parents?)\b[^.!?;]{0,20}\bwould (?:have )?(?:noticed|seen|known|spotted|checked|realised|realized|avoided|stayed|left|listened|thought)\b/giu
	),
	gate(
		'anyway regardless nonetheless nevertheless same',
		/\b(?:those|people|anyone|anybody|you|they|travell?ers|tourists|visitors|nationals|citizens|families|some|many) who (?:still |nevertheless |then )?(?:came|went|travell?ed|stayed|remained|booked|flew|clicked|chose to \p{L}+|decided to \p{L}+)\b[^.!?;]{0,30}\b(?:anyway|regardless|nonetheless|nevertheless|all the same|in any case)\b/giu
	),
	// the counterfactual of the prudent: "anyone who'd packed up last week wouldn't be stuck now", "those who
	// heeded last month's advice aren't in this position"
	gate(
		'stuck stranded position situation mess trouble',
		/\b(?:anyone|anybody|those|people|travell?ers|tourists|visitors|nationals|citizens|families|everyone|you) who(?:'d| had| have)? (?:[^.!?;]{0,70}?)\b(?:wouldn't|would not|aren't|are not|isn't|is not|weren't|were not|won't|will not|wouldn't have|would not have)(?: be| been| now be)? (?:stuck|stranded|in (?:this|that|the same) (?:position|situation|mess|predicament)|in trouble)\b/gi
	),
	// a reproach of lateness or carelessness: "we'd have hoped to hear from you sooner", "read links properly
	// before typing your passport number", "should have been a red flag", "was always too good to be true"
	gate(
		'hoped expected sooner earlier',
		/\b(?:hoped|expected|wished) to (?:hear from|see) (?:you|them|him|her)(?: much| a little| a bit| rather)? (?:sooner|earlier)\b/gi
	),
	gate(
		'properly carefully',
		/\bread (?:links|the link|it|the (?:address|url|site|advice|warning|instructions)|(?:our|the) (?:travel )?advice) (?:properly|more carefully|carefully)\b/gi
	),
	gate(
		'flag true',
		/\b(?:should have been|was|were) (?:a |an )?(?:obvious |clear |big |glaring )?red flags?\b|\b(?:was|were) always (?:going to be )?(?:a bit |rather |clearly |obviously )?too good to be true\b/gi
	),
	// the victim told to take more care, or that where they were was no place to be
	// the earlier advice held up to the person answered: "Our advice was to leave weeks ago", "our travel advice
	// has been very clear for months about what visitors should not do"
	gate(
		'advice guidance warning clear',
		/\b(?:our|the) (?:travel )?(?:advice|guidance|warning) (?:was|has been|had been) to (?:leave|go|stay away|avoid|not travel)\b[^.!?;]{0,40}\b(?:ago|since|before|already)\b|\b(?:our|the) (?:travel )?(?:advice|guidance)\b[^.!?;]{0,40}\b(?:has|had) been (?:very |quite |perfectly |abundantly )?clear (?:for (?:months|weeks|years)|all along)\b/gi
	),
	// a choice to stay held against them: "if you chose to stay after our warnings", "nationals who elected to
	// remain despite the protests", "shouldn't go into such a page in the first place", "golden rule for next time",
	// "on any reasonable inspection"
	gate(
		'chose elected decided first golden reasonable',
		/\b(?:chose|elected|decided|opted) to (?:stay|remain|travel|go)\b[^.!?;]{0,50}\b(?:after|despite|in spite of|against) (?:our|the|all|repeated|official|clear) ?(?:[\p{L}-]+ )?(?:warnings?|advice|protests|unrest)\b|\b(?:shouldn't|should not|should never|ought not to)\b[^.!?;]{0,60}\bin the first place\b|\bgolden rule for next time\b|\bon any reasonable (?:inspection|reading|view|check)\b/giu
	),
	gate(
		'careful',
		/\b(?:please|do|try to|you (?:should|must|need to|ought to)|you'll need to) be (?:a (?:bit|little|lot) |much )?more careful\b/gi
	),
	gate(
		'place time moment',
		/\b(?:wasn't|was not|isn't|is not|was hardly|is hardly|was never|is never) (?:the|a|an ideal|the ideal|the best|the wisest|a wise) (?:place|time|moment) to (?:be|stay|travel|go|holiday|visit)\b/gi
	),
	gate(
		'listened heeded followed listen heed',
		/\bnot everyone (?:listened|heeded|followed|took (?:our|the|that) advice)\b|\b(?:few|many|some) (?:people |of them )?(?:did not|didn't|chose not to) (?:listen|heed)\b/gi
	)
];

/** The reproach is about the question, not a plight ("which you could have checked yourself before posting"):
 * that is belittling (./belittling.ts), not blame for what happened to the asker. */
const ABOUT_ASKING =
	/\bbefore (?:asking|posting|tweeting|writing(?: in)?|commenting|replying|(?:you |they )?(?:ask|post|tweet|comment|reply)(?:ed)?)\b/i;

function sentenceOf(text: string, start: number, end: number): string {
	const from = Math.max(
		text.lastIndexOf('.', start - 1),
		text.lastIndexOf('!', start - 1),
		text.lastIndexOf('?', start - 1)
	);
	const m = /[.!?]/.exec(text.slice(end));
	return text.slice(from + 1, m ? end + m.index : text.length);
}

/** Those in charge told to answer for it ("Minister Lindqvar must take responsibility") are not victims: that is
 * a verdict on an authority (taking-sides, premature-blame). */
const ALL_GATES = [...GATES, ...GATES_B];
const IN_CHARGE =
	/\b(?:minister|ministry|government|president|prime minister|authorities|company|operator|officials?|leaders?|management|owners?|regime|administration)\b/i;

export const victimBlaming: Detector = (d) => {
	const spans = gatedSpans(d.pt, ALL_GATES).filter((s) => {
		const sentence = sentenceOf(d.pt.text, s.start, s.end);
		if (ABOUT_ASKING.test(sentence)) return false;
		return !(
			/\b(?:responsibility|blame)\b/i.test(d.pt.text.slice(s.start, s.end)) &&
			IN_CHARGE.test(sentence)
		);
	});
	for (const s of toldTooLate(d))
		if (!spans.some((x) => x.start < s.end && s.start < x.end)) spans.push(s);
	if (!spans.length) return [];
	const f: Finding = {
		id: 'victim-blaming',
		severity: 'major',
		message: `Blames the people affected: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Blaming victims for their plight reads as cold and shifts attention from what you are doing to help. Say what help is available now; leave lessons for later.',
		source: SOURCES.respect,
		spans
	};
	return [f];
};
