/**
 * premature-blame: attributing the incident to anyone — a state, a service, a group, "we know who is behind
 * it" — or stating its cause, before the scenario has established the cause publicly (a fact that
 * `establishes_cause`, or the rubric's `blame_before` fact, not yet revealed — or revealed only as
 * confidential). Fires on attribution language ("was staged by…", "…is behind this", "the work of…",
 * "points to a state-sponsored group", "authorities ordered…", "an influence campaign"), on culprit words
 * (fault, sabotage, negligence…) and on causal words next to the pending fact's keywords. Denied, hedged or
 * refused attribution ("we are not blaming anyone", "we do not yet know who", "we will not speculate") is not
 * blame. Blame by insinuation counts in any scenario: claiming to know an unnamed culprit ("we know who they
 * are", "it is not hard to guess who gains"), or casting unnamed people as wreckers ("those who want to wreck
 * relations").
 */
import type { CompiledScenario } from '../compiled.ts';
import { findAny } from '../text/phrase.ts';
import type { PostText } from '../text/post-text.ts';
import type { Finding, Span } from '../types.ts';
import {
	gate,
	hasAnyWord,
	wordSet,
	gatedSpans,
	sentenceAt,
	sentencesOf,
	SOURCES,
	type Detector,
	type Gate,
	type Sentence
} from './context.ts';
import { allMatches } from '../text/matches.ts';
import { faultBlame } from './blame-fault.ts';

const AGENT =
	'(?:police|authorities|government|regime|administration|intelligence(?: services?| agency| agencies)?|secret services?|security services?|spy agenc(?:y|ies)|spies|agents?|guards?|security staff|officials|soldiers|army|military|hackers?(?= group| unit| collective)|hacking (?:group|unit|collective)|group|groups|network|networks|state|states|nationalists?|activists?|extremists?|militants?|terrorists?|opposition|rebels?|protesters|trolls?|bots?|propagandists|operatives|provocateurs|enemies|adversar(?:y|ies)|people|someone|somebody|rivals?|competitors?|neighbou?rs?|services?|units?|cells?|outfits?|apparatus|establishment|proxies|proxy|handlers|paymasters|troll farms?|bot farms?|agitators?|instigators?|saboteurs?|infiltrators?|mercenar(?:y|ies)|radicals?|separatists?|insurgents?|hooligans?|ringleaders?)';
const AGENT_ADJ =
	'(?:foreign-[\\p{L}]+|state-[\\p{L}]+|foreign|hostile|enemy|rival|state|state-backed|state-sponsored|government|local|neighbou?ring|another|certain|troll|bot|hacker|disinformation|influence|propaganda|spy|cyber|\\p{Lu}[\\p{L}-]*)';
/** Actors named only with a qualifier ("a foreign capital", "a neighbouring power"). */
const REMOTE = '(?:capital|capitals|power|powers|country|countries)';

/** Verbs that name a deliberate act by themselves; weak verbs count only when the sentence names the incident. */
const STRONG_VERB =
	'(?:abducted|kidnapped|taken hostage|staged|faked|fabricated|doctored|orchestrated|provoked|stoked|fuell?ed|fomented|stirred up|whipped up|inflamed|hacked|hijacked|taken over|took over|seized|commandeered|breached|infiltrated|planted|leaked|sabotaged|engineered|perpetrated|commissioned|sponsored|backed|funded|financed|bankrolled|instigated|incited|paid for|masterminded|attacked)';
const WEAK_VERB =
	'(?:made|produced|created|manipulated|run|directed|controlled|operated|coordinated|ordered|organi[sz]ed|planned|carried out|launched|closed|shut|locked|spread|pushed|caused|started|done|committed)';
