/**
 * Session 30's victim-blaming cues (./victim-blaming.ts, same gate format): advice said with an intensifier to
 * the people affected ("students really need to apply months earlier", "you really should check the link"), a harm
 * put down to the victim's own act against instructions ("hurt because he stepped out against instructions"), and
 * the rule they were "regularly reminded" of ("staff are regularly reminded not to share where they live"); session 31:
 * "that kind of exposure comes with the job", a choice of theirs "which has made all of this harder".
 */
import { gate, type Gate } from './context.ts';

const WHO =
	'(?:you|they|students|applicants|travell?ers|tourists|fans|families|he|she|staff|nationals|citizens)';

export const GATES_B: Gate[] = [
	gate(
		'really honestly seriously',
		new RegExp(
			`\\b${WHO} (?:really|honestly|seriously) (?:should|need to|needs to|must|ought to|have to|has to)\\b(?! think before)[^.!?]{0,50}`,
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
	)
];
