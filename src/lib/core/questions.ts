/**
 * Questions put to the trainee, kept by the engine so that the inbox ("questions waiting"), the scoring, the
 * reactions and the debrief read one list. A question is answered by a later on-the-record reply (a reply to
 * it, or a post that @mentions the asker), or by any public post, earlier or later, that gives what it asks
 * for (its facts; for a journalist asking about a gaffe, owning up to it).
 */
import { defaultAsks } from '../scenario/defaults.ts';
import type { Scenario } from '../scenario/types.ts';
import { answersQuestion } from '../scoring/doctrine/index.ts'; // not the index (see engine.ts)
import type { QuestionRef } from '../scoring/types.ts';
import type { SessionState } from './state.ts';
import type { FeedItem } from './types.ts';

export type QuestionRecord = QuestionRef;

/** Register a question item as it is published; an earlier public post may already answer it. */
export function askQuestion(scenario: Scenario, s: SessionState, item: FeedItem): void {
	if (!item.question || s.questions.some((q) => q.itemId === item.id)) return;
	const ev = item.eventId ? scenario.events.find((e) => e.id === item.eventId) : undefined;
	const aboutPost = item.replyTo !== undefined && s.posts.some((p) => p.id === item.replyTo);
	const asks = ev ? ev.asks : aboutPost ? [] : defaultAsks({ ...pseudoEvent(item) }, scenario);
	const q: QuestionRecord = {
		itemId: item.id,
		t: item.t,
		asks,
		text: item.text,
		...(item.eventId ? { eventId: item.eventId } : {}),
		...(item.author.handle ? { asker: item.author.handle.replace(/^@/, '').toLowerCase() } : {}),
		...(aboutPost ? { acknowledge: true, about: item.replyTo } : {})
	};
	if (asks.length || aboutPost) {
		const earlier = s.posts.find(
			(p) =>
				!p.deleted &&
				(!aboutPost || p.t >= item.t) &&
				answersQuestion(scenario, q, p.text, s.revealed)
		);
		if (earlier) {
			q.answeredBy = earlier.id;
			q.answeredAt = earlier.t;
		}
	}
	s.questions.push(q);
}

function pseudoEvent(item: FeedItem) {
	return {
		id: item.id,
		at: item.t,
		channel: item.channel,
		text: item.text,
		reveals: [],
		contingency: false,
		question: true,
		tragedy: false,
		troll: false,
		asks: [],
		objectives: []
	};
}

/** Mark the questions a newly published post answers (its score lists them). */
export function markAnswered(s: SessionState, postId: string, t: number, answers: string[]): void {
	for (const q of s.questions)
		if (!q.answeredBy && answers.includes(q.itemId)) {
			q.answeredBy = postId;
			q.answeredAt = t;
		}
}
