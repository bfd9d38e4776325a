/**
 * Session 31's belittling cues (./belittling.ts, same format): alarm waved away while people are hurt or missing
 * ("There is no cause for alarm", "every reason to expect your parents are well", "Don't worry, he'll be absolutely
 * fine"), the public sent to the guidance before "raising" a question, a lesson for next time ("next time maybe
 * check the url"), and the asker told it was "literally said already". CERC: do not over-reassure; show respect.
 */
import { gate, type Gate } from './context.ts';

export const MORE_GATES: Gate[] = [
	gate(
		'alarm panic alarmed handful few couple',
		/\b(?:there is |there's |there really is )?no (?:cause|reason|need|call) (?:at all )?(?:for (?:[\p{L}]+ ){0,2}to |for |to )(?:alarm|panic|be alarmed|panicking)\b|\bonly a (?:handful|few|couple) of (?:our )?(?:people|nationals|citizens|compatriots)\b[^.!?]{0,20}\b(?:were|was|are|have been) (?:hurt|injured|affected|killed)\b/giu
	),
	gate(
		'reason',
		/\bevery reason to (?:expect|believe|think|assume|hope) (?:that )?(?:your|they|he|she|everyone|all)\b[^.!?;]{0,40}\b(?:are|is|will be)(?: (?:safe and|perfectly|absolutely))? (?:well|fine|safe|ok|okay|unharmed|all right|alright)\b/gi
	),
	gate(
		'worry',
		/\b(?:don['’]?t|do not|no need to) worry\b[,!.]?\s+(?:he|she|they|you|everyone|it|your [\p{L}-]+)(?:['’]ll be| will be|['’]s| is|['’]re| are) (?:going to be )?(?:absolutely |totally |perfectly |completely |just |surely )?(?:fine|ok|okay|alright|all right|safe)\b/giu
	),
	gate(
		'before',
		/\b(?:read|check|look at|consult|review|refer to) (?:the|our) (?:[\p{L}-]+ ){0,2}(?:faq|website|posts?|press release|guidance|visa page|information|instructions|page|rules)\b[^.!?]{0,30}\bbefore (?:asking|posting|tweeting|calling|tagging|writing|raising|submitting|contacting|messaging|bothering)\b/giu
	),
	gate(
		'next time',
		/\b(?:in future|in the future|next time),? (?:maybe |perhaps |just |try to |do )(?:check|read|make sure|be sure|look|think|verify|try|don['’]?t)\b/gi
	),
	gate(
		'read reread re-read',
		/(?:^|[.!?,]\s+|^(?:@\w+\s+)+)(?:just )?(?:read|re-?read) (?:our|the|my) (?:earlier|previous|last|pinned|first|original|published) (?:statement|post|tweet|thread|answer|reply|update|message)s?\s*[,;:—–-]/gi
	),
	// a gaffe or a worry shrugged off: "a flag emoji mix-up is no big deal", "let's not make a drama out of it"
	gate(
		'deal drama fuss mountain',
		/\b(?:is|was|it's|that's|it is|that is|really|honestly|just) no big deal\b|\b(?:let's not|let us not|don['’]t|do not|no need to) make (?:a|such a) (?:drama|fuss|big deal|song and dance|mountain)\b/gi
	),
	gate('write', /\b(?:do|maybe|perhaps|please) write (?:it|this|that) down\b/gi),
	gate(
		'apparently clearly still',
		/\b(?:everyone|everybody|those|anyone|people) (?:who|that) (?:apparently|clearly|still|evidently) (?:can(?:'t|not)|couldn't|don't|doesn't|didn't) (?:spot|read|see|tell|understand|check)\b/gi
	),
	gate('deal breaths', /(?:^|[.!?]\s+)no big deal\b|(?:^|[.!?]\s+)deep breaths?[.!]/gi),
	gate(
		'everyone priority',
		/\b(?:check|read|look at|use) (?:our|the) [\p{L}-]+ like everyone else\b|\b(?:is|are) not (?:the|a) priority (?:today|tonight|right now|at the moment)\b/giu
	),
	gate(
		'professionals amateurs',
		/\bleave (?:it|this|that) to the professionals\b|\bno place for amateurs\b/gi
	),
	gate(
		'think share answering',
		/\b(?:some of you|people|you|everyone) (?:really )?(?:need|needs|ought) to think before (?:you )?(?:hit(?:ting)? share|sharing|posting|retweeting|reposting)\b|\b(?:can['’]t|cannot) keep answering the same question\b/gi
	),
	gate('room', /\b(?:try |please |maybe |perhaps )?read(?:ing)? the room\b/gi),
	gate(
		'really',
		/(?:^|[.!?,]\s+|^(?:@\w+\s+)+)(?:honestly,? )?is (?:this|that|now) really the (?:question|time|moment|place|day|night) to (?:ask|raise|bring)\b[^?]{0,40}\?/gi
	),
	gate(
		'said answered posted explained already literally',
		/\bwe (?:literally |already |have already |['’]ve already |just )+(?:said|answered|posted|explained|covered) (?:it|this|that)(?: (?:already|before|yesterday|earlier|twice))?\b(?=[^.!?]*(?:already|literally|twice))/gi
	),
	// session 32: a condescending address ("My dear young lady", "My dear Ms Morel"), the answer kept "for those who take
	// the trouble to read it", "for those who still believe every clip they see", "you must not believe everything you
	// read", a gaffe or a harm shrugged off as "no big deal"
	gate(
		'dear',
		/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)my dear (?:young (?:lady|man|friend|people)|child|girl|boy|sir|madam|(?:Ms|Mrs|Miss|Mr)\.? \p{Lu}[\p{L}-]+)\b/giu
	),
	gate(
		'trouble bother',
		/\b(?:for|to) (?:those|anyone|people) who (?:take|took|will take|bother|bothered|can be bothered) (?:the trouble |the time )?to (?:read|look|check|scroll)\b[^.!?]{0,20}/gi
	),
	gate(
		'believe',
		/\b(?:for|to) (?:those|anyone|people) (?:of you )?who (?:still |apparently )?believe (?:every|everything|anything|whatever)\b[^.!?:]{0,40}|\byou (?:really )?(?:must|should) not believe everything you (?:read|see|hear)\b/gi
	),
	gate('big deal', /\b(?:no|not a|not such a) big deal\b/gi),
	// "I'm sure your parents are absolutely fine" to someone who cannot reach them
	gate(
		'sure certain confident',
		/\b(?:i['’]m|i am|we['’]re|we are) (?:sure|certain|confident) (?:that )?(?:your|they|he|she|everyone|all)\b[^.!?]{0,30}\b(?:are|is|will be)(?: (?:absolutely|totally|perfectly|just|completely))? (?:fine|ok|okay|safe|alright|all right|well)\b/gi
	),
	// "it would assist everyone if it were consulted before questions are put", "we would gently suggest everyone sharing
	// it calms down"
	gate('questions', /\bbefore (?:any )?questions are (?:put|asked|raised|sent)\b/gi),
	gate(
		'calms calm',
		/\b(?:suggest|ask|urge|advise)(?: that)? (?:everyone|people|you all|folks|all of you)\b[^.!?]{0,30}\bcalms? down\b/gi
	),
	// "Is that really the question today?", "Read this slowly: no.", "Everyone knows processing takes nine weeks"
	gate(
		'really slowly',
		/\bis (?:that|this) really (?:a|the) question\b[^.!?]{0,40}|\bread (?:this|it|that) (?:slowly|carefully)\s*[:,]/gi
	)
];
