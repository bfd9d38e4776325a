/** humour-in-tragedy: laughter, jokes and puns (lol, haha, 😂, "just kidding", "pun intended") after a tragedy.
 * Negated mentions ("this is no joke", "not funny") are not humour. */
import type { Finding } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

export const humourInTragedy: Detector = (d) => {
	if (!d.tragedy) return [];
	const hits = d.tone.hits.filter((h) => h.dim === 'humour' && h.weight >= 0.6);
	if (hits.length === 0) return [];
	const text = hits.map((h) => d.pt.text.slice(h.span.start, h.span.end));
	const f: Finding = {
		id: 'humour-in-tragedy',
		severity: 'major',
		message: `Humour in a tragedy: ${text.map((t) => `“${t}”`).join(', ')}`,
		explanation:
			'Jokes amid casualties are among the most damaging official-account lapses (e.g. the 2018 “Poirot” tweet).',
		source: SOURCES.tone,
		spans: hits.map((h) => h.span)
	};
	return [f];
};
