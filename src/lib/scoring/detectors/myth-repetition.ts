/** myth-repetition: the false claim stated before (or louder than) the fact. A correction that leads with the
 * fact and names the myth once, flagged as false, is the truth sandwich and is not flagged. */
import type { Finding } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

export const mythRepetition: Detector = (d) => {
	const out: Finding[] = [];
	for (const t of d.claims) {
		if (!t.repeats) continue;
		const claim = d.c.claims.find((c) => c.claim.id === t.claim)!.claim;
		const why = t.louder.length
			? `the claim's hashtag or capitals amplify it`
			: !t.factFirst
				? t.factSpans.length
					? 'the myth comes before the fact'
					: 'the post repeats the claim without stating the fact that refutes it'
				: !t.denied
					? 'the myth is not flagged as false'
					: 'the myth is repeated more than once';
		out.push({
			id: 'myth-repetition',
			severity: t.louder.length || !t.denied ? 'major' : 'minor',
			message: `Repeats the false claim “${claim.text}” — ${why}.`,
			explanation:
				'Every repetition makes a myth more familiar. Lead with the fact, warn once, then restate the fact.',
			source: SOURCES.debunk,
			spans: [...t.mythSpans, ...t.louder]
		});
	}
	return out;
};
