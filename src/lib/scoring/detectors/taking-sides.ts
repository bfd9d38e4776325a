/**
 * taking-sides: judging or backing one side of another country's domestic politics — "corrupt regime",
 * "brutal crackdown", "reckless crackdown on peaceful protesters", "unlike the current government, the
 * opposition…", "the ruling party has failed its farmers", "its own corruption scandals", "just opposition
 * politics", "voters deserve better", "lost all legitimacy", "new elections now", "we hope the Prime Minister wins a second
 * term", "the opposition has only itself to blame", "rioters and criminals". Neutral lines ("we call on all
 * sides to refrain from violence", "in close contact with the authorities") are not flagged. Vienna
 * Convention art. 41: diplomats must not interfere in the internal affairs of the receiving state.
 */
import type { Finding } from '../types.ts';
import { gate, gatedSpans, sentenceAt, SOURCES, type Detector, type Gate } from './context.ts';
import { inReportedQuestion } from './asked.ts';
import { POLITICAL_ACTOR } from './stance.ts';
import { NEUTRAL, valencedVerdicts } from './taking-sides-valence.ts';
import { MORE_GATES, namedPoliticianRight, sideVerdicts } from './taking-sides-b.ts';
import { GATES_C } from './taking-sides-c.ts';

const ACTOR =
	'(?:government|regime|administration|opposition|ruling (?:party|coalition)|coalition|parliament|party|parties|president|prime minister|premier|mayor|governor|leaders?|leadership|politicians|protesters|demonstrators|rioters|police|security forces|army|military|junta|cabinet|ministers?|authorities)';
/** A verdict on a political actor: legitimacy, force, a ranking of its record, whose voice is the true one. */
const VERDICT =
	'(?:legitimate|illegitimate|(?:un)?worthy of|finally (?:has|have|got)|(?:only )?(?:itself|themselves|himself|herself) to (?:blame|thank)|heavy-handed|excessive|disproportionate|(?:deeply |very |most )?troubling|deserves? to be heard|(?:the )?true voice|(?:the )?best thing|(?:the )?worst thing|done (?:more|less|far more|much more) for\\b[^.!?;]{0,40}\\bthan|fresh start|new leadership)';
