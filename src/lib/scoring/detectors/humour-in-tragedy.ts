/**
 * humour-in-tragedy: after a tragedy, laughter and jokes (lol, haha, 😂, "just kidding"), puns and idioms on
 * the disaster itself ("shaken, not stirred", "quite a shake-up", "rocking and rolling", "earth-shattering
 * news") and light-hearted framing ("What a night!", "look on the bright side", "plot twist", "at least nobody
 * is bored", "Mother Nature woke us up"). Negated mentions ("this is no joke", "no laughing matter") and the
 * literal description of the event ("the earthquake shook the city") are not humour.
 */
import type { Finding, Span } from '../types.ts';
import { gate, gatedSpans, SOURCES, type Detector, type Gate } from './context.ts';

/** Puns and idioms that play on a disaster's own vocabulary (quake, flood, fire, storm, crash, hack…). */
const PUNS =
	/\b(?:(?:quite )?a (?:real )?shake-?up|shaken,? not stirred|shake things up|(?:a (?:little|bit|tad) |feeling |all )shaky|shaky (?:start|night|ground|times)|on shaky ground|rock(?:ing|ed)? (?:and|&|n) roll(?:ing)?|rocking and rolling|rocked (?:our|the|your) world|rock[- ]solid|earth[- ]shattering|ground[- ]?breaking|earth[- ]moving|(?:did|made) the earth move|moving experience|doesn't crack|don't crack|won't crack|crack(?:ing)? under pressure|(?:bring|brought) the house down|stands? firm|unshak(?:en|able)|(?:a )?wave of (?:support|love)|making (?:a )?splash|(?:go(?:ing)?|went) with the flow|fired up|hot topic|on fire|blown away|storm in a teacup|weather(?:ing|ed)? the storm|crash course|(?:a )?rumble|tremendous tremor|no faults?|fault lines?|(?:you )?can'?t keep [\p{L} ]{1,30} down|took (?:quite )?a (?:beating|pounding|knock)|(?:that|this) hit (?:hard|different)|hack(?:ed)? (?:off|our way))\b/giu;
/** Light-hearted framing of a disaster, each pattern with the words that trigger it. */
const LIGHT: Gate[] = [
	gate(
		'what',
		/(?:^|\s)what an? (?:night|day|week|morning|ride|start|adventure|wake-?up call)!|\bwhat fun\b/gi
	),
	gate('way', /\bone way to (?:start|spend|begin|end) the (?:day|week|night|morning|weekend)\b/gi),
	gate(
		'adventure ride remember party excitement',
		/\b(?:quite|such) (?:an? )?(?:adventure|ride|night to remember|party|excitement)\b/gi
	),
	gate(
		'bright silver twist buckle dull',
		/\blook on the bright side\b|\bsilver lining\b|\bplot twist\b|\bbuckle up\b|\bnever a dull moment\b/gi
	),
	gate('bored', /\bbored\b/gi),
	gate(
		'nature woke',
		/\bmother nature\b[^.!?]{0,40}\b(?:woke|wake|surprise|gift|sense of humou?r)|\bwoke us (?:all )?up\b/gi
	),
	gate(
		'town',
		/\b(?:busiest|liveliest|best|biggest) (?:hotel|party|sleepover|guest ?house|b&b) in town\b/gi
	),
	gate('counting', /\b(?:guests|visitors) and counting\b/gi),
	gate('sleepover slumber camping', /\b(?:sleepover|slumber party|camping trip)\b/gi),
	gate('planned survived', /\bnot how we planned to spend\b|\bsurvived our first\b/gi),
	gate(
		'hey folks fun biggie worries',
		/\b(?:but )?hey,|\bfolks[!.]|\bthat was fun\b|\b(?:no biggie|no worries)\b/gi
	),
	gate('oops whoops yikes phew lol haha hahaha', /\b(?:oops|whoops|yikes|phew|lol|haha\w*)\b/gi),
	gate(
		'calm dream exciting',
		/\bkeep calm and\b|\bliving the dream\b|\bexciting (?:night|times|day|morning)\b/gi
	),
	gate('lively busy full popular', /\bnever been this (?:lively|busy|full|popular)\b/gi)
];

const GATES: Gate[] = [
	gate(
		'shake shaken shakeup shaky shaking rock rocking rocked roll earth ground groundbreaking moving move crack house firm unshaken unshakable unshakeable wave splash flow fired hot fire blown storm weather weathering weathered crash rumble tremor fault faults keep took hit hack hacked',
		PUNS
	),
	...LIGHT
];

export const humourInTragedy: Detector = (d) => {
	if (!d.tragedy) return [];
	const spans: Span[] = d.tone.hits
		.filter((h) => h.dim === 'humour' && h.weight >= 0.6)
		.map((h) => h.span);
	for (const raw of gatedSpans(d.pt, GATES)) {
		const before = d.pt.text.slice(Math.max(0, raw.start - 10), raw.start);
		if (/\b(?:no|not|never)\s+$/i.test(before)) continue;
		const m = d.pt.text.slice(raw.start, raw.end);
		const span = { start: raw.start + (m.length - m.trimStart().length), end: raw.end };
		if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
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
