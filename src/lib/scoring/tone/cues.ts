/**
 * Cue lexicons for the five register dimensions (docs/scoring.md#tone lists and justifies them). Each line is
 * "phrase:weight"; "*" ends a prefix. Weights are evidence strength: 1 = a formula that on its own signals the
 * dimension ("our condolences"), 0.5 = a typical cue, 0.25 = weak. Negative weights count against.
 * Hedges and boosters follow Hyland's (1998) lists of hedging devices and boosters, plus CERC's phrasing for
 * "what is not yet known".
 */
import { PhraseIndex } from '../text/phrase-index.ts';

export type Dimension =
	| 'empathy'
	| 'politeness'
	| 'formality'
	| 'informality'
	| 'hostility'
	| 'hedge'
	| 'assert'
	| 'sarcasm'
	| 'humour'
	| 'rude';

/** Person-directed insults and contempt beyond the first list: the OLID guidelines' "targeted insult" class
 * (Zampieri et al. 2019) — name-calling, body and intelligence shaming, sexist insults (Waseem & Hovy 2016's
 * criteria for sexism) and British/US slang insults — written for this project, not taken from a corpus. */
const INSULTS = `dirtbag*:1 sleazebag*:1 slimeball*:1 douche*:1 jerk:0.7 jerks:0.7 creep:0.7 creeps:0.7 creepy:0.5
	pervert*:0.9 perv:0.9 pervs:0.9 pedo:1.1 pedos:1.1 pedophile*:1 paedo*:1.1 bigot*:0.8 crook:0.8 crooks:0.8 crooked:0.6
	nutjob*:1 nutcase*:1 whackjob*:1 wackjob*:1 wacko*:0.9 whacko*:0.9 weirdo*:0.6 freak:0.7 freaks:0.7 twit:0.8 twits:0.8 prat:0.8
	wanker*:1 tosser*:1 pillock*:1 numpty:0.8 muppet*:0.7 dork:0.6 dipshit*:1 dumbass*:1 shithead*:1 dickhead*:1 asshat*:1 jackass*:1
	bimbo*:0.9 slag:0.9 slags:0.9 harlot*:0.9 feminazi*:1 gold digger*:0.9 attention whore*:1 crybaby:0.8 cry baby:0.8
	halfwit*:1 dimwit*:1 nitwit*:1 airhead*:0.8 brain dead:1 braindead:1 brainless:1 half a brain:1 no brain:0.8 low iq:1 trashy:0.9
	kook:0.8 kooks:0.8 kooky:0.8 kookoo:0.8 redneck*:0.6 hillbilly:0.5 hillbillies:0.5 white trash:1 trailer trash:1 grifter*:0.8
	shill:0.7 shills:0.7 sociopath*:0.8 psychopath*:0.8 commie*:0.6 leftard*:1 rightard*:1 demonrat*:1 cuck:0.9 cucks:0.9 cucked:0.9
	fatso:1 fatass*:1 lardass*:1 fat pig:1.1 fat cow:1.1 ugly ass:1 stupidity:0.8 idiocy:0.9 moronic:1 idiotic:1 imbecilic:1
	stoopid:1 stupit:1 stoopit:1 dumbest:1 stupidest:1 stupidly:0.7 pathetically:0.8 dumbo:0.8 dummy:0.6 dummies:0.6 stooge*:0.8 lackey*:0.8 bootlicker*:1
	snake:0.5 weasel*:0.6 rat:0.5 pig:0.5 pigs:0.5 swine:0.9 hack:0.3 phony:0.6 phoney:0.6 fake:0.3 sleazy:0.8 sleaze:0.8
	lame:0.5 loser:1 losers:1 failure:0.3 waste of space:1 waste of oxygen:1 good for nothing:1 scumbags:1 scummy:0.9 vile:0.9
	ho:0.6 hos:0.6 bitchy:0.8 hater:0.4 haters:0.4 nazis:0.8 racists:0.6 traitorous:1 treasonous:0.8 crazies:0.8 lunacy:0.7 mental:0.3 insane:0.4`;
/** Threats of violence (OLID level C "threat"; the "threats" category of the Wikipedia personal-attack and
 * toxicity guidelines, Wulczyn et al. 2017): written for this project. */
