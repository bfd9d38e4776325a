/**
 * amplified-unverified: re-posting (sharing) or quoting a post that carries a false claim, or that comes from an
 * unverified account (a troll, a coordinated network, an anonymous member of the public). A share puts the post
 * in front of every follower under the official account's name; a quote does the same with a comment on top,
 * even when the comment corrects it (Debunking Handbook 2020: do not give the myth more prominence). Source
 * case: in December 2016 Pakistan's defence minister answered a fake AWDnews story with a nuclear warning to
 * Israel on Twitter; Israel's defence ministry had to point out publicly that the story was invented.
 * Severity: sharing a false claim is critical (so is apologising for what it says: ./accepts-claim.ts), quoting it major; sharing a troll or network account major,
 * quoting it minor; sharing an unverified member of the public minor. Verified sources are not flagged.
 */
import type { Scenario } from '../../scenario/types.ts';
import { compiled, type CompiledScenario } from '../compiled.ts';
import { acceptsClaim } from './accepts-claim.ts';
import { amplifiedInText } from './amplified-in-text.ts';
import { analyseClaims } from './claims.ts';
import { postText } from '../text/post-text.ts';
import type { AmplifiedItem, Finding } from '../types.ts';
import type { Detector } from './context.ts';

export const AMPLIFY_SOURCE =
	'Debunking Handbook 2020 (do not re-share the false post; post the fact); UK GCS RESIST 2 (do not amplify); ' +
	'case: Pakistan’s defence minister replying to a fake AWDnews story, Dec 2016 (tribune.com.pk/story/1274493)';

const UNVERIFIED = new Set(['public', 'troll', 'adversary']);

/** The false claim an amplified item carries: the one it is known to carry, or (from an unverified account)
 * one it states without denying it. */
export function carriedClaim(c: CompiledScenario, a: AmplifiedItem): string | undefined {
	if (a.source === 'trainee') return undefined;
	if (a.claim && c.claims.some((x) => x.claim.id === a.claim && !x.claim.truth)) return a.claim;
	if (!UNVERIFIED.has(a.source)) return undefined;
	return analyseClaims(postText(a.text), c).find((x) => x.mythSpans.length > 0 && !x.denied)?.claim;
}

/** The same for the engine (which holds the scenario, not its compiled form). */
export function amplifiedClaim(scenario: Scenario, a: AmplifiedItem): string | undefined {
	return carriedClaim(compiled(scenario), a);
}

/** Unchecked reports relayed in the post's own words: "We pass on what followers are writing us: …", "sharing
 * the messages we have received", "Passing on reports from @x that…", "we're hearing there'll be unrest…",
 * "Reports reaching us say…". */
