/** avoided-phrase: the rubric's must_avoid phrases ("fake news", "nothing to see"), matched by stems. */
import { findAny } from '../text/phrase.ts';
import type { Finding } from '../types.ts';
import { inReportedQuestion } from './asked.ts';
import { sentenceAt, SOURCES, type Detector } from './context.ts';

export const avoidedPhrase: Detector = (d) => {
	const out: Finding[] = [];
	for (const rule of d.c.avoid) {
		for (const h of findAny(d.pt, rule.phrases)) {
			// (the asker's own words, reported to answer them: "You ask whether the minister should resign.")
			// (not a "Q:" the post writes itself: "Q: Did the ambassador call farmers lazy?")
			if (
				inReportedQuestion(d.pt, h.span.start) &&
				!/^(?:@\w+\s+)*(?:Q\s*[:.]|question\s*:)/i.test(sentenceAt(d.pt, h.span.start)!.text)
			)
				continue;
			out.push({
				id: 'avoided-phrase',
				severity: 'major',
				message: `“${d.pt.text.slice(h.span.start, h.span.end)}” is on the scenario's must-avoid list.`,
				explanation: rule.why ?? 'The scenario author lists this phrase as one to avoid.',
				source: SOURCES.rubric,
				spans: [h.span]
			});
		}
	}
	return out;
};