const THREATS = `kill you:1.3 kill u:1.3 kill yourself:1.4 kill urself:1.4 kys:1.3 hope you die:1.4 hope u die:1.4 hope he dies:1.3
	hope she dies:1.3 hope they die:1.3 die in a fire:1.4 should be shot:1.3 should be hanged:1.3 should be hung:1.3 be shot:0.7
	deserve to die:1.3 deserves to die:1.3 needs to die:1.2 need to die:1.2 burn in hell:1.1 rot in hell:1.1 beat your ass:1.3
	beat the shit:1.3 kick your ass:1.2 punch you:1 slap you:0.9 smack you:0.9 punch him:0.9 punch her:0.9 watch your back:0.9
	you're dead:0.8 string them up:1.3 hang them:1.2 shoot them:1.2 line them up:1 wipe them out:1.2 exterminate*:1 gas them:1.4
	put a bullet:1.3 bullet in:0.9 i will find you:0.9 i'll find you:0.9 go die:1.3 drop dead:1.1 should be raped:1.4 get raped:1.3
	hope you get:0.5 lynch*:1 behead*:0.9 knock your:0.9 break your:0.8 shove it:0.9 choke on:0.8 slit:0.6`;
/** Dehumanising and exclusionary phrases for groups (Mendelsohn et al. 2020's dehumanising metaphors; "go
 * back to your country" as the HatEval guidelines' example of hostility to migrants, Basile et al. 2019). */
const DEHUMANISING = `subhuman*:1.3 sub-human*:1.3 savages:1 barbarians:0.9 invaders:0.8 infest*:0.8 cockroaches:1 vermin:1
	breed like:1.1 go back to your country:1.2 back to your country:0.9 go back where:1 go back to where:1 send them back:1
	illegals:0.7 illegal aliens:0.6 rapefugee*:1.3 stop the invasion:0.9 send them home:0.9 deport them all:0.9 mongrel*:1 third world:0.3 shithole*:1.2 shit hole:1.2`;

/** More politeness strategies (Brown & Levinson 1987; the strategy list of Danescu-Niculescu-Mizil et al.
 * 2013, read as published directions, never fitted to their reserved corpus): gratitude in advance, apology
 * for imposing ("sorry to bother"), conditional and indirect requests ("if you could", "when you get a
 * chance", "it would be great if"), hedged suggestions ("you might want to"), opinion hedges, positive
 * politeness (congratulations, good wishes) and inclusive "let's". Written for this project. */
const POLITE_MORE = `thanks in advance:1.1 thank you so much:1.1 thanks so much:1 thanks a lot:0.9 many thanks:1 much appreciated:1
	would appreciate:1 i'd appreciate:1 sorry to bother:1 sorry for the:0.7 sorry for:0.5 i'm sorry:0.5 if you could:0.7 if you can:0.4
	if you would:0.7 when you get a chance:0.9 when you have time:0.8 when you have a moment:0.9 at your convenience:0.9 no worries:0.5
	no problem:0.3 cheers:0.5 hope you:0.4 it would be great if:0.8 would be great:0.5 would be nice:0.4 would be helpful:0.7
	i believe:0.2 in my opinion:0.3 i feel:0.2 i'd suggest:0.4 i would suggest:0.5 you might want to:0.6 you may want to:0.6
	might consider:0.5 could consider:0.5 might want to:0.4 let's:0.3 shall we:0.4 congratulations:0.7 congrats:0.6
	good luck:0.5 all the best:0.7 have a nice:0.7 have a great:0.7 have a good:0.6 welcome back:0.5 good to see:0.4 nice to meet:0.8
	i apologise:1 i apologize:1 excuse my:0.6 pardon me:0.7 if i may:0.7 if that's ok:0.7 if that is ok:0.7 would that be:0.5
	is it possible:0.6 is there any way:0.5 any chance:0.4 could i:0.5 can i ask:0.4 may i ask:0.7 just wondering:0.6 hey:0.2`;
/** More impoliteness markers (the same sources' negative strategies: "why didn't you"-style direct questions,
 * direct contradiction, dismissal, impatience, taboo intensifiers). Written for this project. */
const RUDE_MORE = `why didn't you:0.8 why can't you:0.8 why don't you just:0.9 why would anyone:0.6 you're wrong:0.8 you are wrong:0.8
	nobody asked:1 no one asked:1 who asked:0.9 what the hell:0.8 what the heck:0.5 the hell:0.5 learn to read:1 learn how to:0.6
	read it again:0.7 did you not:0.6 do you not:0.5 how hard is it:0.9 is it that hard:0.9 i don't care:0.7 don't care:0.5
	get over it:0.9 give me a break:0.8 bullshit:0.9 bs:0.5 wtf:0.8 just stop:0.6 stop it:0.5 don't you dare:1 quit it:0.6
	you clearly:0.6 you obviously:0.7 try again:0.4 wrong again:0.8 lmao:0.3 lol:0.15 pfft:0.7 tf:0.6 ffs:0.9 smh:0.6
	that's not how:0.5 not how it works:0.6 stop whining:1 stop crying:0.9 cry more:1 cope:0.5 seethe:0.9 ok boomer:1`;

