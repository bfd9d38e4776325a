/**
 * The engine contract. A session is (scenario, seed, ordered input log). `step(state, input)` is pure:
 * it returns the next state and the effects of that step. `replay(scenario, seed, log)` rebuilds any state
 * exactly. State, inputs and effects are plain JSON (no class instances, no Maps, no undefined-vs-missing
 * ambiguity that would break a JSON round trip).
 */
import type { Channel, Media, Seconds } from '../scenario/types';
import type { PostScore } from '../scoring/types';

/** Everything that can happen to a session, in scenario time `t` (seconds). Inputs in a log are ordered
 * by `t` (non-decreasing); the engine advances the world to `t` before applying the input. */
export type Input =
	| { kind: 'tick'; t: Seconds }
	| {
			kind: 'post';
			t: Seconds;
			/** Stable id chosen by the caller (e.g. "p1", or a server-made id). */
			id: string;
			text: string;
			/** Feed item id this replies to. */
			replyTo?: string;
			/** Previous post of the trainee's own thread. */
			threadOf?: string;
			/** Who wrote it (team play / academy), display only. */
			author?: string;
			/** A quote post: the feed item it quotes (shown embedded under the text). */
			quoteOf?: string;
	  }
	/** Re-post (share) a feed item to the trainee's followers, without a comment. */
	| { kind: 'share'; t: Seconds; id: string; itemId: string; author?: string }
	/** Pin one of the trainee's posts to the top of the profile (`postId: null` unpins). */
	| { kind: 'pin'; t: Seconds; postId: string | null }
	/** A direct message to a colleague on the internal channel, e.g. asking the consul to confirm a fact. */
	| { kind: 'message'; t: Seconds; id: string; to: string; text: string; author?: string }
	| { kind: 'delete'; t: Seconds; postId: string }
	/** Instructor sends a contingency (or any not-yet-fired) scenario event now. */
	| { kind: 'inject'; t: Seconds; eventId: string }
	/** Instructor writes a free-text inject as a persona. */
	| {
			kind: 'inject-text';
			t: Seconds;
			id: string;
			from?: string;
			channel: Channel;
			text: string;
			question?: boolean;
			/** Feed item this answers (exercise control replying in a thread as a persona). */
			replyTo?: string;
			/** Publish later, at this scenario time (an inject added to the MSEL), instead of now. */
			at?: Seconds;
	  }
	/** Exercise control cancels a scripted event that has not fired yet: it will not fire by itself. */
	| { kind: 'cancel'; t: Seconds; eventId: string }
	/** Exercise control moves a scripted event that has not fired yet to scenario time `at` (≥ now). */
	| { kind: 'retime'; t: Seconds; eventId: string; at: Seconds }
	| { kind: 'end'; t: Seconds };

export type FeedKind =
	'event' | 'reaction' | 'quote' | 'news' | 'trainee' | 'dm' | 'internal' | 'adversary';

export interface Author {
	name: string;
	handle?: string;
	personaId?: string;
	audience?: string;
	kind: 'persona' | 'public' | 'trainee' | 'system';
	/** Shown with a verified badge (the trainee's verified account; news, official, journalist and
	 * organisation personas). Set in the trainee's view. */
	verified?: boolean;
	/** A news persona (the timeline's News tab). Set in the trainee's view. */
	news?: boolean;
}

export interface Counts {
	likes: number;
	shares: number;
	replies: number;
}

export interface FeedItem {
	id: string;
	t: Seconds;
	kind: FeedKind;
	channel: Channel;
	author: Author;
	text: string;
	headline?: string;
	/** The event id that produced it, if scripted. */
	eventId?: string;
	replyTo?: string;
	/** For generated reactions: how many similar posts this one stands for ("and 3,412 more"). */
	represents?: number;
	/** Stance of a generated reaction. */
	stance?: string;
	counts: Counts;
	/** Claim this item carries (rumour posts). */
	claim?: string;
	question?: boolean;
	deleted?: boolean;
	/** A quote post: the feed item quoted (a deleted one shows as a screenshot). */
	quoteOf?: string;
	/** A re-post of this feed item (the trainee's shares). */
	repostOf?: string;
	/** A video, image, document or screenshot card. */
	media?: Media;
	/** Adversary posts: the scripted move and its DISARM technique id. */
	move?: string;
	technique?: string;
	/** Generated reactions: which pool the text came from ("correction/supportive", "silence/hostile" …). */
	pool?: string;
	/** Facts the trainee learns when this item arrives (a colleague's reply to a message). */
	reveals?: string[];
}

export interface AudienceMetrics {
	audience: string;
	/** −1…1 toward the trainee's government. */
	sentiment: number;
	/** 0…1 trust in the trainee's account. */
	trust: number;
	/** Mentions of the trainee's account in the last minute. */
	mentions: number;
}

export interface ClaimMetrics {
	claim: string;
	audience: string;
	/** Accounts that have seen the claim (E+I+Z, cumulative reach). */
	reach: number;
	/** Believers/spreaders (I). */
	believers: number;
	skeptics: number;
	exposed: number;
	susceptible: number;
	/** Posts/shares carrying the claim in the last minute. */
	volume: number;
}

export interface MetricSample {
	t: Seconds;
	audiences: AudienceMetrics[];
	claims: ClaimMetrics[];
}

export type Notification =
	| { kind: 'mention'; t: Seconds; itemId: string; text: string }
	| { kind: 'question'; t: Seconds; itemId: string; text: string }
	| { kind: 'internal'; t: Seconds; itemId: string; text: string }
	| { kind: 'trending'; t: Seconds; hashtag: string; rank: number };

export type Effect =
	| { kind: 'feed'; item: FeedItem }
	| { kind: 'counts'; itemId: string; counts: Counts }
	| { kind: 'metric'; sample: MetricSample }
	| { kind: 'notification'; notification: Notification }
	| { kind: 'scored'; postId: string; score: PostScore }
	| { kind: 'fired'; eventId: string; t: Seconds }
	| { kind: 'ended'; t: Seconds };

export interface StepResult<S> {
	state: S;
	effects: Effect[];
}
