/**
 * Session 31's taking-sides cues (./taking-sides.ts, same gate format): the host government as "the Halm regime",
 * "Ardessans deserve better", a verdict on a host official's words, an
 * election side taken in diplomatic words, a politician's move called a cheap trick, advice or a verdict on the host
 * government ("would do well to", "has failed its own people", "finally listens", "hasn't made life easy"), a campaign
 * praised, show trials and witch hunts, apologies owed, a side agreed with ("the opposition is right", "he has a
 * point", "we support their protest"), the only credible programme, momentum wished to continue, critics dismissed.
 * Vienna Convention art. 41.
 */
import { gate, type Gate } from './context.ts';

export const GATES_C: Gate[] = [
	// ("the Halm regime"; not a legal regime: "the regime set by the OSCE", "the regime of consular access")
	gate(
		'regime',
		/\b(?:(?:the|this|that|a|their|its)(?: \p{Lu}\p{L}+)?|\p{Lu}\p{L}+(?:an|ian|ese|i)) regime\b(?! (?:set|established|laid|created|governing|that governs|which governs|of|for|under|applicable|provided|in force))/giu
	),
	gate(
		'deserve deserves',
		/\b(?:[Vv]oters|[Cc]itizens|[Tt]axpayers|[Tt]he electorate|\p{Lu}\p{Ll}+(?:ans|ians|ese|is|ers|ots|ards|s)) deserve better\b/gu
	),
	// a verdict on a host official's words ("Minister Brannic's remarks were irresponsible and unworthy of his
	// office"), or what the country deserves instead ("Ardessa deserves a better sports minister")
	gate(
		'irresponsible disgraceful shameful reckless unworthy beneath disgrace embarrassment outrageous scandalous despicable pathetic',
		/\b(?:minister|president|prime minister|premier|mayor|governor|spokes(?:man|woman|person))(?: \p{Lu}[\p{L}-]+)?['’]s? (?:remarks|words|comments|statements?|conduct|behaviou?r|accusations|attacks?|outburst|claims|performance)\b[^.!?;]{0,50}\b(?:were|was|are|is) (?:deeply |utterly |frankly |simply |both |wholly )?(?:irresponsible|disgraceful|shameful|reckless|unworthy|beneath|a disgrace|an embarrassment|outrageous|scandalous|despicable|pathetic)\b/giu
	),
	// an election side taken in diplomatic words: "wishes every success on Sunday to those committed to reform",
	// "concern at the conduct of the present government during this campaign"
	gate(
		'success luck',
		/\bwish(?:es)? (?:every |much |all )?(?:success|luck)\b[^.!?;]{0,40}\bto (?:those|all those|the (?:candidates?|parties|party|forces|camp)) (?:who|committed|standing|fighting|working)\b/gi
	),
	gate(
		'concern concerns dismay alarm disappointment',
		/\b(?:concern|concerns|dismay|alarm|disappointment) (?:at|about|over|with) (?:the )?(?:conduct|behaviou?r|record|handling|tactics|actions) of the (?:present |current |ruling |incumbent )?(?:government|ruling party|administration|opposition|governing party)\b[^.!?;]{0,40}\b(?:campaign|election|elections|vote|polls)\b/gi
	),
	gate(
		'trick ploy stunt manoeuvre maneuver',
		/\b(?:attempt|move|decision|bid|campaign|effort)\b[^.!?;]{0,60}\b(?:is|was) (?:a |an )?(?:cheap|cynical|shameful|desperate|transparent|shabby|crude) (?:political )?(?:trick|ploy|stunt|manoeuvre|maneuver)\b/gi
	),
	// advice or a verdict to the host government: "Esteria's government would do well to listen more closely to…",
	// "a government that has spent two years failing Saltmarsh's own people"
	gate(
		'well',
		/\b(?:government|authorities|administration|leadership|regime|cabinet|president|prime minister)\b[^.!?;]{0,20}\bwould do well to\b/gi
	),
	gate(
		'failing failed',
		/\b(?:government|authorities|administration|leadership|regime|cabinet)\b[^.!?;]{0,40}\b(?:spent [^.!?;]{1,20} failing|(?:has|have) (?:consistently |repeatedly |long )?failed|keeps? failing) (?:its|their|[\p{L}'’]+['’]s?) (?:own )?(?:people|citizens|farmers|voters|workers|residents|communities)\b/giu
	),
	// praise of one side's campaign: "the opposition has run an impressively clean campaign"
	gate(
		'campaign',
		/\b(?:opposition|ruling party|governing party|party|candidate|coalition|government|president|prime minister|\p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+)\b[^.!?;]{0,20}\b(?:has|have|had) (?:run|fought|led|waged) (?:an? )?(?:impressively |remarkably |admirably |truly |very )?(?:clean|great|excellent|positive|honest|inspiring|admirable|impressive|dirty|disgraceful|shameful|nasty|negative) campaign\b/giu
	),
	gate(
		'witch hunt show trial kangaroo persecution farce',
		/\b(?:witch[- ]hunt|show trial|kangaroo court|political persecution|farce of a trial|politically motivated (?:trial|charges|arrest|prosecution))\b/gi
	),
	gate(
		'let abandoned betrayed',
		/\b(?:let down|betrayed|abandoned|failed) by (?:the|their|its) (?:government|authorities|leaders|leadership)\b|\b(?:government|authorities|administration|leadership)\b[^.!?;]{0,20}\b(?:has|have) (?:sadly |clearly |long |since )?(?:abandoned|betrayed|turned (?:its|their) back on)\b/gi
	),
	gate(
		'finally',
		/\b(?:government|ruling party|governing party|authorities|regime|administration|leadership)\b[^.!?;]{0,20}\bfinally (?:hears?|listens?|learns?|understands?|realises?|realizes?|wakes? up|gets? the message)\b/gi
	),
	gate(
		'easy',
		/\b(?:government|authorities|administration|leadership|regime)\b[^.!?;]{0,20}\b(?:hasn't|has not|haven't|have not|hadn't|had not)(?: always| exactly| really)? made (?:life|things) (?:easy|easier)\b/gi
	),
	gate(
		'owe owes',
		/\b(?:[Ss]ome|[Cc]ertain|[Tt]he) (?:politicians|opposition(?: leaders?)?|ministers?|MPs|government)\b[^.!?;]{0,20}\bowes? (?:the country|everyone|us|voters|the public|the people|[\p{Lu}][\p{L}-]+) an apology\b/gu
	),
	gate(
		'point',
		/\b(?:opposition|government|ruling party|mayor|minister|president|leader|protesters)\b[^.!?]{0,120}[.!?]\s+(?:he|she|they) (?:has|have|had|makes?|made) a (?:good |fair |valid |real )?point\b/gi
	),
	gate(
		'right support',
		/\b(?:the )?(?:protesters|fishers|fishermen|farmers|workers|strikers|demonstrators|critics|students|unions?)(?: of [\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)? (?:are|were) (?:absolutely |quite |entirely )?right\b|\bwe (?:fully )?support (?:their|the|this) (?:protest|strike|demonstration|march|blockade|campaign)\b/giu
	),
	gate(
		'only serious credible real sensible',
		/\b(?:programme|program|platform|manifesto|candidate|party)['’]?s? (?:is|are) the only (?:serious|credible|real|sensible|competent) (?:one|option|choice|candidate|party|programme|platform)\b/gi
	),
	gate(
		'momentum continue',
		/\bwe(?:['’]d| would) (?:love|like) to see (?:that|this|the|their|its) (?:momentum|reform|reforms|progress|government|work|record) (?:continue|go on|carry on)\b/gi
	),
	gate(
		'critics whatever',
		/\bwhatever (?:its|their|the government['’]s|the) critics (?:in (?:parliament|the opposition) )?(?:say|think|claim)\b/gi
	),
	gate(
		'handling helped grip thugs hooligans vandals',
		/\bgovernment['’]s handling of [^.!?;]{1,40}\b(?:hasn['’]t|has not|didn['’]t|did not|never) help(?:ed)?\b|\b(?:government|authorities)\b[^.!?;]{0,20}\bneeds? to get a grip\b|\bthese (?:thugs|hooligans|vandals)\b/gi
	),
	gate(
		'right',
		/\b(?:the )?(?:opposition|ruling party|governing party|government|president|prime minister|protesters|demonstrators)(?: leader)? (?:is|are|was|were) (?:absolutely |quite |entirely |completely )?right\b/gi
	),
	gate(
		'ignored ignores ignoring',
		/\b(?:government|authorities|administration|leadership|regime|cabinet)\b[^.!?;]{0,30}\b(?:ignored|ignores|has ignored|have ignored|keeps ignoring)\b[^.!?;]{0,30}\b(?:voice|voices|needs|concerns|demands|wishes|plight) of\b/gi
	),
	gate(
		'win',
		/\b(?:we(?:'d| would) like|we hope|we want|we wish|may) (?:whichever|the|that) (?:candidate|party|side|camp)\b[^.!?;]{0,50}\bto win\b/gi
	),
	gate(
		'better',
		/\b(?:candidate|party|leader|minister|president|opposition|government)\b[^.!?;]{0,40}\b(?:far|much|a lot|clearly) (?:better|worse) than (?:the )?(?:government|opposition|ruling|governing|incumbent|other)\b/gi
	),
	gate(
		'better',
		/\bdeserves? (?:a )?better (?:[\p{L}-]+ )?(?:minister|ministers|government|president|prime minister|leaders?|leadership|mayor|governor)\b/giu
	)
];