const WEAK_RE = new RegExp(`\\b${WEAK_VERB}\\b`, 'i');
const STRONG_RE = new RegExp(`\\b${STRONG_VERB}\\b`, 'i');
const INCIDENT =
	/\b(?:video|clip|footage|recording|post|posts|tweet|message|account|hack|attack|unrest|violence|riots?|clashes|gates?|doors?|entrance|explosion|fire|leak|incident|operation|campaign|rumou?r|story|fake|deepfake|image|photo|website|link|screenshot|chaos|crisis|disaster|tragedy|deaths?|collapses?|damage|mess|confusion|delays?|failures?|shortages?)\b/i;

const AGENT_WORDS =
	'police authorities government regime administration intelligence services service agency agencies spies spy agents agent guards guard staff officials soldiers army military hackers hacking group groups network networks state states nationalists nationalist activists activist extremists extremist militants militant terrorists terrorist opposition rebels rebel protesters trolls troll bots bot propagandists operatives provocateurs enemies adversary adversaries people someone somebody rivals rival competitors neighbours neighbors apparatus establishment proxies proxy handlers paymasters farm farms unit units cell cells outfit outfits agitator agitators instigator instigators saboteur saboteurs infiltrator infiltrators mercenary mercenaries radical radicals separatist separatists insurgent insurgents hooligan hooligans ringleader ringleaders';
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

