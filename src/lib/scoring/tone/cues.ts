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
	| 'humour';

const CUES: Record<Dimension, string> = {
	empathy: `condolence*:1 sympathy:1 sympathies:1 thoughts are with:1 our thoughts:0.8 thoughts go out:1 hearts go out:1 our hearts:0.8
		saddened:1 heartbroken:1 devastated:0.8 devastating:0.6 grief:0.8 grieving:0.9 mourn*:0.9 tragic:0.6 tragedy:0.6 loss:0.5 lost loved:1
		we understand:0.9 we know how:0.6 understand your:0.7 understandably:0.6 worrying:0.6 worried:0.5 worry:0.5 anxious:0.4 distress*:0.5
		we are with you:1 with you:0.4 stand with:0.8 solidarity:0.8 standing by:0.5 here for you:0.9 we are here:0.6 not alone:0.8
		families:0.5 family:0.3 loved ones:0.8 victims:0.6 affected:0.5 those affected:0.7 everyone affected:0.8 injured:0.3 survivors:0.5
		sorry:0.5 so sorry:0.9 deeply sorry:1 prayers:0.8 praying:0.7 care:0.3 take care:0.6 stay safe:0.7 safe:0.3 safety:0.25
		support:0.3 help:0.25 comfort:0.6 wish:0.3 wishing:0.4 speedy recovery:0.9 recovery:0.3 difficult time:0.9 hard time:0.7
		🙏:0.6 💔:0.7 🕯️:0.7 🕯:0.7 🖤:0.4 😢:0.4 sad:0.5 sadness:0.7 heavy hearts:1 deepest:0.5 sincere:0.3 compassion:0.9`,
	politeness: `please:0.8 thank you:1 thanks:0.7 thank:0.8 grateful:0.8 appreciate*:0.8 kindly:0.7 we apologi*:1 apologi*:0.9 sorry:0.5
		dear:0.4 welcome:0.4 respectfully:0.7 would you:0.4 could you:0.4 may we:0.5 your patience:0.9 patience:0.6 your understanding:0.9
		sincerely:0.5 regards:0.6 warmly:0.5 pleased:0.5 honoured:0.6 honored:0.6 kind:0.3 gratitude:0.9 we are glad:0.5 excuse:0.4
		feel free:0.4 do not hesitate:0.7 happy to help:0.8 good morning:0.5 good evening:0.5 hello:0.3 hi:0.2 cooperation:0.3`,
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
		how dare:0.9 outrage*:0.5 disgrac*:0.3 🤡:0.8 🤬:1 😡:0.7 🖕:1 💩:0.7 🙄:0.5 enough is enough:0.6 do your job:0.7 your job:0.3`,
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
		if so:0.7 could be:0.8 might be:0.8 may be:0.8 wait for:0.4 not clear:0.9 remains unclear:1 remain unclear:1`,
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
