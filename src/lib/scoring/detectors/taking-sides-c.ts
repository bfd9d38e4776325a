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
	),
	// session 32: a resignation judged ("the right decision", "the Prime Minister must follow"), a host politician's
	// record praised by proxy ("my old friends speak very warmly of your party's record"), "has had a good innings",
	// what the host government "could have done years ago", a rival's demand shared, the voters' verdict foretold
	// ("Castellara's voters will judge"), consequences of cuts "under Mayor Benvoglio"
	gate(
		'resignation departure resigning',
		/\b(?:resignation|departure|decision to (?:resign|step down)|stepping down) (?:is|was) (?:the |a )?(?:right|correct|only|honourable|honorable|proper|least|overdue|long overdue)\b[^.!?;]{0,50}/gi
	),
	gate(
		'must follow',
		/\b(?:prime minister|president|premier|minister|mayor|government|cabinet)\b(?: \p{Lu}[\p{L}-]+)?(?: must| should)(?: now)? (?:follow(?: suit| (?:her|him|them))?|go|step down|resign|answer for it)\b/giu
	),
	gate(
		'warmly highly',
		/\b(?:speaks?|spoke|speaking|think|thinks) (?:very |so |most |extremely )?(?:warmly|highly) of (?:your|the|their|his|her)(?: [a-z-]+['’]s)? (?:party|candidate|campaign|government|leader|programme|program)(?:['’]s)?\b[^.!?;]{0,30}/gi
	),
	gate(
		'innings legs blood',
		/\b(?:has|have|had) had a (?:good|long|fair) innings\b|\bfresh (?:legs|blood|faces) (?:never hurt|would do|is what)\b/gi
	),
	gate(
		'ago sooner earlier',
		/\bgovernment (?:could|should|might) (?:easily )?have\b[^.!?;]{0,80}\b(?:years ago|long ago|sooner|earlier|ages ago)\b/gi
	),
	gate(
		'share',
		/\bwe share (?:\p{Lu}[\p{L}-]+ ){1,3}?\p{Lu}[\p{L}-]+['’]s? (?:demand|call|calls|anger|outrage|criticism|concern) (?:for|about|over|at)\b[^.!?;]{0,40}/gu
	),
	gate(
		'judge punish remember',
		/\b(?:voters|the electorate|\p{Lu}\p{L}+['’]s voters) will (?:judge|punish|remember)\b/gu
	),
	gate(
		'under',
		/\b(?:cuts?|neglect|underfunding|failures?) [^.!?;]{0,40}\bunder (?:mayor|minister|president|prime minister|governor|premier) \p{Lu}[\p{L}-]+ (?:have|has|had) (?:had )?(?:consequences|a cost|cost lives)\b/giu
	),
	// "Valmont's hard line has not helped anyone", "Orvenia deserves better than a minister who blames everyone else",
	// "Sunday's vote will be a chance to say so"
	gate(
		'helped',
		/\b(?:\p{Lu}[\p{L}-]+['’]s|the government['’]s|the minister['’]s|the mayor['’]s|the governor['’]s) (?:hard line|stance|approach|policy|handling|intransigence|stubbornness) (?:has|have) (?:not|never) helped (?:anyone|anybody|matters|the situation|things)\b/giu
	),
	gate(
		'deserve deserves',
		/\bdeserves? better than (?:a|an|this|the|its|their|her|his) (?:[\p{L}-]+ )?(?:minister|government|president|mayor|governor|leaders?|leadership|prime minister|party)\b[^.!?;]{0,40}/giu
	),
	gate(
		'chance',
		/\b(?:vote|election|polls?|ballot) (?:will be|is|are) (?:a|the|their|your) (?:chance|opportunity) to (?:say so|show it|punish|judge|send a message|change (?:that|this|course))\b/gi
	),
	// "will only come when Valmont stops ignoring the region's legitimate grievances, as it has for far too long",
	// "questions will rightly be asked of the government party"
	gate(
		'ignoring neglecting stops starts',
		/\b(?:when|until|unless|once) \p{Lu}[\p{L}-]+(?: government)? (?:stops?|starts?|finally) (?:ignoring|neglecting|listening to|addressing|hearing)\b[^.!?;]{0,60}/gu
	),
	gate(
		'asked raised',
		/\bquestions (?:will|must|should|are bound to|may well) (?:rightly |surely |inevitably |now |no doubt |doubtless |certainly |undoubtedly )?be (?:asked|raised) (?:of|about) (?:the )?(?:government|opposition|ruling|governing|minister|mayor|governor|president|prime minister)\b[^.!?;]{0,40}/gi
	),
	// "it is hard to see how Minister Vehrle can stay in office", "we share the concern that Kestland needs to rethink its
	// migration policy", "open borders have consequences, and Kestland is paying the price"
	gate(
		'hard',
		/\bhard to see how (?:the )?(?:minister|president|prime minister|premier|mayor|governor|government|\p{Lu}[\p{L}-]+)\b[^.!?;]{0,30}\b(?:can|could) (?:stay|remain|survive|continue|carry on)\b[^.!?;]{0,20}/giu
	),
	gate(
		'rethink rethinks',
		/\b(?:needs?|has|ought|must) (?:to )?rethink (?:its|their|his|her) (?:[\p{L}-]+ )?(?:policy|policies|approach|strategy)\b|\bwe share (?:the |their |his |her )?(?:concern|view|criticism|anger|frustration) that\b[^.!?;]{0,60}/giu
	),
	gate(
		'consequences price',
		/\b(?:open borders|migration|immigration|(?:the government['’]s|its|their) (?:[\p{L}-]+ )?polic(?:y|ies))\b[^.!?;]{0,30}\bhave (?:had )?consequences\b|\bis (?:now )?paying the price\b[^.!?;]{0,30}/giu
	),
	// "dodged the question, as usual!", "the government party has shown it cannot deliver one"
	gate(
		'usual',
		/\b(?:dodged|ducked|avoided|evaded) (?:the|every|each) questions?,? as (?:usual|ever|always)\b/gi
	),
	gate(
		'shown',
		/\b(?:government|party|opposition|minister|president|mayor|coalition)\b[^.!?;]{0,20}\b(?:has|have) shown (?:it|they|itself|themselves|he|she) (?:cannot|can't|is unable to|are unable to|is incapable of|are incapable of)\b[^.!?;]{0,30}/gi
	),
	// "pure electioneering", "we support the inquiry you have called for", "Belsorans deserve a full parliamentary inquiry"
	gate(
		'electioneering inquiry investigation',
		/\b(?:pure|mere|just|simply|simple|blatant|cynical|nothing but|nothing more than) electioneering\b|\bwe (?:support|back|endorse|welcome) the (?:inquiry|investigation|motion|call|demand) (?:you|they|he|she|the opposition|the mp) (?:have|has) (?:called for|demanded|proposed|tabled)\b|\bdeserve a full (?:parliamentary |public |independent )?(?:inquiry|investigation) into (?:the )?(?:government|ministry|interior ministry|minister|\p{Lu}[\p{L}-]+ ministry)\b/giu
	)
];