const AGENT_SET = new Set([
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

const ATTRIBUTION: Gate[] = [
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
	// "…working for / on behalf of / run out of <a foreign state, capital, power, X>"
	gate(
		'working acting behalf pay orders behest instructions request commissioned run directed controlled operated coordinated',
		new RegExp(
			`\\b(?:working for|acting (?:for|on behalf of)|on behalf of|in the pay of|on the (?:orders|instructions) of|at the (?:behest|request) of|under orders from|(?:run|directed|controlled|operated|coordinated) (?:out of|from)) (?:the |a |an |some )?(?:${AGENT_ADJ} )*(?:${AGENT}|${REMOTE})\\b`,
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
	gate(
		'run directed controlled operated coordinated orchestrated funded financed',
		/\b(?:run|directed|controlled|operated|coordinated|orchestrated|funded|financed|paid for) from (?:abroad|overseas|outside the country|another country)\b/gi
	),
	gate(
		'because due caused fault',
		new RegExp(
			`\\b(?:because(?: of)?|due to|caused by|the fault of|the result of|thanks to) (?:the |a |an |some |their |its )?(?:[\\p{L}-]+ ){0,2}?${AGENT}\\b(?: (?:ignored|failed|neglected|allowed|refused|wanted|chose|tried|let|did not|didn't|never|cut|skipped))?`,
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
const CAUSAL =
	/\b(?:because(?: of)?|due to|caused by|the cause (?:was|is)|result of|owing to|was closed (?:for|to)|since)\b/gi;
/** Accusing these is accusing a state. */
const STATE_ACTOR =
	/\b(?:intelligence(?: services?| agency| agencies)?|secret services?|security services?|spy agenc(?:y|ies)|government|regime|state[- ](?:backed|sponsored|run)|ministry|military|army|foreign (?:state|power|government))\b/i;

/** Foreign or hostile actors: accusing them needs evidence even when the incident's own cause is known. */
const FOREIGN =
	/\b(?:in|from|out of|based in) (?:a )?third countr(?:y|ies)\b|\bforeign-(?:paid|funded|backed|sponsored|trained|controlled|financed)\b|\b(?:foreign|hostile|enemy|neighbou?ring|rival) (?:[\p{L}-]+ )?(?:state|states|power|powers|capital|country|countries|government|service|services|agents?|actors?|hackers?|intelligence)\b|\b(?:provocateurs|operatives|spies|adversar(?:y|ies)|enemies|rivals|proxies|paymasters|agents (?:of|working|acting))\b|\b(?:troll|bot) farms? (?:outside|beyond) (?:\p{Lu}[\p{L}-]+|the country|our borders|its borders)\b/iu;
/** Agents named by a demonym ("Vestran agents", "Castavian hackers"): a foreign or named state's people. */
const DEMONYM_AGENT =
	/\b\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+(?:agents?|spies|operatives|hackers?|intelligence|secret services?|security services?|provocateurs|agitators|mercenaries|proxies|special forces|military|army|government|state media)\b/u;
/** "Run from abroad" names a foreign author by itself, whatever the sentence calls the incident. */
const FROM_ABROAD = /\bfrom (?:abroad|overseas|outside the country|another country)\b/i;
/** An attribution by tracing or linking is one whatever verb follows its actor ("traced to a farm run from…"). */
const TRACED =
	/\b(?:trac(?:e|es|ed|ing)|linked to|tied to|the work of|(?:appears?|seems?|looks?) to (?:come|originate) (?:straight |directly )?(?:from|out of)|coming (?:straight |directly )?(?:from|out of)|comes? (?:straight |directly )?(?:from|out of)|came (?:straight |directly )?(?:from|out of)|originat\w*|points? (?:clearly |directly |squarely )?to)\b/i;
/** A fact that itself attributes the incident. */
const ATTRIBUTED = /\b(?:attribut\w*|carried out by|responsible for|behind the|was the work of)\b/i;

/** Saying that an unknown party got in is a fact, not an attribution ("taken over by someone outside the
 * embassy"). */
const VAGUE_INTRUDER =
	/\b(?:taken over|took over|seized|commandeered|hijacked|breached|infiltrated|hacked|accessed|compromised)\b[^.!?]{0,20}\bby (?:someone|somebody|a person|a third party|an unknown (?:party|person|actor)|people|persons unknown|an outsider|outsiders)\b/i;

/** Denied, hedged or refused attribution. */
const HEDGE =
	/\b(?:not (?:yet )?(?:know|known|clear|confirmed|sure|certain|established)|unfounded|baseless|nonsense|(?:is|are) false|false (?:claims?|rumou?rs?|stories|reports)|untrue|do(?:es)?n't (?:yet )?know|don't know|unclear|unknown|too early|premature|will not (?:speculate|blame|attribute|guess|point)|won't (?:speculate|blame|attribute|guess|point)|not (?:blaming|attributing|accusing|speculating|pointing)|no (?:evidence|indication|sign)|no one is to blame|nobody is to blame|rather than speculate|refuse to speculate|not (?:going|about) to (?:speculate|blame|guess)|(?:is|was|it's|wasn't|isn't) not (?:our|anyone's|their) fault|not our fault|n't our fault|(?:if|once|when) we (?:know|learn|find|establish)|who (?:may|might|could) (?:be|have been) behind|(?:will not|won't|do not|don't) (?:be )?comment(?:ing)? on)\b/i;
/** Self-attribution is not blame ("our staff closed the side gate for a safety check" is a cause, see CAUSAL). */
const FIRST_PERSON_AGENT =
	/\bby (?:us|our(?!\s+(?:adversar\w*|enem\w*|rivals?|opponents?|detractors|critics))|ourselves|the embassy|the consulate|the ministry)\b/i;

/** The sentence text contains the words of a pending fact as the post writes them. */
function incidentWords(pt: PostText, pending: CompiledScenario['facts'], text: string): boolean {
	return pending.some((f) =>
		findAny(pt, f.kw).some(
			(h) =>
				pt.text.slice(h.span.start, h.span.end) &&
				text.includes(pt.text.slice(h.span.start, h.span.end))
		)
	);
}

/** Blame by insinuation: the culprit known but unnamed, or unnamed people cast as wreckers. */
const INSINUATION =
	/\b(?:we|everyone|everybody|we all|you all|all of us|the world) (?:all )?(?:know|knows|can (?:all )?(?:see|guess)) (?:very well |perfectly well |exactly |full well )?(?:who|which (?:capital|country|government|service|state|side)|whose|where (?:they|those|the \p{L}+|these|it|this) (?:sit|sits|are|is|come|comes|was|were))\b[^.!?;]*|\b(?:(?:it is|it's|it isn't|it is not) )?(?:not hard|easy|no secret|obvious|clear|no mystery) (?:to guess |to see |to tell )?(?:who|which \p{L}+)\b[^.!?;]*|\b(?:someone|somebody|some people|certain people|certain circles|certain forces)\b (?:is|are) (?:clearly |obviously |evidently )?(?:working|trying|seeking|determined|doing (?:their|its) best) (?:hard |very hard )?to (?:set|turn|divide|wreck|damage|undermine|sow|poison|drive|stir)\b[^.!?;]*|\bwhoever (?:is|was) (?:paying for|behind|funding|running|directing|orchestrating)\b[^.!?;]*\bknows?\b[^.!?;]*|\b(?:certain|some|dark|hostile|outside|external) (?:circles|forces|quarters)\b[^.!?;]*|\b(?:circles|forces|quarters|hands) (?:abroad|from abroad|outside the country)\b[^.!?;]*|\b(?:(?:it is|it's|it was|this is) )?(?:not (?:by|an?) (?:accident|chance|coincidence)|no accident|hardly (?:an? )?(?:accident|coincidence))\b[^.!?;]*|\b(?:(?:odd|strange|curious|convenient|suspicious),? (?:then,? |isn't it,? |is it not,? |indeed,? )?that|(?:odd|strange|curious|convenient|suspicious|interesting|remarkable) timing)\b[^.!?;]*|\b(?:someone|somebody|some people|certain people|some|others|those|people|forces|certain \p{L}+) (?:clearly |obviously |evidently |must )?(?:have|has|had) an interest in (?:dividing|souring|damaging|wrecking|undermining|poisoning|harming|spoiling|discrediting|stirring|spreading|sowing|turning|splitting)\b[^.!?;]*|\b(?:has|have) (?:some |a few |its |their )?(?:very |rather |quite )?(?:obvious|well-known|familiar|usual) (?:enemies|adversaries|detractors|foes|opponents)\b[^.!?;]*|\b(?:has|have) not pleased (?:everyone|everybody|all)\b[^.!?;]*|\b(?:cannot|can't|can not|not in a position to|unable to) (?:exclude|rule out)\b[^.!?;]{0,40}\b(?:state|foreign|government|intelligence|service|actor|power)\b[^.!?;]*|\b(?:ask|wonder|asking|wondering) why (?:the |a |some |certain )?[\p{L}-]+(?: [\p{L}-]+){0,3} (?:is|are|was|were|seems?|seem) so (?:keen|eager|quick|anxious|determined)\b[^.!?;]*|\b(?:the usual suspects|(?:we|i) (?:have|had) (?:a |an )?(?:fair|good|pretty good|fairly good|very good|clear|shrewd|strong) (?:idea|suspicion) (?:who|where|which|whose)|knows? who they are|(?:is|was|it's|it is) no coincidence|(?:did not|didn't) come from nowhere|whose interests (?:they|it|this|these) serve)\b[^.!?;]*|\b(?:an? )?(?:well-resourced|well-funded|well-financed|sophisticated|professional|highly organi[sz]ed|state-level) (?:state )?(?:actor|actors|player|players|outfit|adversary)\b[^.!?;]*|\bwho (?:stands to (?:gain|benefit|profit)|benefits|gains|profits|gain|benefit|profit)\b(?: from| when)?[^.!?;]*|\b(?:funny|odd|strange|curious|convenient|interesting|remarkable) (?:how|that)\b[^.!?;]{0,60}\b(?:surfaced|appeared|emerged|popped up|came out|dropped|turned up|went viral|was released)\b[^.!?;]*|\b(?:a|the|some) (?:[\p{L}-]+ )?(?:state|government|foreign (?:power|service|state|government)|intelligence service|spy agency)['’]s (?:fingerprints|hallmarks|signature|handiwork)\b[^.!?;]*|\b(?:those|the people|some people|people|forces|certain (?:people|circles|quarters|forces|actors)|some|others) (?:who|that) (?:want|wish|wants|seek|seeks|are (?:trying|seeking|working)|would like) to (?:wreck|divide|damage|destroy|undermine|sabotage|sow|poison|drive a wedge|harm|ruin|spoil|split|turn)\b[^.!?;]*|\b(?:no prizes for guessing|you can guess|(?:fake|video|clip|campaign|operation|attack|hack|forgery|this|it) (?:has|had|bears|carries) (?:a|an|its) (?:return address|postmark)|(?:look|looking|search|searching) (?:a (?:little|bit) |much |rather |somewhat )?further afield|(?:fingerprints|hallmarks) (?:on|of) (?:this|it|the|these)(?: [\p{L}-]+)? (?:are|look|seem) (?:familiar|all too familiar|well known)|(?:the|these|its) (?:fingerprints|hallmarks) (?:are|look) (?:familiar|all too familiar))\b[^.!?;]*/giu;

/** Every INSINUATION alternative needs one of these words (a cheap test before the pattern runs). */
const INSINUATION_WORDS = wordSet(
	'exclude rule stands pleased keen eager anxious determined enemies adversaries detractors foes opponents know knows see guess hard easy secret obvious clear mystery working trying seeking determined best whoever suspects idea suspicion coincidence nowhere interests benefits gains profits want wish wants seek seeks like circles forces quarters accident chance odd strange curious convenient suspicious timing interest gain benefit profit funny interesting remarkable fingerprints hallmarks signature handiwork actor actors player players outfit adversary prizes address postmark afield'
);

function insinuation(d: Parameters<Detector>[0]): Finding[] {
	if (!hasAnyWord(d.pt, INSINUATION_WORDS)) return [];
	const spans: Span[] = [];
	for (const m of allMatches(INSINUATION, d.pt.text)) {
		const s = sentenceAt(d.pt, m.index!);
		if (s && HEDGE.test(s.text)) continue;
		const before = d.pt.text.slice(Math.max(0, m.index! - 12), m.index!);
		if (/\b(?:not|never|n't)\s*$/i.test(before)) continue;
		spans.push({ start: m.index!, end: m.index! + m[0].length });
	}
	if (!spans.length) return [];
	return [
		{
			id: 'premature-blame',
			severity: 'major',
			message: `Blames by insinuation before the cause is established: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
			explanation:
				'Hinting that you know who is responsible is still an attribution, and it invites everyone to fill in a name. Say what is known, that the cause is being established, and when you will say more.',
			source: SOURCES.cercRight,
			spans
		}
	];
}

export const prematureBlame: Detector = (d) => {
	const hinted = insinuation(d);
	if (hinted.length) return hinted;
	const pending = d.c.facts.filter(
		(f) =>
			(f.fact.establishesCause || d.c.blameBefore.includes(f.fact.id)) &&
			(!d.revealed.has(f.fact.id) || f.fact.confidential)
	);
	if (pending.length) {
		const spans = faultBlame(d);
		if (spans.length)
			return [
				{
					id: 'premature-blame',
					severity: 'major',
					message: `States the cause or who was at fault before it is established: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
					explanation:
						'Early verdicts on an accident are often wrong and are remembered. Say what is known, that the investigation will establish the cause, and when you will say more.',
					source: SOURCES.cercRight,
					spans
				}
			];
	}
	// With no cause left pending (none named, or already public), accusing a state or a foreign actor is still
	// premature unless a public fact makes that attribution.
	const stateOnly = pending.length === 0;
	if (
		stateOnly &&
		!FOREIGN.test(d.pt.text) &&
		!STATE_ACTOR.test(d.pt.text) &&
		!DEMONYM_AGENT.test(d.pt.text)
	)
		return [];
	if (
		stateOnly &&
		d.c.facts.some(
			(f) => d.revealed.has(f.fact.id) && !f.fact.confidential && ATTRIBUTED.test(f.fact.text)
		)
	)
		return [];
	const out: Finding[] = [];
	// a state, its government or services, or a country the scenario names: a public accusation of a state
	// without evidence is a diplomatic incident (Madrid 2004, the 2016 Pakistani nuclear tweet)
	const names = d.c.derived.countryPatterns;
	const bySentence = new Map<Sentence, Span[]>();
	for (const span of gatedSpans(d.pt, ATTRIBUTION)) {
		const s = sentenceAt(d.pt, span.start);
		if (!s || HEDGE.test(s.text)) continue;
		const m = d.pt.text.slice(span.start, span.end);
		if (FIRST_PERSON_AGENT.test(m) || VAGUE_INTRUDER.test(m)) continue;
		// "questions about who is behind the video": an embedded question names no one
		if (
			/^(?:is|was|are|were) behind\b/i.test(m) &&
			/\bwho\s+$/i.test(d.pt.text.slice(span.start - 5, span.start))
		)
			continue;
		// "…by X", "…came from X", "…points to X": X must be an agent word or a proper name (the patterns run
		// case-insensitively, so a capital is checked here)
		if (
			/\b(?:by|of|to|from|in)\s+(?:\S+\s+)*\S+$/i.test(m) &&
			!/\b(?:behind|who|which)\b/i.test(m)
		) {
			// (any word after the last preposition: merged spans can end in a verb, "…to a troll farm run")
			const tail = m
				.split(/\b(?:by|of|to|from|in)\s+/i)
				.pop()!
				.split(/\s+/);
			if (
				!tail.some(
					(w) =>
						AGENT_SET.has(w.toLowerCase()) ||
						/^\p{Lu}/u.test(w) ||
						/^(?:abroad|overseas|foreign|hostile|enemy|state-(?:backed|sponsored|run))$/i.test(w)
				)
			)
				continue;
		}
		if (
			WEAK_RE.test(m) &&
			!STRONG_RE.test(m) &&
			!TRACED.test(m) &&
			!FROM_ABROAD.test(m) &&
			!/\b(?:troll|bot) farms?\b/i.test(m) &&
			!INCIDENT.test(s.text) &&
			!incidentWords(d.pt, pending, s.text)
		)
			continue;
		const before = d.pt.text.slice(Math.max(s.start, span.start - 14), span.start);
		if (/\b(?:not|no|never|n't|nobody's|no one's)\s*(?:\w+\s*)?$/i.test(before)) continue;
		const list = bySentence.get(s);
		if (list) list.push(span);
		else bySentence.set(s, [span]);
	}
	const sentences = sentencesOf(d.pt);
	// where the pending facts' keywords are (a sentence without one states no cause of them)
	let pendingHits: Span[] | undefined;
	for (const s of sentences) {
		let spans = bySentence.get(s) ?? [];
		if (
			stateOnly &&
			(spans.length === 0 ||
				!(
					FOREIGN.test(s.text) ||
					STATE_ACTOR.test(s.text) ||
					DEMONYM_AGENT.test(s.text) ||
					names.some((n) => n.test(s.text))
				))
		)
			continue;
		if (spans.length === 0) {
			if (pendingHits === undefined) {
				pendingHits = [];
				for (const f of pending) for (const h of findAny(d.pt, f.kw)) pendingHits.push(h.span);
			}
			if (!pendingHits.some((h) => h.start >= s.start && h.end <= s.end)) continue;
			CAUSAL.lastIndex = 0;
			if (!CAUSAL.test(s.text) || HEDGE.test(s.text)) continue;
			spans = allMatches(CAUSAL, s.text).map((m) => ({
				start: s.start + m.index!,
				end: s.start + m.index! + m[0].length
			}));
		}
		const accusesState = STATE_ACTOR.test(s.text) || names.some((n) => n.test(s.text));
		out.push({
			id: 'premature-blame',
			severity: accusesState ? 'critical' : 'major',
			message: `Attributes a cause or blame before it is established: “${s.text.slice(0, 90)}”`,
			explanation:
				'Early attributions are often wrong and are remembered (Madrid 2004, MH17). Say what is known, that the cause is being established, and when you will say more.',
			source: SOURCES.cercRight,
			spans
		});
	}
	return out;
};
