/**
 * The coach: live hints on a draft (the scorer in 'draft' mode against the world as it is now), and, for
 * runs in exam mode, what the coach would have said about each published post just before it went out.
 * Pure; the academy server computes hints for its trainees (they never receive the rubric), solo practice
 * computes them in the browser.
 */
import type { Scenario } from '../scenario/types.ts';
import type { PostScore, ScoredPostSummary } from '../scoring/types.ts';
import { score } from '../scoring/score.ts'; // not the index (see engine.ts)
import { history } from './feed.ts';
import { amplifiedItem } from './amplify.ts';
import type { PostRecord, SessionState } from './state.ts';

/** What the coach shows about a draft: its tone, the faux pas it would raise, the doctrine points still
 * missing here, and any limit on its score (the draft's score itself stays out of it). */
export type CoachHint = Pick<PostScore, 'tone' | 'findings' | 'doctrine' | 'caps'>;

function hintFrom(r: PostScore): CoachHint {
	return { tone: r.tone, findings: r.findings, doctrine: r.doctrine, caps: r.caps };
}

/** A draft that quotes or re-posts a feed item ("verify before you share"). */
export interface Amplify {
	itemId: string;
	mode: 'quote' | 'share';
}

/** Hints on a draft, against the world as it is at `s.t`; `amplify`: the item it quotes or re-posts. */
export function coachHint(
	scenario: Scenario,
	s: SessionState,
	text: string,
	replyTo?: string,
	amplify?: Amplify
): CoachHint {
	const item = amplify ? s.feed.find((f) => f.id === amplify.itemId) : undefined;
	return hintFrom(
		score(
			{
				id: 'draft',
				t: s.t,
				text,
				replyTo,
				platform: scenario.trainee.account.platform,
				...(item && amplify ? { amplifies: amplifiedItem(scenario, item, amplify.mode) } : {})
			},
			{
				scenario,
				t: s.t,
				fired: s.fired,
				revealed: s.revealed,
				history: history(s),
				questions: s.questions,
				mode: 'draft'
			}
		)
	);
}

/** Facts known at time `t` in this world: those known from the start and those revealed by events fired by then. */
function revealedBy(scenario: Scenario, s: SessionState, t: number): string[] {
	const out = new Set(scenario.facts.filter((f) => f.knownFrom === 0).map((f) => f.id));
	const byId = new Map(scenario.events.map((e) => [e.id, e]));
	for (const f of s.fired) {
		if (f.t > t) break;
		for (const id of byId.get(f.id)?.reveals ?? []) out.add(id);
	}
	return [...out];
}

/** What the coach would have said about `post` as a draft, just before it was published. */
export function hintBefore(scenario: Scenario, s: SessionState, post: PostRecord): CoachHint {
	const i = s.posts.indexOf(post);
	const earlier: ScoredPostSummary[] = history({ ...s, posts: s.posts.slice(0, Math.max(0, i)) })
		// a post deleted after this one went out was still visible when it did
		.map((h, j) => {
			const p = s.posts[j];
			if (h.deleted && (p.deletedAt ?? 0) > post.t) {
				const { deleted: _gone, ...rest } = h;
				void _gone;
				return rest;
			}
			return h;
		});
	return hintFrom(
		score(
			{
				id: 'draft',
				t: post.t,
				text: post.text,
				replyTo: post.replyTo,
				platform: scenario.trainee.account.platform
			},
			{
				scenario,
				t: post.t,
				fired: s.fired.filter((f) => f.t <= post.t),
				revealed: revealedBy(scenario, s, post.t),
				history: earlier,
				// the questions asked by then, answered only by earlier posts
				questions: (s.questions ?? [])
					.filter((q) => q.t <= post.t)
					.map((q) => {
						const answered = q.answeredBy && earlier.some((h) => h.id === q.answeredBy);
						if (answered) return q;
						const { answeredBy: _a, answeredAt: _b, ...open } = q;
						void _a;
						void _b;
						return open;
					}),
				mode: 'draft'
			}
		)
	);
}
