/**
 * Deaths and "no one hurt", for fact-status.ts (factual-error): a death the post asserts (not negated, hedged or
 * reported), whether the facts and reports known at the post's time give any death (or only casualties feared),
 * and "no one was hurt" in its forms. CERC: be right — a death announced before it is confirmed is quoted back.
 */
import type { DetectorInput } from './context.ts';

/** Before a status (within three words): it is negated, hedged or reported, not asserted. */
export const HEDGE =
	/\b(?:not|no|never|n['’]t|nobody|none|without|nearly|almost|may|might|could|would|feared?|fears|possibly|perhaps|probably|rumou?r(?:s|ed)?|reports?|reportedly|claims?|claimed|alleged(?:ly)?|false(?:ly)?|whether|if|hope|hoping|pray|praying|afraid|worried|whose|unclear|unknown|not yet)\b/i;
/** "no one was hurt", "no deaths", "nobody died", "no casualties" — not "no one else", "no further deaths", "no
 * deaths among our nationals". */
export const NOBODY =
	/\b(?:(?:no ?one|nobody|no-one)\s+(?:has\s+|have\s+|was\s+|were\s+|had\s+)?(?:been\s+)?(?<a>died|killed|hurt|injured|harmed|wounded|lost (?:their|his|her) li(?:fe|ves))|no\s+(?:(?<b>deaths|fatalities|casualties|injuries|lives (?:were |have been )?lost|one (?:died|was (?:hurt|killed|injured))))|(?:none|nobody)\s+(?:of them\s+)?(?:was|were)\s+(?<c>hurt|injured|killed))\b(?!\s+(?:else|further|more|other|among|from|of|aboard|within|outside|inside|among|between|beyond|except|besides|apart|but|who|whose|yet|so far|has been reported|reported))/i;
export const NOT_ALONE = /\b(?:else|other|further|more|fellow|our|my|your)\s*$/i;

/** Words that announce a death (not "a dead end", "deadline", "the risk of death"). */
const DEATH =
	/\b(?:died|dies|dead(?!\s+(?:end|heat|set|silence|serious|wrong|against|on))|killed|deaths|death toll|the death of|fatalities|fatality|lost (?:their|his|her) li(?:fe|ves)|perished|bodies|the body of|passed away)\b/gi;

/** A sentence that passes on a report rather than stating a death (amplification is judged elsewhere). */
export const REPORTED =
	/\b(?:reports?|reportedly|unconfirmed|unverified|said to|allegedly|showing|passing (?:this )?on|sharing|we are hearing|seeking (?:urgent )?confirmation|if confirmed)\b/i;

/** The first death the sentence asserts (not negated, hedged or reported). */
export function deathSaid(text: string): { index: number; text: string } | undefined {
	for (const m of text.matchAll(DEATH)) {
		const before = text.slice(0, m.index).split(/\s+/).slice(-5).join(' ');
		if (HEDGE.test(before) || /\b(?:if|risk|danger|fear|could|would|avoid|prevent)\b/i.test(before))
			continue;
		// (a thing gone dead is no death: "your phone is dead", "the line went dead")
		if (
			/^dead\b/i.test(m[0]) &&
			/\b(?:phones?|battery|batteries|lines?|cars?|engines?|radios?|screens?|signal|laptops?|devices?|mobiles?|cells?)(?:\s+(?:is|are|was|were|went|goes|has gone|have gone|had gone))?\s*$/i.test(
				before
			)
		)
			continue;
		return { index: m.index!, text: m[0] };
	}
	return undefined;
}

/** Whether a public fact revealed by now, or a news report or internal message already out, reports a death
 * ('known'), or only casualties feared or unspecified ('feared': "Buildings collapsed; casualties feared"). */
export function deathKnown(d: DetectorInput): 'known' | 'feared' | 'none' {
	const said = (t: string) => {
		for (const m of t.matchAll(DEATH)) {
			const before = t.slice(0, m.index).split(/\s+/).slice(-4).join(' ');
			if (!/\b(?:no|not|nobody|none|without|never)\b/i.test(before)) return true;
		}
		return false;
	};
	const texts = [
		...d.c.facts
			.filter((f) => !f.fact.confidential && d.revealed.has(f.fact.id))
			.map((f) => f.fact.text),
		...[...d.c.events.values()]
			.filter((e) => e.channel !== 'feed' && e.at <= d.post.t)
			.map((e) => `${e.headline ?? ''} ${e.text}`)
	];
	if (texts.some(said)) return 'known';
	return texts.some((t) => /\bcasualt(?:y|ies)\b|\bfeared dead\b/i.test(t)) ? 'feared' : 'none';
}
