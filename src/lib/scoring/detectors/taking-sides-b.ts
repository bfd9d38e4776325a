/**
 * More of taking-sides' cues (./taking-sides.ts), from session 25's batches and two scenarios the detector had
 * never seen: a named politician of the host country said to be right, a parliamentary vote or a result hoped
 * for, one side backed against a named party, a separatist aim called understandable, voters warned off some
 * candidates, a government "we would welcome". Vienna Convention art. 41 (non-interference).
 */
import type { CompiledScenario } from '../compiled.ts';
import type { Span } from '../types.ts';
import { gate, sentencesOf, type Detector, type Gate } from './context.ts';

export const MORE_GATES: Gate[] = [
	// session 29, round nine: a winner greeted before the result ("Looking forward to working with Teodor Vasko and his
	// new administration"); a camp told what it "would do better" to do; our country and a party "share the same
	// values"; a candidate "treated unfairly"
	gate(
		'administration government elect cabinet team',
		/\b(?:look(?:ing)? forward to working with|congratulat\w+)\b[^.!?;]{0,50}\b(?:(?:his|her|their|the) (?:new|incoming) (?:administration|government|cabinet|team)|president-elect|prime-minister-elect|prime minister-elect)\b/gi
	),
	gate(
		'better well',
		/(?<!\b(?:we|i|you)\s)\b(?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}|(?:the )?(?:opposition|ruling party|governing party|campaign|camp)) would do (?:better|well) to (?:accept|stop|listen|respect|admit|drop|calm|concede|focus)\b/gu
	),
	gate(
		'share values',
		/\b(?:and|with) (?:the )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} (?:share|shares) (?:the same|our|common|many) values\b|\b(?:we|i) share (?:the same|our|common) values with (?:the )?\p{Lu}\p{Ll}+/gu
	),
	gate('unfairly', /\b(?:has|have|had) been treated (?:so |very |deeply )?unfairly\b/gi),
	// session 29: a programme judged the best ("Civic Renewal's programme is the one that delivers it"; "the reform
	// programme of X is the closest to the values we share"); a result hailed as a win over the government; a
	// government "that fears its own people"
	gate(
		'programme program platform manifesto plans plan agenda policies vision proposals',
		/(?:\b(?!(?:Our|The|This|That|Its|Their|A|An)\b)\p{Lu}\p{Ll}[\p{L}-]*(?: \p{Lu}\p{Ll}[\p{L}-]*){0,2}['’]s (?:[\p{L}-]+ )?|\b(?:party|candidate|opposition|coalition|campaign)(?:['’]s)? (?:[\p{L}-]+ )?)(?:programme|program|platform|manifesto|plans?|agenda|policies|vision|proposals)\b[^.!?;]{0,40}\b(?:is|are|looks?|seems?) (?:clearly |frankly |really |pretty |very |simply |plainly |obviously |undoubtedly |by far |certainly )?(?:the one (?:that|to|which) deliver|the one (?:closest|nearest) to|the one most (?:in line with|aligned with|suited to|likely to)|most in line with|the closest to|closer to|(?:the )?best (?:for|placed|suited)|the right (?:one|choice|answer) for|the most (?:credible|convincing|serious|realistic))|\b(?:programme|program|platform|manifesto|plans?|agenda|policies|vision|proposals) (?:of|from) (?:the )?(?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}|party|candidate|opposition|coalition)\b[^.!?;]{0,30}\b(?:is|are|looks?|seems?) (?:clearly |frankly |really |pretty |very |simply |plainly |obviously |undoubtedly |by far |certainly )?(?:the one (?:that|to|which) deliver|the one (?:closest|nearest) to|the one most (?:in line with|aligned with|suited to|likely to)|most in line with|the closest to|closer to|(?:the )?best (?:for|placed|suited)|the right (?:one|choice|answer) for|the most (?:credible|convincing|serious|realistic))/gu
	),
	gate(
		'win victory triumph',
		/\b(?:win|victory|triumph) for (?:everyone|everybody|all those|those|people|the people|all)\b[^.!?;]{0,60}\b(?:standing up to|fighting|opposing|resisting|against) (?:the |its |their )?(?:government|regime|authorities|ruling|president)\b/gi
	),
	gate(
		'fears afraid silences muzzles gags jails crushes represses oppresses persecutes hates betrays fear silence muzzle gag jail crush repress oppress persecute hate betray',
		/\b(?:government|regime|authorities|leaders?|leadership|rulers)\b (?:that|which|who) (?:fears?|is afraid of|are afraid of|silences?|muzzles?|gags?|jails?|crushes?|represses?|oppresses?|persecutes?|hates?|betrays?|lies to) (?:its|their) own (?:people|citizens|press|journalists|critics|voters)\b/gi
	),
	// session 30: a government's motives judged ("a government that needs a distraction before its own elections"),
	// its acts called theatre ("a predictable overreaction from a government…")
	gate(
		'distraction overreaction over-reaction theatrics posturing stunt',
		/\b(?:government|regime|authorities|leadership)\b (?:that|which|who) (?:needs?|wants?|is looking for|is desperate for) (?:a )?distraction\b|\b(?:overreaction|over-reaction|theatrics|posturing|stunt) (?:from|by|of) (?:a |the |its |their )?(?:[\p{L}'’-]+ )?(?:government|regime|authorities|ministry|leadership)\b/giu
	),
	// "we would be glad to see Civic Renewal's reform agenda succeed", "the government has done too little",
	// "vindicates Minister Vardas … whatever the Civic Front says", "years of lax enforcement by the authorities"
	gate(
		'glad happy pleased delighted like love hope',
		/\b(?:glad|happy|pleased|delighted|like|love|hope) to see (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}(?:['’]s (?:[\p{L}-]+ ){0,2}?(?:agenda|programme|program|platform|plans?|reforms?|candidate|campaign|list|ticket))? (?:succeed|win|prevail|do well|triumph|come out on top|carry the day|take power|form the next government)\b/gu
	),
	gate(
		'glad happy pleased like love hope starts start begins begin',
		/\b(?:glad|happy|pleased|like|love|hope) to see a (?:new )?government\b[^.!?]{0,30}\b(?:that|which|who)\b|\bhope (?:the (?:government|authorities)|it|they) (?:starts?|will start|begins?|will begin) (?:listening|to listen)\b/gi
	),
	gate(
		'done achieved delivered',
		/\b(?:government|authorities|administration|regime)\b[^.!?]{0,20}\b(?:has|have|had) (?:so far |yet |still |once again )?(?:done|achieved|delivered) (?:far |much |very )?(?:too little|nothing|not enough|little)\b/gi
	),
	gate(
		'vindicates vindicate vindicated whatever',
		/\bvindicat(?:es?|ed|ing) (?:the )?(?:(?:Prime |Interior |Foreign |Transport |Health |Justice )?Minister|President|Senator|government|ruling party|opposition)\b|\bwhatever the \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2} (?:says?|claims?|thinks?|argues?)\b/gu
	),
	gate(
		'years decades',
		/\b(?:years|decades) of (?:lax|weak|poor|corrupt|negligent|failed|botched|shoddy) (?:[\p{L}-]+ ){0,4}?by (?:the )?(?:authorities|government|state|city|regulators?|ministry|administration)\b/giu
	),
	// round eleven: a government that met its people with batons, a party that "spent the campaign spreading fear",
	// "hardly covering itself in glory", a government that respects the law "more than the current one", years of
	// bad treatment from the government
	gate(
		'answered met greeted treats treated responds responded',
		/\bgovernment (?:that|which) (?:answered|met|greeted|treats?|treated|responds?|responded to) (?:its|their) own (?:people|citizens|protesters|students) with (?:batons|tear gas|bullets|violence|force|repression|water cannon)\b/gi
	),
	gate(
		'spent run waged',
		/\b(?:a|this|that|your|the) (?:party|campaign|candidate|government) (?:that|which|who) has (?:spent|run|waged)\b[^.!?]{0,40}\b(?:spreading|stoking|peddling|smears?|lies|fear|hate)\b/gi
	),
	gate('glory', /\bhardly covering (?:itself|yourselves|themselves|himself|herself) in glory\b/gi),
	gate(
		'more',
		/\bgovernment (?:that|which) (?:respects|honours|honors|upholds|cares about|serves) [^.!?]{0,30}\bmore than the (?:current|present|outgoing|last|sitting) one\b/gi
	),
	gate(
		'treatment',
		/\b(?:years|decades) of (?:[\p{L}*!-]+ )?treatment (?:from|by) (?:the )?(?:government|authorities|capital|state|regime)\b/giu
	),
	// "we hope the government will finally start listening to its own people"
	gate(
		'finally last',
		/\b(?:government|regime|authorities|leadership)\b[^.!?]{0,20}\b(?:will|would|should|must|might|can) (?:finally|at last|one day) (?:start |begin )?(?:listen(?:ing)? to|hear(?:ing)?|respect(?:ing)?) (?:its|their) own (?:people|citizens|voters|critics)\b/gi
	),
	// the host's government set against someone as a failure ("While Sarenne's government lost control of its own
	// capital, our Minister delivered")
	gate(
		'while whereas unlike',
		/\b(?:while|whereas|unlike)\b[^.!?;]{0,60}\b(?:government|authorities|ministers?|president|prime minister|regime|administration)\b[^.!?;]{0,40}\b(?:lost control|lost its grip|failed|dithered|did nothing|stood by|sat on (?:its|their) hands|looked away|fumbled|was asleep|were asleep|panicked)\b/gi
	),
	// session 28: a change of government wished for without a name ("After twelve years of the same faces in power,
	// Sunday is a real chance … to turn the page"; "I'd rather see a government that …, and we both know which side
	// that is")
	gate(
		'agree side opposition government like love prefer stunt',
		/\b(?:we|i) (?:fully |entirely |wholeheartedly )?(?:agree|side|sympathi[sz]e) with (?:the |[\p{Lu}][\p{L}-]+['’]s )?(?:opposition|ruling party|ruling coalition|governing party|government|protesters|critics of the government)(?: parties| party)?\b|\b(?:would|'d) (?:like|love|prefer) to see (?:the|a) (?:candidate|party|side|camp|list)\b[^.!?;]{0,60}\bwin\b|\b(?:political )?stunt\b[^.!?;]{0,40},\s*(?:Mr|Ms|Mrs|Dr)\.? \p{Lu}[\p{L}-]+[^.!?]{0,10}[.!?]\s*the government has handled\b/giu
	),
	gate(
		'page faces rather side',
		/\b(?:chance|time|opportunity|moment) (?:for [\p{L} ]{1,30} )?to turn the page\b|\bthe same (?:old )?faces (?:in|of) (?:power|government|office)\b|\b(?:i|we)(?:'d| would) (?:rather|prefer to|like to) see a (?:new |different |better )?government\b|\bwe (?:all |both )?know which (?:side|party|candidate|camp)\b/giu
	),
	gate(
		'remember punish welcome',
		/\bhope (?:that )?(?:[\p{Lu}][\p{L}-]+ )?voters (?:will )?(?:remember|punish|reject)\b|\bwould (?:naturally |certainly |warmly |surely )?welcome a (?:new |different )?government\b/gu
	),
	gate(
		'loved enjoyed continues continue',
		/\b(?:loved|enjoyed|relished) working with the (?:current|present|outgoing|incumbent) (?:government|administration|coalition)\b|\b(?:partnership|cooperation|relationship|friendship) (?:continues|carries on|goes on|lasts) (?:well )?(?:beyond|after) (?:the (?:election|vote|polls)|sunday|monday|tuesday|wednesday|thursday|friday|saturday|polling day)\b/gi
	),
	gate(
		'stand stands standing',
		/\b(?:stand|stands|standing) (?:firmly )?(?:with|behind)\b[^.!?;]{0,60}\b(?:call|calls|demand|demands) for (?:the )?[\p{L} ]{0,40}?\bto (?:resign|step down|go|quit)\b/giu
	),
	// session 26: those who blocked a bill given the blame ("Those who blocked the firearms bill have blood on
	// their hands")
	gate(
		'blocked opposed delayed voted killed watered',
		/\b(?:those|the (?:party|parties|politicians|mps|lawmakers|deputies|senators|opposition|government|ministers?)|[\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){0,2}) (?:who|that) (?:blocked|opposed|delayed|voted (?:against|down)|killed|watered down)\b[^.!?;]{0,60}\b(?:blood on (?:their|its|his|her) hands|(?:are|is) (?:responsible|to blame)|should be ashamed|must answer)\b/gu
	),
	// a vote of the host's parliament or an election result hoped for: "We hope Kestria's parliament rejects the
	// no-confidence motion", "we hope Sunday's result reflects it"
	gate(
		'hope hopes trust urge wish',
		/\b(?:hope|hopes|trust|urge|wish)\b[^.!?;]{0,40}\b(?:parliament|mps|deputies|senators|senate|assembly|lawmakers|legislators)\b[^.!?;]{0,20}\b(?:reject|rejects|defeat|defeats|pass|passes|back|backs|support|supports|approve|approves|vote (?:down|for|against))\b|\b(?:hope|hopes|wish)\b[^.!?;]{0,30}\b(?:result|outcome|vote|voters)\b[^.!?;]{0,15}\b(?:reflects?|rewards?|punish(?:es)?|reflect)\b/gi
	),
	gate(
		'no-confidence confidence',
		/\b(?:support|back|oppose|reject)\w* (?:the )?no-confidence\b/gi
	),
	// one side backed against a named party or movement: "stands with the government against the Highland Party"
	gate(
		'against',
		/\b(?:stand|stands|standing|stood|side|sides|siding)\s+(?:firmly |squarely |fully )?(?:with|by|behind)\b[^.!?;]{0,60}\bagainst (?:the )?(?:\p{Lu}[\p{L}-]+ ){1,3}(?:Party|Movement|Alliance|Front|League|Union|Bloc|Coalition)\b/gu
	),
	// a separatist or regional aim called understandable or legitimate
	gate(
		'understandable legitimate justified natural reasonable',
		/\b(?:wish|desire|demand|call|calls|push|aspirations?|hopes?|bid|campaign|struggle)\s+(?:for|of)\s+(?:self-rule|independence|autonomy|secession|self-determination|self-government|home rule)\b[^.!?;]{0,20}\b(?:is|are|seems?|was) (?:entirely |perfectly |completely |quite |very )?(?:understandable|legitimate|justified|natural|reasonable|fair)\b/gi
	),
	// voters told whom to distrust, a government "we would welcome", a party's work admired
	gate(
		'wary careful beware',
		/\b(?:be |remain |stay )?(?:wary|careful|suspicious) of (?:any )?(?:candidates?|parties|politicians|leaders|campaigns?) (?:who|that|which)\b/gi
	),
	gate(
		'welcome',
		/\b(?:would|'d) (?:warmly |certainly |gladly )?(?:welcome|like to see|love to see|prefer) (?:a|an) (?:new |different |future |next |more [\p{L}-]+ )?(?:govt|government|leadership|coalition|president|prime minister|cabinet)\b/giu
	),
	// the host's authorities judged on their record: "failed to inspect the festival properly", "after decades
	// of neglect from the capital"
	gate(
		'failed neglected',
		/\b(?:authorities|government|ministry|ministers?|police|regulators?|inspectors?|administration)\b[^.!?;]{0,20}\b(?:failed|neglected) to (?:inspect|protect|act|prevent|respond|stop|prepare|warn|enforce|regulate|listen)\b/gi
	),
	gate(
		'lost control',
		/\b(?:government|authorities|administration|president|prime minister|ministry|regime)\b[^.!?;]{0,20}\b(?:has|have|had) (?:clearly |plainly |obviously |completely |now )?lost (?:all )?control\b/gi
	),
	gate(
		'years decades generations',
		/\b(?:years|decades|generations) of (?:neglect|mistreatment|broken promises|discrimination|repression|misrule|mismanagement|indifference|underinvestment)\b/gi
	),
	gate(
		'admired admire admires',
		/\b(?:long |always |greatly |much )?(?:admired|admire|admires)\s+(?:the )?(?:\p{Lu}[\p{L}-]+ ){1,3}(?:Party['’]s|Movement['’]s|Alliance['’]s|Renewal['’]s|Front['’]s|party['’]s)?\s*(?:work|record|programme|program|platform|campaign|stance|commitment)\b/gu
	)
];

const POLITICAL_TITLE =
	/\b(?:mp|m\.p\.|senator|deputy|member of parliament|leader|opposition|minister|president|premier|mayor|governor|candidate|chair|chairman|chairwoman|speaker|party)\b/i;
const NAMED = new WeakMap<CompiledScenario, RegExp | null>();

/** The host's politicians named in the scenario (title MP, minister, leader…), as one case-sensitive pattern. */
function politicians(c: CompiledScenario): RegExp | null {
	let re = NAMED.get(c);
	if (re !== undefined) return re;
	const forms = c.scenario.names
		.filter(
			(n) =>
				// a person of the host (a politician, a governor, an activist), or a host organisation in the dispute
				// (a party, a union, a consumer group)
				n.kind === 'person' || n.kind === 'organisation'
		)
		// (a person's surname alone too: "Fenzi is right to ask")
		.flatMap((n) => [
			n.name,
			...n.aliases,
			...(n.kind === 'person'
				? [n.name.split(/\s+/).pop()!].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w))
				: [])
		])
		.filter((x) => x.length >= 5)
		.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.sort((a, b) => b.length - a.length);
	re = forms.length ? new RegExp(`\\b(?:${forms.join('|')})\\b`, 'gu') : null;
	NAMED.set(c, re);
	return re;
}

/** A named politician said to be right or told what they should have done: "Sabine Korrel is right: the
 * government owes…", "as Ms Korrel rightly says", "Minister Keswick should have acted sooner". */
export function namedPoliticianRight(d: Parameters<Detector>[0]): Span[] {
	const re = politicians(d.c);
	if (!re || !/\b(?:right(?:ly)?|should|ought|must|point|agree)\b/i.test(d.pt.text)) return [];
	const out: Span[] = [];
	for (const s of sentencesOf(d.pt)) {
		re.lastIndex = 0;
		for (const m of s.text.matchAll(re)) {
			const after = s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
			const before = s.text.slice(Math.max(0, m.index! - 12), m.index!);
			const verdict =
				/^\s*(?:is|was|has been) (?:absolutely |quite |entirely |completely |so )?right\b/i.exec(
					after
				) ??
				/^\s*(?:has|had|makes|made) (?:a |an )?(?:fair |good |valid |strong )?point\b/i.exec(
					after
				) ??
				/^\s*(?:should|ought to|must) (?:have )?(?:acted|resigned|stepped down|step down|resign|moved|listened|known)(?: sooner| earlier| faster)?\b/i.exec(
					after
				) ??
				/^\s*(?:rightly|correctly) (?:says|said|points out|pointed out|argues|argued)\b/i.exec(
					after
				) ??
				(/\bas\s+$/i.test(before) ? /^\s*(?:rightly|correctly)\b/i.exec(after) : null) ??
				// "We agree with Greta Vollan: …"
				(/\b(?:we|i) (?:fully |completely |entirely |wholeheartedly )?agree with\s+$/i.test(
					s.text.slice(Math.max(0, m.index! - 30), m.index!)
				)
					? /^/.exec(after)
					: null);
			if (verdict) {
				const start = s.start + m.index!;
				out.push({ start, end: start + m[0].length + verdict[0].length });
			}
		}
	}
	return out;
}

const PARTY_WORD = /\b(?:party|parties|bloc|movement|alliance|coalition|front)\b/i;
const NAMED_SIDES = new WeakMap<CompiledScenario, RegExp | null>();

/** The host's parties and politicians the scenario names: organisations whose id or name says party (bloc,
 * movement, alliance…), a party in a persona's name ("Irina Vass, MP (Civic Renewal)") and the politicians. */
function sides(c: CompiledScenario): RegExp | null {
	let re = NAMED_SIDES.get(c);
	if (re !== undefined) return re;
	const forms = [
		...c.scenario.names
			.filter(
				(n) =>
					n.kind === 'organisation' && PARTY_WORD.test(`${n.id.replace(/[-_]/g, ' ')} ${n.name}`)
			)
			// (a person's surname alone too: "Fenzi is right to ask")
			.flatMap((n) => [
				n.name,
				...n.aliases,
				...(n.kind === 'person'
					? [n.name.split(/\s+/).pop()!].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w))
					: [])
			]),
		...c.scenario.personas.flatMap((p) =>
			[...p.name.matchAll(/\((\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})\)/gu)].map((m) => m[1])
		),
		// "Rafael Domenech MP, Civic Front"
		...c.scenario.personas.flatMap((p) =>
			[...p.name.matchAll(/,\s*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})\s*$/gu)]
				.map((m) => m[1])
				.filter((x) => PARTY_WORD.test(x))
		),
		...c.scenario.names
			.filter(
				(n) =>
					n.kind === 'person' &&
					POLITICAL_TITLE.test(`${n.id.replace(/[-_]/g, ' ')} ${n.title ?? ''} ${n.name}`)
			)
			// (a person's surname alone too: "Fenzi is right to ask")
			.flatMap((n) => [
				n.name,
				...n.aliases,
				...(n.kind === 'person'
					? [n.name.split(/\s+/).pop()!].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w))
					: [])
			])
	]
		.filter((x) => x.length >= 5)
		.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.sort((a, b) => b.length - a.length);
	re = forms.length ? new RegExp(`\\b(?:${[...new Set(forms)].join('|')})\\b`, 'gu') : null;
	NAMED_SIDES.set(c, re);
	return re;
}

