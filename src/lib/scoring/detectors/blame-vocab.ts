/**
 * The vocabulary of premature-blame (./premature-blame.ts): agents, the verbs that pin an act on them, the words
 * that name the incident, and the gated attribution patterns ("X is behind this", "run from a third country's
 * troll farm", "the hallmarks of a state actor"…), each with the words that must occur for it to run.
 */
import { gate, type Gate } from './context.ts';

export const AGENT =
	'(?:police|authorities|government|regime|administration|intelligence(?: services?| agency| agencies)?|secret services?|security services?|spy agenc(?:y|ies)|spies|agents?|guards?|security staff|officials|soldiers|army|military|hackers?(?= group| unit| collective)|hacking (?:group|unit|collective)|group|groups|network|networks|state|states|nationalists?|activists?|extremists?|militants?|terrorists?|opposition|rebels?|protesters|trolls?|bots?|propagandists|operatives|provocateurs|enemies|adversar(?:y|ies)|people|someone|somebody|rivals?|competitors?|neighbou?rs?|services?|units?|cells?|outfits?|apparatus|establishment|proxies|proxy|handlers|paymasters|troll farms?|bot farms?|agitators?|instigators?|saboteurs?|infiltrators?|insiders?|mercenar(?:y|ies)|radicals?|separatists?|insurgents?|hooligans?|ringleaders?|gangs?|criminals|crime (?:rings?|groups?|syndicates?)|fraud(?:sters| rings?)|mafia|cartels?|scammers)';
const AGENT_ADJ =
	'(?:organi[sz]ed|criminal|foreign-[\\p{L}]+|state-[\\p{L}]+|foreign|hostile|enemy|rival|third|state|state-backed|state-sponsored|government|local|neighbou?ring|another|certain|troll|bot|hacker|disinformation|influence|propaganda|spy|cyber|\\p{Lu}[\\p{L}-]*)';
/** What calling the incident itself an actor's act names ("this was a criminal gang", "it is a troll farm"): culprits,
 * not any agent word ("this is a police matter", "it was a state funeral"). */
const BLAMED =
	'(?:(?:criminal |organi[sz]ed )?(?:gangs?|crime (?:rings?|groups?|syndicates?)|fraud rings?|mafia|cartels?)|criminals|scammers|(?:troll|bot|content|click) farms?|hackers?|hacking (?:group|unit|collective)|(?:state|foreign|hostile|enemy)[- ](?:[\\p{L}-]+ )?(?:actors?|operation|campaign|agents?|intelligence)|intelligence (?:services?|agency|operation)|spy agency|provocateurs?|saboteurs?|terrorists?|extremists?|militants?|(?:influence|disinformation|propaganda|smear|hacking) (?:operation|campaign)|false[- ]flag|inside job)';
/** Actors named only with a qualifier ("a foreign capital", "a neighbouring power"). */
const REMOTE = '(?:capital|capitals|power|powers|country|countries)';

/** Verbs that name a deliberate act by themselves; weak verbs count only when the sentence names the incident. */
const STRONG_VERB =
	'(?:abducted|kidnapped|taken hostage|staged|faked|fabricated|doctored|orchestrated|provoked|stoked|fuell?ed|fomented|stirred up|whipped up|inflamed|hacked|hijacked|taken over|took over|seized|commandeered|breached|infiltrated|planted|leaked|sabotaged|engineered|perpetrated|commissioned|sponsored|backed|funded|financed|bankrolled|instigated|incited|paid for|masterminded|attacked)';
const WEAK_VERB =
	'(?:made|produced|created|manipulated|run|directed|controlled|operated|coordinated|ordered|organi[sz]ed|planned|carried out|launched|closed|shut|locked|spread|pushed|caused|started|done|committed)';
export const WEAK_RE = new RegExp(`\\b${WEAK_VERB}\\b`, 'i');
export const STRONG_RE = new RegExp(`\\b${STRONG_VERB}\\b`, 'i');
export const INCIDENT =
	/\b(?:network|networks|accounts|bots|breach|breaches|video|clip|footage|recording|post|posts|tweet|message|account|hack|attack|unrest|violence|riots?|clashes|gates?|doors?|entrance|explosion|fire|leak|incident|operation|campaign|rumou?r|story|fake|deepfake|image|photo|website|link|screenshot|chaos|crisis|disaster|tragedy|deaths?|collapses?|damage|mess|confusion|delays?|failures?|shortages?)\b/i;

