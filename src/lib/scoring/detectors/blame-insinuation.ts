/**
 * Blame by insinuation, for premature-blame (./premature-blame.ts): claiming to know an unnamed culprit ("we know
 * who they are", "it is not hard to guess who gains", "the timing speaks for itself", "very few services have the
 * means"), or casting unnamed people as wreckers ("those who want to wreck relations"). Counts in any scenario:
 * the hint invites everyone to fill in a name (CERC: be right).
 */
import type { Finding, Span } from '../types.ts';
import { allMatches } from '../text/matches.ts';
import { hasAnyWord, sentenceAt, SOURCES, wordSet, type Detector } from './context.ts';

/** Denied, hedged or refused attribution. */
export const HEDGE =
	/\b(?:(?:still |is |remains )?under investigation|on suspicion of|not (?:yet )?(?:know|known|clear|confirmed|sure|certain|established)|unfounded|baseless|nonsense|(?:is|are) false|false (?:claims?|rumou?rs?|stories|reports)|untrue|do(?:es)?n't (?:yet )?know|don't know|unclear|unknown|too early|premature|will not (?:speculate|blame|attribute|guess|point)|won't (?:speculate|blame|attribute|guess|point)|not (?:blaming|attributing|accusing|speculating|pointing)|no (?:evidence|indication|sign)|no one is to blame|nobody is to blame|rather than speculate|refuse to speculate|not (?:going|about) to (?:speculate|blame|guess)|(?:is|was|it's|wasn't|isn't) not (?:our|anyone's|their) fault|not our fault|n't our fault|(?:if|once|when) we (?:know|learn|find|establish)|who (?:may|might|could) (?:be|have been) behind|(?:will not|won't|do not|don't) (?:be )?comment(?:ing)? on|(?:will not|won't|do not|don't|not) (?:be )?discuss(?:ing)?)\b/i;

const HEDGE_G = new RegExp(HEDGE.source, 'gi');
/** The sentence hedges the attribution that starts at `rel` — unless the hedge comes before it and is taken back
 * ("We won't point fingers, but it is hardly a coincidence…"). */
export function hedgedAt(sentence: string, rel: number): boolean {
	for (const m of sentence.matchAll(HEDGE_G)) {
		const end = m.index + m[0].length;
		if (end <= rel && /\b(?:but|yet|however|though|still)\b/i.test(sentence.slice(end, rel)))
			continue;
		return true;
	}
	return false;
}

