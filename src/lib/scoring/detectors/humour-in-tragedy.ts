/**
 * humour-in-tragedy: after a tragedy, laughter and jokes (lol, haha, 😂, "just kidding"), puns and idioms on
 * the disaster itself ("shaken, not stirred", "quite a shake-up", "rocking and rolling", "earth-shattering
 * news") and light-hearted framing ("What a night!", "look on the bright side", "plot twist", "at least nobody
 * is bored", "Mother Nature woke us up"). Negated mentions ("this is no joke", "no laughing matter") and the
 * literal description of the event ("the earthquake shook the city") are not humour.
 */
import type { Finding, Span } from '../types.ts';
import { SOURCES, sentencesOf, type Detector } from './context.ts';

/** Puns and idioms that play on a disaster's own vocabulary (quake, flood, fire, storm, crash, hack…). */
const PUNS =
	/\b(?:(?:quite )?a (?:real )?shake-?up|shaken,? not stirred|shake things up|(?:a (?:little|bit|tad) |feeling |all )shaky|shaky (?:start|night|ground|times)|on shaky ground|rock(?:ing|ed)? (?:and|&|n) roll(?:ing)?|rocking and rolling|rocked (?:our|the|your) world|rock[- ]solid|earth[- ]shattering|ground[- ]?breaking|earth[- ]moving|(?:did|made) the earth move|moving experience|doesn't crack|don't crack|won't crack|crack(?:ing)? under pressure|(?:bring|brought) the house down|stands? firm|unshak(?:en|able)|(?:a )?wave of (?:support|love)|making (?:a )?splash|(?:go(?:ing)?|went) with the flow|fired up|hot topic|on fire|blown away|storm in a teacup|weather(?:ing|ed)? the storm|crash course|(?:a )?rumble|tremendous tremor|no faults?|fault lines?|(?:you )?can'?t keep [\p{L} ]{1,30} down|took (?:quite )?a (?:beating|pounding|knock)|(?:that|this) hit (?:hard|different)|hack(?:ed)? (?:off|our way))\b/giu;
/** Light-hearted framing of a disaster. */
const LIGHT =
	/(?:^|\s)what an? (?:night|day|week|morning|ride|start|adventure|wake-?up call)!|\bone way to (?:start|spend|begin|end) the (?:day|week|night|morning|weekend)\b|\b(?:quite|such) (?:an? )?(?:adventure|ride|night to remember|party|excitement)\b|\blook on the bright side\b|\bsilver lining\b|\bplot twist\b|\bbuckle up\b|\bnever a dull moment\b|\bat least (?:nobody|no one|we're not|we aren't) (?:is |are )?bored\b|\bbored\b|\bmother nature\b[^.!?]{0,40}\b(?:woke|wake|surprise|gift|sense of humou?r)|\bwoke us (?:all )?up\b|\b(?:busiest|liveliest|best|biggest) (?:hotel|party|sleepover|guest ?house|b&b) in town\b|\b(?:guests|visitors) and counting\b|\b(?:sleepover|slumber party|camping trip)\b|\bnot how we planned to spend\b|\bsurvived our first\b|\b(?:but )?hey,|\bfolks[!.]|\bthat was fun\b|\bwhat fun\b|\b(?:no biggie|no worries)\b|\b(?:oops|whoops|yikes|phew|lol|haha\w*)\b|\bkeep calm and\b|\bliving the dream\b|\bexciting (?:night|times|day|morning)\b|\bnever been this (?:lively|busy|full|popular)\b/giu;

export const humourInTragedy: Detector = (d) => {
	if (!d.tragedy) return [];
	const spans: Span[] = d.tone.hits.filter((h) => h.dim === 'humour' && h.weight >= 0.6).map((h) => h.span);
	for (const s of sentencesOf(d.pt))
		for (const re of [PUNS, LIGHT]) {
			re.lastIndex = 0;
			for (const m of s.text.matchAll(re)) {
				const before = s.text.slice(Math.max(0, m.index! - 10), m.index!);
				if (/\b(?:no|not|never)\s+$/i.test(before)) continue;
				const lead = m[0].length - m[0].trimStart().length;
				const span = { start: s.start + m.index! + lead, end: s.start + m.index! + m[0].length };
				if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
			}
		}
	if (spans.length === 0) return [];
	spans.sort((a, b) => a.start - b.start);
	const f: Finding = {
		id: 'humour-in-tragedy',
		severity: 'major',
		message: `Humour in a tragedy: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Jokes, puns on the disaster and light-hearted framing amid casualties are among the most damaging official-account lapses (e.g. the 2018 “Poirot” tweet).',
		source: SOURCES.tone,
		spans
	};
	return [f];
};
