/**
 * Session 29's light-framing cues for humour-in-tragedy (./humour-in-tragedy.ts): understatement ("taking it a bit
 * far"), a crisis as a bigger adventure than planned, comic comparisons with the coffee and the biscuits ("more tremors
 * than coffees"), a gaffe excused with a joke ("to be fair, it was a lovely sunset"), "rocked and rolled", "a tougher
 * mission than ours"; session 30: a forecast of the harm, a toll scored as a win, "let the boxes do the talking";
 * session 31: "(literally)" and "pun intended", an evacuation "speedrun", an injured fan cheered as "champ";
 * session 32: an evacuation sold as sightseeing.
 */
import { gate, type Gate } from './context.ts';

export const LIGHT_B: Gate[] = [
	gate(
		'far',
		/\b(?:taking|took|takes|take) (?:it|things|this|the [\p{L}-]+) a (?:bit|little|tad|touch) (?:too )?far\b/giu
	),
	gate(
		'planned bargained expected signed',
		/\b(?:bigger|more|much bigger|rather bigger) (?:story|adventure|trip|holiday|excitement|drama|experience|welcome) than (?:she|he|they|we|anyone|you|most people) (?:had )?(?:planned|bargained for|expected|signed up for)\b/giu
	),
	gate(
		'coffee coffees tea biscuits sleep sandwiches kettle printer wifi wi-fi machine maker',
		/\bmore [\p{L}-]+ than (?:[\p{L}'’]+ ){0,4}?(?:coffees?|cups? of (?:coffee|tea)|hours of sleep|biscuits|sandwiches)\b|\((?:unlike|except|but not) (?:the|our) (?:coffee (?:machine|maker)|kettle|printer|biscuits|wifi|wi-fi)\)/giu
	),
	gate(
		'fair fairness',
		/\b(?:to be fair|in (?:all )?fairness),? (?:it|that|the view) (?:was|is) (?:a |one )?(?:lovely|beautiful|great|nice|stunning|spectacular|gorgeous) (?:sunset|view|photo|shot|picture|sky)\b/giu
	),
	gate('rocked rock', /\b(?:rocked and rolled|rock(?:ing)? and roll(?:ing)?)\b/giu),
	// session 30: a weather forecast of the harm ("cloudy with a chance of stones"), a toll scored as a win ("five
	// windows down, zero diplomats hurt: we'll call that a win"), things left to "do the talking"
	gate(
		'chance forecast',
		/\b(?:cloudy|sunny|overcast|showers?|clear skies),? with a (?:strong |high |good )?chance of [\p{L}-]+/giu
	),
	gate(
		'win',
		/\b(?:we(?:'ll| will)|let's|i(?:'d| would)) (?:call|count|take|chalk up) (?:that|this|it) (?:as )?(?:a )?win\b/giu
	),
	gate('talking', /\blet (?:the |our |those |these )?(?:[\p{L}-]+ ){1,2}do the talking\b/giu),
	gate(
		'quite exactly',
		/\bnot (?:quite|exactly) the (?:[\p{L}-]+ )?(?:holiday|trip|weekend|break|tour|visit|getaway|honeymoon|vacation|day out|start) (?:they|we|you|she|he|anyone) (?:had )?(?:planned|expected|imagined|hoped for|booked|had in mind)\b/giu
	),
	// session 31: wordplay flagged by its own marker ("left us holding the bag (literally)", "pun intended"), a rescue
	// or evacuation as a game ("evacuation speedrun", "achievement unlocked"), an injured person cheered as "champ"
	gate(
		'literally pun intended',
		/\((?:quite |very )?literally\)|\b(?:no )?pun (?:very much |fully |totally )?intended\b/giu
	),
	gate(
		'speedrun speedrunning unlocked',
		/\b(?:[\p{L}-]+ )?speed-?run(?:ning)?\b|\bachievement unlocked\b/giu
	),
	gate(
		'champ buddy pal legend',
		/\b(?:speedy|quick|swift|get well|fast) (?:recovery|soon),? (?:champ|buddy|pal|legend|mate|big guy|bestie)\b/giu
	),
	// "the only thing left behind will be your second suitcase", "the only thing shaking harder than … is this rumour's"
	gate(
		'only thing',
		/\bthe only thing (?:left behind|shaking|missing|lost|broken|(?:[\p{L}]+ ){0,2}(?:harder|louder|faster))\b[^.!?]{0,60}\b(?:is|was|will be)\b/giu
	),
	gate(
		'star five-star 5-star four-star',
		/\b(?:isn['’]t|is not|not|hardly|far from) (?:exactly |quite )?(?:a )?(?:five|5|four|4)[- ]star\b/giu
	),
	gate('coming soon cinema', /\bcoming soon to a (?:cinema|theatre|theater|screen) near you\b/giu),
	gate(
		'tougher harder bigger',
		/\b(?:a |an )?(?:tougher|harder|bigger|scarier) (?:mission|job|challenge|assignment) than (?:ours|us|we do|we have)\b/giu
	),
	// session 32: an evacuation sold as sightseeing ("the scenic route home", "always wanted to see Port Iset? Now's
	// your chance")
	gate(
		'scenic chance sightseeing',
		/\b(?:(?:take|taking|took) the scenic route|(?:now(?:'s| is) your (?:big )?chance|a (?:free|bonus|unplanned) (?:sightseeing )?tour)(?=[^.!?]{0,40}(?:😉|😄|😅|!|$))|(?:always|ever) (?:wanted|dreamed|dreamt) (?:to|of) (?:see|seeing|visit|visiting)\b[^.!?]{0,40}\?\s*now(?:'s| is) your chance|bonus sightseeing)\b/giu
	),
	// a closure sold as a perk ("Good news for anyone who hates queues: no check-in lines at the airport today")
	gate(
		'hates hate',
		/\bgood news for (?:anyone|those|everyone|all of you) who (?:hates?|dislikes?|loves?) (?:queues|queuing|crowds|traffic|airports|flying|waiting|check-?in)\b[^.!?]{0,60}/gi
	),
	// "one hesitates to call it an extended holiday"
	gate(
		'holiday vacation break adventure',
		/\b(?:call(?:ing)? it|think of it as|consider it|treat it as) an? (?:extended|unplanned|bonus|free|surprise|little|unscheduled) (?:holiday|vacation|break|stay|adventure)\b/gi
	),
	// a portmanteau pun ("a van-tastic effort"), a night "running on mulled wine and no sleep"
	gate('', /\b[a-z]+-tastic\b/giu),
	gate(
		'running sleep',
		/\brunning on (?:coffee|caffeine|mulled wine|biscuits|adrenaline|fumes|pizza|doughnuts|tea)(?: and (?:no|little|zero) sleep)?\b/gi
	),
	// "the ground has done quite enough shaking for one night"
	gate(
		'enough',
		/\b(?:has|have|had) done (?:quite |more than )?enough (?:shaking|rocking|raining|burning|flooding|wobbling|rumbling)\b[^.!?]{0,20}/gi
	)
];
