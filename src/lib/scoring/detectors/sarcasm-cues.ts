/**
 * The sarcasm detector's cues (./sarcasm.ts): each a gated pattern with its weight — 1 is sarcastic on its own, less
 * needs another cue — and whether it is mock praise (which a troll or rumour context then takes back).
 */
import { gate, type Gate } from './context.ts';
import { MORE_CUES } from './sarcasm-cues-b.ts';
import { CUES_C } from './sarcasm-cues-c.ts';
import { CUES_D } from './sarcasm-cues-d.ts';
import { CUES_E } from './sarcasm-cues-e.ts';
import { CUES_F } from './sarcasm-cues-f.ts';

/** [gate, weight]: 1 = sarcastic on its own; less needs another cue. */
export const CUES: [Gate, number, 'praise'?][] = [
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
			'lovely delightful charming wonderful pleasure joy treat',
			/\b(?:lovely|delightful|charming|wonderful|a pleasure|a joy|a treat) to be (?:asked|told|lectured|reminded|accused)\b/gi
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
	],
	...MORE_CUES,
	...CUES_C,
	...CUES_D,
	...CUES_E,
	...CUES_F
];