const CUES: Record<Dimension, string> = {
	empathy: `condolence*:1 sympathy:1 sympathies:1 thoughts are with:1 our thoughts:0.8 thoughts go out:1 hearts go out:1 our hearts:0.8
		saddened:1 heartbroken:1 devastated:0.8 devastating:0.6 grief:0.8 grieving:0.9 mourn*:0.9 tragic:0.6 tragedy:0.6 loss:0.5 lost loved:1
		we understand:0.9 we know how:0.6 understand your:0.7 understandably:0.6 worrying:0.6 worried:0.5 worry:0.5 anxious:0.4 distress*:0.5
		we are with you:1 with you:0.4 stand with:0.8 solidarity:0.8 standing by:0.5 here for you:0.9 we are here:0.6 not alone:0.8
		families:0.5 family:0.3 loved ones:0.8 victims:0.6 affected:0.5 those affected:0.7 everyone affected:0.8 injured:0.3 survivors:0.5
		sorry:0.5 so sorry:0.9 deeply sorry:1 prayers:0.8 praying:0.7 care:0.3 take care:0.6 stay safe:0.7 safe:0.3 safety:0.25
		support:0.3 help:0.25 comfort:0.6 wish:0.3 wishing:0.4 speedy recovery:0.9 recovery:0.3 difficult time:0.9 hard time:0.7
		🙏:0.6 💔:0.7 🕯️:0.7 🕯:0.7 🖤:0.4 😢:0.4 sad:0.5 sadness:0.7 heavy hearts:1 deepest:0.5 sincere:0.3 compassion:0.9
		suffering:0.7 suffer:0.5 suffered:0.6 heart:0.4 my heart:0.8 breaks my heart:1 heartbreaking:1 so sad:0.9 feel for:0.9
		feel so bad:0.9 feel bad:0.6 feel sorry:0.8 can't imagine:0.9 cannot imagine:0.9 imagine:0.4 lives:0.3 lost:0.3 died:0.3
		dying:0.4 tragic loss:1 terrible:0.3 awful:0.3 horrible:0.3 innocent:0.4 helpless:0.5 hardship:0.5 struggling:0.4 pain:0.4
		upsetting:0.5 upset:0.3 children:0.2 poor:0.3 refugees:0.2 protect:0.2 deserve:0.2 hope they:0.5 i hope:0.3 we hope:0.3
		is frightening:0.6 been frightening:0.6 frightening time:0.7 frightening night:0.6 frightening hours:0.6
		are frightened:0.6 are scared:0.5 is scary:0.5 be scary:0.5 is stressful:0.5 so stressful:0.5 are afraid:0.5
		we know this:0.5 we realise:0.5 we realize:0.5 we recognise:0.5 we recognize:0.5 must be hard:0.8 must be frightening:0.9
		must be worrying:0.9 must be difficult:0.8`,
	politeness: `please:0.6 thank you:1 thanks:0.8 thank:0.8 thx:0.5 grateful:0.9 appreciate*:0.9 kindly:0.6 we apologi*:1 apologi*:0.9
		sorry:0.5 excuse me:0.7 forgive me:0.8 pardon:0.5 my apologies:1 our apologies:1 dear:0.4 welcome:0.4 respectfully:0.6
		would you:0.5 could you:0.5 would it be possible:0.8 would you mind:0.9 do you mind:0.6 if you don't mind:0.8 if possible:0.6
		may we:0.5 may i:0.5 might i:0.6 can you:0.2 will you:0.2 i was wondering:0.8 i wonder:0.5 wondering if:0.6
		your patience:0.9 patience:0.6 your understanding:0.9 sincerely:0.5 regards:0.6 best wishes:0.7 warmly:0.5 pleased:0.5 honoured:0.6
		honored:0.6 kind:0.3 gratitude:0.9 we are glad:0.5 glad:0.3 happy to:0.6 feel free:0.5 do not hesitate:0.7 happy to help:0.8
		good morning:0.5 good evening:0.5 good afternoon:0.5 hello:0.4 hi:0.3 greetings:0.4 by the way:0.4 btw:0.3 great question:0.7
		good question:0.6 good point:0.6 fair point:0.6 great point:0.7 nice work:0.6 great work:0.6 well done:0.4 interesting:0.3
		i think:0.2 perhaps:0.3 maybe:0.2 possibly:0.2 i suggest:0.3 we suggest:0.3 i hope:0.4 we hope:0.4 hope this helps:0.9
		let us know:0.5 let me know:0.4 cooperation:0.3 help:0.15 helpful:0.4 thoughtful:0.5 constructive:0.4
		${POLITE_MORE}`,
	rude: `in fact:0.4 actually:0.2 the point is:0.6 the fact is:0.6 the reality is:0.6 obviously:0.5 clearly you:0.8 seriously:0.5
		why would you:0.9 why did you:0.7 why don't you:0.6 what's wrong with:0.9 what is wrong with:0.9 how many times:0.9
		are you kidding:1 are you serious:0.9 you always:0.6 you never:0.7 you should:0.4 you need to:0.5 you have to:0.5 you must:0.6
		you didn't:0.4 you don't:0.3 you can't:0.3 did you even:1 do you even:1 do your homework:0.9 learn to:0.6 read the:0.4
		no offense:0.6 no offence:0.6 whatever:0.6 duh:0.9 ugh:0.6 meh:0.5 nope:0.5 stop:0.4 enough:0.3 nonsense:0.7 rubbish:0.8
		ridiculous:0.6 absurd:0.6 waste of time:0.8 get a clue:1 not my problem:1 deal with it:1 so what:0.8 who cares:0.9
		${RUDE_MORE}`,

	formality: `we:0.08 our:0.06 embassy:0.4 consulate:0.35 ministry:0.4 government:0.35 nationals:0.45 citizens:0.3 authorities:0.4 consular:0.45
		ambassador:0.3 minister:0.3 officials:0.35 hereby:0.8 regarding:0.5 further:0.3 furthermore:0.6 pursuant:0.8 assistance:0.4 remain*:0.3
		continue*:0.2 currently:0.3 information:0.3 inform*:0.3 ensure:0.4 request*:0.3 advised:0.45 advise*:0.4 accordingly:0.6 therefore:0.5
		however:0.4 nevertheless:0.6 additionally:0.5 appropriate:0.4 relevant:0.3 respective:0.5 deeply:0.2 sincere*:0.3 condolence*:0.4
		statement:0.35 update:0.15 confirm*:0.25 cooperation:0.4 counterparts:0.5 bilateral:0.6 republic:0.4 kindly:0.3 shall:0.6 should you:0.6
		we are aware:0.6 at this time:0.3 in close contact:0.6 close contact:0.4 we wish to:0.5 local authorities:0.5 registered:0.3`,
	informality: `lol:1 lmao:1 lmfao:1 rofl:1 omg:0.9 omfg:1 wtf:1 gonna:0.8 wanna:0.8 gotta:0.8 ya:0.7 yall:0.8 y'all:0.8 u:0.8 ur:0.8 r:0.5
		guys:0.6 hey:0.5 dude:0.9 bro:0.9 lil:0.8 tbh:0.9 btw:0.7 idk:0.9 imo:0.7 imho:0.6 smh:0.9 fyi:0.4 yeah:0.6 yep:0.7 yup:0.7 nope:0.7
		cool:0.5 awesome:0.6 kinda:0.7 sorta:0.7 stuff:0.4 ok:0.4 okay:0.4 haha*:1 hehe*:1 wow:0.5 super:0.3 folks:0.4 pls:0.8 plz:0.8 thx:0.8
		ty:0.6 ppl:0.8 cuz:0.8 coz:0.8 tho:0.7 gosh:0.6 oops:0.8 yay:0.8 nah:0.8 meh:0.8 lmk:0.8 asap:0.3 chill:0.6 relax:0.4 whatever:0.5
		crazy:0.4 totally:0.3 literally:0.4 damn:0.6 hell:0.4 crap:0.7 shit:0.9 freaking:0.7 fricking:0.7 ain't:0.8 aint:0.8 sooo*:0.8
		soo:0.6 guy:0.4 kids:0.2 mate:0.5 nope:0.6 huh:0.6 duh:0.9 ugh:0.8 yikes:0.8 omw:0.8 bc:0.7 rn:0.9 irl:0.8 jk:0.9 xd:0.9 fam:0.9`,
	hostility: `idiot*:1 stupid:1 liar*:1 lie:0.4 lies:0.6 lying:0.7 pathetic:1 coward*:1 disgrace*:0.9 shame:0.6 shameful:0.8 shameless:0.8
		clown*:0.9 traitor*:1 scum:1 moron*:1 incompetent:0.9 useless:0.8 trash:0.9 garbage:0.9 loser*:1 disgusting:0.9 fool*:0.8 hypocrit*:0.9
		corrupt:0.6 propaganda:0.5 puppet*:0.7 thug*:0.9 bastard*:1 damn:0.5 hell:0.4 crap:0.6 shit:0.8 fuck*:1 wtf:0.7 stfu:1 shut up:1
		get lost:1 go away:0.6 nobody cares:1 who cares:0.8 ridiculous:0.6 absurd:0.6 nonsense:0.6 laughable:0.7 joke:0.3 clueless:0.8
		dumb:0.9 ignorant:0.7 arrogant:0.7 spineless:0.9 worthless:0.9 you people:0.9 so-called:0.6 you will regret:1 will pay:0.8 pay for this:1
		watch out:0.6 consequences:0.3 destroy:0.6 crush:0.6 hate:0.7 abandon*:0.3 blood on your hands:1 wake up:0.5 sheep:0.7 sheeple:1
		how dare:0.9 outrage*:0.5 disgrac*:0.3 🤡:0.8 🤬:1 😡:0.7 🖕:1 💩:0.7 🙄:0.5 enough is enough:0.6 do your job:0.7 your job:0.3
		ugly:0.7 sucks:0.8 suck:0.6 silly:0.4 fascist*:0.8 nazi*:0.8 racist*:0.5 thug:0.9 fat:0.4 sick:0.3 crazy:0.2 insane:0.4
		unhinged:0.8 nuts:0.5 despicable:0.9 hypocrisy:0.7 vile:0.9 evil:0.5 dirty:0.4 fraud:0.6 liars:1 lying:0.6 butt:0.4
		brainwashed:0.9 delusional:0.9 lunatic*:0.9 psycho*:0.8 snowflake*:0.7 libtard*:1 retard*:1 imbecile*:1 cretin*:1
		scumbag*:1 lowlife:1 degenerate*:0.9 filth*:0.8 vermin:1 parasite*:0.9 maniac*:0.8 buffoon*:0.9 gtfo:1 shame on you:1
		go to hell:1 piss off:1 screw you:1 get a life:0.8 grow up:0.7 wake up:0.5 mentally ill:0.7 full of shit:1 lock them up:0.7
		you people:0.9 your kind:0.8 bunch of:0.4 piece of:0.5 shut your:1
		${INSULTS} ${THREATS} ${DEHUMANISING}`,
	sarcasm: `oh great:0.9 oh sure:0.9 yeah right:1 sure thing:0.5 thanks for nothing:1 nice job:0.6 great job:0.5 well done:0.4 bravo:0.5
		what a surprise:0.8 surprise surprise:1 how convenient:1 obviously:0.3 clearly:0.2 genius:0.7 slow clap:1 /s:1 🙄:0.7 👏:0.2
		good luck with that:0.9 as if:0.6 totally not:0.8 must be nice:0.9 real smooth:0.9 keep telling yourself:1 riiight:1 sure jan:1`,
	humour: `lol:1 lmao:1 lmfao:1 rofl:1 haha*:1 hehe*:1 jk:1 just kidding:1 kidding:0.6 joke:0.6 jokes:0.6 joking:0.7 funny:0.6 hilarious:0.9
		pun:0.8 puns:0.8 pun intended:1 no pun:1 banter:0.8 xd:0.9 😂:1 🤣:1 😆:0.8 😅:0.6 😜:0.7 😝:0.7 😹:0.8 🙃:0.4 😏:0.4 😉:0.4 ;):0.5 :p:0.6 :d:0.6`,
	hedge: `may:0.7 might:0.8 could:0.5 possibly:0.9 possible:0.6 perhaps:0.9 maybe:0.9 reportedly:1 allegedly:1 alleged:0.9 unconfirmed:1
		not yet known:1 do not yet know:1 don't yet know:1 not yet:0.5 we do not know:0.9 unclear:0.9 uncertain:0.9 uncertainty:0.8 appears:0.7
		appear:0.6 seems:0.8 seem:0.7 believed:0.7 we believe:0.7 likely:0.6 unlikely:0.6 probably:0.8 rumour*:0.4 rumor*:0.4 trying to confirm:1
		being confirmed:0.9 to be confirmed:0.9 tbc:0.8 checking:0.6 investigating:0.5 under investigation:0.7 awaiting:0.6 details to follow:0.8
		more details:0.4 we are working to:0.4 assessing:0.6 early reports:0.9 initial reports:0.9 suggest*:0.6 estimated:0.4 around:0.25
		about:0.1 approximately:0.4 unknown:0.8 if:0.3 whether:0.4 i think:0.8 we think:0.7 not sure:0.9 not certain:0.9 guess:0.7 i guess:0.9
		speculat*:0.4 as far as we know:0.9 at this stage:0.3 so far:0.3 seemingly:0.9 apparently:0.9 potentially:0.8 potential:0.5
		according to:0.6 expected to:0.6 evolving:0.6 incomplete:0.7 preliminary:0.7 provisional:0.7 tentative:0.8 presumably:0.9 indicate*:0.5
		assume*:0.6 estimate*:0.5 tend to:0.5 to our knowledge:0.7 too early:0.9 still emerging:0.9 emerging:0.5 reports say:0.8 reports of:0.5 is it true:0.9
		if so:0.7 could be:0.8 might be:0.8 may be:0.8 wait for:0.4 not clear:0.9 remains unclear:1 remain unclear:1
		some:0.35 many:0.35 several:0.35 generally:0.6 considered:0.6 is considered:0.8 regarded:0.5 widely:0.5 often:0.3 usually:0.2
		some people:0.8 some say:0.9 many people:0.6 critics:0.5 it is said:0.9 said to:0.8 thought to:0.8 it is thought:0.9
		is believed:0.9 a number of:0.5 large number:0.5 arguably:0.9 somewhat:0.6 relatively:0.4 fairly:0.4 rather:0.3 largely:0.4
		in part:0.4 partly:0.5 mostly:0.3 sometimes:0.4 occasionally:0.4 reported:0.5 claimed:0.6 claims:0.3 argued:0.5 suggested:0.6`,
	assert: `confirm*:0.6 we can confirm:1 confirmed:0.8 definitely:0.9 certainly:0.9 clearly:0.5 absolutely:0.6 fact:0.6 facts:0.5 verified:0.8
		is open:0.6 are open:0.6 remains:0.4 remain:0.3 will:0.35 is:0.1 are:0.1 has been:0.3 have been:0.3 false:0.7 not true:0.8 untrue:0.8
		categorically:1 undeniabl*:0.8 certain:0.6 sure:0.3 always:0.3 never:0.3 every:0.2 all:0.15 must:0.4 know:0.3 we know:0.6 exactly:0.6
		proven:0.8 official:0.3 officially:0.6 without doubt:1 no doubt:0.8 rest assured:0.9 guarantee*:0.8 precisely:0.6 indeed:0.5
		actually:0.4 conclusively:1 decidedly:0.7 demonstrat*:0.6 doubtless:0.9 evident*:0.6 obviously:0.6 of course:0.6 prove*:0.7
		show:0.3 shows:0.4 surely:0.6 undoubtedly:1 reject*:0.6 condemn*:0.5 strongest:0.4 deny:0.6 denies:0.6 firmly:0.7`
};

export const CUE_INDEX: PhraseIndex<{ dim: Dimension; w: number }> = (() => {
	const idx = new PhraseIndex<{ dim: Dimension; w: number }>();
	for (const [dim, body] of Object.entries(CUES) as [Dimension, string][]) {
		let words: string[] = [];
		for (const tok of body.trim().split(/\s+/)) {
			const m = /^(.*):(-?[\d.]+)$/.exec(tok);
			if (!m) {
				words.push(tok);
				continue;
			}
			words.push(m[1]);
			idx.add(words.join(' '), { dim, w: Number(m[2]) });
			words = [];
		}
	}
	return idx;
})();

/** The weight of a one-word hostility cue ("moron", "idiots", "kookoo"), or 0: for predicates ("she is a …")
 * and creative spellings (./targeted.ts; kept per word in its record by word-tone.ts). */
export function hostileWeight(word: string): number {
	let w = 0;
	for (const h of CUE_INDEX.match([word]))
		if (h.value.dim === 'hostility' && h.to === 1 && h.value.w > w) w = h.value.w;
	return w;
}