/** Blame by insinuation: the culprit known but unnamed, or unnamed people cast as wreckers. */
const INSINUATION =
	/\b(?:we|everyone|everybody|we all|you all|all of us|the world) (?:all )?(?:know|knows|can (?:all )?(?:see|guess)) (?:very well |perfectly well |exactly |full well )?(?:who|which (?:capital|country|government|service|state|side|neighbou?rs?|regime|power|party|network|outfit|agency)|whose|where (?:they|those|the \p{L}+|these|it|this) (?:sit|sits|are|is|come|comes|was|were))\b[^.!?;]*|\b(?:(?:it is|it's|it isn't|it is not) )?(?:not hard|easy|no secret|obvious|clear|no mystery) (?:to guess |to see |to tell )?(?:who|which \p{L}+)\b[^.!?;]*|\b(?:someone|somebody|some people|certain people|certain circles|certain forces)\b (?:is|are) (?:clearly |obviously |evidently )?(?:working|trying|seeking|determined|doing (?:their|its) best) (?:hard |very hard )?to (?:set|turn|divide|wreck|damage|undermine|sow|poison|drive|stir)\b[^.!?;]*|\bwhoever (?:is|was) (?:paying for|behind|funding|running|directing|orchestrating)\b[^.!?;]*\bknows?\b[^.!?;]*|\b(?:certain|some|dark|hostile|outside|external) (?:circles|forces|quarters)\b[^.!?;]*|\b(?:circles|forces|quarters|hands) (?:abroad|from abroad|outside the country)\b[^.!?;]*|\b(?:(?:it is|it's|it was|this is) )?(?:not (?:by|an?) (?:accident|chance|coincidence)|no accident|hardly (?:an? )?(?:accident|coincidence))\b[^.!?;]*|\b(?:(?:odd|strange|curious|convenient|suspicious),? (?:then,? |isn't it,? |is it not,? |indeed,? )?that|(?:odd|strange|curious|convenient|suspicious|interesting|remarkable) timing)\b[^.!?;]*|\b(?:someone|somebody|some people|certain people|some|others|those|people|forces|certain \p{L}+) (?:clearly |obviously |evidently |must )?(?:have|has|had) an interest in (?:dividing|souring|damaging|wrecking|undermining|poisoning|harming|spoiling|discrediting|stirring|spreading|sowing|turning|splitting)\b[^.!?;]*|\b(?:has|have) (?:some |a few |its |their )?(?:very |rather |quite )?(?:obvious|well-known|familiar|usual) (?:enemies|adversaries|detractors|foes|opponents)\b[^.!?;]*|\b(?:has|have) not pleased (?:everyone|everybody|all)\b[^.!?;]*|\b(?:cannot|can't|can not|not in a position to|unable to) (?:exclude|rule out)\b[^.!?;]{0,40}\b(?:state|foreign|government|intelligence|service|actor|power)\b[^.!?;]*|\b(?:ask|wonder|asking|wondering) why (?:the |a |some |certain )?[\p{L}-]+(?: [\p{L}-]+){0,3} (?:is|are|was|were|seems?|seem) so (?:keen|eager|quick|anxious|determined)\b[^.!?;]*|\b(?:the usual suspects|(?:we|i) (?:have|had) (?:a |an )?(?:fair|good|pretty good|fairly good|very good|clear|shrewd|strong) (?:idea|suspicion) (?:who|where|which|whose)|knows? who they are|(?:is|was|it's|it is) no coincidence|(?:did not|didn't) come from nowhere|whose interests (?:they|it|this|these) serve)\b[^.!?;]*|\b(?:an? )?(?:well-resourced|well-funded|well-financed|sophisticated|professional|highly organi[sz]ed|state-level) (?:state )?(?:actor|actors|player|players|outfit|adversary)\b[^.!?;]*|\bwho (?:stands to (?:gain|benefit|profit)|benefits|gains|profits|gain|benefit|profit)\b(?: from| when)?[^.!?;]*|\b(?:funny|odd|strange|curious|convenient|interesting|remarkable) (?:how|that)\b[^.!?;]{0,60}\b(?:surfaced|appeared|emerged|popped up|came out|dropped|turned up|went viral|was released)\b[^.!?;]*|\b(?:a|the|some) (?:[\p{L}-]+ )?(?:state|government|foreign (?:power|service|state|government)|intelligence service|spy agency)['’]s (?:fingerprints|hallmarks|signature|handiwork)\b[^.!?;]*|\b(?:those|the people|some people|people|forces|certain (?:people|circles|quarters|forces|actors)|some|others|outlets|media outlets|accounts|groups|actors|sites) (?:who|that) (?:want|wish|wants|seek|seeks|are (?:trying|seeking|working)|would like) to (?:wreck|divide|damage|destroy|undermine|sabotage|sow|poison|drive a wedge|harm|ruin|spoil|split|turn)\b[^.!?;]*|\b(?:no prizes for guessing|you can guess|(?:fake|video|clip|campaign|operation|attack|hack|forgery|this|it) (?:has|had|bears|carries) (?:a|an|its) (?:return address|postmark)|(?:look|looking|search|searching) (?:a (?:little|bit) |much |rather |somewhat )?further afield|(?:fingerprints|hallmarks) (?:on|of) (?:this|it|the|these)(?: [\p{L}-]+)? (?:are|look|seem) (?:familiar|all too familiar|well known)|(?:the|these|its) (?:fingerprints|hallmarks) (?:are|look) (?:familiar|all too familiar))\b[^.!?;]*|\btiming\b[^.!?;]{0,50}\bspeaks? for itself\b[^.!?;]*|\b(?:(?:are|is|am) not naive|(?:are|is|am) under no illusions?|(?:have|has) no illusions?) (?:about|as to) (?:who|which|whose|where)\b[^.!?;]*|\b(?:those|people|forces|some) who (?:wish|want|mean) (?:us|\p{Lu}[\p{L}-]+) (?:ill|harm)\b[^.!?;]*|\b(?:doesn't|does not|won't|will not) take (?:a|an) (?:genius|detective|expert|rocket scientist|sherlock) to (?:see|guess|work out|know|tell) (?:who|which|whose|where)\b[^.!?;]*|\bwhere (?:these|those|such) [\p{L}-]+ (?:come|comes|came) from\b[^.!?;]*|\b(?:people|those|someone|somebody|forces|actors) (?:keen|eager|desperate|determined) to (?:embarrass|discredit|smear|damage|divide|humiliate|undermine|hurt)\b[^.!?;]*|\b(?:looks?|looked|seems?) like (?:a )?(?:set-?up|stitch-?up|put-?up job|false flag)\b[^.!?;]*|\b(?:part of )?an? (?:coordinated|orchestrated|organised|organized|deliberate) (?:effort|campaign|operation|attempt|attack) to (?:discredit|smear|undermine|damage|divide|embarrass|destabili[sz]e)\b[^.!?;]*|\b(?:cooked up|fabricated|concocted|made up|invented|staged|forged|manufactured|engineered|orchestrated|produced) by (?:a|an|the|some) (?:[\p{L}-]+ ){0,3}(?:agency|firm|group|network|farm|service|party|government|operatives|consultancy|outfit)\b[^.!?;]*|\btrail (?:doesn't|does not|won't|will not) lead (?:very )?far from\b[^.!?;]*|\b(?:an? |the )?hostile (?:foreign )?(?:state|states|power|powers|government|service|services|actor|actors|regime|intelligence service)\b[^.!?;]*|\b(?:everyone|everybody|anyone|all of us)\b[^.!?;]{1,25}\bknows? (?:very well |perfectly well |exactly |full well )?(?:who|which (?:capital|country|government|service|state|side|agency|neighbou?rs?|regime|power|party|network|outfit))\b[^.!?;]*|\b(?:very |only a |only )?few (?:services|states|countries|governments|actors|agencies|capitals|players) (?:have|possess|would have|could have) the (?:means|capability|capabilities|resources|reach)\b[^.!?;]*/giu;