const GATES: Gate[] = [
	gate(
		'corrupt illegitimate brutal repressive authoritarian failed failing incompetent criminal murderous rogue puppet crooked dictatorial tyrannical oppressive',
		/\b(?:corrupt|illegitimate|brutal|repressive|authoritarian|failed|failing|incompetent|criminal|murderous|rogue|puppet|crooked|dictatorial|tyrannical|oppressive) (?:regime|government|administration|leaders?|leadership|police|crackdown|policies|president|elite|dictator(?:ship)?|coalition|party|opposition)\b/gi
	),
	gate(
		'dictator dictatorship tyranny tyrant despot',
		/\b(?:dictator(?:ship)?|tyranny|tyrant|despot)\b/gi
	),
	gate('crackdown', /\b(?:brutal|violent|bloody) crackdown\b/gi),
	gate(
		'lost',
		/\blost (?:all |any )?(?:legitimacy|credibility|the right to govern|its mandate)\b/gi
	),
	gate(
		'elections election resign must should step go',
		/\b(?:new|early|snap|free) elections? (?:now|immediately|at once)\b|\bmust (?:resign|step down|go)\b|\bshould (?:resign|step down)\b/gi
	),
	gate(
		'hope hopes wish want',
		/(?<!\b(?:not|n't|never|nor)\s)\b(?:hope|hopes|wish|want) (?:that )?(?!any (?:party|side|candidate|one)\b)[^.!?]{0,40}\b(?:wins?|re-?elected|loses?|defeated|a second term|another term|stays? in power)\b(?![^.!?]*\?)/gi
	),
	gate(
		'vote re-elect reelect support endorse',
		/(?<!\b(?:who|whom|how)(?: not)? to\s)(?<!\bwhoever\s(?:[a-z-]+\s){0,2})\b(?:vote for(?! (?:an? |the |their |your )?(?:peaceful|democratic|fair|free|safe|better|shared|common|brighter|stable)\b)(?! (?:your|their|our) (?:favourite|favorite|preferred)\b)|re-?elect|support (?:the )?(?:opposition|ruling party|candidate)|endorse)\b/gi
	),
	gate(
		'stand stands standing',
		/\b(?:stand|stands|standing) (?:with|behind|alongside) (?:the )?(?:brave |courageous )?(?:protesters|demonstrators|opposition|protest movement|strikers)\b/gi
	),
	gate(
		'stand stands standing',
		/\b(?:stand|stands|standing) (?:with|behind) (?:the )?(?:brave |courageous )?(?:people|protesters|demonstrators|opposition|movement)\b[^.!?]{0,60}\b(?:against|demanding|calling for|fight)\b/gi
	),
	gate(
		'deserve deserves',
		/\b(?:deserve|deserves) (?:a )?(?:better|new|real|different) (?:leaders?|government|leadership|president|politicians)|\bdeserves? a government\b/gi
	),
	gate(
		'exploit exploiting exploits exploited',
		/\b(?:exploit|exploiting|exploits|exploited) [^.!?]{0,40}\b(?:political (?:gain|points|ends)|for votes|to win votes|for (?:the )?(?:campaign|election))\b/gi
	),
	gate(
		'thugs criminals terrorists traitors rioters crack',
		/\b(?:rioters and criminals|thugs|criminals|terrorists|traitors) (?:and|who|in the streets|on the streets)?\b[^.!?]{0,40}\b(?:police|crack down|arrest|right to)\b|\b(?:right|justified) to crack down\b/gi
	),
	gate(
		'blame responsibility failure failed hide hides behind better scandal disgrace mishandled mishandling',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?]{0,40}\\b(?:has only (?:itself|themselves) to blame|is to blame|are to blame|bears? (?:full |sole )?responsibility|failure to|failed (?:its|their) (?:people|citizens)|hides? behind|would (?:surely )?do a better job|a better job than|is a scandal|are a disgrace|is a disgrace|mishandl\\w+)\\b`,
			'gi'
		)
	),
	gate(
		'failure failed',
		/\b(?:failure to|failed to) [^.!?]{0,40}\bis (?:a scandal|a disgrace|shameful|unacceptable)\b/gi
	),
	gate('stands stand', /\bstands? up for them\b/gi),
	// a domestic actor's motives disparaged: "the opposition would rather score points than…", "playing politics"
	gate(
		'score scoring politics grandstanding grandstand point-scoring capital cheap',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?;]{0,60}\\b(?:scor(?:e|es|ing) (?:cheap |easy |political )?points|play(?:s|ing)? politics|grandstand(?:s|ing)?|point-scoring|political capital|cheap shots?)\\b`,
			'gi'
		)
	),
	// judging the host's politics by comparison: "Unlike the current government, the opposition understands…"
	gate('unlike', new RegExp(`\\bunlike\\b[^,.!?;]{0,40}\\b${ACTOR}\\b`, 'gi')),
	// a loaded adjective on a policy or an actor ("reckless crackdown", "shambolic rule")
	gate(
		'reckless heavy-handed ruthless cynical shameful disastrous disgraceful inept callous dishonest arrogant spineless shambolic cowardly lawless',
		/\b(?:reckless|heavy-handed|ruthless|cynical|shameful|disastrous|disgraceful|inept|callous|dishonest|arrogant|out-of-touch|spineless|shambolic|cowardly|lawless) (?:crackdown|policies|policy|regime|government|rule|leadership|handling|reforms|record|decisions?|quotas|budget|administration|coalition|party|leaders?|president|opposition|elite)\b/gi
	),
	gate(
		'crackdown',
		/\bcrackdown on (?:peaceful |unarmed |innocent )?(?:protesters|demonstrators|the opposition|opposition|dissent|dissidents|journalists|critics|students)\b/gi
	),
	// an actor that failed, betrayed or neglected its people; its own scandals
	gate(
		'failed betrayed neglected abandoned ignored mismanaged bungled botched',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?;]{0,40}\\b(?:(?:failed|betrayed|abandoned|ignored|let down|lied to) (?:its|their|the country's|the nation's) (?:own )?[\\p{L}-]+|(?:neglected|mismanaged|bungled|botched) [\\p{L}-]+)`,
			'giu'
		)
	),
	gate(
		'own better',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?;]{0,60}\\b(?:(?:its|their|his|her) own (?:corruption|scandals?|incompetence|hypocrisy|lies|failures|mess)|would do (?:far |much )?better to)\\b`,
			'gi'
		)
	),
	gate(
		'trusted trust',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?;]{0,60}\\b(?:cannot|can't|can no longer|could never|should not|shouldn't) be trusted\\b`,
			'gi'
		)
	),
	gate(
		'right',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?;]{0,30}\\b(?:has|have|had|got|gets) it (?:exactly |absolutely |quite )?right\\b`,
			'gi'
		)
	),
	gate(
		'disaster catastrophe failure scandal disgrace',
		/\b(?:quotas?|polic(?:y|ies)|reforms?|budget|law|laws|crackdown|decree|rule)\b[^.!?;]{0,15}\b(?:is|are|was|were|has been|have been) (?:a |an )?(?:total |complete |utter |national )?(?:disaster|catastrophe|failure|scandal|disgrace)\b/gi
	),
	// telling the host's leaders how to govern
	gate(
		'should ought need needs better well',
		new RegExp(
			`\\b${ACTOR}\\b[^.!?;]{0,30}\\b(?:should|ought to|needs? to|had better|would do well to) (?:spend less time|focus (?:more )?on (?:fixing|their|its)|fix (?:their|its)|stop (?:blaming|hiding|pretending)|get (?:their|its) house in order|clean up (?:their|its))`,
			'gi'
		)
	),
	gate(
		'right wrong correct',
		/\b(?:opposition|ruling party|coalition|party|parties|president|prime minister|government|regime|parliament|protesters|demonstrators|strikers|activists)\b[^.!?;]{0,30}\b(?:is|are|was|were) (?:absolutely |quite |entirely )?(?:right|wrong|correct) (?:that|to|about)\b/gi
	),
	gate(
		'politics theatre point-scoring grandstanding posturing playing',
		/\b(?:just|pure|mere|merely|only|cheap|simply) (?:opposition |party |partisan |electoral |domestic )?(?:politics|political theatre|point-scoring|grandstanding|posturing)\b|\bplaying politics\b/gi
	),
	// structural: a political actor of the host country and a verdict on it in one sentence ("the heavy-handed
	// response of the security forces", "protesters have legitimate demands", "the best thing to happen to…")
	gate(
		// (run only when a verdict word is present)
		'legitimate illegitimate worthy unworthy finally itself themselves himself herself heavy-handed excessive disproportionate troubling deserve deserves true best worst done fresh leadership',
		new RegExp(
			`\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,60}\\b${VERDICT}|\\b${VERDICT}[^.!?;]{0,60}\\b${POLITICAL_ACTOR}\\b`,
			'gi'
		)
	),
	// one political actor ranked above another ("has shown more wisdom than the whole cabinet"); the voters'
	// choice judged ("made an excellent choice at the last election")
	gate(
		'more less better worse than',
		new RegExp(
			`\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,50}\\b(?:more|less|better|worse|wiser|braver|stronger|weaker)\\b[^.!?;]{0,30}\\bthan (?:the |its |their |his |her |any )?(?:whole |entire |current |previous )?${POLITICAL_ACTOR}\\b`,
			'gi'
		)
	),
	gate(
		'choice choices decision vote election elections',
		/\b(?:excellent|wise|right|good|great|poor|bad|wrong|terrible|disastrous|brave) (?:choice|decision|vote)\b[^.!?;]{0,40}\belections?\b|\belections?\b[^.!?;]{0,40}\b(?:excellent|wise|right|good|great|poor|bad|wrong|terrible|disastrous|brave) (?:choice|decision|result|outcome)\b/gi
	),
	// a verdict on the country's direction: "needs a fresh start under new leadership"
	gate(
		'fresh start change leadership',
		/\b(?:needs?|deserves?) (?:a )?(?:fresh start|new start|new leadership|change of (?:leadership|government))\b/gi
	),
	// "whatever the authorities claim, …": taking the other side against an actor's word
	gate(
		'whatever',
		new RegExp(
			`\\bwhatever (?:the |its |her |his |their )?${POLITICAL_ACTOR}\\b[^.!?;]{0,25}\\b(?:say|says|said|claim|claims|claimed|think|thinks|insist|insists)\\b`,
			'gi'
		)
	),
	// structural (issue 12): a verdict on how the host's political actors perform ("finally does something
	// right", "rarely gets things right"), a call for them to go ("time for its leaders to step aside", "let a
	// more serious government take over"), and backing one side against its domestic critics
	gate(
		'right sensible useful sane reasonable smart wise job stop quit cease give',
		new RegExp(
			`\\b(?:finally|at last|for once|rarely|never|seldom|hardly ever|about time)\\b[^.!?;]{0,40}\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,20}\\b(?:does|did|do|gets?|got|has done|said|says|say|made|makes) (?:something|anything|things|it|one thing) (?:right|sensible|useful|sane|reasonable|smart|wise)\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,40}\\b(?:doing|done|did|does) (?:a |an )?(?:fine|good|great|excellent|terrible|poor|bad|lousy|awful|dreadful|wonderful|superb) job\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,25}\\b(?:should|must|ought to|needs? to) (?:stop|quit|cease|give up|stop attacking|get out)\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,20}\\b(?:rarely|never|seldom|finally|for once|hardly ever)\\b (?:\\p{L}+ )?(?:gets?|does|do|did|got) (?:something|anything|things|it|one thing) right\\b`,
			'giu'
		)
	),
	gate(
		'aside down resign way over leadership government unfit incapable fit position trusted',
		new RegExp(
			`\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,60}\\b(?:to |should |must |ought to |needs? to |has to |have to )(?:step aside|step down|resign|make way|go|leave office|hand over power)\\b|\\b(?:let|allow|make way for|time for|need|needs|deserves?) (?:a |an )?(?:new|more serious|better|different|more competent|more honest|real|fresh) (?:government|leadership|leaders|cabinet|administration)\\b|\\b(?:regime change|change of government|change of regime)\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,40}\\b(?:(?:unfit|incapable|not fit) to \\p{L}+|in no position to (?:lecture|judge|preach|critici[sz]e|talk|govern|rule|lead|demand))\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,40}\\b(?:cannot|can't|can not|could not|couldn't) be trusted\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,40}\\bhow little (?:they|it|he|she) can be trusted\\b`,
			'giu'
		)
	),
	gate(
		'brought return win re-elect reelect',
		new RegExp(
			`\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,40}\\bbrought (?:this|the|it|that)(?: [\\p{L}-]+)? (?:up)?on (?:itself|themselves|himself|herself)\\b|\\belections?\\b[^.!?;]{0,20}\\b(?:should|must|will surely|deserves? to) (?:return|re-?elect|reward|sweep away|remove)\\b`,
			'giu'
		)
	),
	gate(
		'against',
		/\b(?:support|supports|back|backs|backing|stand(?:s|ing)? (?:with|by|behind))\b[^.!?;]{0,40}\bagainst (?:his|her|their|its|the|all) (?:domestic |political )?(?:critics|opponents|opposition|rivals|detractors|enemies|challengers)\b/gi
	),
	// a ranking of one side against its rivals: "X has spoken more respectfully than some of its rivals", "has taken
	// transparency in this campaign more seriously than some others"
	gate(
		'than',
		/\b(?:more|less|better|worse|\p{L}+er) (?:[\p{L}-]+ ){0,4}?than (?:(?:some|many|most|all|any|several) (?:of )?)?(?:its |their |his |her |the )?(?:rivals?|opponents?|challengers?|competitors?|other (?:parties|candidates|campaigns|contenders)|(?:some |many )?others|the rest)\b/giu
	),
	// disappointment in a side's conduct: "we note with some disappointment that the opposition has chosen to…"
	gate(
		'disappointment regret dismay concern note noted',
		/\b(?:note|noted|see|observe|observed|regret|learned|learnt)(?: with (?:some |great |deep |real )?(?:disappointment|regret|dismay|concern))? that the (?:opposition|government|ruling (?:party|coalition)|president|prime minister|authorities|(?:[\p{Lu}][\p{L}-]+ ){1,3}party)\b[^.!?;]{0,40}\b(?:has|have|had)? ?(?:chosen|chose|decided|preferred|failed|refused|opted)\b/giu
	),
	// "the government has not helped itself by…", "done itself no favours"
	gate(
		'helped favours favors',
		/\b(?:government|authorities|administration|leadership|regime|president|prime minister|opposition|party)\b[^.!?;]{0,20}\b(?:has|have|had) (?:not|n't|hardly|scarcely) helped (?:itself|themselves|himself|herself|matters|its case|their case)\b|\b(?:done|did|does) (?:itself|themselves|himself|herself) no favou?rs\b/gi
	),
	// one side's campaign or record ranked: "has run by far the cleaner campaign"
	gate(
		'campaign candidate party programme program platform record manifesto',
		/\b(?:by far|easily|clearly|much|far) the (?:\p{L}+er|better|best|\p{L}+est|most \p{L}+) (?:campaign|candidate|party|programme|program|platform|record|manifesto)\b|\b(?:run|ran|fought|waged|has had) (?:by far |easily |clearly )?the (?:\p{L}+er|better|best|\p{L}+est|most \p{L}+) campaign\b/giu
	),
	// a grievance laid at the host's door: "Valmont has ignored Saltmarsh's grievances for too long"
	gate(
		'long years decades',
		/\b(?:\p{Lu}[\p{L}-]+|the government|the authorities|the administration|the capital)\s+(?:has|have)\s+(?:\p{L}+ly\s+)?(?:ignored|neglected|dismissed|sidelined|overlooked|failed)\b[^.!?;]{0,60}\bfor (?:far |much )?(?:too long|years|decades)\b/gu
	),
	// a verdict on a side's record or a call for change in the vote: "the governing coalition's record on press
	// freedom speaks for itself", "after four years in which reform has stalled", "time for a change of direction"
	gate(
		'speaks record stalled broken change',
		new RegExp(
			`\\b${POLITICAL_ACTOR}(?:'s|’s)? (?:own )?(?:record|track record|performance|handling)\\b[^.!?;]{0,40}\\bspeaks? for itself\\b|\\b(?:reform|reforms|progress) (?:has|have) (?:stalled|stagnated|gone nowhere)\\b|\\bpromises (?:were|have been|had been) broken\\b|\\btime for (?:a )?change(?: of (?:direction|course|government|leadership))?\\b(?! of)`,
			'giu'
		)
	),
	// the host's government reproached or told what its people deserve: "Esteria's government has not always made
	// it easy for people in Saltmarsh to feel heard", "the farmers deserve better from their own government"
	gate(
		'easy listened enough delivered better',
		new RegExp(
			`\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,30}\\b(?:has|have|had)(?: not|n't| never| hardly| rarely| seldom)(?: always| really| truly| properly| fully)? (?:made it easy|listened|engaged|done enough|lived up to|delivered|offered|given|kept (?:its|their|his|her) (?:promises|word))\\b|\\bdeserve(?:s|d)? better from (?:their|its|his|her|the) (?:own )?${POLITICAL_ACTOR}`,
			'giu'
		)
	),
	// the host government's handling blamed, its promises said to slide, its conduct told to change: "the
	// government's own handling of Saltmarsh has fuelled this debate", "promises this government has let slide",
	// "perhaps the government party will stop…", "waited a long time for Valmont to take them seriously"
	gate(
		'handling management mishandling treatment fuelled fueled slide stop waited kept keeps grievances',
		new RegExp(
			`\\b${POLITICAL_ACTOR}(?:'s|’s)? (?:own )?(?:handling|management|mishandling|treatment|neglect) of\\b[^.!?;]{0,50}\\b(?:has|have|had) (?:fuell?ed|caused|worsened|inflamed|provoked|created|driven)\\b|\\b(?:has|have) let (?:[\\p{L}-]+ )?slide\\b|\\b${POLITICAL_ACTOR}\\b[^.!?;]{0,20}\\b(?:kept|keeps|has kept|had kept) (?:putting (?:it |that |this )?off|delaying|dodging|stalling)\\b|\\b(?:has|have) (?:real|legitimate|genuine|justified|understandable) grievances\\b|\\bperhaps (?:the )?(?:[\\p{L}-]+ )?${POLITICAL_ACTOR}\\b[^.!?;]{0,30}\\bwill (?:now |finally )?(?:stop|start|begin|learn)\\b|\\b(?:have|has) waited (?:a long time|far too long|too long|long enough|years|decades) for the (?:government|authorities|capital) to\\b`,
			'giu'
		)
	),
	// (the capital or a named state as the actor, case-sensitive: "Valmont's handling of the region has inflamed…")
	gate(
		'handling management mishandling treatment neglect waited',
		/\b(?:[Tt]he [Cc]apital|\p{Lu}[\p{L}-]+)(?:'s|’s) (?:own )?(?:handling|management|mishandling|treatment|neglect) of\b[^.!?;]{0,50}\b(?:has|have|had) (?:fuell?ed|caused|worsened|inflamed|provoked|created|driven)\b|\b(?:have|has) waited (?:a long time|far too long|too long|long enough|years|decades) for \p{Lu}[\p{L}-]+ to\b/gu
	),
	// a party compared with the one addressed, the government advised or reproached, a party's agenda matched to
	// our values: "a far more honest campaign than yours", "its government would spend its energy better…",
	// "Shame the government party spent the week…", "the reform agenda set out by your party is in line with our values"
	gate(
		'yours better shame values trading like want hope wish',
		/\b(?:more|less|better|worse|[\p{L}]+er) (?:[\p{L}-]+ ){0,3}?(?:campaign|record|programme|platform|conduct) than (?:yours|theirs|his|hers)\b|\b(?:its|the|their) (?:government|authorities|ministry|leaders)\b[^.!?;]{0,20}\bwould (?:do|spend|be) (?:[\p{L}]+ )?(?:better|well)\b|\bshame (?:that )?the (?:government|ruling|governing|opposition) (?:party|coalition)\b|\b(?:campaigns?|parties|candidates?)\b[^.!?;]{0,40}\btrading in (?:conspiracy|conspiracies|lies|smears|fear|hate)\b|\b(?:would like|want|hope|wish for) [\p{L}]+ to (?:get|have|elect|choose) (?:a|an) (?:new |better |different |cleaner |honest )?(?:government|leadership|president|parliament|leaders)\b|\b(?:agenda|programme|program|platform|manifesto) (?:set out )?(?:by|of) your party\b[^.!?;]{0,50}\b(?:in line with|matches|reflects|close to)\b/giu
	),
	// the host's institutions told they have better things to do: "the committee may have weightier matters"
	gate(
		'weightier important pressing bigger better',
		/\b(?:parliament|committee|government|minister|chair|chairman|chairwoman|opposition|party|cabinet|senate|assembly)\b[^.!?;]{0,60}\b(?:may|might|must|surely|could|would) (?:well |perhaps )?have (?:weightier|more important|more pressing|bigger|better) (?:matters|things|issues|business|concerns)\b/gi
	),
	// a party's programme praised: "Civic Renewal's anti-corruption plan has been very well received"
	gate(
		'received',
		/\b(?:plan|programme|program|platform|manifesto|policies|agenda|proposals?)\b (?:has|have) been (?:very |extremely |so |remarkably |exceptionally )?well received\b/gi
	),
	// one side's programme or candidate matched to our values: "the programme of Civic Renewal is the closest to
	// the values we share", "her platform reflects our priorities" (a government's policy matched to ours is
	// diplomacy, not a campaign preference: only campaign words count)
	gate(
		'values vision priorities principles interests',
		/\b(?:programme|program|platform|manifesto|candidate|candidacy|ticket|campaign|party|agenda)\b[^.!?;]{0,50}\b(?:(?:is|are|comes?|appears?|seems?|looks?) (?:the )?(?:closest|nearest|closer|nearer|close) to|(?:is|are) (?:most |more |fully |very much )?in line with|(?:best |most )?(?:reflects?|matches|mirrors|shares|embodies|represents)) (?:the |our |many of our |most of our |\p{Lu}[\p{L}-]+['’]s )?(?:values|vision|priorities|principles|interests)\b(?! of (?:all|every|both))/giu
	),
	// the host government as "the regime"; what it "should have" done or would have achieved "if" it had
	gate(
		'had should ought',
		/\bif (?:only )?(?:the|its|their|[\p{L}]+['’]s) (?:government|authorities|administration|leadership|cabinet|president|prime minister|ministry|regime)(?: in \p{Lu}[\p{L}-]+)? had(?: not|n't)? (?:\p{L}+ly )?(?:engaged|listened|acted|moved|talked|consulted|negotiated|shown|taken|done|been|respected|allowed|reformed)\b|\b(?:the|its|their) (?:government|authorities|administration|leadership|cabinet)(?: in \p{Lu}[\p{L}-]+)? (?:should|ought to) have (?:\p{L}+ly )?(?:engaged|listened|acted|moved|talked|consulted|negotiated|shown|taken|done|respected|allowed|reformed|known|seen)\b/giu
	)
];

const ALL_GATES = [...GATES, ...MORE_GATES, ...GATES_C];

export const takingSides: Detector = (d) => {
	const spans = gatedSpans(d.pt, ALL_GATES).filter(
		(s) =>
			!NEUTRAL.test(sentenceAt(d.pt, s.start)?.text ?? '') && !inReportedQuestion(d.pt, s.start)
	);
	for (const v of [...namedPoliticianRight(d), ...sideVerdicts(d)])
		if (
			!spans.some((x) => x.start < v.end && v.start < x.end) &&
			!NEUTRAL.test(sentenceAt(d.pt, v.start)?.text ?? '') &&
			!inReportedQuestion(d.pt, v.start)
		)
			spans.push(v);
	for (const v of valencedVerdicts(d))
		if (
			!spans.some((x) => x.start < v.end && v.start < x.end) &&
			!inReportedQuestion(d.pt, v.start)
		)
			spans.push(v);
	spans.sort((a, b) => a.start - b.start);
	if (!spans.length) return [];
	const f: Finding = {
		id: 'taking-sides',
		severity: 'major',
		message: `Takes sides in domestic politics: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'An embassy that judges a government, party or movement of the country it works in is interfering in its internal affairs; it can get the ambassador summoned. Stick to your nationals, your policy and calls for restraint.',
		source: SOURCES.neutrality,
		spans
	};
	return [f];
};