const RELAYED =
	/(?:\b(?:we|i)(?:'re| are| am)? |(?:^|[.!?]\s+))(?:pass(?:ing)? on|relay(?:ing)?|forward(?:ing)?|shar(?:e|ing)|repost(?:ing)?|post(?:ing)?) (?:here |below )?(?:what|the (?:messages|reports|posts|information|news|updates|photos|videos)) (?:(?:our |some |many )?(?:followers|people|users|residents|readers|citizens|locals|you|of you|many of you)\b[^.!?:;]{0,30}\b(?:writ|tell|send|report|post|shar|say)\w*|we(?:'ve| have)? (?:received|got|been sent|heard)|(?:from|by) (?:our )?(?:followers|people|users|residents|readers|social media))|\bpass(?:ing)? (?:it |this |that )?on (?:as we hear it|so you can|to you)\b|\bpass(?:ing)? (?:it |this |that )on(?: for [^.!?:]{1,30})?\s*[:,.—–-]|(?:^|[.!?]\s+)pass(?:ing)? on\s*[:—–]|\bpass(?:ing)? on,[^.!?]{1,60}, (?:a |the )?(?:reports?|claims?|rumou?rs?|word) (?:that|of)\b|\bshare (?:below|here|above) the (?:clip|video|document|post|photo|image|footage) (?:now )?(?:circulating|going round|doing the rounds)\b|\bpass(?:ing)? on from @\w+|\b(?:pass(?:ing)?(?: this| it)? on|shar(?:e|ing)(?: this| it)?),? from [^.!?:]{1,40}:|\bshar(?:e|ing)(?: this| it)? so (?:that )?(?:everyone|everybody|people|you all|all of you|all) (?:knows?|can see|is aware|are aware)\b|\bshar(?:e|ing)(?: this| it)? (?:for transparency|for (?:your )?information|for awareness|for the record)\s*[:,.—–-]|\bshar(?:e|ing) (?:this|it) from (?:a|an|one|some) [^.!?:]{1,40}:|(?:^|[.!?]\s+)(?:unconfirmed )?reports? that\b|(?:^|[.!?]\s+)(?:unconfirmed )?reports? (?:on|from|in) [^.!?]{0,40}\b(?:say|says|suggest|suggests|claim|claims)\b|\bpass(?:ing)? on (?:a |the |these )?(?:reports?|word|rumou?rs?|claims?) (?:from|that|of)\b|\breports? reaching us (?:say|says|suggest|suggests|indicate|indicates)\b|\bshar(?:e|ing) (?:this|it) from @\w+|\brepost(?:ed|ing)? (?:below|above|here)\b|\bhere it is,? so (?:that )?(?:you|everyone) can (?:watch|see|judge)\b|\bpass(?:ing)? on what (?:we(?:'re| are)|i(?:'m| am)) hearing\b|(?:^|[.!?]\s+)shar(?:e|ing) what is being reported\b|\b(?:we(?:'re| are)|i(?:'m| am)) seeing (?:reports|posts|claims|messages) (?:that|of)\b|\b(?:several|many|some|a few|lots) of you (?:are )?(?:reporting|saying|telling us|writing)\b|(?:^|[.!?]\s+)hearing (?:from [^.!?]{1,40} )?that\b|\bshar(?:e|ing)(?: this| it)? so (?:that )?(?:our followers|followers|you|people|everyone) can see what(?:'s| is) (?:circulating|going round|being shared)\b|(?:^|[.!?]\s+)pass(?:ing)? on (?:a |the |this |these |some )?(?:warnings?|latest|news|word|messages?|alerts?|updates?|information|info|tips?)(?: (?:from|by) (?!(?:the )?(?:police|ministry|fire service|civil protection|coast ?guard|authorities|officials|agency|government|embassy|consulate|@)\b)[^.!?:]{1,50})?:|\bhere(?:'s| is) the (?:clip|video|footage|recording|document|letter|screenshot|image|photo|post|audio) (?:that )?(?:everyone|everybody|people|all of you|so many of you)(?:'s| is| are| have been| has been) (?:talking about|sharing|asking about|discussing)\b|\b(?:we|i)(?:'re| are| am) hearing (?!from\b)(?:that |there(?:'s|'ll| is| are| will| has| have)\b|reports?|rumou?rs?|of )/i;

/** Hearsay that is relayed when the post asks people to pass it on: "Reports say 20 people are trapped… Please
 * share.", "We are hearing from several sources that… Please share with anyone…". */
const HEARSAY =
	/(?:^|[.!?]\s+)(?:unconfirmed |local )?reports? (?:say|says|claim|claims)\b|\bhearing from (?:several|multiple|many|various|some|a number of) (?:sources|people|contacts) that\b/i;
/** Session 28: hearsay from unofficial sources stated as news, without any share request: "A friend driving north
 * says the checkpoint is on fire", "Residents near the harbour tell us a second block has come down", "Local radio
 * is reporting that…", "According to posts now circulating, …", "Reports say a pitch invasion set off the crush". */
