/**
 * no-comment: refusing to comment ("no comment", "we do not comment", "declined to comment", "nothing to add").
 * Not flagged when the refusal is qualified — it is about speculation/rumours or gives a reason or a time
 * ("we will not comment on speculation while the rescue continues", "…until families are informed").
 */
import type { Finding } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

const REFUSAL =
	/\b(no comments?|(we|i) (do|will|would|can|shall|have|are) (not|no|unable to) (comment|further comment|say)|(we|i) (don't|won't|can't|cannot) comment|declines? to comment|declined to comment|nothing (further )?to (add|say)|not commenting|without comment)\b/gi;
const QUALIFIED =
	/^\W*(\w+\W+){0,4}?(on|about)\s+(speculation|rumou?rs?|unverified|unconfirmed|individual cases|names|identities|personal details)|^\W*(\w+\W+){0,8}?(while|until|before|out of respect|so as not|because|as the|to protect)\b/i;

export const noComment: Detector = (d) => {
	const out: Finding[] = [];
	const text = d.pt.text;
	for (const m of text.matchAll(REFUSAL)) {
		const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
		if (QUALIFIED.test(after)) continue;
		const substantive = d.c.facts.some(
			(f) =>
				!f.fact.confidential &&
				d.revealed.has(f.fact.id) &&
				f.kw.length > 0 &&
				d.pt.words.length > 12
		);
		out.push({
			id: 'no-comment',
			severity: substantive ? 'minor' : 'major',
			message: `“${m[0]}” reads as evasion.`,
			explanation:
				'Silence or “no comment” leaves the space to rumour. Say what you know, what you do not know yet, and when you will update.',
			source: SOURCES.cercCredible,
			spans: [{ start: m.index!, end: m.index! + m[0].length }]
		});
	}
	return out;
};
