/**
 * belittling: dismissing or talking down to the public — "silly questions", "calm down", "stop flooding our
 * hotline", "read the FAQ before asking", "as we have said many times", "some people will believe anything",
 * "overreacting", "hysterical". Reassurance ("please stay calm", "there are no silly questions") is not
 * belittling. CERC: show respect, especially when people feel vulnerable; Culpeper's impoliteness
 * strategies (condescension, dismissal).
 */
import type { Finding, Span } from '../types.ts';
import { SOURCES, sentencesOf, type Detector } from './context.ts';

const PATTERNS: RegExp[] = [
	/(?<!\b(?:no|not|never|aren't|are no|is no)\s(?:such thing as\s)?(?:a\s)?)\b(?:silly|stupid|dumb|pointless|ridiculous|lazy|idiotic|basic|obvious|same old) (?:questions?|messages?|comments?|complaints?|queries|tweets?|posts?)\b/gi,
	/\b(?:calm down|chill(?: out)?|get a grip|grow up|get over it|move on|man up|toughen up|pull yourselves together)\b/gi,
	/\bstop (?:whining|complaining|moaning|panicking|overreacting|spamming|flooding|pestering|bothering|badgering|harassing|tagging|pinging|nagging|asking the same)\b/gi,
	/\b(?:keep|keeps|keeping) (?:tagging|pinging|spamming|pestering|bothering|badgering|nagging|flooding)\b/gi,
	/\b(?:tagging|pinging|messaging|calling|emailing) us (?:every|again and again|over and over|repeatedly)\b[^.!?]{0,40}\b(?:won't|will not|doesn't|does not)\b/gi,
	/\b(?:won't|will not|doesn't|does not) make (?:the|us|it|things|anything)\b[^.!?]{0,30}\b(?:faster|quicker|sooner|go away)\b/gi,
	/\b(?:overreact\w*|hysteric\w*|hysteria|panicking|paranoid|whining|moaning|entitled|ungrateful|gullible|clueless|drama queens?|snowflakes?|worked up|getting worked up|making a fuss|fuss over|blown out of proportion|storm in a teacup|big deal out of)\b/gi,
	/\b(?:as we have|as we've|like we have|like we've) (?:already )?(?:said|explained|posted|told you|stated)\b[^.!?]{0,25}\b(?:many|several|countless|multiple|100|hundred|umpteen|again|already|before)\b/gi,
	/\bfor the (?:hundredth|umpteenth|third|fifth|last|tenth|millionth) time\b/gi,
	/\b(?:read|check|look at|consult) (?:the|our) (?:faq|website|earlier posts?|previous posts?|press release|guidance|visa page)\b[^.!?]{0,20}\bbefore (?:asking|posting|tweeting|calling|tagging|writing)\b/gi,
	/\b(?:questions?|answers?) (?:that )?you could (?:easily )?(?:answer|find|look up)\b/gi,
	/\b(?:if you(?:'d| had)? (?:bothered|cared|taken the time) to|without (?:any )?help|can(?:'t|not) (?:even )?read|(?:learn|able) to read)\b/gi,
	/\bsome people (?:will|would|just|really|simply|can't|cannot|never|always|need|seem)\b/gi,
	/\b(?:people|anyone|those) who (?:fall|fell) for\b/gi,
	/\b(?:serious questions only|only serious questions|no more questions|enough questions|we don't have time for (?:this|these|your)|we won't answer every|we will not answer every|not going to answer every)\b/gi,
	/\bto (?:everyone|those|all those|the people|anyone) (?:who (?:are|is) )?(?:panicking|overreacting|complaining|whining|freaking out|losing (?:their|your) heads?)\b/gi,
	/\bnothing to see here\b/gi
];

export const belittling: Detector = (d) => {
	const spans: Span[] = [];
	for (const s of sentencesOf(d.pt))
		for (const re of PATTERNS) {
			re.lastIndex = 0;
			for (const m of s.text.matchAll(re)) {
				const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
				if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
			}
		}
	if (!spans.length) return [];
	const f: Finding = {
		id: 'belittling',
		severity: 'major',
		message: `Talks down to the public: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Frightened people asking questions are your audience, not a nuisance. Dismissing them costs trust and is screenshotted; answer the question or say where the answer is.',
		source: SOURCES.respect,
		spans
	};
	return [f];
};
