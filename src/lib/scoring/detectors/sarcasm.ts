/**
 * sarcasm: mock praise or mock gratitude aimed at a journalist or member of the public — "Great idea, filming
 * the gate instead of calling us", "Good question! Have you tried reading the visa page?", "Thanks for the
 * update from your 'friend'. Very helpful.", "What could possibly go wrong?", "Who knew?". Counted only when the
 * post addresses someone (a reply, an @mention or "you"); a sincere "Good question." followed by the answer is
 * not sarcasm. Cues add up: mock praise of the addressee's work ("Brilliant reporting, as ever."), mock gratitude
 * ("Thanks for the scoop.") and the clause that takes it back ("Shame it's made up.", "Checking facts is clearly
 * optional these days.", "Perhaps check with us next time.") each count part. Structurally, praise or thanks
 * whose object the context makes negative — the campaign's hashtag, the rumour, the fake clip, its "editing" —
 * counts with an ironic manner ("so helpfully"), a reply to the troll or rumour, or a denial beside it; that one
 * is sarcasm at the public too ("Thanks to everyone spreading the story so generously."). Culpeper (1996): sarcasm/mock
 * politeness as an impoliteness strategy; CDC: be respectful.
 */
import type { Finding, Span } from '../types.ts';
import { gate, gatedMatches, sentencesOf, SOURCES, type Detector, type Gate } from './context.ts';
import { COURTESY, replyContext, valence } from './stance.ts';
import { allMatches } from '../text/matches.ts';

