/**
 * Protocol checks on a plain text with no post context — for the validator's warning when a scenario's own
 * text (briefing, events, facts) trips its own `wrong` list or must-avoid phrases. Returns the wrong-name and
 * avoided-phrase findings the same text would raise as a post.
 */
import type { Scenario } from '../../scenario/types.ts';
import { compiled } from '../compiled.ts';
import { findAny } from '../text/phrase.ts';
import { postText } from '../text/post-text.ts';
import type { Finding } from '../types.ts';
import { SOURCES } from './context.ts';
import { wrongNameFindings } from './wrong-name.ts';

export function checkPlainText(scenario: Scenario, text: string): Finding[] {
	const c = compiled(scenario);
	const pt = postText(text);
	const out = wrongNameFindings(pt, c.names);
	for (const rule of c.avoid)
		for (const h of findAny(pt, rule.phrases))
			out.push({
				id: 'avoided-phrase',
				severity: 'major',
				message: `“${text.slice(h.span.start, h.span.end)}” is on the scenario's must-avoid list.`,
				explanation: rule.why ?? 'The scenario author lists this phrase as one to avoid.',
				source: SOURCES.rubric,
				spans: [h.span]
			});
	return out;
}
