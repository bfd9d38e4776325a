/**
 * amplified-unverified, its quietest form: apologising for words a false claim puts in our official's mouth ("deeply
 * regrets any offence her words may have caused", "so sorry for the hurt Ambassador Brandt's words have caused")
 * while the clip is a fake. The apology confirms the myth to everyone who reads it — the 2019 deepfake cases and
 * the Debunking Handbook 2020: verify before you respond, then lead with the fact.
 */
import type { Finding } from '../types.ts';
import { sentencesOf, type DetectorInput } from './context.ts';
import { findAny } from '../text/phrase.ts';

/** A claim about what someone said. */
const SAID =
	/\b(?:said|says|called|told|insulted|remarks?|words|comments?|statement|described|mocked)\b/i;
/** An apology or regret for words or their effect. */
const APOLOGY =
	/\b(?:(?:deeply |sincerely |truly |so |very )?(?:regrets?|sorry|apologi[sz]es?|apologi[sz]e) (?:for |about )?(?:any |the )?(?:offence|offense|hurt|pain|upset|distress|harm)|(?:deeply |sincerely |truly |so |very )?(?:regrets?|sorry|apologi[sz]es?|apologi[sz]e) (?:for |about )?(?:the |her |his |these |those |any )?(?:[\p{L}-]+['’]s )?(?:words|remarks|comments|what (?:she|he|the ambassador|the minister) said))\b[^.!?]*/iu;
/** The post says the clip or the words are not genuine. */
const DISOWNED =
	/\b(?:fake|faked|doctored|manipulated|fabricat\w+|deepfake|synthesi[sz]ed|never said|did not say|didn't say|false|not genuine|edited|altered|forged|forgery|not (?:her|his) (?:words|voice)|(?:did not|didn't|does not|doesn't) come from (?:us|her|him|the ambassador)|not from us)\b/i;

const SAID_CLAIMS = new WeakMap<object, DetectorInput['c']['claims']>();

export function acceptsClaim(d: DetectorInput): Finding[] {
	if (!/sorry|regret|apolog/i.test(d.pt.text)) return [];
	let claims = SAID_CLAIMS.get(d.c);
	if (!claims)
		SAID_CLAIMS.set(
			d.c,
			(claims = d.c.claims.filter((c) => !c.claim.truth && SAID.test(c.claim.text)))
		);
	if (!claims.length || DISOWNED.test(d.pt.text)) return [];
	// a refuting fact in the post corrects it whatever else it says
	if (
		claims.some((c) =>
			d.c.facts.some(
				(f) => c.claim.refutedBy.includes(f.fact.id) && findAny(d.pt, f.kw).some((h) => h.from >= 0)
			)
		)
	)
		return [];
	for (const s of sentencesOf(d.pt)) {
		const m = APOLOGY.exec(s.text);
		// (about what was said or recorded, not about a post of ours: "regrets any offence caused by a light-hearted post")
		if (!m || !/\b(?:words|remarks|comments|said|recording|clip|video|audio)\b/i.test(s.text))
			continue;
		return [
			{
				id: 'amplified-unverified',
				// (as grave as re-posting the fake: it confirms it under the embassy's name)
				severity: 'critical',
				message: `Apologises for words a false claim attributes to us: “${m[0].trim()}”.`,
				explanation:
					'An apology for words that were never said confirms the fake to everyone who reads it. Verify the clip first; then say it is not genuine, with the evidence, and point to what was really said.',
				source:
					'Debunking Handbook 2020 (verify, then lead with the fact); UK GCS RESIST 2 (deepfakes: establish the facts before responding)',
				spans: [{ start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length }]
			}
		];
	}
	return [];
}
