/**
 * Session 30's victim-blaming cues (./victim-blaming.ts, same gate format): advice said with an intensifier to
 * the people affected ("students really need to apply months earlier", "you really should check the link"), a harm
 * put down to the victim's own act against instructions ("hurt because he stepped out against instructions"), and
 * the rule they were "regularly reminded" of ("staff are regularly reminded not to share where they live"); session 31:
 * "that kind of exposure comes with the job", a choice of theirs "which has made all of this harder"; session 32: "Had
 * they kept to…, there would have been no…", "those who chose to stay", "a risk people choose to take", "choose
 * reputable tour operators".
 */
import { gate, type Gate } from './context.ts';

const WHO =
	'(?:you|they|students|applicants|travell?ers|tourists|fans|families|he|she|staff|nationals|citizens)';

export const GATES_B: Gate[] = [
	gate(
		'really honestly seriously',
		new RegExp(
			`\\b${WHO} (?:really|honestly|seriously) (?:should|need to|needs to|must|ought to|have to|has to)\\b(?! think before| (?:not |never )?(?:believe|trust)\\b)[^.!?]{0,50}`,
			'gi'
		)
	),
	gate(
		'because',
		/\bbecause (?:he|she|they|you|the (?:guard|fan|student|tourist|driver|victim)) (?:had )?(?:stepped|went|walked|ignored|chose|decided|refused|wandered|ran|climbed|crossed|left)\b[^.!?]{0,50}\b(?:against (?:instructions|advice|orders|the rules|our advice)|despite (?:warnings|our advice|being told|the warnings)|without (?:permission|authori[sz]ation))/gi
	),
	// "the crowding happened because people ignored staff asking them…"
	gate(
		'because',
		/\bbecause (?:some |many |a lot of |too many )?(?:people|they|he|she|you|crowds?|passengers|fans|tourists|visitors|residents|applicants|travell?ers)\b (?:simply |just )?(?:ignored|disregarded|did not follow|didn't follow|refused to follow|did not listen to|didn't listen to)\b[^.!?]{0,40}/gi
	),
	// "many infections come from poor preparation at home"
	gate(
		'come comes result results stem stems',
		/\b(?:many|most|a lot of|often) (?:of (?:the|these) )?(?:infections|cases|injuries|deaths|illnesses|problems|incidents) (?:come|result|stem|arise) from (?:poor|bad|careless|improper|sloppy|unsafe|people's own)\b[^.!?]{0,40}/gi
	),
	// "to those who never registered before travelling: this is exactly why we ask"
	gate(
		'exactly precisely why',
		/\bthis is (?:exactly|precisely|just) why we (?:ask|advise|tell|warn|recommend|insist)\b[^.!?]{0,30}/gi
	),
	// session 31: the harm said to go with the victim's own choice ("that kind of exposure comes with the job"), or
	// the victims' choice made the cause of the trouble ("many of those now stranded chose not to register…, which has
	// made all of this considerably harder")
	gate(
		'comes come goes go territory job',
		/\b(?:that|this|such) (?:kind|sort|level) of (?:exposure|risk|attention|danger|abuse|threat|scrutiny) (?:comes|goes) with the (?:job|territory|work|role)\b|\b(?:it|that|this|risk|danger|exposure) (?:comes|goes) with the territory\b/gi
	),
	gate(
		'risk',
		/\b(?:do|does|did|are|is) so at (?:their|his|her|your) own risk\b|\bat (?:their|his|her|your) own risk\b(?=[^.!?]{0,30}[.!?])/gi
	),
	gate(
		'left mistake',
		/\b(?:children|kids|a child|your child|minors|toddlers) should (?:never|not) (?:be|have been) left (?:alone|unattended|unsupervised)\b|\b(?:please )?(?:don['’]t|do not) make the same mistake\b/gi
	),
	gate(
		'carries carry risks risk',
		/\b(?:know|knew|understand|understood|accept|accepted)s? (?:that )?[^.!?]{0,30}\bcarr(?:y|ies|ied) (?:risks?|a risk|dangers?)\b/gi
	),
	gate(
		'warn warned next on',
		/\b(?:that|this)(?:['’]s| is) on you\b|\bwe (?:did )?warn(?:ed)? you\b|\bmaybe (?:don['’]t|do not) [^.!?]{3,60}\bnext time\b/gi
	),
	gate(
		'always going',
		/\bwas always going to (?:carry (?:risks?|a risk|dangers?)|be (?:risky|dangerous)|end (?:badly|like this))\b|\bwas always (?:risky|dangerous|asking for trouble|a risk)\b/gi
	),
	gate(
		'chose decided opted elected',
		/\b(?:chose|decided|opted|elected) (?:not )?to\b[^.!?]{0,80}\b(?:which (?:has|have|is what) (?:made|caused|led)|(?:and|so) (?:now|that is why|that's why)|that is why|that's why|(?:has|have) made (?:all of )?(?:this|it|things) (?:(?:much|considerably|far|a lot) )?(?:harder|worse|more difficult))\b[^.!?]{0,40}/gi
	),
	gate(
		'reminded told warned advised',
		/\b(?:are|were|have been|has been|is|was) (?:regularly|repeatedly|always|constantly|often|clearly) (?:reminded|told|warned|advised) not to\b[^.!?]{0,40}/gi
	),
	// session 32: a counterfactual that puts the harm on the victims' own act ("Had our compatriots kept to the main
	// entrance…, there would have been no confusion"), those who "chose to stay" set against those who heeded advice, a
	// risk "people choose to take", and advice to the group that was hit ("Tour groups should really avoid…", "choose
	// reputable tour operators")
	gate(
		'had',
		/(?<=^|[.!?]\s+|^(?:@\w+\s+)+)had (?:they|he|she|you|(?:the |our |these |those )?(?:[\p{L}-]+ )?(?:people|victims|passengers|fans|tourists|students|travell?ers|families|visitors|workers|guests|compatriots|nationals|citizens|festival-?goers|pilgrims|climbers|trekkers|miners|residents|drivers)|everyone|anyone) (?:only |just |simply |actually )?(?:not |never )?[\p{L}]+\b[^.!?]{0,80}\b(?:there would (?:have been|be) no|(?:none|nothing|no one|nobody|this|it|they|he|she|you)\b[^.!?]{0,20}\bwould(?:n't| not| never)? have (?:happened|been|died|got|gotten|needed|suffered)|would (?:still )?be (?:alive|safe|fine|home|well))\b[^.!?]{0,40}/giu
	),
	gate(
		'chose choose heeded',
		/\b(?:for |to )?those who (?:chose|decided|opted) (?:to stay|not to leave|to remain|to ignore|not to register|to travel)\b|\b(?:a |the )?risks? (?:that )?(?:people|they|some|those|fans|tourists|travell?ers|festival-?goers) (?:choose|chose|decide|decided) to (?:take|run)\b/gi
	),
	gate(
		'avoid choose reputable',
		/\b(?:tour groups|tourists|travell?ers|visitors|fans|festival-?goers|students|people|nationals) should (?:really |always |simply )?(?:avoid|never|not|have avoided|know better)\b[^.!?]{0,60}|\bchoose (?:a )?(?:reputable|reliable|licensed|safe|trusted) (?:tour )?(?:operators?|companies|agencies|guides|firms)\b[^.!?]{0,40}/gi
	),
	// "Trekkers should always check the weather before setting out", "Sadly some stayed in Sarvik despite three days of
	// rain", "Your brother chose to trek in the mountains in three days of rain"
	gate(
		'always',
		/\b(?:trekkers|hikers|climbers|tourists|travell?ers|applicants|visitors|fans|festival-?goers|students|drivers|passengers|swimmers|skiers) should always (?:check|read|follow|heed|look at|verify|register)\b[^.!?]{0,60}\bbefore\b[^.!?]{0,30}/gi
	),
	gate(
		'despite',
		/\b(?:some|many|they|he|she|others|a few|several|those)(?: [a-z-]+s)? (?:still |nevertheless |nonetheless )?(?:stayed|went|remained|set out|carried on|went ahead|chose to (?:stay|go|travel|trek|hike|climb|drive|sail|swim))\b[^.!?]{0,50}\bdespite (?:the |our |three |two |several |days of |repeated )?(?:warnings?|advice|alerts?|rain|storms?|forecasts?|days)\b[^.!?]{0,30}/gi
	),
	gate(
		'chose',
		/\b(?:your (?:brother|sister|son|daughter|husband|wife|father|mother|friend|partner|relative|colleague)|he|she|they) chose to (?:trek|travel|go|hike|climb|stay|drive|swim|sail|attend|visit|do business|work|live)\b[^.!?]{0,60}\b(?:knowing|despite|in (?:three|two|several|days of|the middle of|a|the) [^.!?]{0,20}(?:rain|storm|heat|unrest|warnings?|fighting|war))\b[^.!?]{0,30}/gi
	),
	// "anyone who entered passport details without checking the address has taken a real risk", "a 'visa lottery' was
	// never likely to be genuine"
	gate(
		'risk',
		/\banyone who [^.!?]{3,60}\bwithout (?:checking|reading|verifying|looking)\b[^.!?]{0,40}\b(?:has taken|took|takes|was taking) (?:a )?(?:real |big |serious |considerable )?risk\b/gi
	),
	gate('never', /\bwas never (?:likely|going) to be (?:genuine|real|legitimate|true|safe)\b/gi),
	// "today's events show what can happen when they don't", "her death shows why you should never take part",
	// "visitors need to take more care about where they stand"
	gate(
		'happen happens why',
		/\bshows? what (?:can |will )?happens? when (?:they|you|people|visitors|tourists|students|foreigners)\b[^.!?]{0,20}|\b(?:death|deaths|injuries|tragedy|events|loss)\b[^.!?]{0,30}\bshows? why (?:you|people|students|everyone|visitors) should (?:never|not|always)\b[^.!?]{0,30}/gi
	),
	gate(
		'care',
		/\b(?:visitors|tourists|people|travell?ers|fans|students|shoppers|crowds) need to take (?:more|greater|extra|better) care\b[^.!?]{0,40}/gi
	),
	// "Plan ahead next time", "buildings everyone knew were unsafe", "listen to the authorities this time", "nationals who
	// did not register when first advised may now face additional difficulties"
	gate(
		'next time',
		/\b(?:plan|book|apply|register|check|leave) (?:ahead|earlier|sooner|in (?:good )?time|first) next time\b/gi
	),
	gate(
		'knew',
		/\b(?:everyone|everybody|we all|people) knew (?:were|was|is|are|would be) (?:unsafe|dangerous|risky|condemned)\b[^.!?]{0,30}|\blisten to [^.!?]{0,25}\bthis time\b/gi
	),
	gate(
		'face',
		/\bwho did not (?:register|leave|follow|heed|listen)\b[^.!?]{0,40}\b(?:may|will|now|might) (?:now )?face\b[^.!?]{0,40}/gi
	),
	// "Safety starts with each of us", "risks that travellers accept when they book", "Don't come crying to us", "knew
	// exactly what they were buying"
	gate(
		'starts accept crying knew',
		/\bsafety starts with (?:each of us|you|yourself|every one of us)\b|\b(?:carries|carry|involves?) risks? that (?:travell?ers|tourists|skiers|people|visitors|fans|climbers) (?:accept|take on|knowingly take)\b[^.!?]{0,30}|\b(?:don't|do not) come crying to us\b|\bknew (?:exactly|full well|perfectly well) what (?:they|you) were (?:buying|doing|getting into|paying for)\b/gi
	)
];
