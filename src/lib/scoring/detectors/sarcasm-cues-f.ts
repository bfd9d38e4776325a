/**
 * Session 32's sarcasm cues (./sarcasm-cues.ts, same format): a one-word verdict of mock praise ("Classy."), "nice try",
 * a treasured "penetrating insight", mock offers ("Sure, we'll just post everyone's medical records, shall we?", "Let us
 * just solve the whole case for you"), "told you so", "Really? You…?", "Did that seem normal to you?", mock amazement at
 * speed, "we'll be sure to schedule the rescue around it", and the formal voice's irony ("the full extent of the
 * contribution", "easier to be witty than gracious", "a trifle theatrical", "how good of the Courier… for once").
 * Culpeper (1996): mock politeness.
 */
import { gate, type Gate } from './context.ts';
import { IRONIC_QUALITY } from './sarcasm-cues-e.ts';

export const CUES_F: [Gate, number, 'praise'?][] = [
	// a mock concession by name: "Yes Sigrid, we obviously planned a diplomatic incident"
	[
		gate(
			'obviously clearly naturally',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:yes|oh yes|sure|right|of course),? (?:\p{Lu}\p{Ll}+,? )?(?:we|i) (?:obviously|clearly|naturally|of course) [a-z]+ed\b[^.!?]{0,80}/giu
		),
		1
	],
	[
		// a one-word verdict of mock praise ("Classy.", "Charming."), "Nice try though", thanks for a
		// "penetrating insight" "we shall treasure", "Bold game plan.", "Nice to see ministers finding time to resign while…",
		// "Priorities!", "Maybe try watching it before demanding…", "Enjoy your keyboard heroics"
		gate(
			'classy charming lovely delightful brilliant bravo stellar wonderful',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:classy|charming|lovely|delightful|brilliant|bravo|stellar|wonderful)\s*[.!](?=\s+\p{Lu}|\s*$)/giu
		),
		1,
		'praise'
	],
	[gate('try', /\bnice try(?:,? though| there| again)?\b/gi), 1],
	[
		gate(
			'treasure cherish penetrating insightful profound',
			new RegExp(
				`\\b(?:(?:thank you|thanks) for (?:that|this|your) (?:(?:very|truly|most) )?(?:penetrating|profound|insightful|${IRONIC_QUALITY.slice(3, -1)}) (?:insight|analysis|contribution|observation|remark|comment|input|point)|we (?:shall|will) (?:treasure|cherish) (?:it|that|this) (?:always|forever))\\b`,
				'gi'
			)
		),
		1,
		'praise'
	],
	[
		gate(
			'bold',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:a )?bold (?:game plan|strategy|plan|move|choice|approach|take)\s*[.!]/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'nice good great lovely see',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:nice|good|great|lovely) to see [^.!?]{3,60}\b(?:finding|found|find|making|made|make) (?:the )?time (?:to|for)\b[^.!?]{0,60}\bwhile\b/gi
		),
		1,
		'praise'
	],
	[gate('priorities', /(?<=^|[.!?]\s+)priorities\s*[!?]+/gi), 1],
	[
		gate(
			'maybe perhaps',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:maybe|perhaps) (?:try|consider) (?:[a-z]+ing)\b[^.!?]{0,40}\bbefore (?:[a-z]+ing)\b/gi
		),
		1
	],
	[
		gate('enjoy', /\benjoy (?:your|the) (?:keyboard|armchair|sofa|couch|basement)\b[^.!?]{0,30}/gi),
		1
	],
	// "Sure, we'll just post everyone's medical records online, shall we?"
	[
		gate(
			'shall should',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:(?:sure|right|oh yes|of course|yes),? )?(?:we(?:'ll| will)|let(?:'s| us)|i(?:'ll| will)) just\b[^.!?]{3,80}\b(?:shall we|should we|shall i)\s*\?|(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:sure|right|oh yes|of course|yes),? (?:we(?:'ll| will)|let(?:'s| us)|i(?:'ll| will)) just\b[^.!?]{3,80}\bright\s*\?/gi
		),
		1
	],
	// "…, great idea.", "Great journalism: a 38-second clip", "Apparently one word now counts as foreign policy", "thanks
	// for asking so kindly", "Maybe try the families for a quote instead", "Told you so", "will find time to apologise
	// now?", "Oh yes, we secretly hacked the grid … for fun. Do try harder."
	[
		gate(
			'idea plan move thinking call',
			/,\s*(?:great|brilliant|genius|fantastic|excellent|smart|wonderful|clever|lovely) (?:idea|plan|move|thinking|call)\s*[.!]/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'journalism reporting research work fact-checking investigating',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:great|brilliant|fine|stellar|top-notch|outstanding|quality|award-winning|hard-hitting|cutting-edge) (?:journalism|reporting|research|detective work|investigating|fact-checking)\s*[:!.]/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'apparently',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)apparently\b[^.!?]{3,80}\bnow (?:counts?|qualif(?:y|ies)|passes|pass) as\b[^.!?]{0,40}/gi
		),
		1
	],
	[
		gate(
			'kindly nicely politely gently graciously sweetly',
			/\b(?:thanks|thank you) for (?:asking|putting it|your question|the question) so (?:kindly|nicely|politely|gently|graciously|sweetly)\b/gi
		),
		1,
		'praise'
	],
	[
		gate(
			'quote',
			/\b(?:maybe|perhaps) (?:try|ask|call|ring|talk to)\b[^.!?]{3,60}\bfor a (?:quote|comment|story)\b[^.!?]{0,12}\binstead\b/gi
		),
		1
	],
	[gate('told', /(?<=^|[.!?]\s+|^(?:@\w+\s+)+)told (?:you|ya) so\b/gi), 1],
	[
		gate(
			'apologise apologize',
			/\b(?:will|might|may|can)(?: [^.!?]{1,40}?)? (?:now )?(?:find (?:the )?time to|get round to|manage to|bring (?:themselves|itself) to) apologi[sz]e\b[^.!?]{0,12}\?/gi
		),
		1
	],
	[
		gate(
			'fun harder',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)(?:oh )?(?:yes|sure|right|of course),? (?:we|i) (?:secretly |obviously |clearly |totally )?[a-z]+ed\b[^.!?]{0,80}\bfor fun\b|(?<=^|[.!?]\s+)(?:do )?try harder\s*[.!]/gi
		),
		1
	],
	// the formal voice's irony: "one notes that 'clowns' is the full extent of the contribution", "argument comes harder
	// to some than to others", "find it easier to be witty than gracious", "a somewhat theatrical response", "how good
	// of the Courier to ask before printing, for once", "since you are so keen on the truth", "you are very welcome to
	// come and hand out blankets yourself", "before your next hashtag"
	[
		gate(
			'extent',
			/\bthe (?:full|whole|entire) extent of (?:the|their|his|her|your|this) (?:contribution|argument|analysis|reply|input|case)\b/gi
		),
		1
	],
	[
		gate(
			'harder easier',
			/\bcomes? (?:rather |somewhat |a little )?(?:harder|easier) to some than (?:to )?others\b|\bfinds? it (?:rather |somewhat |much )?easier to be [a-z]+ than [a-z]+\b/gi
		),
		1
	],
	[
		gate(
			'theatrical dramatic excitable overwrought',
			/\b(?:somewhat|rather|slightly|a touch|a little|a trifle) (?:theatrical|dramatic|excitable|overwrought)\b/gi
		),
		1
	],
	[
		gate(
			'how',
			/(?<=^|[.!?:]\s+|^(?:@\w+\s+)+)how (?:good|kind|nice|thoughtful|considerate|decent|generous) of (?:you|the [\p{L} ]{1,30}?|\p{Lu}[\p{L} ]{1,30}?) to [^.!?]{3,60}\bfor once\b/giu
		),
		1,
		'praise'
	],
	[
		gate(
			'keen eager clearly obviously evidently',
			/\bsince you (?:are|seem) so (?:keen|eager|interested|concerned|passionate)\b|\bsince you (?:have )?(?:clearly|obviously|evidently) (?:studied|read|watched|know|understand)\b[^.!?;]{0,60}/gi
		),
		1
	],
	[
		gate(
			'welcome next',
			/\byou are (?:very |most )?welcome to (?:come and )?[a-z]+\b[^.!?;]{0,40}\byourself\b|\bbefore your next (?:hashtag|post|tweet|rant|video|thread)\b/gi
		),
		1
	],
	// "Really? You typed your passport details into a 'visa lottery' link?", "Really, Rosa? You…", "Did that seem normal
	// to you?", "the many, many accounts asking the identical question"
	[
		gate(
			'really',
			/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)[Rr]eally(?:,? \p{Lu}\p{Ll}+)?\s*\?\s*[Yy]ou\b[^.!?]{3,80}\?/gu
		),
		1
	],
	[
		gate(
			'seem look sound',
			/\bdid (?:that|it|this)(?: [a-z]+)? (?:seem|look|sound) (?:normal|sensible|wise|safe|legitimate|like a good idea) to you\b/gi
		),
		1
	],
	[gate('many', /\bthe many, many\b/gi), 1],
	// "We'll be sure to schedule the rescue around it", "Remarkable how Seraval Cableways knew it was 'the wind' within ten
	// minutes. Perhaps they should run the investigation too."
	[
		gate(
			'sure',
			/\bwe(?:'ll| will) be sure to (?:schedule|plan|arrange|time|organise|organize)\b[^.!?]{0,40}/gi
		),
		1
	],
	[
		gate(
			'remarkable amazing impressive funny interesting curious investigation',
			/(?<=^|[.!?]\s+)(?:remarkable|amazing|impressive|funny|interesting|curious) how\b[^.!?]{3,80}\bwithin (?:minutes|(?:[a-z]+ |\d+ )?minutes|an hour|the hour)\b|\bperhaps (?:they|he|she|you) should (?:run|lead|do|conduct|chair) the (?:investigation|inquiry|rescue) (?:too|as well)\b/gi
		),
		1
	]
];
