/**
 * The scoring contract shared by the engine, the browser (live hints) and the server.
 * `score(post, context)` is pure and fast (goal ≤ 50 µs median for a 280-character post).
 * Every number carries the reasons behind it: which rule, which words (character spans), which minute.
 */
import type { Scenario, Seconds } from '../scenario/types';

/** HSEEP exercise evaluation ratings: Performed without challenges, with Some challenges,
 * with Major challenges, Unable to be performed. */
export type Rating = 'P' | 'S' | 'M' | 'U';

export interface Span {
	start: number; // character offset, inclusive
	end: number; // exclusive
}

export interface Reason {
	/** Rule id, e.g. "timing.window", "tone.empathy", "key.consulate-open", "cerc.be-first". */
	rule: string;
	/** Plain words for the trainee. */
	text: string;
	/** Effect on the criterion score (+/-), for the explanation. */
	delta?: number;
	spans?: Span[];
	/** Source of the rule (CERC, Debunking Handbook 2020, RESIST 2, platform rule, scenario rubric). */
	source?: string;
}

export type CriterionId = 'timing' | 'tone' | 'key-messages' | 'faux-pas' | 'platform';

export interface Criterion {
	id: CriterionId;
	score: number; // 0..1
	rating: Rating;
	weight: number;
	reasons: Reason[];
}

export type FindingId =
	| 'wrong-name'
	| 'emoji-in-tragedy'
	| 'humour-in-tragedy'
	| 'premature-blame'
	| 'confidential-leak'
	| 'myth-repetition'
	| 'no-comment'
	| 'engaging-troll'
	| 'shouting'
	| 'over-limit'
	| 'too-many-hashtags'
	| 'too-many-mentions'
	| 'factual-error'
	| 'avoided-phrase'
	| 'empty-post'
	| 'profanity'
	| 'victim-blaming'
	| 'belittling'
	| 'sarcasm'
	| 'taking-sides'
	| 'self-promotion'
	| 'empty-platitude';

export interface Finding {
	id: FindingId;
	severity: 'minor' | 'major' | 'critical';
	/** What happened in this post, e.g. "“Minister Vargas” — the minister is Ilse Varga." */
	message: string;
	/** Why it matters (short, for the trainee). */
	explanation: string;
	/** Where the rule comes from. */
	source: string;
	spans: Span[];
}

/** Tone on stable dimensions. valence −1…1; the others 0…1. */
export interface ToneVector {
	valence: number;
	empathy: number;
	politeness: number;
	formality: number;
	hostility: number;
	certainty: number;
}

export interface PostInput {
	id: string;
	t: Seconds;
	text: string;
	/** Feed item id (event id for scripted items) this post replies to. */
	replyTo?: string;
	platform?: string;
}

export interface ScoredPostSummary {
	id: string;
	t: Seconds;
	text: string;
	replyTo?: string;
	overall: number;
	correctsClaims: string[];
	findings: FindingId[];
	keyMessages: string[];
	deleted?: boolean;
}

export interface ScoreContext {
	scenario: Scenario;
	/** Scenario time of the post. */
	t: Seconds;
	/** Events that have fired so far, with their times. */
	fired: { id: string; t: Seconds }[];
	/** Facts the trainee knows by now. */
	revealed: string[];
	/** The trainee's earlier posts (already scored). */
	history: ScoredPostSummary[];
	/** 'draft' = live hints while typing (may skip exercise-level checks); 'final' = published. */
	mode: 'draft' | 'final';
}

export interface PostScore {
	postId: string;
	overall: number; // 0..1 from the rubric weights
	rating: Rating;
	criteria: Criterion[];
	findings: Finding[];
	tone: ToneVector;
	/** Key messages this post carries. */
	keyMessages: { id: string; spans: Span[] }[];
	/** Claims this post corrects (states a refuting fact or clearly denies the claim). */
	correctsClaims: string[];
	/** Claims this post repeats badly (myth-repetition). */
	repeatsClaims: string[];
	/** Objective ids this post is relevant to. */
	objectives: string[];
}

export type Scorer = (post: PostInput, ctx: ScoreContext) => PostScore;

export interface ObjectiveSummary {
	id: string;
	text: string;
	score: number;
	rating: Rating;
	reasons: Reason[];
}

export interface ExerciseReport {
	overall: number;
	rating: Rating;
	objectives: ObjectiveSummary[];
	/** Exercise-level criteria (first-response timing, unanswered questions, silence during a spike…). */
	criteria: Criterion[];
	posts: PostScore[];
}