const AGENT_WORDS =
	'police authorities government regime administration intelligence services service agency agencies spies spy agents agent guards guard staff officials soldiers army military hackers hacking group groups network networks state states nationalists nationalist activists activist extremists extremist militants militant terrorists terrorist opposition rebels rebel protesters trolls troll bots bot propagandists operatives provocateurs enemies adversary adversaries people someone somebody rivals rival competitors neighbours neighbors apparatus establishment proxies proxy handlers paymasters farm farms unit units cell cells outfit outfits agitator agitators instigator instigators saboteur saboteurs infiltrator infiltrators insider insiders mercenary mercenaries radical radicals separatist separatists insurgent insurgents hooligan hooligans ringleader ringleaders';
/** Agent words that trigger the "<agent> did it" pattern (common ones like "people" and "staff" only through
 * "…by people"). */
const AGENT_TRIGGERS = AGENT_WORDS.split(' ')
	.filter(
		(w) =>
			!['people', 'staff', 'state', 'states', 'service', 'group', 'network', 'government'].includes(
				w
			)
	)
	.join(' ');

export const AGENT_SET = new Set([
	...AGENT_WORDS.split(' '),
	'capital',
	'capitals',
	'power',
	'powers',
	'country',
	'countries',
	'farm',
	'farms'
]);

