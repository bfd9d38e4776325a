/**
 * Session 31's sarcasm cues (./sarcasm-cues.ts, same format): ironic "how very gracious of you", "such elevated
 * contributions", "the remarkable ability of certain outlets to…", "groundbreaking question, truly", "Shockingly,
 * no.", "shall we just … for you?", "anything else we can do for your deadline?", a scare-quoted claim answered
 * "Of course.", thanks for the "creative writing", "you should try reading one some time", "love how…", "great job
 * everyone" and the upside-down face 🙃 that marks a sentence as ironic. Culpeper (1996): mock politeness.
 */
import { gate, type Gate } from './context.ts';

export const IRONIC_QUALITY =
	'(?:gracious|generous|charming|original|thoughtful|brave|courageous|constructive|enlightening|insightful|illuminating|refreshing|delightful|elevated|sophisticated|nuanced|measured|edifying|erudite|scholarly)';

export const CUES_E: [Gate, number, 'praise'?][] = [
	[
		gate('how', new RegExp(`\\bhow (?:very |terribly |awfully )${IRONIC_QUALITY} of you\\b`, 'gi')),
		1,
		'praise'
	],
	[
		gate(
			'how',
			new RegExp(`(?<=^|[.!?]\\s+|^(?:@\\w+\\s+)+)how ${IRONIC_QUALITY} of you\\b`, 'gi')
		),
		0.6,
		'praise'
	],
	[
		gate(
			'such',
			new RegExp(
				`\\bsuch ${IRONIC_QUALITY} (?:contributions?|insights?|analysis|commentary|input|remarks?|observations?|questions?|debate)\\b`,
				'gi'
			)
		),
		1,
		'praise'
	],
	[
		gate(
			'ability talent knack gift capacity',
			/\b(?:remarkable|extraordinary|impressive|uncanny|astonishing|amazing|admirable) (?:ability|talent|knack|gift|capacity)\b[^.!?]{0,40}\b(?:of (?:certain|some)|to (?:discover|know|find|detect|uncover|divine|see))\b/gi
		),
		1
	],
	[
		gate(
			'truly really',
			/\b(?:groundbreaking|fascinating|riveting|brilliant|great|excellent|incisive|penetrating|original|fresh|novel) (?:question|point|idea|take|reporting|journalism|insight|theory)s?,? (?:truly|really)\b/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'groundbreaking riveting',
			/\b(?:groundbreaking|riveting) (?:question|point|idea|take|reporting|journalism|insight|theory)\b/gi
		),
		0.6,
		'praise'
	],
	[
		gate(
			'shockingly surprisingly amazingly astonishingly spoiler shocker plot twist',
			/(?<=^|[.!?:]\s+|^(?:@\w+\s+)+|\bA:\s*)(?:shockingly|surprisingly|amazingly|astonishingly|spoiler(?: alert)?|shocker|plot twist)[,:]?\s+(?:no|not|it (?:is|was)n't|it is not)\b/gi
		),
		1
	],
	[
		gate(
			'shall',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:sure|right|yes|of course|oh sure)?,?\s*shall we (?:just )?[^.!?]{3,80}\bfor you\?/gi
		),
		1
	],
	[
		gate(
			'anything else',
			/\banything else we can do (?:for|to help with) your (?:deadline|story|article|piece|scoop|headline|clicks)\b/gi
		),
		1
	],
	// '"Undeclared goods." Of course.'
	[
		gate(
			'course sure naturally right',
			/["“][^"”]{2,60}["”][^\p{L}]{0,3}\s*(?:of course|sure|naturally|right|obviously)[.!]/giu
		),
		1
	],
	[
		gate(
			'creative writing fiction fairy bedtime tale',
			/\b(?:thanks|thank you|grateful) for (?:the|this|that|your) (?:creative writing|fiction|fairy ?tale|bedtime story|work of fiction|tall tale)\b/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'try',
			/\byou (?:should|might|could|may want to) try (?:reading|checking|watching|looking at|opening|using) [^.!?]{1,40}\b(?:some ?time|one day|for once|next time)\b/gi
		),
		1
	],
	[
		gate('love', /(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:(?:we|i|gotta|got to|just) )?love how\b/gi),
		0.6,
		'praise'
	],
	[
		gate(
			'job work everyone all folks',
			/\b(?:great|good|nice|fantastic|amazing) (?:job|work),? (?:everyone|everybody|all|folks|guys|team)\b/gi
		),
		0.6,
		'praise'
	],
	[gate('', /🙃/gu), 0.5],
	[
		gate(
			'thinkers notifications counting shame',
			/\bsuch (?:original|independent|free|creative|brilliant) thinkers\b|\bthanks?,? (?:everyone|all|you)?,? ?for the (?:\d+|hundreds of|dozens of) notifications\b|\bshame you can(?:'t|not) tell\b/gi
		),
		1
	],
	[gate('counting', /\bin case anyone(?:['’]s| is) counting\b/gi), 0.6],
	[gate('deadline', /\bin time for your (?:deadline|next bulletin|front page|clicks)\b/gi), 1],
	[
		gate(
			'sure',
			/\b(?:i['’]m|we['’]re|i am|we are) sure (?:they|he|she|the police|investigators|the court)(?:['’]d| would) love to (?:hear|see|know)\b/gi
		),
		1
	],
	// "Thanks for the generous 20-minute deadline", "How reassuring to hear that…", "We'll be sure to remember that"
	[
		gate(
			'generous ample lavish',
			/\b(?:generous|ample|lavish|luxurious) (?:[\p{L}\d]+[- ](?:minute|hour) )?deadline\b/giu
		),
		1
	],
	[
		gate(
			'reassuring comforting encouraging',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)how (?:very )?(?:reassuring|comforting|encouraging) (?:to (?:hear|read|see|learn)|that)\b/gi
		),
		0.6
	],
	[gate('sure remember', /\bwe(?:'ll| will) be sure to remember (?:that|this)\b/gi), 0.6],
	// "Some of us are busy looking after actual families", "you should try it sometime", "it's been a thrilling
	// afternoon"
	[
		gate(
			'busy',
			/\bsome of us (?:are|were|have been) (?:busy|too busy|actually|out)\b[^.!?]{0,40}/gi
		),
		1
	],
	[gate('try', /\byou (?:should|could|might) try it (?:some ?time|one day|for once)\b/gi), 1],
	[
		gate(
			'thrilling riveting fascinating gripping',
			/\b(?:it['’]s|it has) been (?:a |an )?(?:thrilling|riveting|fascinating|gripping|delightful) (?:afternoon|morning|evening|day|night|week)\b/gi
		),
		1
	],
	// "… we hold a weekly meeting to plan our emoji insults. Obviously not.", "which we trust you have by now had the
	// opportunity to read", "we would gently suggest that … one might first check"
	[
		gate(
			'obviously course naturally clearly',
			/(?<=[.!?]\s+)(?:obviously|of course|naturally|clearly) not[.!]/gi
		),
		0.6
	],
	[
		gate(
			'trust presumably',
			/\b(?:we trust|presumably|no doubt) you (?:have|will have) (?:by now |already )?(?:had the (?:chance|opportunity|time) to )?(?:read|seen|watched)\b/gi
		),
		1
	],
	[
		gate(
			'gently suggest',
			/\bgently suggest (?:that )?[^.!?]{0,60}\b(?:check|read|look|verify|watch)\w*\b/gi
		),
		1
	],
	[
		gate(
			'brave bold courageous clever',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:how |so |very |really )?(?:brave|bold|courageous|clever) of you to\b/gi
		),
		1
	],
	// "Maybe you know better than us who did it, no?", "We are touched by such interest", "The clue is rather in the
	// name.", an unprompted "You're welcome." at the end
	[gate('know', /\b(?:maybe|perhaps) you know (?:better than us|more than we do)\b/gi), 1],
	[
		gate(
			'touched moved flattered',
			/\b(?:we are|we're|so|deeply) (?:touched|moved|flattered) by (?:such|this|all this|so much) (?:interest|concern|attention|enthusiasm|curiosity)\b/gi
		),
		1
	],
	[gate('clue', /\b(?:the )?clue is (?:rather |really |very much |kind of )?in the name\b/gi), 1],
	[gate("welcome you're", /(?:^|[.!?]\s+)you(?:'re| are) welcome[.!]?\s*$/gi), 0.6],
	// "Sure, we'll settle international liability law in one post for you.", "Thanks for the scoop, only an hour late",
	// "it's not every day a journalist asks before publishing"
	[
		gate(
			'sure yes right course',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:sure|yes|right|of course|oh sure),? we(?:'ll| will) (?:happily |gladly )?[^.!?]{3,60}\bfor you\b/gi
		),
		1
	],
	[
		gate(
			'late',
			/\bonly (?:an?|one|two|three|four|five|six|\d+) (?:hours?|days?|minutes?|weeks?) (?:late|behind)\b/gi
		),
		1
	],
	[
		gate('every', /\b(?:it's|it is) not every day (?:that )?(?:a|an|someone|anyone|somebody)\b/gi),
		0.5
	],
	// "Great job, detectives.", "Or is a two-minute video too much homework?"
	[
		gate(
			'detectives detective sherlock sherlocks geniuses sleuths experts einstein',
			/\b(?:great|good|nice|fine|fantastic|brilliant|excellent) (?:job|work|effort|detective work),? (?:detectives?|sherlocks?|geniuses|sleuths|experts|einstein)\b/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'homework reading effort',
			/\b(?:or )?is (?:a |an |that |this |it )?[^.!?]{0,40}?too much (?:homework|reading|effort|work)(?: for (?:you|some|them))?[^.!?]{0,10}\?/gi
		),
		1
	],
	// "We'd have thought a senior minister could handle a little honest feedback", "perhaps less so from a government
	// that…", "lessons in good-neighbourliness from Vestra", "And what did you hand out tonight, apart from hashtags?"
	[
		gate(
			'thought',
			/\b(?:we(?:'d| would)|one would|you(?:'d| would)) (?:have )?thought (?:that )?(?:a|an|the|someone|anyone|any) [^.!?]{2,60}\b(?:could|would|might|should) (?:handle|manage|cope with|take|survive|understand|know)\b/gi
		),
		1
	],
	[
		gate(
			'less',
			/\b(?:perhaps|maybe|rather|somewhat|a little) less so (?:from|when|coming from)\b/gi
		),
		1
	],
	[
		gate(
			'lessons lesson lectures lecture',
			/\b(?:take|taking|need|needs|accept|accepting|pass on|welcome|receive|get|getting) (?:no |any )?(?:lessons?|lectures?) (?:in|on|about) [^.!?;]{2,50}?\bfrom\b|\bpass on\b[^.!?;]{0,40}\b(?:lessons?|lectures?) (?:in|on|about) [^.!?;]{2,50}?\bfrom\b/gi
		),
		1
	],
	[
		gate(
			'apart besides except',
			/\bwhat (?:did|have|do) you (?:\p{L}+ ){1,3}(?:tonight|today|this (?:morning|week)|lately|recently)?,? (?:apart from|besides|other than|except)\b[^?]{1,40}\?/giu
		),
		1
	],
	[
		gate(
			'note interest',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)we note,? with (?:some |great )?interest,?\b/gi
		),
		0.4
	]
];