const HEARSAY_NEWS =
	/(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:(?:several |some |our |trusted |local )?sources|accounts (?:on the ground|online|here|locally)|(?:a|one of our|our) (?:friends?|contacts?|followers?|colleague's (?:friend|neighbour)|neighbours?)|friends|residents|locals|neighbours|witnesses|eyewitnesses|people on the ground|people there|someone|(?:local |community )?radio(?: stations?)?|posts|messages|videos)\b[^.!?,;:]{0,40}? (?:says?|tell us|told us|tells us|is reporting|are reporting|reports?|reported|claims?|write|writes)\b|\b(?:a|the|this) (?:video|clip|photo|picture|post|image|recording)s? (?:circulating|going round|doing the rounds|shared (?:online|widely))\b[^.!?]{0,40}\b(?:appears? to show|seems? to show)\b|\baccording to (?:an? |one )?(?:witness|eyewitness|source|resident|neighbour|passer-by|bystander)s?\b|(?:^|[.!?]\s+)the (?:group|gang|hackers|attackers|people) (?:claiming|behind) (?:the |this )?(?:attack|hack|breach|leak)\b[^.!?,;:]{0,20}? (?:says?|claims?)\b|\baccording to (?:posts|messages|accounts|videos|rumou?rs?|reports|people|residents|locals|witnesses|social media)(?: (?:now )?(?:circulating|online|on social media|going round|shared))?\b|(?:^|[.!?]\s+|^(?:@\w+\s+)+)(?:unconfirmed |local |early |media )?reports (?:say|suggest|claim|indicate)\b/i;
/** Session 29: more hearsay stated as news: "We are told police seized…", "we're hearing the northern road has
 * been closed", "according to informations circulating…", a "Reports:" headline, "deeply disturbing reports that
 * she was beaten", "Sharing reports that…", "Sharing it here so that everybody can see it". */
const HEARSAY_MORE =
	/\b(?:we|i)(?:'re| are|'m| am)? (?:being )?told (?:that )?(?!by (?:the )?(?:police|ministry|authorities|officials|government|hospital|coast ?guard|fire service|civil protection)\b)(?:the |a |an |some |police |officers |soldiers |troops |guards |protesters |militants |locals |residents |hundreds |dozens |several |many )[^.!?]{0,60}\b(?:is|are|was|were|has|have|had|\p{L}+ed|blew|took|set|shot|broke|fled|hit|threw|stole|began|left|fell|burnt)\b|\b(?:we|i)(?:'re| are|'m| am) hearing (?:the|a|an|some) (?!(?:same |many |more |other )?(?:questions?|concerns?|worries|calls?|requests?|messages)\\b)[^.!?:;]{1,50}\b(?:is|are|was|were|has been|have been|had been)\b|\baccording to (?:the )?(?:informations?|talk|word|rumou?rs?|messages|stories) (?:circulating|going round|shared|online|in (?:our|the) community)\b|(?:^|[.!?]\s+)(?:unconfirmed |latest )?reports?\s*[:—–]\s|\b(?:disturbing|worrying|troubling|alarming|shocking|concerning|distressing|horrifying) (?:reports?|claims?|accounts?|news) (?:that|of)\b|(?<!\b(?:not|cannot|can't|won't|never|don't|do not) )\bshar(?:e|ing) (?:the |these |some )?(?:reports?|claims?|accounts?|word|news|rumou?rs?) (?:that|of)\b|\bshar(?:e|ing) (?:it|this|the (?:clip|video|footage|post)) (?:here|below)\b(?=[^.!?]{0,40}\b(?:judge|decide|see) for yourselves\b)|\bshar(?:e|ing)(?: this| it)? (?:here|below) so (?:that )?(?:everyone|everybody|people|you all|all of you|all) (?:knows?|can see|is aware|are aware)\b/iu;

/** Session 30: hearsay passed on with its "that" clause, from anyone but an authority, checked or not: "Partner
 * embassies are also hearing that…", "We've heard the same thing you have, that…", "We understand from colleagues in
 * the capital that…", "We are hearing from people in Port Sefa that…". */
const HEARSAY_THAT =
	/\b(?:we|i)(?:'re| are|'ve| have| am|'m)? (?:also )?(?:hearing|heard|been hearing) (?:the same(?: thing)?(?: (?:that )?you (?:have|did)| as you)?,? |(?:from|through) (?!(?:the )?(?:police|ministry|authorities|officials|government|hospital|coast ?guard|fire service|civil protection)\b|(?:many |some |a lot |lots )?(?:of )?(?:you|callers|families|applicants)\b)[^.!?,]{2,40} )that\b|\b(?:partner embassies|other embassies|colleagues|diplomats)(?:'re| are|'ve| have)? (?:also )?(?:hearing|heard|been hearing) that\b|\bwe understand from (?:colleagues|sources|contacts|people|friends|partners|other embassies|diplomats)\b[^.!?]{0,40}? that\b|\b(?:we|i)(?:'re| are| am|'m) hearing (?:unconfirmed |unverified |some |terrible |worrying |awful |disturbing |alarming |troubling |sad |distressing |frightening )?reports (?:that|of)\b|\b(?:on|through|via) the grapevine\b|\bword on the street is\b|(?:^|[.!?]\s+)(?:unconfirmed|unverified) reports (?:say|suggest|indicate|claim|are)\b|\breports are circulating (?:that|of)\b|(?:^|[.!?]\s+)(?:hearing|heard) from (?!(?:the )?(?:police|ministry|authorities|officials|government|hospital)\b)[^.!?,]{2,60} that\b/i;

/** The words HEARSAY_MORE needs (a cheap test first). */
const HEARSAY_MORE_WORDS =
	/\b(?:told|hearing|according|reports?|disturbing|worrying|troubling|alarming|shocking|concerning|distressing|horrifying|shar(?:e|ing))\b/i;

/** Session 31: unverified content relayed even with a hedge beside it, since the hedge does not unsay it: "The
 * Embassy is receiving unconfirmed reports of a tsunami warning…", "reports, attributed to a member of staff, that…",
 * "A photo is circulating of what was allegedly found…", "Dravenian TV reports that our driver may be moved…",
 * "watch it here", "according to unconfirmed accounts", "users are pointing out that…", "we are sharing it so…". */
const RELAYED_HEDGED =
	/\b(?:receiving|received|getting|have had|had) (?:some |several |a number of )?(?:unconfirmed|unverified) reports? (?:of|that)\b|\breports?,? (?:attributed to|citing|sourced to) [^.!?,]{2,40},? that\b|\b(?:photos?|videos?|clips?|images?|footage|pictures?) (?:is |are )?(?:circulating|going round|doing the rounds|being shared)\b[^.!?]{0,30}\b(?:allegedly|supposedly|reportedly|purportedly)\b|(?:^|[.!?]\s+)\p{Lu}[\p{L}-]+ (?:TV|radio|television|media|press|newspapers?|outlets?|tabloids?) (?:is )?(?:reports?|reporting|says?|claims?) that\b(?=[^.!?]{0,80}\b(?:may|might|could|possibly|reportedly|allegedly)\b)|\bwatch (?:it|this|the (?:clip|video|footage|recording)) (?:here|below)\b|(?:^|[.!?]\s+)(?:some |several |local |media )?reports (?:say|suggest|claim|indicate) (?:that )?(?=[^.!?]{0,80}\b(?:has|have|had|was|were|is|are|will)\b)|\baccording to (?:unconfirmed|unverified) (?:accounts|reports|posts|sources|messages)\b|(?:^|[.!?]\s+)(?:we(?:'re| are) )?seeing (?:some |several )?reports (?:that |of )?|\b(?:some )?people (?:in our replies|in the replies|online|on here) are (?:saying|claiming|suggesting)\b|\b(?:we|i)(?:'ve| have) (?:also )?heard (?:unconfirmed )?reports (?:of|that)\b|\bshar(?:e|ing) (?:this|the|a) (?:clip|video|footage|photo|image|recording)\b(?=[^]{0,120}\b(?:cannot|can't|could not|couldn't|unable to|not (?:yet )?able to) (?:verify|confirm|authenticate)\b)|\bshar(?:e|ing) (?:it |this |them )?(?:here )?(?:for transparency|just in case|in case it helps) while we (?:check|verify|look into)\b|\bshar(?:e|ing) (?:it |this )?just in case\b|\bwatch (?:it|this|the (?:clip|video|footage)) and (?:judge|decide|see) for yourselves\b|\b(?:photo|picture|image|video|clip|footage) (?:is |are )?(?:circulating|going round|being shared)(?: online)? (?:that|which) (?:appears?|seems?|purports?|claims?) to show\b|\b(?:some |several |many )?(?:accounts|users|people) (?:online |here )?(?:are|have been) (?:claiming|saying|suggesting|alleging) (?:that )?(?!(?:we|the embassy|our)\b)|\bit is (?:understood|said|reported|believed) from (?:the )?(?:reports|accounts|posts|messages|sources|contacts)\b|\breproduced (?:below|above|here)\b[^.!?]{0,40}\b(?:judge|decide|see) for (?:themselves|yourselves)\b|\b(?:we|i)(?:'re| are| am|'m) hearing\s*[,(][^.!?)]{2,50}[,)]\s*that\b|\b(?:a|one) (?:reader|follower|listener|caller|resident|local) (?:tells|told|has told|writes|wrote) us\b(?=[^]{0,120}\b(?:can anyone confirm|not (?:yet )?(?:confirmed|verified)|unconfirmed|just in case)\b)|\b(?:local |some )?(?:groups|residents|locals|media|outlets|activists|sources) (?:are|have been) reporting that\b(?=[^]{0,120}\b(?:cannot|can't|could not|not yet able to) (?:confirm|verify)\b)|\b(?:station|radio|TV|television|channel|outlet|newspaper|tabloid)\b[^.!?]{0,40}\b(?:is|are|has been|have been) (?:reporting|saying|claiming) that\b|(?:^|[.!?]\s+)here(?:'s| is) the (?:clip|video|footage|recording|audio)\b|\b(?:messages|posts|claims|rumou?rs|videos|texts|voice notes) (?:are|is) (?:circulating|going round|doing the rounds|being shared)(?: (?:online|on [\p{L}]+))? (?:that|saying|claiming)\b|\bpeople (?:down |up |out )?(?:at|in|near|on|by) (?:the )?[\p{L}-]+(?: [\p{L}-]+)? (?:are )?(?:telling|tell|told) us\b|\b(?:we|the (?:embassy|consulate))(?: are| is)? (?:receive|receives|received|receiving|have received|has received|get|are getting) (?:some |several |many )?reports from (?:some |several |many |our )?(?:nationals|people|residents|citizens|followers|travell?ers|families|locals)\b[^.!?]{0,10}\bthat\b|\b(?:we|i)(?:'re| are| am|'m) hearing (?:that )?(?:the|a|an|some) [^.!?:;]{1,50}\b(?:may|might|could|will) (?:be|have|close|stop)\b|\b(?:users|people|accounts|followers|commentators|many of you|some of you) (?:are|have been) (?:pointing out|saying|claiming|suggesting|noting) that\b|\b(?:we are|we're|we will|we'll) (?:also )?shar(?:e|ing) (?:it|the (?:video|clip|footage|photo|image))\b(?! (?:with|directly|privately))/iu;
/** The words RELAYED_HEDGED needs (a cheap test first). */
const HEDGED_WORDS =
	/seeing|saying|heard|here(?:'s| is) the|telling us|tell us|told us|report|circulat|going round|rounds|being shared|watch (?:it|this|the)|according to|pointing out|saying that|claiming that|suggesting that|noting that|shar(?:e|ing) (?:it|the|this|a|here|just)|tells us|told us|reporting that|understood from|reproduced|judge for|appears to show|appear to show|claiming|alleging|hearing/i;
const CHECKING =
	/\b(?:not (?:yet )?(?:been )?(?:confirmed|verified)|unconfirmed|unverified|cannot (?:yet )?(?:confirm|verify)|can't (?:yet )?(?:confirm|verify)|(?:are|is|we're) (?:checking|verifying)|checking (?:this|these|it|them)|will (?:confirm|verify)|if (?:true|confirmed)|(?:do not|don't|does not|doesn't) (?:yet )?know|not (?:yet )?known|unclear|too early to say)\b/i;

const SHARE_ASK =
	/\b(?:please )?(?:share|re-?post|retweet|spread the word|pass (?:it|this) on)\b(?! (?:your|any|the (?:official|latest)))/i;

const DENIED =
	/\b(?:false|untrue|baseless|unfounded|not true|no truth|doctored|fabricated|mistaken|incorrect|inaccurate|not correct|not accurate|misleading|groundless|not authentic|inauthentic|not genuine|manipulated|purports?|purporting|(?:categorically |firmly |flatly |strongly )?(?:denied|rejected|refuted))\b|\b(?:is|are|was|were|'s|'re) (?:completely |totally |entirely |simply |just )?(?:wrong|fake)\b/i;

export const amplifiedUnverified: Detector = (d) => {
	const typed = d.post.amplifies ? undefined : amplifiedInText(d.c.scenario, d.pt.text);
	const a = d.post.amplifies ?? typed?.item;
	if (!a) {
		const text = d.pt.text.replace(/’/g, "'");
		const news = HEARSAY_NEWS.exec(text);
		const m =
			RELAYED.exec(text) ??
			(HEDGED_WORDS.test(text) ? RELAYED_HEDGED.exec(text) : null) ??
			(SHARE_ASK.test(text) ? HEARSAY.exec(text) : null) ??
			(news && !CHECKING.test(text) ? news : null) ??
			(HEARSAY_MORE_WORDS.test(text) && !CHECKING.test(text) ? HEARSAY_MORE.exec(text) : null) ??
			(/\b(?:hearing|heard|understand|grapevine|street|reports)\b/i.test(text)
				? HEARSAY_THAT.exec(text)
				: null);
		if (!m) return acceptsClaim(d);
		// "Reports that Brenna now backs independence are false": reported in order to deny it
		// (the sentence runs from the match to the next full stop; a match may start with the one before it)
		// (or the sentence after it: "Reports say the consulate closed. That is false.")
		const after = m.index + m[0].length;
		const end = text.slice(after).search(/[.!?](?:\s|$)/);
		const next = end < 0 ? -1 : text.slice(after + end + 1).search(/[.!?](?:\s|$)/);
		const upto = end < 0 ? undefined : next < 0 ? undefined : after + end + 1 + next;
		if (DENIED.test(text.slice(m.index, upto))) return [];
		return [
			{
				id: 'amplified-unverified',
				severity: 'minor',
				message: `Passes on what unverified accounts report: “${m[0]}”.`,
				explanation:
					'Reports from the public are unchecked: relayed by an official account they read as confirmed. Check them with the authorities first, then post what is confirmed in your own words.',
				source: AMPLIFY_SOURCE,
				spans: [{ start: m.index, end: m.index + m[0].length }]
			}
		];
	}
	if (a.source === 'trainee') return [];
	const claim = carriedClaim(d.c, a);
	const share = a.mode === 'share';
	let severity: Finding['severity'] | undefined;
	if (claim) severity = share ? 'critical' : 'major';
	else if (a.source === 'troll' || a.source === 'adversary') severity = share ? 'major' : 'minor';
	else if (a.source === 'public' && share) severity = 'minor';
	if (!severity) return [];
	const what = claim
		? `a post that carries the false claim '${claim}'`
		: a.source === 'public'
			? 'a post from an account nobody has verified'
			: 'a post from a troll or coordinated account';
	return [
		{
			id: 'amplified-unverified',
			severity,
			message: `${share ? 'Re-posts' : 'Quotes'} ${what}.`,
			explanation: claim
				? `${share ? 'Sharing' : 'Quoting'} it puts the false claim in front of all your followers under your name${share ? '' : ', whatever your comment says'}. Verify first; then post the fact in your own words, without the false post.`
				: 'Your account lends it reach and credibility. Check who is behind a post before you amplify it; answer the people, not the account.',
			source: AMPLIFY_SOURCE,
			spans: typed ? [typed.span] : []
		}
	];
};
