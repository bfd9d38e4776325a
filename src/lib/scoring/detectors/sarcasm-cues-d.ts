/**
 * Session 29's sarcasm cues (./sarcasm-cues.ts, same format): instant experts congratulated, "before the judge did",
 * ironic ignorance ("it had never occurred to us"), "some of us still read…", rhetorical tag questions ("…we'd hardly
 * need investigators, would we?"), mock praise of coverage ("your tireless coverage of emoji"), a mock concession
 * with a vocative ("Of course, Ms Ilic, because…"), "glad you've finally…" and the eye-roll, "maybe ask X how they…",
 * "from their studio", "as soon as the media finish…".
 */
import { gate, type Gate } from './context.ts';

const INSTANT =
	'(?:online|armchair|keyboard|self-appointed|instant|amateur|internet|twitter|chirp|sofa|social media) (?:[\\p{L}-]+ )?(?:experts?|detectives?|lawyers?|judges?|analysts?|investigators?|sleuths?|specialists?|scientists?|engineers?|generals?|diplomats?|strategists?)';

export const CUES_D: [Gate, number, 'praise'?][] = [
	[
		gate(
			'congratulations done hats kudos thanks thank',
			new RegExp(
				`\\b(?:congratulations|well done|hats off|kudos|thanks|thank you|special thanks) to (?:all |every one of )?(?:the |our |those |these )?${INSTANT}\\b`,
				'giu'
			)
		),
		1,
		'praise'
	],
	[
		gate(
			'judge judges court courts investigator investigators police inquiry expert experts jury coroner',
			/\bbefore (?:the|any|a) (?:judge|court|investigators?|police|inquiry|experts?|jury|coroner)s? (?:did|had|could|has|have)\b/gi
		),
		1
	],
	[
		gate(
			'occurred thought',
			/\b(?:it )?(?:had |would have |'d )?never (?:have )?occurred to us\b|\bwe(?:'d| would) never have thought (?:of|to)\b/gi
		),
		1
	],
	[
		gate(
			'some',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)some of us (?:still |actually |prefer|like to|bother to|do (?:still )?(?:read|check)|read|check|wait)/gi
		),
		0.6
	],
	[
		gate('actually', /\bthat (?:are|is|were|was) actually (?:checked|verified|true|read|real)\b/gi),
		0.5
	],
	[
		gate(
			'hardly scarcely barely',
			/\b(?:hardly|scarcely|barely)\b[^.!?]{0,80},\s*(?:would|could|should|do|does|did|is|are|was|will|can)(?:n't)? (?:we|they|you|it|he|she|i)\s*\?/gi
		),
		1
	],
	[
		gate(
			'same coverage attention enthusiasm energy zeal',
			/\bthe same (?:[\p{L}-]+ )?(?:coverage|attention|enthusiasm|energy|zeal) (?:it|they|you|she|he) (?:has|have|gave|had) (?:given|shown|devoted)\b/giu
		),
		1
	],
	[
		gate(
			'tireless breathless relentless dogged fearless',
			/\b(?:your|their|its|his|her) (?:tireless|breathless|relentless|dogged|fearless) (?:coverage|reporting|pursuit|interest) (?:of|in)\b/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'course sure yes right',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:[Oo]f course|[Ss]ure|[Yy]es|[Rr]ight),\s*(?:(?:Mr|Ms|Mrs|Dr|Minister|Senator)\.? )?\p{Lu}[\p{L}-]+,\s*because\b/gu
		),
		1
	],
	[gate('finally', /\bglad (?:that )?(?:you|they|he|she)(?:'ve| have|'re| are)? finally\b/gi), 0.6],
	[
		gate('maybe perhaps', /\b(?:maybe|perhaps) ask (?:[^.!?]{1,40}) how (?:they|he|she|it)\b/gi),
		0.6
	],
	[
		gate(
			'studio sofa couch desk armchair keyboard bedroom basement',
			/\bfrom (?:their|your|his|her) (?:studio|sofa|couch|desk|armchair|keyboard|bedroom|basement)\b/gi
		),
		0.6
	],
	[
		gate(
			'finish finishes stop stops done',
			/\bas soon as (?:the )?(?:media|press|papers|journalists|critics|you|they) (?:finish|stop|are done)\w*\b/gi
		),
		1
	],
	// round nine: "Yes, of course: one post decides an election", "will be thrilled to learn", "Shall we forward you the
	// receipts too?", "maybe buy yourself a calculator", "the moment they kindly send us a signed confession"
	[
		gate(
			'course',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:yes|sure|right|oh yes|oh sure),? of course\s*[:,]/gi
		),
		0.6
	],
	[
		gate(
			'thrilled delighted fascinated amazed',
			/\b(?:will|would|must) be (?:thrilled|delighted|fascinated|amazed) to (?:learn|hear|discover|know)\b/gi
		),
		0.6
	],
	[
		gate(
			'shall',
			/\bshall we (?:also )?(?:forward|send|post|share|give|show) you\b[^.!?]{0,60}\btoo\?/gi
		),
		1
	],
	[gate('buy get', /\b(?:maybe|perhaps) (?:buy|get) yourself an? [\p{L}-]+/giu), 1],
	[gate('kindly', /\bkindly (?:send|give|hand|provide|post) us\b/gi), 0.6],
	[gate('confession', /\bsigned confession\b/gi), 0.6],
	// session 30: "try reading before typing", "try watching past the first ten seconds", "back on planet Earth",
	// "must have remarkable sources", "just your hobby", "whose reports, yours?"
	[
		gate(
			'try',
			/\btry (?:reading|watching|listening|looking)\b[^.!?]{0,40}?\b(?:past|beyond|to the end|all the way|before (?:typing|posting|tweeting|replying|commenting))\b/gi
		),
		1
	],
	[gate('earth', /\bback (?:on|to) (?:planet )?earth\b/gi), 1],
	[
		gate(
			'sources',
			/\b(?:must|seems? to|clearly|obviously) (?:have|has) (?:some |such )?(?:remarkable|extraordinary|amazing|incredible|impressive|excellent|wonderful|very special) sources\b/gi
		),
		1
	],
	[gate('hobby', /\b(?:just|simply|merely) (?:your|a) (?:little )?hobby\b/gi), 1],
	[gate('whose', /\bwhose (?:reports?|sources?|facts?)\b[^.!?]{0,25}\byours\?/gi), 1],
	// "since you asked so politely", "what grieving families need right now is an embassy picking a party", "do try
	// to keep up"
	[gate('asked', /\bsince you asked (?:so )?(?:politely|nicely|kindly|sweetly)\b/gi), 1],
	[
		gate(
			'need needs want wants',
			/\bbecause what (?:[\p{L}'’-]+ ){1,3}(?:needs?|wants?) (?:right now|most|today|tonight|at a time like this) is (?:an?|more|some|another) /giu
		),
		1
	],
	[gate('keep', /\bdo (?:try|please try) to keep up\b/gi), 1],
	// "well, that escalated quickly", "nice to know X are such keen listeners", "bless your heart", "keyboard
	// warrior", "truly touching that…", thanks to those who shared "without watching", "great to see X focusing on
	// the really big issues", "how very brave of you", "do tell us more"
	[gate('escalated', /\bwell,? that escalated quickly\b/gi), 1],
	[
		gate(
			'nice know',
			/\bnice to (?:know|see)\b[^.!?]{0,40}\bsuch (?:keen|avid|devoted|dedicated|big|loyal|careful) (?:[\p{L}-]+ )?(?:listeners|readers|viewers|fans|followers|students)\b/giu
		),
		1
	],
	[gate('bless', /\bbless (?:your|his|her|their) (?:little )?hearts?\b/gi), 1],
	[gate('keyboard', /\bkeyboard (?:warriors?|heroes?|commandos?|generals?)\b/gi), 1],
	[gate('touching', /\b(?:truly|so|how|really|very) touching (?:that|to see|how)\b/gi), 1],
	[
		gate(
			'thank thanks',
			/\bthank(?:s| you) to (?:everyone|everybody|all those|those|all of you) who (?:shared|spread|retweeted|reposted|forwarded)\b[^.!?]{0,80}\bwithout (?:watching|reading|checking|looking)\b/gi
		),
		1
	],
	[
		gate(
			'great good nice',
			/\b(?:great|good|nice|lovely) to see\b[^.!?]{0,50}\bfocus(?:ing|ed)? on the (?:really |truly )?(?:big|important|serious|key|pressing|vital) (?:issues|questions|stories|matters)\b/gi
		),
		1
	],
	[gate('brave bold courageous', /\bhow (?:very )?(?:brave|bold|courageous) of you\b/gi), 1],
	[gate('tell', /\bdo tell (?:us|me) more\b/gi), 0.6],
	// round twelve: an investigation "solved in twenty minutes", "how thrilling for you", "on the edge of our
	// seats", "find yourself a hobby", "how sweet of you", a closing ", genius"
	[
		gate(
			'solved cracked single',
			/\b(?:solved|cracked) (?:a |the |this )?(?:[\p{L}-]+ ){0,2}?(?:investigation|case|mystery|crime)\b[^.!?]{0,60}\b(?:in (?:twenty|ten|five|fifteen|thirty|\d+) minutes|before (?:the|any) (?:inspectors|investigators|experts|police|evidence))|\bwithout a single (?:piece of |shred of )?(?:evidence|fact|proof)\b/giu
		),
		1
	],
	[
		gate(
			'thrilling exciting fascinating',
			/\bhow (?:very )?(?:thrilling|exciting|fascinating) for you\b/gi
		),
		1
	],
	[gate('edge seats', /\bon the edge of (?:our|my) seats?\b/gi), 1],
	[gate('hobby', /\b(?:go and |go )?find (?:yourself|yourselves) a (?:new )?hobby\b/gi), 1],
	[
		gate(
			'sweet kind',
			/\b(?:oh,? )?(?:how|so|very) (?:sweet|kind) of you to (?:worry|care|ask|point)\b/gi
		),
		1
	],
	[gate('genius', /,\s*genius\s*[.!?]?\s*$|,\s*genius[.!?]/gi), 1],
	// "Sure, we'll just stroll into the hotel and count heads for you."
	[
		gate(
			'sure yes right course',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:sure|yes|right|of course|oh sure),? we(?:'ll| will) just [^.!?]{3,60}\bfor you\b/gi
		),
		1
	]
];