export const ATTRIBUTION: Gate[] = [
	// structural: "bears the fingerprints of a well-resourced state actor" (before the older pattern, which
	// stops at the first adjective)
	gate(
		'fingerprints hallmarks signature',
		new RegExp(
			`\\b(?:fingerprints|hallmarks|signature|marks) of (?:a |an |the )?(?:[\\p{L}-]+ ){0,2}?(?:${AGENT_ADJ} )?${AGENT}\\b`,
			'giu'
		)
	),
	// "we know (exactly) who…", "we are certain which state…"
	gate(
		'know sure certain confident doubt tell say',
		/\b(?:we|i) (?:now |already )?(?:know|are (?:sure|certain|confident)|have no doubt|can tell you|can say) (?:exactly |precisely |full well )?(?:who|which (?:country|state|group|government|service)|where (?:this|it|that|the)(?: [\p{L}-]+)? (?:comes?|came|originated|originates) from)\b/giu
	),
	// "Behind this wave of posts stands a troll farm": the inverted form, with an agent after the verb
	gate(
		'behind',
		new RegExp(
			`(?:^|[.!?]\\s+)behind (?:this|these|that|those|the|it|\\p{L}+['’]s)\\b[^.!?;]{0,60}?\\b(?:stands?|stood|is|are|was|were|lies?|lay|sits?)\\b[^.!?;]{0,60}?\\b${AGENT}\\b`,
			'giu'
		)
	),
	// "this was a criminal gang", "it is a troll farm run from…", "Grey Lantern is a front for…": the incident
	// itself called an agent's act
	gate(
		'gang gangs criminals criminal crime ring rings syndicate fraudsters scammers mafia cartel farm hackers hacker hacking actor agents agent operation campaign intelligence spy provocateurs saboteurs terrorists extremists militants front cover mouthpiece puppet proxy',
		new RegExp(
			`(?:^|[.!?:;,]\\s+|\\b(?:that|but|and)\\s+)(?:this|it|that)(?: [\\p{L}-]+)? (?:is|was|'s) (?:clearly |probably |likely |almost certainly |obviously |simply |just |all )?(?:the work of )?(?:a|an|the) (?:[\\p{L}-]+ ){0,2}?${BLAMED}\\b|\\b(?:is|was|are|were|as) (?:just |merely |only |simply |clearly )?(?:a|the) (?:front|cover|mouthpiece|puppet|proxy) (?:for|of) (?:the |a |an )?(?:[\\p{L}'’-]+ ){0,3}?(?:${AGENT}|${REMOTE})\\b`,
			'giu'
		)
	),
	// "the fabricated statement is a Marevian intelligence operation": the incident called a named or foreign
	// state's operation, whatever the sentence's subject
	gate(
		'operation campaign plot provocation ploy',
		/\b(?:is|was|are|were) (?:clearly |obviously |probably |likely |almost certainly |simply )?(?:a|an|the) (?:\p{Lu}\p{Ll}+(?:n|an|ian|ese|ish|i) |foreign |hostile |enemy |state[- ](?:backed|sponsored|run) )(?:intelligence |secret service |security service |military |government |state )?(?:operation|campaign|plot|provocation|ploy)\b/gu
	),
	// "follow the money and you end up at a troll farm", "the trail leads back to Moscow"
	gate(
		'end ends ended lead leads led trail',
		new RegExp(
			`\\b(?:end(?:s|ed)? up (?:at|in)|(?:trail|tracks?|money|breadcrumbs?|threads?) (?:\\w+ )?(?:leads?|led|goes|went|runs?) (?:straight |directly |all the way )?(?:back )?to|leads? (?:straight |directly )?back to) (?:the |a |an )?(?:[\\p{L}-]+ ){0,2}?(?:${AGENT}|${REMOTE}|\\p{Lu}[\\p{L}-]+)\\b`,
			'gu'
		)
	),
	// "X is behind this"
	gate(
		'behind',
		/\b(?:is|was|are|were|be|being|stands?|stood) (?:clearly |probably |likely |almost certainly |obviously |surely )?behind (?:it|this|that|the)\b/gi
	),
	// "staged… by <agent>"
	gate(
		'by',
		new RegExp(
			`\\b(?:${STRONG_VERB}|${WEAK_VERB}|attack|operation|campaign|provocation|job) (?:\\w+ ){0,3}?by (?:the |a |an |some |local |our |these |those |)(?:${AGENT_ADJ} )*${AGENT}\\b`,
			'giu'
		)
	),
	gate(
		'work hands hallmarks marks screams smacks reeks fingerprints signature point points trace traces tracing traced linked tied coming came comes come originate originated originating originates made produced run operated',
		new RegExp(
			`\\b(?:(?:run|operated|directed|controlled|coordinated) (?:out of|from)|the work of|hallmarks of|(?:all )?the marks of|screams|smacks of|reeks of|fingerprints of|signature of|points? (?:clearly |directly |squarely )?to|trac(?:e|es|ed|ing) (?:(?:it|them|this|these|the \\w+|#\\w+)(?: [\\w'’]+){0,3}? )?(?:back )?to|linked to|tied to|(?:appears?|seems?|looks?) to (?:come|originate) (?:straight |directly )?(?:from|out of)|coming (?:straight |directly )?(?:from|out of)|came (?:straight |directly )?(?:from|out of)|comes (?:straight |directly )?(?:from|out of)|originat\\w* (?:in|from)|made in|produced in|(?:fell|falls|fallen|falling) into the hands of) (?:the |a |an )?(?:(?:${AGENT_ADJ}) )*(?:${AGENT}|\\p{Lu}[\\p{L}-]+)\\b`,
			'giu'
		)
	),
	// a farm of fake accounts placed somewhere: "run out of a troll farm in a third country"
	gate(
		'farm farms',
		/\b(?:run|operated|directed|controlled|coordinated|based|located|housed) (?:out of|from|in|at) (?:a |an |the )?(?:troll|bot|content|click) farms?\b/gi
	),
	// "state-sponsored", "foreign influence campaign", "inside job", "false flag"
	gate(
		'foreign state hostile enemy influence disinformation propaganda smear hacking destabilisation destabilization inside false staged',
		/\b(?:foreign|state|hostile|enemy)[- ](?:backed|sponsored|led|run|directed|influence|intelligence|operation|campaign|actors?|hackers?|agents?|provocation|disinformation|propaganda)\b|\b(?:influence|disinformation|propaganda|smear|hacking|destabili[sz]ation) (?:campaign|operation|attack)\b|\binside job\b|\bfalse[- ]flag\b|\bstaged (?:provocation|attack)\b/gi
	),
	// "<agent> ordered/closed/staged…"
	gate(
		AGENT_TRIGGERS,
		new RegExp(
			`\\b(?:${AGENT_ADJ} )?${AGENT} (?:\\w+ly )?(?:had )?(?:panicked and )?(?:${STRONG_VERB}|${WEAK_VERB}|wanted this)\\b`,
			'giu'
		)
	),
	// "…working for / acting on behalf of / run out of <a foreign state, capital, power, X>" (a bare "on behalf of" is
	// usually our own: "on behalf of the embassy I apologise", "lay flowers on behalf of the people of Halvoria")
	gate(
		'working acting behalf pay orders behest instructions request commissioned run directed controlled operated coordinated',
		new RegExp(
			`\\b(?:working for|(?:acting|working|operating|posting|spying) (?:for|on behalf of)|in the pay of|on the (?:orders|instructions) of|at the (?:behest|request) of|under orders from|(?:run|directed|controlled|operated|coordinated) (?:out of|from)) (?:the |a |an |some )?(?:${AGENT_ADJ} )*(?:${AGENT}|${REMOTE})\\b`,
			'giu'
		)
	),
	// "the people behind this … are well known to us / are not from here", "we have identified those responsible"
	gate(
		'behind known identified',
		/\b(?:people|those|ones|forces|actors|individuals|group|groups|network|networks|whoever is|whoever was) behind (?:this|these|the|it|that)\b[^.!?]{0,60}\b(?:(?:are|is|were|was) (?:well |all too |already )?known|we know|(?:have )?identified|(?:are|is|were|was)(?: not|n't)? (?:\p{Lu}|foreign|from|based|working|linked)|will (?:answer|pay|be held))|\b(?:well|all too) known to (?:us|the authorities|our services)\b|\bwe (?:have )?identified (?:the culprits|those responsible|the people behind|who)\b/giu
	),
	// structural: run from abroad; a causal link to an actor ("collapsed because the authorities ignored…",
	// "due to the rebels"); an insinuated beneficiary ("it is clear whose interests that serves")
	// "run from a third country's troll farm", "operated by a foreign state's services": an operation placed with
	// an actor of another country
	gate(
		'run directed controlled operated coordinated orchestrated',
		new RegExp(
			`\\b(?:run|directed|controlled|operated|coordinated|orchestrated) (?:out of|from|by) (?:a |an |the )?(?:third|another|foreign|hostile|enemy|neighbou?ring|rival) (?:country|state|power|government)['’]s (?:[\\p{L}-]+ ){0,2}?${AGENT}\\b|\\b(?:run|directed|controlled|operated|coordinated|orchestrated) by (?:a |an |the )?(?:foreign|hostile|enemy|state-backed|state-sponsored|foreign-[\\p{L}]+) (?:[\\p{L}-]+ ){0,2}?${AGENT}\\b`,
			'giu'
		)
	),
	gate(
		'run directed controlled operated coordinated orchestrated funded financed',
		/\b(?:run|directed|controlled|operated|coordinated|orchestrated|funded|financed|paid for) from (?:abroad|overseas|outside the country|another country)\b/gi
	),
	gate(
		'because due caused fault',
		new RegExp(
			`\\b(?:because(?: of)?|due to|caused by|the fault of|the result of|thanks to) (?:the |a |an |some |their |its )?(?:[\\p{L}'’-]+ ){0,2}?${AGENT}\\b(?: (?:ignored|failed|neglected|allowed|refused|wanted|chose|tried|let|did not|didn't|never|cut|skipped))?`,
			'giu'
		)
	),
	gate(
		'whose interests benefits bono clear obvious conclusions interest',
		/\b(?:(?:people|you|everyone|readers|others) (?:can|may|will) draw (?:their|your) own conclusions? (?:about|as to) (?:who|whose|which)|(?:who|which \w+)(?: here| there)? (?:has|have|had) an interest in (?:souring|damaging|wrecking|undermining|poisoning|harming|spoiling)|(?:it is|it's) (?:clear|obvious|no secret|easy to see|not hard to see) (?:who|whose|which (?:country|state|government|group))|whose interests? (?:this|that|it) (?:serves?|suits?)|who (?:really )?benefits|cui bono)\b/gi
	),
	// "all the signs of an operation planned in Meridia"
	gate(
		'signs hallmarks marks',
		/\b(?:signs|hallmarks|marks) of an? (?:[\p{L}-]+ )?(?:operation|campaign|attack|plot|provocation) (?:planned|run|directed|organi[sz]ed|launched|ordered|coordinated|mounted) (?:in|from|by) [A-Z][\p{L}-]+/gu
	),
	// "only a government could have produced this": an actor named as the only possible author
	gate(
		'only',
		new RegExp(
			`\\bonly (?:a|an|the|some) (?:[\\p{L}-]+ )?(?:${AGENT}|${REMOTE}|state actor)\\b[^.!?;]{0,50}\\b(?:could|can|would) (?:have )?(?:produced|made|done|pulled|organi[sz]ed|carried|created|built|run|launched|managed)\\b`,
			'giu'
		)
	),
	// culprit words
	gate(
		'blame blamed blaming fault negligence negligent sabotage sabotaged sabotages culprit culprits perpetrator perpetrators cover responsible',
		/\b(?:to blame|blamed?|blaming|fault|negligen(?:ce|t)|sabotage[ds]?|culprits?|perpetrators?|cover[- ]up|responsible for (?:this|the|it))\b/gi
	)
];