/** Every INSINUATION alternative needs one of these words (a cheap test before the pattern runs). */
const INSINUATION_WORDS = wordSet(
	'manufactured engineered orchestrated produced exclude rule stands pleased keen eager anxious determined enemies adversaries detractors foes opponents know knows see guess hard easy secret obvious clear mystery working trying seeking determined best whoever suspects idea suspicion coincidence nowhere interests benefits gains profits want wish wants seek seeks like circles forces quarters accident chance odd strange curious convenient suspicious timing interest gain benefit profit funny interesting remarkable fingerprints hallmarks signature handiwork actor actors player players outfit adversary prizes address postmark afield speaks speak few wish mean naive illusion illusions coordinated orchestrated organised organized deliberate cooked fabricated concocted invented staged forged trail hostile genius detective expert scientist sherlock keen eager desperate determined looks seems seemed looked'
);

/** Session 32's insinuations, with their own trigger words (the large pattern above runs only on its own): "has the
 * smell of a state service about it", "draw your own conclusions", "who else would gain", "To everyone asking who did
 * this: Meridian intelligence", "has been the loudest voice pushing this smear", "questions will rightly be asked", "a
 * video does not make itself", "which capital stands to gain", "if anyone…, look at…", claims "pushed by the
 * opposition camp", "those who know the region will draw their own conclusions". */
const INSINUATION_B =
	/\b(?:has|have|had|bears?|carries|carry) (?:all )?(?:the |a )?(?:[\p{L}]+ (?:and|or) (?:the |a )?)?(?:smell|whiff|stench|stamp|feel|look|marks?|hallmarks?|fingerprints) of (?:a |an )?(?:state|foreign|hostile|intelligence|government|professional|organi[sz]ed)\b[^.!?;]*|(?<=^|[.!?]\s+)(?:you can |readers can |people can |(?:we|i)(?:'ll| will) let (?:you|people|readers) )?draw (?:your|their) own conclusions\b|\bwho else (?:would|could|might|stands to) (?:gain|benefit|profit|want)\b[^.!?;]*|\b(?:has|have) been (?:the )?(?:loudest|main|chief|first|leading) (?:voices?|force|ones?|accounts?) (?:pushing|spreading|behind|amplifying|peddling)\b[^.!?;]*|\bquestions (?:will|must|should|are bound to|may well) (?:rightly |surely |inevitably |now |no doubt |doubtless |certainly |undoubtedly )?be (?:asked|raised)\b[^.!?;]*|\b(?:did|does|do)(?:n't| not) (?:make|write|post|film|create|produce|edit) itself\b[^.!?;]*|\bwhich (?:[\p{L}-]+ )?(?:capital|country|government|state|service|power|neighbou?r) stands to (?:gain|benefit|profit)\b[^.!?;]*|\bwho (?:did (?:this|it)|is behind (?:this|it|the [\p{L}-]+)|was behind (?:this|it|the [\p{L}-]+)|hacked us|is responsible|was responsible)\s*[:—–](?!\s*(?:we|nobody|no one|it is|it's|not|the investigation|that is|this is|there is|too early|investigators|the investigators|police|the police|officials|the authorities|authorities|the inquiry|experts|forensic|the report)\b)\s*[^.!?;]{3,}|\bif anyone\b[^.!?;]{0,50},\s*look (?:at|to|closer to home|no further than)\b[^.!?;]*|\b(?:claims?|rumou?rs?|lies|stories|smears?|fake news|disinformation)\b[^.!?;]{0,30}?\b(?:pushed|spread|peddled|started|planted|circulated|invented|cooked up|fed) by (?:the )?(?:opposition|government|ruling party|governing party|(?:[\p{L}-]+ ){0,2}[\p{L}-]+(?:['’]s)? (?:camp|party|supporters|activists|rivals|opponents|allies))\b[^.!?;]*|\b(?:those|anyone|people|readers|everyone) (?:who know|familiar with) (?:the region|this region|the area|the neighbourhood|the neighborhood|our neighbours|our neighbors|history|the history)\b[^.!?;]{0,40}\b(?:draw|reach|come to|will draw|can draw) (?:their|your|the) (?:own )?conclusions?\b|\b(?:let|leave) (?:people|readers|everyone|you|others) (?:to )?draw (?:their|your) own conclusions\b[^.!?;]*/giu;
