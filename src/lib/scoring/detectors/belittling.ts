/**
 * belittling: dismissing or talking down to the public — "silly questions", "calm down", "stop flooding our
 * hotline", "read the FAQ before asking", "as we have said many times", "some people will believe anything",
 * "overreacting", "hysterical", "answered a hundred times", "think a bit harder", "out of proportion", "it's only a
 * flag emoji". Reassurance ("please stay calm", "there are no silly questions") is not
 * belittling. CERC: show respect, especially when people feel vulnerable; Culpeper's impoliteness
 * strategies (condescension, dismissal).
 */
import type { Finding } from '../types.ts';
import { gate, gatedSpans, SOURCES, type Detector, type Gate } from './context.ts';
import { MORE_GATES } from './belittling-b.ts';
import { PASSED_ON_PREFIX } from './amplified-in-text.ts';

const GATES: Gate[] = [
	gate(
		'silly stupid dumb pointless ridiculous lazy idiotic basic obvious same',
		/(?<!\b(?:no|not|never|aren't|are no|is no)\s(?:such thing as\s)?(?:a\s)?)\b(?:silly|stupid|dumb|pointless|ridiculous|lazy|idiotic|basic|obvious|same old) (?:questions?|messages?|comments?|complaints?|queries|tweets?|posts?)\b/gi
	),
	// "already on our website for anyone who cares to look"; "keep a sense of proportion"
	gate(
		'cares care bothers bother cared bothered proportion',
		/\bfor anyone who (?:cares|bothers|cared|bothered|can be bothered) to (?:look|read|check|search)\b|\b(?:keep|have|show|maintain) (?:a|some) sense of proportion\b/gi
	),
	// "plenty of applicants are in exactly the same position": a concern waved away by comparison
	gate(
		'same',
		/\b(?:plenty of|many|lots of|thousands of|hundreds of|so many) (?:other )?(?:people|applicants|others|travell?ers|students|families|nationals|customers)\b[^.!?;]{0,20}\b(?:are|were|have been) in (?:exactly |precisely )?the same (?:position|situation|boat)\b/gi
	),
	gate(
		'relax calm chill grip grow over move man toughen pull',
		/(?:^|(?<=[.!?]\s{1,3})|(?<=^(?:@\w+\s+)+))relax\b(?=,|\.|!)|\b(?:calm down|chill(?: out)?|(?<!\b(?:government|authorities|minister|ministry|police|regime|leadership)\b[^.!?]{0,20})get a grip|grow up|get over it|move on|man up|toughen up|pull yourselves together)\b/gi
	),
	gate(
		'stop',
		/\bstop (?:whining|complaining|moaning|panicking|overreacting|spamming|flooding|pestering|bothering|badgering|harassing|tagging|pinging|nagging|asking the same)\b/gi
	),
	gate(
		'keep keeps keeping',
		/\b(?:keep|keeps|keeping) (?:tagging|pinging|spamming|pestering|bothering|badgering|nagging|flooding)\b/gi
	),
	gate(
		'tagging pinging messaging calling emailing make',
		/\b(?:tagging|pinging|messaging|calling|emailing) us (?:every|again and again|over and over|repeatedly)\b[^.!?]{0,40}\b(?:won't|will not|doesn't|does not)\b|\b(?:won't|will not|doesn't|does not) make (?:the|us|it|things|anything)\b[^.!?]{0,30}\b(?:faster|quicker|sooner|go away)\b/gi
	),
	gate(
		'overreact overreacting overreacted overreaction hysterical hysterics hysteria panicking paranoid whining moaning entitled ungrateful gullible clueless drama snowflake snowflakes worked making fuss blown storm big',
		/\b(?:(?<!\b(?:government|authorities|ministry|minister|regime|police|officials|president)(?: is| are| was| were| has been| have been)? )overreact\w*(?! (?:from|by|of) (?:a |the |its |their )?(?:[\p{L}'’-]+ )?(?:government|regime|authorities|ministry|leadership)\b)|hysteric\w*|hysteria|panicking|paranoid|whining|moaning|entitled(?! to\b)|ungrateful|gullible|clueless|drama queens?|snowflakes?|worked up|making a fuss|fuss over|blown out of proportion|storm in a teacup|big deal out of)\b/giu
	),
	gate(
		'said explained posted told stated',
		/\b(?:as we have|as we've|like we have|like we've) (?:already )?(?:said|explained|posted|told you|stated)\b[^.!?]{0,25}\b(?:many|several|countless|multiple|100|hundred|umpteen|again|already|before)\b/gi
	),
	gate('time', /\bfor the (?:hundredth|umpteenth|third|fifth|last|tenth|millionth) time\b/gi),
	gate(
		'before read look',
		/\b(?:read|check|look at|consult) (?:the|our) (?:faq|website|earlier posts?|previous posts?|press release|guidance|visa page)\b[^.!?]{0,20}\bbefore (?:asking|posting|tweeting|calling|tagging|writing)\b/gi
	),
	gate(
		'could',
		/\b(?:questions?|answers?) (?:that )?you could (?:easily )?(?:answer|find|look up)\b/gi
	),
	gate(
		'bothered cared taken help read',
		/\b(?:if you(?:'d| had)? (?:bothered|cared|taken the time) to|without (?:any )?help|can(?:'t|not) (?:even )?read|(?:learn|able) to read)\b/gi
	),
	gate(
		'some',
		/\bsome people (?:will|would|just|really|simply|can't|cannot|never|always|need|seem)\b/gi
	),
	gate('fall fell', /\b(?:people|anyone|those) who (?:fall|fell) for\b/gi),
	gate(
		'serious enough every',
		/\b(?:serious questions only|only serious questions|no more questions|enough questions|we don't have time for (?:this|these|your)|we won't answer every|we will not answer every|not going to answer every)\b/gi
	),
	gate(
		'panicking overreacting complaining whining freaking losing',
		/\bto (?:everyone|those|all those|the people|anyone) (?:who (?:are|is) )?(?:panicking|overreacting|complaining|whining|freaking out|losing (?:their|your) heads?)\b/gi
	),
	gate('see', /\bnothing to see here\b/gi),
	// "this has been answered a hundred times", "we have explained this countless times"
	gate(
		'times',
		/\b(?:answered|explained|covered|addressed|said|asked|repeated|posted) (?:this |that |it )?(?:already )?(?:a hundred|a thousand|a million|many|countless|so many|dozens of|umpteen|several|multiple|\d+) times\b/gi
	),
	// "anyone who believed this clip needs to think a bit harder", "use your head"
	gate(
		'harder head heads brain brains sense',
		/\bthink (?:a (?:bit|little) |a lot |much )?harder\b|\buse (?:your|their) (?:head|heads|brain|brains|common sense)\b|\b(?:a (?:bit|little) of|some|basic) common sense\b/gi
	),
	// minimising the complaint: "let's not blow this out of proportion", "it's only a flag emoji"
	gate('proportion', /\bout of (?:all )?proportion\b/gi),
	// session 29: "make a big story from one small emoji", "it was no big deal", "not so dramatic", "nobody is making
	// panic", "be a little patient", "keep it in proportion"
	gate(
		'big story fuss drama deal dramatic panic patient proportion',
		/\b(?:make|makes|making|made) (?:a|such a) (?:big|huge|whole) (?:story|fuss|drama|deal|song and dance|thing) (?:out )?(?:of|from|over|about) (?:one|a|an|this|that|such a) (?:small|little|tiny|single|minor|simple)\b|\b(?:it|this|that)(?: really| honestly| truly)?(?:'s| is| was) (?:really |honestly |truly )?(?:no|not a) big deal\b|\bbut no big deal\b|\b(?:is|it's|that's) (?:not so|not that|hardly) dramatic\b|\b(?:nobody|no one|no-one) (?:is|was) (?:making|in a) panic\b|\bbe (?:a (?:little|bit|tad) )?(?:more )?patient\b(?= *[,.!]| *(?:and|your|please))|\bkeep (?:it|this|things) in proportion\b/gi
	),
	gate(
		'only just merely',
		/\b(?:it's|it is|it was|that's|that is|this is) (?:only|just|merely) (?:a|an|one) (?:flag|emoji|post|tweet|typo|word|joke|picture|photo|video|clip|mistake)(?: emoji)?[.!]/gi
	),
	// structural: the addressee could have found the answer themselves ("which you could have checked
	// yourself", "a quick look at the rules would have answered this")
	gate(
		'could would should might',
		/\b(?:you|anyone|anybody|everyone|people|they)\b[^.!?;]{0,30}\b(?:could|would|should|might) (?:easily |simply |just |so easily )?have (?:checked|read|looked|found|seen|known|noticed|googled|searched|worked (?:it|this|that) out|figured)\b/gi
	),
	gate(
		'quick simple brief cursory single',
		/\b(?:a|one) (?:quick|simple|brief|cursory|single) (?:look|glance|search|read|check|click)\b[^.!?;]{0,40}\b(?:would|will|could) (?:have )?(?:answered|told|shown|saved|cleared)\b/gi
	),
	// structural: what "anyone" would know or see — the addressee is slower than everyone else ("as anyone
	// following the news would know", "anyone who looked at the clip could see it was fake")
	gate(
		'anyone anybody everyone',
		/(?<!\bso (?:that )?|\bwhat )\b(?:anyone|anybody|everyone|any (?:reasonable|sensible|thinking) person)\b(?!['’]s)[^.!?;]{0,50}\b(?:would|could|can|should|will) (?:easily |plainly |clearly |instantly |immediately )?(?:know|see|tell|understand|spot|have (?:known|seen|noticed|guessed|spotted))\b|\bas (?:anyone|everyone|we all) (?:knows?|can see|could see|will know)\b/gi
	),
	// talking down: "it really isn't complicated", "explain this slowly", "scroll up", "like everyone else"
	gate(
		'complicated difficult hard science',
		/\b(?:is|are|it's|this's|that's)(?:n't| not)? (?:really |exactly |that |so )(?:not |n't )?(?:complicated|difficult|hard)\b|\b(?:isn't|is not|it's not|aren't|are not) (?:really |exactly |that |so )(?:complicated|difficult|hard)\b|\brocket science\b/gi
	),
	gate(
		'explain say spell repeat',
		/\b(?:explain|say|spell|repeat) (?:this|it|that)(?: out| again)? (?:slowly|very slowly|one (?:more|last) time|once more|in simple (?:terms|words))\b/gi
	),
	gate('scroll back', /\bscroll (?:up|back)\b/gi),
	gate(
		'everyone everybody every else',
		// (not said of ourselves: "the embassy learned of it at 08:00, like everyone else" is its own place in the
		// queue)
		/(?<!\b(?:we|i|us|our [\p{L}-]+|the (?:embassy|ministry|consulate)|nobody|no one)\b[^.!?;]{0,120})\blike (?:everyone|everybody|every other [\p{L}-]+|all the others) else\b|(?<!\b(?:we|i|us|our [\p{L}-]+|the (?:embassy|ministry|consulate)|nobody|no one)\b[^.!?;]{0,120})\blike every other [\p{L}-]+\b(?=[.!,])/giu
	),
	gate(
		'answer already',
		/\b(?:the answer|this|it|that) (?:was|has been|had been|is already|was already) (?:already )?(?:in|on) (?:our|the) (?:first|earlier|previous|pinned|last|very first) (?:post|tweet|message|reply|answer)\b/gi
	),
	gate(
		'better',
		/\b(?:expect(?:ed)?|thought) (?:you|people|them|they) (?:to|would) know better\b/gi
	),
	// "Had you read the guidance, you would already know": the addressee's failure, counterfactually
	gate(
		'had if',
		/\b(?:had you|if you(?:'d| had)) (?:\w+ ){0,2}?(?:read|checked|looked at|followed|paid attention|bothered|listened)\b[^.!?;]{0,60}\byou(?:'d| would)(?: already| easily| surely)? (?:know|have known|have seen|have found)\b/gi
	),
	// "Even a child could tell…": the answer is beneath the addressee
	gate(
		'even',
		/\beven (?:a child|a toddler|a five-year-old|a schoolchild|a beginner|my grandmother|your grandmother)\b[^.!?;]{0,30}\b(?:could|can|would|knows?)\b/gi
	),
	// "It should be obvious to everyone by now", "try to keep up"
	gate(
		'obvious clear evident plain',
		/\b(?:should|must|ought to) be (?:obvious|clear|evident|plain) (?:to (?:everyone|anyone|all|you)|by now)\b|\bobvious(?:ly)? to (?:everyone|anyone|anybody)\b/gi
	),
	gate('keep', /\b(?:try to|please|do try to|do) keep up\b/gi),
	// the question likened to a conspiracy theory: "Next you'll be asking whether the moon landing was real"
	gate('next', /\bnext you(?:'ll| will) be asking (?:whether|if)\b/gi),
	// "as any careful reader will know", "for anyone who hasn't read it", "clear to anyone who reads it properly", "a
	// few minutes' reading before posting", "one we answered an hour ago"
	gate(
		'careful attentive reader anyone minutes answered',
		/\bas any (?:careful|attentive|diligent|serious) (?:reader|observer|follower)\b|\bfor anyone who (?:hasn't|has not|didn't|did not|still hasn't) (?:read|bothered)\b|\bclear to anyone who (?:reads|looks|listens)\b|\ba few minutes['’]? (?:reading|research|checking)\b|\b(?:one|a question) we (?:already )?answered (?:about |some |just )?(?:an hour|two hours|a while|minutes) ago\b/gi
	),
	// the answer easy to find, or the asker expected to have found it: "It takes two minutes to look up", "which
	// applicants are expected to consult before raising matters here", "has been sitting on our page for months"
	gate(
		'takes minutes seconds expected sitting',
		/\b(?:it |that )?takes? (?:two|2|five|5|ten|10|a few|thirty|30|a couple of) (?:minutes|seconds|clicks) to (?:look (?:this |that |it )?up|find|check|google|read)\b|\bexpected to (?:consult|read|check)\b[^.!?]{0,50}\bbefore (?:raising|asking|posting|writing)\b|\b(?:has been|is|was) (?:sitting|right there) (?:on|in) our\b/gi
	),
	// "Try scrolling.", "that's literally on our travel page", "It's a hacked account, not a war."
	gate(
		'scrolling googling literally',
		/\btry (?:scrolling|googling|reading it)\b|\b(?:that's|it's|this is|that is|it is) literally (?:on|in) (?:our|the)\b/gi
	),
	gate(
		'war tragedy disaster catastrophe end world',
		/\b(?:it's|it is|this is|that's|that is) (?:a|an|only a|just a|only an|just an) [\p{L}-]+(?: [\p{L}-]+)?,? not (?:a|an) (?:war|tragedy|disaster|catastrophe|international incident)\b|\bnot the end of the world\b/giu
	),
	// the asker sent back to what was already said: "we've been over this", "as already stated twice",
	// "maybe start there", "did you read the reply we sent you?", "before raising such queries"
	gate('over', /\b(?:we've|we have|we've already|we have already) been over (?:this|that|it)\b/gi),
	gate(
		'stated said mentioned explained',
		/\bas (?:already |previously )?(?:stated|said|mentioned|explained|posted) (?:twice|three times|several times|repeatedly|more than once|many times)\b/gi
	),
	gate(
		'start',
		/\b(?:maybe|perhaps|might|could) (?:want to )?start (?:there|with that|with (?:our|the) (?:website|page|post|reply|answer))\b/gi
	),
	gate(
		'read see',
		/\b(?:did|have) you (?:even |actually )?(?:read|see|seen) (?:the|our) (?:reply|answer|post|statement|thread|tweet|message|update)s?\b[^.!?]{0,40}\?/gi
	),
	gate(
		'such queries questions before',
		/\bbefore (?:raising|asking|posting|sending) (?:such|these|this kind of|that kind of) (?:basic |simple )?(?:queries|questions|things)\b|\bplenty of (?:real|serious|proper|sensible|actual) questions\b|\bbefore (?:asking|posting|tweeting|writing) (?:again|next time|the (?:same|next) question)\b|\bbefore the next question\b/gi
	),
	// the asker wastes others' time or lacks proportion: "it'll save everyone time", "some perspective, please"
	gate(
		'save perspective',
		/\b(?:it'll|it will|that'll|that will|would) save (?:everyone|everybody|us all|all of us|us) (?:a lot of |some )?time\b|\b(?:some|a (?:little|bit of)|a sense of) perspective,? please\b/gi
	),
	gate(
		'posted said explained told repeated shared published',
		/\b(?:posted|said|explained|told you|repeated|shared|published) (?:this|that|it|the (?:instructions|answer|link|details|information)) (?:two|three|four|five|several|many|countless|\d+) times\b/gi
	),
	// minimising the wait or the worry: "Eight weeks isn't long", "some of us don't complain"
	gate(
		'long much serious deal bad',
		/\b(?:isn't|is not|aren't|are not|wasn't|was not) (?:that |so |very |really )?(?:long|much|a lot|serious|a big deal|that bad)\b(?=[.!,;])/gi
	),
	gate(
		'complain whine moan',
		/\b(?:don't|do not|never|didn't|did not) (?:complain|whine|moan)\b/gi
	),
	// the addressee was fooled: "someone in your position fell for a clip like this"
	gate(
		'fell fall falls falling',
		/\b(?:you|your|someone|anyone|people|those)\b[^.!?;]{0,30}\b(?:fell|fall|falls|falling) for\b/gi
	),
	gate(
		'get make bring',
		/\b(?:won't|will not|doesn't|does not|isn't going to) (?:get|make|bring) (?:you|it|things|anything|an answer|us|a reply)\b[^.!?;]{0,30}\b(?:any )?(?:faster|quicker|sooner)\b/gi
	),
	// the question said to answer itself; the asker sent back to an earlier statement; a lesson for next time
	gate(
		'answer answers themselves itself',
		/\b(?:some|that|this|the) (?:questions?|one) (?:really |just |surely )?(?:do(?:es)? )?answers? (?:themselves|itself)\b/gi
	),
	gate(
		'read reread re-read see check look',
		/(?:^|[.!?]\s+)(?:@\w+\s+)*(?:please )?(?:read|re-?read|see|check|look at) (?:our|the|my) (?:earlier|previous|last|pinned|first|original|published) (?:statement|post|tweet|thread|answer|reply|update|message)s?[.!]/gi
	),
	gate(
		'before',
		/\b(?:worth|best|wise|good idea|helpful|advisable) (?:\p{L}+ )?(?:reading|checking|looking at|to read|to check|to look at|a read|a look)\b[^.!?;]{0,30}\bbefore (?:posting|asking|tweeting|writing|complaining|commenting|the \p{L}+ next time|next time)\b|\b(?:read|check|look at)\b[^.!?;]{0,40}\bbefore (?:posting|asking|tweeting|complaining|sharing(?= next time)|tagging|messaging|calling (?:us|the (?:line|embassy|consulate)|our (?:line|hotline))|writing to)\b/giu
	),
	// "a moment's thought would tell you", "don't believe every clip that lands in your feed"
	gate(
		'moment thought sense believe',
		/\ba moment['’]s thought\b|\b(?:a little|a bit of|some|basic|a shred of) common sense\b|\b(?:don't|do not|stop) believ(?:e|ing) every(?:thing)?(?: \p{L}+)?(?: (?:clip|video|post|tweet|thing|story|rumou?r)s?)?(?: (?:that|you))\b/giu
	),
	gate(
		'quick scroll search look glance read',
		/\ba (?:quick|simple|brief) (?:scroll|search|look|glance|read|check|google)\b[^.!?;]{0,40}\b(?:would have|(?:would |could |will )?answers?|(?:would |will )?(?:tell|show)s?)\b/gi
	),
	gate(
		'stop asking',
		/\bstop asking (?:us )?(?:the same (?:question|thing)s?|again|over and over)\b/gi
	),
	// told to read properly or first, or that the line is not for "the curious"
	gate(
		'properly first curious',
		/\b(?:read|look at|check)(?: (?:it|this|them|that|our [\p{L}-]+))? properly\b|(?<!\b(?:please|kindly),? )\b(?:read|check) our [\p{L}-]+ first\b|\b(?:not|rather than) (?:for )?the (?:merely )?curious\b/giu
	),
	// a worry waved away while people are hurt or missing: "nothing to worry about", "almost certainly fine", "in
	// the grand scheme of things"
	gate(
		'worry fine grand scheme',
		/\b(?:there(?:'s| is) )?nothing (?:at all |much |really )?to worry about\b|\b(?:almost|probably|most likely|surely) (?:certainly )?(?:fine|ok|okay|all right|alright)\b|\bin the grand scheme of things\b/gi
	),
	gate(
		'future next time',
		/\b(?:please,? )?(?:in future|in the future|next time),? (?:please |kindly )?(?:check|read|make sure|be sure|look|think|verify|try)\b/gi
	),
	// session 27: a worry called nothing ("don't panic over nothing", "hardly an Odyssey", "patience is a virtue"), the
	// callers told they have "nothing better to do" or call "just because you are curious"
	gate(
		'nothing virtue hardly curious bored nosy',
		/\b(?:panic|panicking|fuss|fussing|worry|worrying|stress|stressing|freak(?:ing)? out) (?:over|about) nothing\b|\bpatience is a virtue\b|\b(?:is|was|it's|that's) hardly (?:an?|the) (?:odyssey|tragedy|disaster|catastrophe|crisis|drama|end of the world|emergency|lifetime|eternity|ordeal)\b|\b(?:people|those|anyone|folks|accounts|you) (?:who|with|that) (?:have |has )?nothing better to do\b|\bjust because (?:you|they|people)(?:['’]re| are| feel| get) (?:curious|bored|nosy|nosey)\b/gi
	),
	// session 28: the public told to breathe or keep perspective ("Everyone take a breath", "Let's keep a bit of
	// perspective here, people", "not a declaration of war"), a fuss made of little ("making a great deal out of one
	// emoji"), a wait called nothing ("Eight weeks is honestly nothing"), worriers who "worry far too much", a
	// caller's line kept "free for real emergencies", "hardly surprising"
	gate(
		'breath perspective declaration deal fuss nothing worry worries emergencies surprising likely probably certainly surely doubt worst get before most bad same unusual unheard ordinary patience big disaster catastrophe tragedy crisis matters know relax sensible sense reasonable breaths deal',
		/\b(?:everyone|everybody|all|folks|people),? (?:just )?take a (?:deep )?breath\b|\b(?:let's|let us|we all|everyone|you) (?:all )?(?:just )?(?:keep|have|get|put) (?:a (?:bit |little )(?:of )?|some |things in )?perspective\b|\bnot (?:exactly )?a declaration of war\b|\bmaking (?:a|such a) (?:great|big|huge) deal (?:out )?of\b|\bmaking (?:a|such a) (?:great |big |huge )?fuss (?:over|about|of)\b|\b(?:weeks?|days?|hours?|minutes?|months?) (?:is|'s) (?:honestly |really |literally |basically |just |practically )?nothing(?:\s*[,.!;]| for\b)|\b(?:worry|worries|worrying|fret|frets|fretting|panic|panics) (?:far |way |much |a bit )?too much\b|\b(?:for|with) (?:real|genuine|actual|proper) emergencies\b|\b(?:so |that's |which is |it's |is |are )?hardly (?:surprising|a surprise|unusual|unheard of|out of the ordinary)\b|\ba little patience goes a long way\b|\brelax and enjoy\b|\banyone (?:sensible|with (?:any |a bit of )?(?:sense|common sense)|reasonable) (?:already )?knows\b|\bdeep breaths,? (?:everyone|everybody|all|folks|people)\b|\b(?:it's|it is|this is) (?:just |only )?an? [\p{L} -]{1,30}, not (?:a|some) (?:disaster|catastrophe|tragedy|crisis)\b|\bhardly matters\b|\ball (?:anyone|you|people) (?:needs?|need) to know\b|\b(?:most likely|probably|almost certainly|surely|no doubt) (?:just|only|simply) (?:lost (?:signal|reception|their phones?|track of time)|out of (?:battery|signal|range)|(?:run|ran) out of (?:battery|charge)|asleep|celebrating|busy|in a bar|at a bar|forgot)\b|\b(?:really |honestly )?no (?:reason|need|cause) to fear the worst\b|\bwe get (?:this|that) (?:one|question) (?:every (?:single )?(?:session|day|time|week)|all the time|constantly)\b|\b(?:have a look|look|check|read)(?: (?:there|it|them|that))? before (?:asking|you ask)\b|\bmost (?:people|of them|of those) will (?:turn out to )?be (?:fine|ok|okay|all right|alright)\b|\b(?:really |honestly )?(?:isn't|is not|aren't|are not) (?:that|so|all that) bad\b|\beveryone(?:'s| is) in the same (?:queue|boat|position|situation)\b/giu
	),
	// a rhetorical "who still does that?"
	gate(
		'who',
		/(?:^|[.!?,]\s*)who (?:still|even|actually|really|on earth|in their right mind) [^.!?]{3,80}\?/gi
	)
];

const ALL_GATES = [...GATES, ...MORE_GATES];

export const belittling: Detector = (d) => {
	// (what follows a manual retweet is someone else's post)
	const rt = PASSED_ON_PREFIX.exec(d.pt.text);
	const spans = gatedSpans(d.pt, ALL_GATES).filter((s) => !rt || s.start < rt.index);
	if (!spans.length) return [];
	const f: Finding = {
		id: 'belittling',
		severity: 'major',
		message: `Talks down to the public: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Frightened people asking questions are your audience, not a nuisance. Dismissing them costs trust and is screenshotted; answer the question or say where the answer is.',
		source: SOURCES.respect,
		spans
	};
	return [f];
};
