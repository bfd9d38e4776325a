/** Feed helpers shared by the engine and the post handling. */
import type { Scenario } from '../scenario/types.ts';
import type { ScoredPostSummary } from '../scoring/types.ts';
import type { PostRecord, SessionState } from './state.ts';
import type { Effect, FeedItem } from './types.ts';
import { askQuestion } from './questions.ts';
import { landMove } from './adversary.ts';
import { engageOther } from './wave.ts';

/** Add an item to the feed with its notifications; facts it reveals become known, an adversary move lands,
 * and someone else's item starts collecting engagement. */
export function publish(scenario: Scenario, s: SessionState, item: FeedItem, effects: Effect[]) {
	s.feed.push(item);
	for (const f of item.reveals ?? []) if (!s.revealed.includes(f)) s.revealed.push(f);
	if (item.move) landMove(scenario, s, item);
	engageOther(scenario, s, item);
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

/** Where item `id` sits in the feed. Items are only appended or replaced in place, so positions are stable
 * and the index is cached per feed array (rebuilt when an entry no longer matches). */
const positions = new WeakMap<FeedItem[], Map<string, number>>();
export function feedIndex(s: SessionState, id: string): number {
	let m = positions.get(s.feed);
	let i = m?.get(id);
	if (i !== undefined && s.feed[i]?.id === id) return i;
	if (!m) positions.set(s.feed, (m = new Map()));
	for (let k = m.size; k < s.feed.length; k++) m.set(s.feed[k].id, k);
	i = m.get(id);
	if (i !== undefined && s.feed[i]?.id === id) return i;
	m.clear();
	s.feed.forEach((f, k) => m!.set(f.id, k));
	return m.get(id) ?? -1;
}

/** What scoring knows of the trainee's earlier posts. A post's summary is made once and reused while the post
 * is unchanged (a replay scores each of 200 posts against all the earlier ones); summaries are read, never
 * changed. */
const summaries = new WeakMap<PostRecord, ScoredPostSummary>();
export function history(s: SessionState): ScoredPostSummary[] {
	return s.posts.map((p: PostRecord) => {
		let h = summaries.get(p);
		if (h === undefined || !!h.deleted !== !!p.deleted) summaries.set(p, (h = summary(p)));
		return h;
	});
}

function summary(p: PostRecord): ScoredPostSummary {
	return {
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
	};
}