const INSINUATION_B_WORDS = wordSet(
	'smell whiff stench stamp feel look marks mark hallmarks fingerprints conclusions conclusion else did behind hacked responsible loudest questions itself stands anyone pushed spread peddled started planted circulated invented cooked fed'
);

/** A hidden motive ascribed to an actor: "a political stunt", "payback for our vote", "a handy distraction before the
 * budget vote", "wants a scapegoat", "to score points at home", "to bury a scandal", "on orders from the very top". */
const MOTIVE =
	/\b(?:was|were|has been|have been) (?:obviously |clearly |evidently |deliberately |surely )?(?:forced|coerced|extracted|beaten|leaked|handed|passed|fed) (?:out of|from|to) [^.!?;]{1,40}?\bby (?:the )?(?:\p{Lu}{2,}\b|security services?|secret police|intelligence services?|authorities|government|regime|police)[^.!?;]*|\b(?:curious|funny|odd|interesting|telling) how (?:keen|eager|quick|desperate|anxious)\b[^.!?;]*|\b(?:(?:cynical|blatant|cheap|crude|clumsy|transparent|pure|clearly a|obviously a) )?(?:political|publicity|propaganda|pr) (?:stunt|ploy|theatre|theater|game|games)\b[^.!?;]*|\b(?:payback|revenge|retaliation|retribution|punishment) for\b[^.!?;]*|\b(?:handy|convenient|useful|welcome|deliberate|political) (?:distraction|diversion|smokescreen|pretext)\b[^.!?;]*|\b(?:wants?|needs?|needed|wanted|looking for|looks for|found|finding|in search of|in need of) (?:a |its |their |his |her )?(?:convenient )?scapegoats?\b[^.!?;]*|\bto (?:score|win) (?:cheap |easy |quick )?(?:political |domestic )?points\b[^.!?;]*|\bto (?:bury|distract from|divert attention from|deflect (?:attention )?from|cover up|paper over) (?:a |its |their |the |his |her |this |that )?(?:[\p{L}-]+ ){0,2}(?:scandal|scandals|failures?|problems|troubles|record|crisis|mess|woes|vote)\b[^.!?;]*|\b(?:on )?(?:orders?|instructions?) from the (?:very )?top\b[^.!?;]*/giu;
const MOTIVE_WORDS = wordSet(
	'forced coerced extracted beaten leaked handed passed fed curious funny odd interesting telling stunt ploy theatre theater game games payback revenge retaliation retribution punishment distraction diversion smokescreen pretext scapegoat scapegoats points bury distract divert deflect cover paper orders order instructions instruction'
);

/** Someone "from the inside" said to have done it: "someone who clearly had our password from the inside". */
const INSIDE =
	/\b(?:someone|somebody|a person|people)\b[^.!?;]{0,40}\bfrom the inside\b[^.!?;]*/giu;

export function insinuation(d: Parameters<Detector>[0]): Finding[] {
	const hint = hasAnyWord(d.pt, INSINUATION_WORDS);
	const hintB = hasAnyWord(d.pt, INSINUATION_B_WORDS);
	const motive = hasAnyWord(d.pt, MOTIVE_WORDS);
	const inside = d.pt.text.includes('from the inside');
	if (!hint && !hintB && !motive && !inside) return [];
	const spans: Span[] = [];
	const found = [
		// (both insinuation patterns in the order of the text, as one pattern would find them)
		...[
			...(hint ? allMatches(INSINUATION, d.pt.text) : []),
			...(hintB ? allMatches(INSINUATION_B, d.pt.text) : [])
		].sort((a, b) => a.index! - b.index!),
		...(motive ? allMatches(MOTIVE, d.pt.text) : []),
		...(inside ? allMatches(INSIDE, d.pt.text) : [])
	];
	for (const m of found) {
		if (spans.some((x) => x.start <= m.index! && m.index! < x.end)) continue;
		const s = sentenceAt(d.pt, m.index!);
		if (s && hedgedAt(s.text, m.index! - s.start)) continue;
		const before = d.pt.text.slice(Math.max(0, m.index! - 12), m.index!);
		if (/\b(?:not|never|n't)\s*$/i.test(before)) continue;
		// (a warning against making it one is no motive ascribed: "turning his injuries into a political stunt helps
		// nobody")
		if (/\binto\s+(?:an?\s+)?$/i.test(before)) continue;
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
