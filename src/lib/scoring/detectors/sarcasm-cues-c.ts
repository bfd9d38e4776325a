/**
 * Session 28's sarcasm cues (./sarcasm-cues.ts, same format): mock generosity and delight, mock compliments to a
 * headline, mock admiration of certain outlets, mock thanks for tips, mock deadlines, instant experts.
 */
import { gate, type Gate } from './context.ts';

export const CUES_C: [Gate, number, 'praise'?][] = [
	// session 28: mock generosity and mock delight ("how generous of you to give us a whole 30 minutes!", "Lovely to see
	// such enthusiasm for speculation", "Wonderful to see the Herald so keen on a family's private grief"), a mock
	// compliment to a headline ("Bold headline for one sentence"), "for anyone who reads past the first line", "Of
	// course, because …", "notes with admiration the speed with which certain outlets…", "had been under the
	// impression that"
	[
		gate(
			'generous kind',
			/\bhow (?:very )?(?:generous|kind|thoughtful|good) of (?:you|them|the \p{L}+)\b/giu
		),
		1
	],
	[gate('whole', /\b(?:a|one) whole (?:\d+|[a-z]+) (?:minutes?|hours?|seconds?|days?)\b/gi), 0.5],
	[
		gate(
			'lovely wonderful great nice delightful heartening',
			/\b(?:lovely|wonderful|great|nice|delightful|heartening|so good) to see (?:such|so much|[^.!?]{0,40}\bso (?:keen|eager|interested|excited|quick))\b[^.!?]{0,40}\b(?:enthusiasm|keen|eager|interest|excitement|quick|speculation|grief)\b/gi
		),
		1
	],
	[
		gate(
			'bold brave',
			/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:bold|brave|interesting|creative) (?:headline|take|claim|reading|framing|choice)\b/gi
		),
		0.6
	],
	[
		gate(
			'reads bothers past beyond',
			/\bfor (?:anyone|those|readers|people) who (?:reads?|read|bothers? to read|get) (?:past|beyond) (?:the|a|their) (?:first (?:line|sentence|paragraph)|headline)\b/gi
		),
		1
	],
	[gate('course', /(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:of course|sure|yes|right),? because\b/gi), 1],
	[
		gate(
			'admiration interest amazement awe',
			/\b(?:notes?|noted|watch(?:es|ed)?|observes?|observed) with (?:admiration|interest|amazement|awe) the (?:speed|ease|confidence|certainty) with which\b/gi
		),
		1,
		'praise'
	],
	[gate('impression', /\b(?:had been|was|were) under the impression that\b/gi), 0.5],
	// "For everyone getting their foreign policy from podcasts today:", "Perhaps a fifth will make the front page", "we'll
	// try again with shorter words"
	[
		gate(
			'getting podcasts podcast tiktok memes social',
			/\bfor (?:everyone|anyone|those|all those|people) (?:getting|who get|taking|who take) (?:their|your) (?:news|foreign policy|facts|information|geopolitics|diplomacy) from (?:podcasts?|tiktok|memes|chirp|twitter|x|social media|youtube|a podcast)\b/gi
		),
		1
	],
	[
		gate(
			'second third fourth fifth sixth tenth hundredth',
			/\b(?:perhaps|maybe) (?:a|the) (?:second|third|fourth|fifth|sixth|seventh|tenth|hundredth) (?:time |one |go )?will\b/gi
		),
		1
	],
	[gate('shorter smaller simpler', /\b(?:shorter|smaller|simpler) words\b/gi), 1],
	// "Always nice when 'reports say' does the heavy lifting."
	[gate('lifting', /\b(?:does|doing|did|do) (?:all )?the heavy lifting\b/gi), 1],
	// "Wow, two organisations counting differently, what a scandal.", "We'll be sure to get right on them.", "very
	// statesmanlike 😂", "Tempting, @x, but we'll pass."
	[gate('scandal', /\bwhat a scandal\b/gi), 1],
	// "Love a 30-minute deadline 🙃", "we'd gently suggest asking one"
	[
		gate('love deadline', /\blove (?:a|an) (?:[\d-]+[- ]minute |tight |short |good )?deadline\b/gi),
		1
	],
	[gate('gently suggest', /\bgently suggest (?:asking|reading|trying|checking|looking)\b/gi), 1],
	[
		gate(
			'sure right',
			/\b(?:we'll|we will|i'll|i will) be sure to get right on (?:it|that|them|this)\b/gi
		),
		1
	],
	[
		gate(
			'statesmanlike presidential diplomatic',
			/\bvery (?:statesmanlike|presidential|diplomatic|mature|grown-up)\b/gi
		),
		0.6
	],
	[
		gate('tempting', /(?:^|[.!?]\s+)tempting\b[^.!?]{0,30}\bbut (?:we'll|we will|i'll) pass\b/gi),
		1
	],
	// "Got any evidence, or just vibes?", "only the fifth time we have been asked it today", "Congratulations to everyone
	// online who has solved this investigation before the investigators did"
	[
		gate(
			'vibes hunch gut feeling feelings',
			/\bor (?:just )?(?:vibes|feelings|(?:a )?hunch|(?:a )?gut feeling|a feeling)\s*\?/gi
		),
		1
	],
	[
		gate(
			'second third fourth fifth sixth seventh tenth hundredth umpteenth',
			/\bonly the (?:second|third|fourth|fifth|sixth|seventh|tenth|hundredth|umpteenth) time\b/gi
		),
		1
	],
	[
		gate(
			'solved cracked',
			/\b(?:congratulations|well done|hats off|kudos) to (?:everyone|everybody|all those|anyone|the people|those)\b[^.!?]{0,60}\b(?:solved|cracked|figured out|worked out)\b/gi
		),
		1
	],
	[
		gate(
			'tireless unflagging vigilance',
			/\b(?:tireless|unflagging|untiring|admirable|relentless) (?:vigilance|attention to detail|interest in|devotion to)\b/gi
		),
		0.5,
		'praise'
	]
];
