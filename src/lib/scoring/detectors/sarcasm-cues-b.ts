/**
 * More of the sarcasm detector's cues (./sarcasm-cues.ts, same format), from session 24's batches: mock tribute,
 * mock titles, mock eagerness, ironic generalisation, mock congratulation and mock hyperbole.
 */
import { gate, type Gate } from './context.ts';

export const MORE_CUES: [Gate, number, 'praise'?][] = [
	// a mock tribute to the challenger's nerve or to the question: "Bold talk from an account with no name", "we
	// do admire the optimism of a yes-or-no question"
	[
		gate(
			'bold brave big tough strong fighting',
			/\b(?:bold|brave|big|tough|strong|fighting|fine) (?:talk|words) from\b/gi
		),
		1
	],
	[
		gate(
			'admire applaud salute',
			/\b(?:admire|applaud|salute) the (?:optimism|imagination|audacity|chutzpah|nerve)\b/gi
		),
		1,
		'praise'
	],
	// a mock title for the addressee: "oh wise one", "Sherlock", "Einstein"
	[
		gate(
			'wise mighty sherlock einstein genius professor',
			/\b(?:oh )?(?:wise|mighty|all-knowing|enlightened) one\b|,\s*(?:sherlock|einstein|genius|professor)\b|\b(?:thanks|ok|okay|sure|well done|nice try),?\s+(?:sherlock|einstein|genius)\b/gi
		),
		1
	],
	// mock eagerness and mock challenge: "We're all ears.", "Go on then, tell us", "where exactly have you been?"
	[gate('ears', /\b(?:we're|we are|i'm|i am) all ears\b/gi), 0.6],
	[gate('go', /(?:^|[.!?]\s+|^(?:@\w+\s+)+)go on,? then\b/gi), 0.5],
	[
		gate(
			'exactly precisely',
			/\b(?:where|what) (?:exactly|precisely) (?:have|were|are|did) you\b[^.!?]{0,30}\?/gi
		),
		0.6
	],
	// ironic generalisation: "liars are famous for publishing the full recording", "Ah sure, …"
	[
		gate(
			'famous renowned known',
			/\b(?:liars|fakers|forgers|trolls|propagandists|hoaxers|conspirators|fraudsters) are (?:famous|renowned|well known|known) for\b/gi
		),
		1
	],
	[gate('sure', /(?:^|[.!?]\s+|^(?:@\w+\s+)+)ah,? sure\b/gim), 0.6],
	[gate('yes', /(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:ah|oh),? yes[,.!]/gim), 0.8],
	[gate('keep', /\b(?:do )?try to keep up\b/gi), 0.4],
	// mock congratulation of the public's discovery, mock help with the asker's sleuthing
	[
		gate(
			'congratulations congrats',
			/\b(?:congratulations|congrats) to (?:everyone|everybody|all those|those|anyone) who (?:just |only )?(?:discovered|found|noticed|learned|learnt|heard of|realised|realized)\b/gi
		),
		1
	],
	[
		gate(
			'solved cracked figured worked',
			/\b(?:do |please )?let us know (?:once|when|if) you(?:'ve| have) (?:solved|cracked|figured|worked) (?:it|this|that)(?: out)?\b/gi
		),
		1
	],
	[gate('detective sleuth', /,\s*(?:detective|sleuth|inspector)[.!?]?\s*$/gim), 1],
	[
		gate(
			'ask',
			/\bwe(?:'ll| will) be sure to ask (?:the|them|him|her)\b[^.!?]{0,40}\bfor (?:their|his|her) (?:names?|addresses|details|ids?|passports?)\b/gi
		),
		1
	],
	// mock hyperbole: "if our policy changed every time someone said a word on a podcast, we'd need a bigger website"
	[
		gate(
			'every time',
			/\bif\b[^.!?]{0,60}\bevery time (?:someone|somebody|anyone|anybody|a journalist|a troll|people|you)\b[^.!?]{0,80}\b(?:we'd|we would|you'd|you would|there'd|there would|we'd all|we would all)\b/gi
		),
		1
	],
	// mock oracle and mock encouragement: "the moment our crystal ball is back from repair", "Do keep going, it's
	// very convincing", "Stellar sourcing, Lena."
	[gate('crystal', /\bcrystal ball\b/gi), 0.6],
	[
		gate(
			'sure',
			/\bwe(?:'ll| will) be sure to (?:name|tell|publish|announce|share|reveal|let you know)\b/gi
		),
		0.5
	],
	[gate('keep', /\b(?:do|please) keep (?:going|it up|trying)\b/gi), 0.6],
	[
		gate(
			'convincing persuasive',
			/\b(?:it's|it is|that's|that is) (?:very|so|really|terribly) (?:convincing|persuasive)\b/gi
		),
		0.6
	],
	[
		gate(
			'sourcing journalism reporting research work',
			/\b(?:[Ss]tellar|[Bb]rilliant|[Gg]reat|[Ee]xcellent|[Ii]mpeccable|[Ss]uperb|[Ff]ine|[Tt]op-notch) (?:sourcing|journalism|reporting|research|work|fact-checking),\s+\p{Lu}\p{Ll}+[.!]/gu
		),
		1
	],
	[
		gate(
			'happy glad spell explain repeat',
			/\b(?:happy|glad|delighted) to (?:spell|explain|repeat|say) (?:it|this|that)(?: out)? (?:once more|again|one more time)(?: for you)?\b/gi
		),
		1
	],
	// condescension dressed as courtesy and the irony of self-accusation: "a journalist of Mr Geller's experience
	// will be able to tell…", "One might have hoped for a more substantive contribution", "it's what we do best",
	// "Thanks ever so much for the geography lesson"
	[
		gate(
			'experience standing calibre caliber',
			/\b(?:a|any) (?:journalist|reporter|person|professional|commentator|man|woman) of (?:your|his|her|their|(?:mr|ms|mrs|dr)\.? [\p{L}-]+['’]s) (?:experience|standing|calibre|caliber|expertise)\b/giu
		),
		1
	],
	[gate('hoped', /\b(?:one|we) might have hoped for (?:a |an )?(?:more|better|less)\b/gi), 1],
	[gate('best', /\b(?:it's|that's|it is|that is) what we do best\b/gi), 0.6],
	[
		gate(
			'thanks thank',
			/\b(?:thanks|thank you) (?:ever so much|so very much|a lot) for (?:the|this|that|your) (?:[\p{L}-]+ )?(?:lesson|lecture|reminder|tip|insight)\b/giu
		),
		1
	],
	// "If only everything were that simple.", "for anyone who still cares to listen"
	[
		gate(
			'simple easy',
			/\bif only (?:everything|it|life|things|the world) (?:were|was) (?:that|so|this) (?:simple|easy)\b/gi
		),
		1
	],
	[gate('cares', /\bfor anyone who (?:still )?cares to (?:listen|read|look|know)\b/gi), 0.6],
	[gate('once', /(?:^|[.!?]\s+)once more,? then\b/gi), 0.5],
	// mock understanding of the reader's limits: "reading is difficult for some", "we know maths is hard"
	[
		gate(
			'difficult hard tricky challenge challenging struggle',
			/\b(?:reading|maths?|math|counting|listening|fact-checking|checking|watching|thinking|nuance|context|spelling) (?:is|can be|must be) (?:so |very |quite )?(?:difficult|hard|tricky|a challenge|challenging) for (?:some|some people|some of you|certain people|you)\b|\b(?:we|i) (?:know|understand|get it),? (?:reading|maths?|math|counting|listening|nuance|context) (?:is|can be) (?:so |very )?(?:difficult|hard|tricky)\b/gi
		),
		1
	],
	// an incredulous tag on a verbless fragment that makes the matter small: "One hour of headlines for a flag
	// emoji, really?", "All this fuss over one tweet, seriously?" ("Three hours on hold, really?" is surprise on
	// the person's behalf; "You have waited three hours, really?" has a subject and a verb)
	[
		gate(
			'really seriously',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?=[^.!?]*\b(?:for|over|about|because of) (?:a|an|one|just|a single|a mere|a little|some|this|that)\b)(?:(?!(?:i|you|we|they|he|she|it|is|are|was|were|have|has|had|do|does|did|can|will)\b)[\p{L}\d'-]+ ){1,10}?[\p{L}\d-]+,\s*(?:really|seriously)\s*\?/giu
		),
		1
	],
	// mock thanks and mock praise for harm: "Huge thanks to everyone who decided today was the perfect day to invent
	// stories", "Thanks so much for turning six missing fishermen into a campaign slogan. Very statesmanlike.",
	// "Really helpful for the families."
	[
		gate(
			'perfect ideal',
			/\bthe (?:perfect|ideal) (?:day|time|moment|night|week) to (?:invent|spread|make up|share|start|post|peddle|push)\b/gi
		),
		1
	],
	[
		gate(
			'thanks thank',
			/\b(?:thanks|thank you)(?: so much| ever so much| a lot)? for (?:turning|making|using) [^.!?;]{3,60}\binto (?:a |an )?(?:campaign|political|party|election|cheap|photo|PR)\b/gi
		),
		1
	],
	[
		gate(
			'statesmanlike mature helpful classy professional responsible constructive clever original witty convincing credible persuasive subtle reassuring comforting moving touching',
			/(?<=^|[.!?]\s+)(?:very|so|how|truly|really) (?:statesmanlike|mature|helpful|classy|professional|responsible|constructive|grown-up|clever|original|witty|convincing|credible|persuasive|subtle|reassuring|comforting|moving|touching)(?: (?:for|of|to) [^.!?]{1,30})?(?:,\s*(?:Mr|Ms|Mrs|Dr|Minister|Senator|\p{Lu}[\p{L}-]+)\.?(?: \p{Lu}[\p{L}-]+)?)?[.!]/giu
		),
		0.7
	],
	// session 26: mock amazement at a crowd of instant experts ("Amazing how everyone on Chirp became a fire
	// investigator overnight"), the retort ("Says the anonymous account…", "I'll have you know"), the jab back
	// ("What are you, apart from anonymous?", "far more distinguished people than you", "should you ever care
	// to watch it") and a one-word verdict after a question ("…comes only now? Brave.")
	[
		gate(
			'amazing funny incredible remarkable interesting impressive',
			/\b(?:amazing|funny|incredible|remarkable|interesting|impressive|fascinating) how (?:everyone|everybody|so many|many (?:people|of you|accounts)|all these|all those|people|some people|certain people|half of [\p{L}]+)\b[^.!?]{0,60}\b(?:became|become|becomes|turned into|are now|is now|overnight|suddenly|experts?|will believe|believe|fell for|swallowed)\b/giu
		),
		1
	],
	[
		gate(
			'says have know',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)says the (?:[\p{L}-]+ ){0,3}(?:account|person|one|man|woman|people|troll|guy|expert)\b|\b(?:i|we)['’]ll have you know\b/giu
		),
		1
	],
	[
		gate(
			'apart other besides doing done distinguished important qualified care bother',
			/\bwhat (?:are|have|do) you(?:,)? (?:apart from|other than|besides|done|doing with)\b[^.!?]{0,40}\?|\b(?:far |much |rather |considerably )?more (?:distinguished|important|qualified|intelligent|credible|informed|accomplished) (?:people|critics|voices|men|women|accounts) than you\b|\b(?:should|if) you ever (?:care|wish|bother|deign) to\b/giu
		),
		1
	],
	[
		gate(
			'brave bold cute rich',
			/(?<=\?\s+)(?:brave|bold|cute|rich|priceless|classic|lovely)[.!]/gi
		),
		1
	],
	[
		gate(
			'thank thanks',
			/\bthank(?:s| you),?(?: [^,.!?]{1,40},)? for (?:that|this|your) (?:deeply |truly |very |most )?(?:moving|reassuring|comforting|touching|helpful|enlightening|illuminating|thoughtful) (?:statement|update|comment|contribution|remark|words|tweet|post)\b/gi
		),
		0.5
	],
	[
		gate(
			'guessed thought shocking buddy bestie pal champ sweetie sunshine',
			/\bwho (?:could|would|'d) have (?:guessed|thought)\b|\bshocking news for some\b|\bok(?:ay)?,? (?:buddy|bestie|pal|champ|sweetie|sunshine)\b/gi
		),
		1
	],
	[
		gate(
			'yes oh sure right',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:yes|oh yes|oh sure|sure|right),? (?:of course|naturally|obviously)[:,.!]/gi
		),
		0.5
	],
	[
		gate(
			'lecture',
			/\b(?:maybe|perhaps|try (?:to )?)\s*[\p{L} ]{2,30}\bbefore you (?:lecture|preach|moralise|moralize|tell) (?:us|anyone|others|people)\b/giu
		),
		1
	],
	// session 27: the dig "for once" / "for a change" ("Great to see the Courier checking the facts for once", "Try the
	// facts for a change"), mock surprise ("What a surprise: …") and "armchair admirals"
	[
		gate(
			'once change',
			/\b(?:great|nice|good|lovely|refreshing|wonderful) to see\b[^.!?]{0,80}\bfor once\b|\b(?:try|trying|perhaps try|maybe try|how about|why not try)\b[^.!?]{0,40}\bfor a change\b/gi
		),
		1
	],
	[gate('once change', /\bfor (?:once|a change)\b/gi), 0.5],
	[
		gate(
			'surprise shock shocker',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)what a (?:surprise|shock|shocker)[:!.,]/gi
		),
		0.5
	],
	[
		gate(
			'surprise shock',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:surprise|shock),? (?:surprise|shock)\b/gi
		),
		1
	],
	[
		gate(
			'armchair',
			/\barmchair (?:admirals|generals|experts|detectives|investigators|strategists|pundits|critics|diplomats|analysts|engineers|scientists|sleuths)\b/gi
		),
		0.5
	]
];