/** What is said right after a party or politician that judges or backs it. */
const SIDE_AFTER = [
	// "…'s party has run a dirty campaign"
	/^(?:['’]s)?(?: party)? (?:has run|have run|ran|is running|are running|has waged|waged|has fought|fought) an? (?:(?:very|truly|really|deeply) )?(?:dirty|smear|negative|nasty|disgraceful|shameful|clean|positive|honest|dishonest|fair|brilliant|impressive|ugly|toxic|divisive) campaign\b/iu,
	// told what to do: "… should stop using a forged document"
	/^ (?:should|must|needs? to|ought to|had better) (?:stop|start|apologi[sz]e|withdraw|drop|resign|step down|be ashamed|think again|stop using|come clean|let|leave|respect|stay out|calm|accept|wait|refrain)\b/iu,
	// its programme judged: "…'s trade plans would be good for both our countries"
	/^['’]s (?:[\p{L}-]+ ){0,2}(?:plans?|programme|program|platform|polic(?:y|ies)|proposals?|agenda|manifesto|ideas|vision|reforms?)(?: (?:on|for) [\p{L}-]+(?: [\p{L}-]+)?)? (?:would|will|could|are|is|seem|seems|look|looks)(?: be)? (?:(?:very|really|truly|clearly|exactly|much|by far|pretty|rather|quite) )?(?:the )?(?:(?:most|least) )?(?:good|great|right|best|better|bad|harmful|dangerous|excellent|welcome|disastrous|sensible|wise|reckless|what|closest|closer|close|nearest|nearer|similar|in line|aligned|most in line)\b/iu,
	// session 28: its aims said to be ours ("Civic Renewal's commitment to clean governance reflects values Calvera
	// has long shared"), or given our confidence ("… and his government have our full confidence")
	/^['’]s (?:[\p{L}-]+ ){0,5}(?:reflects?|mirrors?|echoes|embodies|shares?) (?:the )?(?:values|principles|ideals|priorities|aims|goals) (?:we|that we|[\p{Lu}][\p{L}-]+) (?:have |has )?(?:long |always )?(?:share|shared|hold|held|cherish|cherished|stand for|stood for)\b/iu,
	/^(?: and (?:his|her|their|its) (?:government|party|ministry|cabinet|team))? (?:have|has|enjoys?|retains?) our (?:full |complete |total |unwavering |continued )?(?:confidence|support|backing|trust)\b/iu,
	// "The Civic Front is clearly behind the rumour"
	/^ (?:is|are|was|were) (?:clearly |obviously |surely |evidently )?behind (?:the|this|these|that) (?:rumou?r|story|smear|campaign|leak|lies|attack)\b/iu,
	// "… deserves a fair fight", "deserves to win"
	/^ deserves? (?:a fair (?:fight|hearing|chance|contest)|better|to win|our support|support|a chance|credit|praise|to be (?:heard|elected))\b/iu
];
/** What is said right before it: "impressed by Civic Renewal's…", "we stand with X". */
const SIDE_BEFORE =
	/\b(?:impressed|inspired|convinced|encouraged|heartened|disappointed|appalled|dismayed) by (?:the )?$|\b(?:admire|admired|admires|admiring|applaud|applauded|applauds|salute|saluted|salutes)\b(?: (?:the|its|their|his|her))?(?: [\p{L}-]+){0,3} $|\b(?:stands?|standing) (?:firmly )?(?:with|behind) (?:the )?$|\b(?:shameful|disgraceful|shocking|cynical|irresponsible|outrageous|despicable) of (?:the )?$|\bdeserves? better than (?:the )?$|\b(?:lectured|attacked|smeared|lied about) by (?:the )?$|\b(?:we|i) (?:fully |entirely |wholeheartedly )?(?:share|endorse|echo|support|back)\s+$/iu;

/** A named party or politician judged or backed: "Union for Ardesia should stop using a forged document", "Vesna
 * Karolides deserves a fair fight", "impressed by Civic Renewal's anti-corruption platform"; and protesters backed
 * against the government ("stands with the brave Quessarans demanding change from President Essen"). */
export function sideVerdicts(d: Parameters<Detector>[0]): Span[] {
	const out: Span[] = [];
	const re = sides(d.c);
	for (const s of sentencesOf(d.pt)) {
		const backed =
			/\b(?:stands?|standing) (?:firmly )?(?:with|behind|by) (?:the |all )?(?:brave |courageous |peaceful |young )*(?:[\p{L}-]+ )?(?:protesters|demonstrators|students|activists|people|citizens|\p{Lu}[\p{L}-]+(?:ans|ians|ese|is|s))(?: who are| who)? (?:demanding|calling for|fighting for|marching for|protesting|standing up)\b/u.exec(
				s.text
			);
		if (backed)
			out.push({ start: s.start + backed.index, end: s.start + backed.index + backed[0].length });
		if (!re) continue;
		re.lastIndex = 0;
		for (const m of s.text.matchAll(re)) {
			const end = m.index! + m[0].length;
			const after = s.text.slice(end, end + 90);
			const v = SIDE_AFTER.map((x) => x.exec(after)).find(Boolean);
			if (v) out.push({ start: s.start + m.index!, end: s.start + end + v[0].length });
			else if (SIDE_BEFORE.test(s.text.slice(Math.max(0, m.index! - 30), m.index!)))
				out.push({ start: s.start + m.index!, end: s.start + end });
			// the incumbent's win presumed: "we look forward to continuing our work with Prime Minister Orvell after 29
			// September"
			else if (
				/^ (?:after|beyond|past) (?:the (?:vote|election|elections|poll)|polling day|\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{L}+|\p{Lu}\p{L}+ \d{1,2}|(?:this |next )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))/u.test(
					after
				) &&
				/\b(?:continu(?:e|ing)|keep(?:ing)? (?:up|working)|carry(?:ing)? on)\b[^.!?;]{0,60}\bwith (?:the )?(?:[\p{L}-]+ ){0,2}$/iu.test(
					s.text.slice(Math.max(0, m.index! - 90), m.index!)
				)
			)
				out.push({ start: s.start + m.index!, end: s.start + end });
		}
	}
	return out;
}
