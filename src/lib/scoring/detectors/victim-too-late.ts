/**
 * For victim-blaming (./victim-blaming.ts): care told too late, in a reply to the person who was hit ("it pays to check
 * a link before typing your passport number", "For future reference, please never type…", "Next time, apply
 * earlier"). The same words said to everyone as advice are clean.
 */
import type { Detector } from './context.ts';

/** Care told too late, to the person who was hit: "it pays to check a link before typing your passport number",
 * "please look before typing…" in a reply to the victim (the same words as general advice are clean). */
const TOO_LATE_RULE =
	/\b(?:golden|first|number one|basic) rule(?: of [\p{L} ]{1,20})?:\s*(?:never|always|don't|do not)\b[^.!?;]{0,60}/giu;
const TOO_LATE =
	/\b(?:it pays to|always|please|do|just|simply)\s+(?:check|look|think(?: twice)?|read)\b[^.!?;]{0,40}\bbefore (?:you )?(?:typing|type|entering|enter|clicking|click|giving|give|handing|putting)\b|\b(?:worth|best to take|wise to take) (?:a pause|pausing|a second look|a moment|checking)\b[^.!?;]{0,40}\bbefore (?:you )?(?:typing|entering|clicking|giving|handing)\b/gi;

/** "For future reference, please never type…", "next time maybe check the url…", "In future PLEASE ONLY USE…",
 * "Next time, apply earlier", "nobody should type passport details into…" */
const TOO_LATE_FUTURE =
	/\b(?:for future reference|in (?:the )?future|next time),?\s+(?:maybe |perhaps |just |kindly )?(?:please\s+)?(?:never|always|only|don['’]t|do not|check|make sure|be sure|look|apply|register|book|leave|read|use|think)\b(?:[^.!?;]|\.(?=\S)){0,60}|\b(?:nobody|no one|no-one) should (?:ever )?(?:type|enter|give|click|share|hand over|put)\b(?:[^.!?;]|\.(?=\S)){0,60}/giu;
export function toldTooLate(d: Parameters<Detector>[0]): { start: number; end: number }[] {
	const from = d.post.replyTo ? d.c.events.get(d.post.replyTo)?.from : undefined;
	const asker = from ? d.c.scenario.personas.find((p) => p.id === from) : undefined;
	if (asker?.kind !== 'citizen') return [];
	return [
		...d.pt.text.matchAll(TOO_LATE),
		...d.pt.text.matchAll(TOO_LATE_RULE),
		...d.pt.text.matchAll(TOO_LATE_FUTURE)
	].map((m) => ({
		start: m.index!,
		end: m.index! + m[0].length
	}));
}
