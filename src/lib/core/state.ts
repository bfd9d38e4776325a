/** The session state: plain JSON, rebuilt exactly by replaying the input log. */
import type { PostScore } from '../scoring/types.ts';
import type { Compartments } from '../sim/seiz.ts';
import type { EngagementState } from '../sim/engagement.ts';
import type { FeedItem, MetricSample } from './types.ts';
import type { QuestionRecord } from './questions.ts';
import type { Outcome } from '../sim/outcome.ts';

export interface PostRecord {
	id: string;
	t: number;
	text: string;
	replyTo?: string;
	threadOf?: string;
	author?: string;
	deleted?: boolean;
	deletedAt?: number;
	/** A re-post of this feed item (then `text` is the item's text, what the followers see). */
	share?: string;
	/** A quote post of this feed item. */
	quoteOf?: string;
	score: PostScore;
	/** How the post landed, computed once from its score and the engine's own record (sim/outcome.ts). */
	outcome: Outcome;
}

/** A message to a colleague on the internal channel and its answer. */
export interface MessageRecord {
	id: string;
	t: number;
	to: string;
	text: string;
	/** Facts the colleague confirms in the answer. */
	confirms: string[];
	/** The answer's feed item and when it arrives. */
	replyId: string;
	replyAt: number;
}

/** One move the adversary made (docs/simulation.md#adversary). */
export interface MoveRecord {
	move: string;
	technique: string;
	/** When the trigger held and when the move's post appears. */
	decidedAt: number;
	t: number;
	/** The trainee post that triggered it (none for silence). */
	trigger?: string;
	itemId: string;
}

/** A push on a claim from an adversary move (like a scripted boost). */
export interface PushRecord {
	claim: string;
	t: number;
	strength: number;
	duration: number;
}

export interface AudienceMood {
	sentiment: number;
	trust: number;
	/** Warmth from well-received posts, decaying. */
	goodwill: number;
	/** Anger from gaffes, decaying. */
	outrage: number;
	mentions: number;
}

export interface CorrectionRecord {
	claim: string;
	t: number;
	/** Strength 0…1: the post's score times how early it came. */
	q: number;
	/** The post that made it. */
	postId?: string;
	/** Made before the claim circulated (a prebunk): it counts, but the public has no myth to see corrected. */
	prebunk?: true;
}

export interface SessionState {
	scenarioId: string;
	seed: number;
	mode: 'expected' | 'stochastic';
	/** Scenario seconds. */
	t: number;
	ended: boolean;
	feed: FeedItem[];
	metrics: MetricSample[];
	posts: PostRecord[];
	fired: { id: string; t: number }[];
	/** Conditional events whose condition did not hold at their time. */
	skipped: string[];
	/** Scripted events exercise control cancelled before they fired (absent until one is). */
	cancelled?: string[];
	/** Scripted events exercise control moved to another time (absent until one is). */
	retimed?: { id: string; at: number }[];
	revealed: string[];
	/** claim → organic audience → compartments (with cumulative reach). */
	spread: Record<string, Record<string, Compartments>>;
	mood: Record<string, AudienceMood>;
	corrections: CorrectionRecord[];
	/** Myth repetitions by the trainee: a brief extra push for the claim. */
	backfires: CorrectionRecord[];
	engagement: EngagementState[];
	/** Questions put to the trainee (scripted, follow-ups, injects) and whether each was answered. */
	questions: QuestionRecord[];
	/** Feed items due later (reaction waves, a journalist's follow-up). */
	scheduled: FeedItem[];
	seq: number;
	/** The trainee's pinned post and since when. */
	pinned?: { postId: string; t: number };
	messages: MessageRecord[];
	/** The adversary's moves so far (scheduled or published). */
	moves: MoveRecord[];
	pushes: PushRecord[];
}
