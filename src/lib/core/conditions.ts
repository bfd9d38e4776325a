/** Evaluates the scenario's condition language (`when:`) against what the trainee has done so far. */
import type { Condition } from '../scenario/types.ts';
import type { SessionState } from './state.ts';

export function holds(cond: Condition, s: SessionState): boolean {
	const posts = s.posts.filter((p) => !p.deleted);
	switch (cond.op) {
		case 'and':
			return cond.args.every((c) => holds(c, s));
		case 'or':
			return cond.args.some((c) => holds(c, s));
		case 'not':
			return !holds(cond.arg, s);
		case 'const':
			return cond.value;
		case 'posted':
			return posts.some((p) => p.t >= (cond.since ?? 0));
		case 'mentioned': {
			const phrases = cond.phrases.map((p) => p.toLowerCase());
			return posts.some((p) => phrases.some((ph) => p.text.toLowerCase().includes(ph)));
		}
		case 'corrected':
			return s.corrections.some((c) => c.claim === cond.claim);
		case 'repeated':
			return posts.some((p) => p.score.repeatsClaims.includes(cond.claim));
		case 'faux_pas':
			return posts.some((p) =>
				p.score.findings.some((f) => cond.id === undefined || f.id === cond.id)
			);
		case 'replied':
			return posts.some((p) => p.replyTo === cond.event);
		case 'fired':
			return s.fired.some((f) => f.id === cond.event);
	}
}
