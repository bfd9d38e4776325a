/** Feed helpers shared by the engine and the post handling. */
import type { Scenario } from '../scenario/types.ts';
import type { ScoredPostSummary } from '../scoring/types.ts';
import type { PostRecord, SessionState } from './state.ts';
import type { Effect, FeedItem } from './types.ts';
import { askQuestion } from './questions.ts';

/** Add an item to the feed with its notifications. */
export function publish(scenario: Scenario, s: SessionState, item: FeedItem, effects: Effect[]) {
	s.feed.push(item);
	if (item.question) askQuestion(scenario, s, item);
	effects.push({ kind: 'feed', item });
	const handle = scenario.trainee.account.handle.toLowerCase();
	if (item.channel === 'internal') {
		effects.push({
			kind: 'notification',
			notification: { kind: 'internal', t: item.t, itemId: item.id, text: item.text }
		});
	} else if (item.question) {
		effects.push({
			kind: 'notification',
			notification: { kind: 'question', t: item.t, itemId: item.id, text: item.text }
		});
	} else if (item.text.toLowerCase().includes(handle)) {
		effects.push({
			kind: 'notification',
			notification: { kind: 'mention', t: item.t, itemId: item.id, text: item.text }
		});
	}
}

export function history(s: SessionState): ScoredPostSummary[] {
	return s.posts.map((p: PostRecord) => ({
		id: p.id,
		t: p.t,
		text: p.text,
		replyTo: p.replyTo,
		overall: p.score.overall,
		correctsClaims: p.score.correctsClaims,
		findings: p.score.findings.map((f) => f.id),
		keyMessages: p.score.keyMessages.map((k) => k.id),
		answers: p.score.answers,
		respondsTo: p.score.respondsTo,
		...(p.deleted ? { deleted: true } : {})
	}));
}