/** [gate, weight]: 1 = sarcastic on its own; less needs another cue. */
const CUES: [Gate, number, 'praise'?][] = [
	[gate('wrong', /\bwhat could (?:possibly )?go wrong\b/gi), 1],
	// a mock proposal: "shall we post his cell number while we're at it?"
	[
		gate(
			'while',
			/\b(?:shall|should|why don't|why not|might as well) (?:we|i|you)?\b[^.!?;]{0,60}\bwhile (?:we're|we are|you're|you are|i'm|i am) at it\b/gi
		),
		1
	],
	// a mock proposal as a question: "Shall we add his cell number and what he had for breakfast?"
	[
		gate(
			'shall should',
			/(?<=^|[.!?]\s+)(?:shall|should) we (?:also |just |perhaps )?(?:add|post|publish|share|print|read out|tell|give|hand|send|throw in|leak|tweet)\b[^.!?]*\?/gi
		),
		0.5
	],
	// a mock challenge: "If you work that out before our forensic team does, do let us know."
	[
		gate(
			'out',
			/\bif you (?:can )?(?:work|figure|find|sort|crack) (?:that|it|this) out\b[^.!?]{0,40}\b(?:let us know|tell us|give us a (?:call|shout)|you should apply)\b/gi
		),
		1
	],
	// a mock confession and its retort: "a flag emoji was our secret plan all along. Obviously not."
	[
		gate('plan plot', /\b(?:our|the|a) (?:secret|evil|cunning|master|sinister) (?:plan|plot)\b/gi),
		0.6
	],
	[gate('obviously', /(?<=^|[.!?]\s+)obviously not[.!]/gi), 0.5],
	// a one-word verdict on the asker as its own sentence: "…comes only now? Brave."
	[
		gate(
			'brave bold cute adorable impressive priceless classic charming',
			/(?:[.!?]\s+)(?:brave|bold|cute|adorable|impressive|priceless|classic|charming)(?: (?:move|choice|question|timing|stuff))?[.!]/gi
		),
		1
	],
	[gate('believe', /,?\s*believe it or not\b/gi), 0.5],
	// mock agreement and a mock-obvious motive: "Of course: an ambassador … would naturally pick a dinner…"
	[
		gate(
			'course sure right',
			/(?<=^(?:@\w+\s+)*)(?:of course|oh sure|sure|right|oh yes|yes, because)[:!,.]/gi
		),
		0.5
	],
	[
		gate(
			'naturally obviously surely',
			/\b(?:would|will|'d) (?:naturally|obviously|surely|of course) (?:\p{L}+ )?(?:pick|choose|insult|say|do|want|go|risk|throw|ruin|wreck)\b/giu
		),
		0.6
	],
	// a condition that puts the other side down: "we will come when Vestra learns to make jokes"
	[
		gate(
			'learns learn learned learnt',
			/\b(?:when|once|as soon as|the day) (?:you|they|he|she|\p{Lu}[\p{L}-]*|[\p{L}-]+ (?:account|people|users?))(?: finally)? (?:learns?|learned|learnt|has learned|have learned) (?:how )?to\b/gu
		),
		1
	],
	[gate('try one', /\b(?:nice|good) (?:try|one)[.!]/gi), 1],
	// ironic idiom and mock feeling: "nothing says 'state visit' like…", "we're touched that… needed asking about"
	[gate('nothing says', /\bnothing says\b[^.!?;]{1,40}\blike\b/gi), 1],
	[
		gate(
			'touched flattered moved',
			/\b(?:we're|we are|i'm|i am) (?:so |very |deeply |genuinely )?(?:touched|flattered|moved) (?:that|by how)\b/gi
		),
		1
	],
	// the asker's motive mocked: "though we appreciate it makes a better headline"
	[
		gate(
			'headline story clickbait',
			/\b(?:makes?|making|made) (?:for )?(?:a )?(?:better|good|great|juicier|catchier|more exciting) (?:headline|story|clickbait)\b/gi
		),
		1
	],
	[
		gate(
			'clever nice great brilliant impressive lovely stuff work job effort',
			/(?:^|[.!?]\s+)(?:\W*@\w+\s+)?(?:clever|nice|great|brilliant|impressive|lovely) (?:stuff|work|job|effort)[.!]/gi
		),
		0.6,
		'praise'
	],
	[gate('knew thought guessed', /\bwho (?:knew|would have (?:thought|guessed))\b/gi), 1],
	[gate('news', /\b(?:shocking|breaking|big) news:/gi), 0.8],
	[gate('right because sure', /\b(?:yeah|yes|oh|sure),? (?:right|because|sure)\b/gi), 1],
	[
		gate(
			'sure yes right',
			/^(?:\W*@\w+\s+)?(?:sure|yes|oh yes|oh sure|right),? (?:let's|let us|because|we love|and)\b/gim
		),
		1
	],
	[
		gate(
			'oh',
			/\boh (?:great|wonderful|brilliant|perfect|how (?:nice|lovely|original|clever))\b/gi
		),
		1
	],
	[
		gate(
			'thanks thank',
			/\b(?:thanks|thank you) (?:so much |very much )?for (?:nothing|the (?:expert|helpful|insightful|brilliant|valuable|kind|useful) (?:analysis|advice|input|update|lecture|tip|reminder|screenshot)|your (?:expert|valuable|brilliant) (?:analysis|advice|input|opinion))\b/gi
		),
		1
	],
	[
		gate(
			'helpful kind brave original clever constructive useful mature considerate responsible',
			/\b(?:very|so|how|really|most|ever so) (?:helpful|kind of you|brave|original|clever|constructive|useful|mature|considerate|responsible)\b[.!]/gi
		),
		0.7
	],
	[
		gate(
			'idea question point plan thinking move try job work skill skills editing',
			/\b(?:great|good|brilliant|excellent|fantastic|nice|wonderful|genius|clever) (?:idea|question|point|plan|thinking|move|try|job|work|skills?|editing)[!,.]/gi
		),
		0.5
	],
	[
		gate(
			'tried thought considered read check bother look next instead actually',
			/\b(?:have you (?:tried|thought of|considered)|did you (?:even )?(?:read|check|bother|look)|next you'll|next you will|instead of (?:calling|asking|checking|reading|contacting|waiting)|actually (?:reading|checking|looking))\b/gi
		),
		0.6
	],
	[gate('shame', /\bshame about the\b/gi), 0.7],
	[
		gate(
			'terrified shaking scared devastated heartbroken',
			/\b(?:we're|we are|i'm|i am) (?:so |truly |very )?(?:terrified|shaking|scared|devastated|heartbroken)[.!]/gi
		),
		0.6
	],
	[
		gate(
			'wow bravo congratulations congrats clap done',
			/\b(?:wow|oh wow|bravo|congratulations|congrats|slow clap|well done)\b/gi
		),
		0.5
	],
	[gate('such', /\bsuch a (?:brave|bold|clever|genius|original)\b/gi), 0.7],
	[gate('obviously', /\bobviously\b/gi), 0.3],
	[
		gate(
			'because',
			/\bbecause (?:obviously|of course|clearly)\b|\bbecause (?:an?|the|we|embassies|diplomats) [^.!?]{0,40}\bwould (?:obviously|of course|clearly|definitely)\b/gi
		),
		0.8
	],
	[gate('forever kind', /\b(?:to keep it forever|very kind of you|how kind of you)\b/gi), 0.6],
	// mock praise of the addressee's work ("Brilliant reporting, as ever.", "Great journalism as always.")
	[
		gate(
			'journalism reporting research fact-checking factchecking investigation detective analysis scoop story article piece coverage headline sleuthing',
			/\b(?:great|brilliant|excellent|fantastic|superb|stellar|top-notch|first-class|fine|world-class|amazing|impressive|outstanding|award-winning|quality|incredible|terrific) (?:journalism|reporting|research|fact-?checking|investigation|investigative work|detective work|analysis|scoop|story|article|piece|coverage|headline|sleuthing)\b/gi
		),
		0.6
	],
	[gate('always ever usual', /\bas (?:always|ever|usual)[.!]/gi), 0.4],
	// mock gratitude for what the addressee "found" or spread
	[
		gate(
			'thanks thank',
			/\b(?:thanks|thank you) (?:so much |very much )?for (?:the|this|that|your) (?:scoop|exclusive|revelation|insights?|detective work|hot take|breaking news|screenshot|investigation)\b/gi
		),
		0.5
	],
	[
		gate(
			'helpful kind nice thoughtful considerate responsible generous good',
			/\b(?:very|so|how|really|ever so) (?:helpful|nice|thoughtful|considerate|responsible|generous|good) of you\b/gi
		),
		0.7
	],
	// the clause that takes the praise back ("Shame it's made up.", "Checking facts is clearly optional.")
	[
		gate(
			'shame pity bad',
			/\b(?:shame|pity|too bad) (?:that )?(?:it's|it is|it was|they're|they are|you|this is|none of it|nothing|he|she|they|he's|she's)\b/gi
		),
		0.6
	],
	[
		gate(
			'clearly apparently evidently obviously',
			/\b(?:clearly|apparently|evidently|obviously) (?:optional|overrated|too much to ask|beneath (?:you|them)|a lost art)\b/gi
		),
		0.7
	],
	[gate('ask nice', /\btoo much to ask\b|\bmust be nice\b/gi), 0.6],
	[
		gate(
			'next',
			/\b(?:perhaps|maybe) (?:try |consider )?(?:check|read|ask|call|look|verify)\w* [^.!?]{0,40}\bnext time\b/gi
		),
		0.6
	],
	[gate('days', /\bthese days[.!]/gi), 0.2],
	[
		gate(
			'another more',
			/^(?:\W*@\w+\s+)?(?:oh |ah )?(?:wonderful|great|brilliant|fantastic|perfect|lovely|marvellous|terrific|super),? (?:yet )?(?:another|more)\b/gim
		),
		1
	],
	[gate('yes', /\b(?:ah|oh) yes,? the (?:famous|legendary|infamous|old|classic)\b/gi), 1],
	[
		gate(
			'stuff',
			/\b(?:groundbreaking|riveting|gripping|fascinating|brilliant|great|top|quality|cutting-edge|award-winning|hard-hitting) stuff[.!]/gi
		),
		0.6
	],
	// the rhetorical follow-up ("Did you get that from the troll accounts too?") and mock credit
	[
		gate(
			'get read find copy',
			/\b(?:did|do) you (?:get|read|find|copy) (?:that|this|it) (?:from|on|off|in)\b/gi
		),
		0.5
	],
	[
		gate(
			'informed connected genius expert clever',
			/\bmust be (?:very |so |really |extremely )?(?:well[- ]informed|well[- ]connected|a genius|an expert|very clever|so clever)\b/gi
		),
		0.6
	],
	[gate('', /(?:^|\s)['‘"“][^'’"”\n]{3,40}['’"”](?=\s|[.,!?]|$)/g), 0.35],
	[gate('', /🙄|👏|🤡|\/s\b/gu), 0.6],
	// structural: praise of the addressee that the same post (or what it answers) takes back
	[
		gate(
			'what',
			/(?:^|[.!?]\s+)(?:\W*@\w+\s+)?what an? (?:scoop|story|question|theory|insight|revelation|find|catch|discovery|surprise|exclusive)[.!]/gi
		),
		0.6,
		'praise'
	],
	[
		gate(
			'great lovely nice wonderful good delightful refreshing glad pleased happy',
			/\b(?:great|lovely|nice|wonderful|good|delightful|refreshing|glad|pleased|happy) to (?:see|hear|read|know)\b/gi
		),
		0.4,
		'praise'
	],
	[
		gate(
			'lovely delightful charming wonderful pleasure joy',
			/\b(?:lovely|delightful|charming|wonderful|a pleasure|a joy) to be (?:asked|told|lectured|reminded|accused)\b/gi
		),
		1,
		'praise'
	],
	[gate('always', /\balways a (?:pleasure|delight|joy|treat)\b/gi), 0.6, 'praise'],
	[
		gate(
			'impressive amazing remarkable funny interesting fascinating curious incredible astonishing',
			/(?:^|[.!?]\s+)(?:\W*@\w+\s+)?(?:impressive|amazing|remarkable|funny|interesting|fascinating|curious|incredible|astonishing) (?:how|that)\b/gi
		),
		0.8,
		'praise'
	],
	[
		gate(
			'thorough careful rigorous diligent meticulous painstaking balanced',
			/\b(?:thorough|careful|rigorous|diligent|meticulous|painstaking|balanced) (?:journalism|reporting|research|fact-?checking|investigation|sourcing|analysis|checking|work)\b/gi
		),
		0.6,
		'praise'
	],
	[gate('thanks thank', /\b(?:thanks|thank you) so much for\b/gi), 0.3, 'praise'],
	[
		gate(
			'enjoy fun posted sure',
			/\bdo (?:enjoy|have fun|keep us posted)\b|\bwe(?:'ll| will) be sure to (?:pass (?:it|that|this) on|bear (?:it|that) in mind|take (?:note|that on board))\b/gi
		),
		0.5
	],
	[gate('pity shame bad', /\b(?:pity|shame|too bad) (?:the|about)\b/gi), 0.6],
	[gate('before', /\bbefore (?:asking|posting|publishing|tweeting|sharing)\b/gi), 0.4],
	[gate('word', /\bword for word\b/gi), 0.4],
	[gate('knows know', /\bknows? more (?:about [^.!?]{1,30} )?than\b/gi), 0.5],
	[
		gate(
			'admire applaud salute commend love',
			/\b(?:admire|applaud|salute|commend|love) your (?:dedication|commitment|enthusiasm|creativity|imagination|persistence|diligence|zeal|confidence|certainty|energy|devotion)\b/gi
		),
		1,
		'praise'
	],
	[gate('seriously', /\btaking [^.!?]{1,40} so seriously\b/gi), 0.6],
	[
		gate(
			'thanks thank',
			/\b(?:thanks|thank you) (?:so much |very much )?for (?:your|the|this|that) (?:valuable|insightful|helpful|brilliant|expert|constructive|thoughtful|enlightening|invaluable|illuminating) [\p{L}-]+/giu
		),
		0.5,
		'praise'
	],
	[
		gate(
			'such',
			/\bsuch an? (?:warm|lovely|kind|charming|gracious|delightful|generous|thoughtful|friendly|nice|polite|cordial) (?:welcome|message|words|greeting|note|reception|tone)\b/gi
		),
		0.6,
		'praise'
	],
	[
		gate(
			'informed connected sounds seems',
			/\b(?:sounds?|seems?|is|are) (?:terribly |very |so |awfully |remarkably |incredibly |extremely )?well[- ](?:informed|connected|placed)\b/gi
		),
		0.6,
		'praise'
	],
	[
		gate(
			'truly really very so',
			/\b(?:truly|really|very|so) (?:hard-hitting|groundbreaking|incisive|penetrating|probing|original|insightful)\b/gi
		),
		0.5,
		'praise'
	]
];

const GATES = CUES.map(([g]) => g);

const DENIAL =
	/\b(?:no|not|never|did not|didn't|does not|doesn't|is not|isn't|was not|wasn't|false|untrue|fake|fabricated|wrong)\b/i;

/** The first strongly positive word of the post's first sentence (after any @mentions), if not a courtesy. */
function openingPraise(d: Parameters<Detector>[0]): Span | undefined {
	const first = sentencesOf(d.pt)[0];
	if (!first) return undefined;
	for (const m of allMatches(/[\p{L}][\p{L}'-]*/gu, first.text)) {
		const w = m[0].toLowerCase();
		if (COURTESY.has(w) || valence(w) < 2) continue;
		return { start: first.start + m.index!, end: first.start + m.index! + m[0].length };
	}
	return undefined;
}

/** Things the crisis makes negative: the rumour, the fake and the campaign's handiwork. */
const NEG_OBJECT =
	/\b(?:rumou?rs?|story|stories|hashtags?|clips?|videos?|fakes?|screenshots?|theory|theories|editing|edit|camera work|detective work|lies|myths?|campaign|conspiracy|piece of work|sequel|conspiracies)\b/i;
/** Positive evaluative adjectives and praise formulas (the adjective class, not nouns such as "intelligence"). */
const IRONIC_ADJ =
	/\b(?:imaginative|creative|bold|convincing|entertaining|inspiring|impressive|brilliant|wonderful|fascinating|great|excellent|lovely|masterful|amazing|fantastic|superb|stellar|genius|clever|incredible|remarkable|admirable|commendable|terrific|marvell?ous|splendid|outstanding|bravo|well done|full marks|kudos|hats off)\b/i;
const IRONIC_MANNER =
	/\bso (?:helpfully|generously|kindly|enthusiastically|thoughtfully|quickly|eagerly|diligently)\b|\b(?:real|such) talent\b/i;
const GRATITUDE = /\b(?:thanks|thank you|many thanks|grateful)\b/i;

/** Praise or thanks in one sentence with an object the crisis makes negative, and what takes it back. */
function praiseOfNegative(d: Parameters<Detector>[0]): { score: number; span?: Span } {
	if (!GRATITUDE.test(d.pt.text) && !IRONIC_ADJ.test(d.pt.text)) return { score: 0 };
	const sents = sentencesOf(d.pt);
	const tags = d.c.claims.map((c) => c.hashtag?.toLowerCase()).filter((h): h is string => !!h);
	for (const s of sents) {
		const lower = s.text.toLowerCase();
		if (!GRATITUDE.test(s.text) && !IRONIC_ADJ.test(s.text)) continue;
		if (!NEG_OBJECT.test(s.text) && !tags.some((t) => lower.includes(t))) continue;
		let score = 0.6;
		if (IRONIC_MANNER.test(d.pt.text)) score += 0.5;
		const rc = replyContext(d);
		if (rc.troll || rc.rumour) score += 0.5;
		const rest = d.pt.text.slice(0, s.start) + ' ' + d.pt.text.slice(s.start + s.text.length);
		if (DENIAL.test(rest) || /\b(?:shame|pity)\b/i.test(rest)) score += 0.5;
		return { score, span: { start: s.start, end: s.start + s.text.length } };
	}
	return { score: 0 };
}

export const sarcasm: Detector = (d) => {
	const { pt, post } = d;
	const neg = praiseOfNegative(d);
	if (neg.score >= 1 && neg.span) return [finding(d, [neg.span])];
	const addressed =
		post.replyTo !== undefined ||
		pt.tokens.some((t) => t.kind === 'mention') ||
		/\byou(?:r|rs|'ll|'re|'d)?\b/i.test(pt.text);
	if (!addressed) return [];
	let total = 0;
	let praise = false;
	const spans: Span[] = [];
	for (const m of gatedMatches(pt, GATES)) {
		total += CUES[m.gate][1];
		praise ||= CUES[m.gate][2] === 'praise';
		spans.push(m.span);
	}
	// strong praise opening a reply (VADER valence ≥ 2, courtesy words aside) that the rest of the post answers
	// with a denial or a correction: "Delighted that … No, she did not."
	const opener = openingPraise(d);
	if (opener && total < 1) {
		praise = true;
		spans.push(opener);
		total += 0.3;
		if (DENIAL.test(pt.text.slice(opener.end))) total += 0.6;
	}
	// praise in answer to a troll or to a post spreading a rumour: the context takes it back
	if (praise && total < 1) {
		const rc = replyContext(d);
		if (rc.troll || rc.rumour) total += 0.5;
	}
	if (total < 1) return [];
	return [finding(d, spans)];
};

function finding(d: Parameters<Detector>[0], spans: Span[]): Finding {
	const { pt, post } = d;
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	// cues that overlap are one stretch of text: quote the longest once
	spans = spans.filter(
		(s, i) =>
			!spans.some(
				(o, j) =>
					j !== i &&
					o.start <= s.start &&
					o.end >= s.end &&
					(j < i || o.end - o.start > s.end - s.start)
			)
	);
	return {
		id: 'sarcasm',
		severity: 'major',
		message: `Sarcasm at ${post.replyTo || pt.tokens.some((t) => t.kind === 'mention') ? 'the person you answer' : 'the public'}: ${spans.map((s) => `“${pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Sarcasm from an official account reads as contempt, is easy to screenshot and never corrects anything. Answer the question plainly.',
		source: SOURCES.civility,
		spans
	};
}
