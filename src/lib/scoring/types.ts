/**
 * The scoring contract shared by the engine, the browser (live hints) and the server.
 * `score(post, context)` is pure and fast (goal ≤ 50 µs median for a 280-character post).
 * Every number carries the reasons behind it: which rule, which words (character spans), which minute.
 */
import type { DoctrineCheckKind, Scenario, Seconds } from '../scenario/types';

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

export type CriterionId = 'timing' | 'tone' | 'key-messages' | 'doctrine' | 'faux-pas' | 'platform';

export interface Criterion {
	id: CriterionId;
	score: number; // 0..1
	rating: Rating;
	/** Weight in the overall; 0 = not applicable to this post or run (the reasons say why). */
	weight: number;
	reasons: Reason[];
}

/** One point of a doctrine check, e.g. CERC "say what is not yet known", met (1), partly (0.5) or not (0). */
export interface ItemResult {
	id: string;
	label: string;
	score: number;
	weight: number;
	/** Where the post meets it. */
	spans: Span[];
	/** Plain words: what was found, or what is missing and why it matters. */
	text: string;
}

/** A doctrine check applied to a post (docs/scoring.md#doctrine). */
export interface CheckResult {
	/** The scenario's doctrine check id, e.g. "first-statement", "correction:turned-away". */
	check: string;
	kind: DoctrineCheckKind;
	objective?: string;
	/** What it was applied to: the claim, the question's feed item, the troll persona. */
	subject?: string;
	/** The event it responds to (the crisis event, the claim's spread, the question). */
	from?: string;
	score: number;
	items: ItemResult[];
	/** One line for the trainee, e.g. "First statement: 6 of 8 CERC points". */
	summary: string;
	source: string;
}

/** A question addressed to the trainee (scripted, a journalist's follow-up, or an instructor's inject). */
export interface QuestionRef {
	/** Feed item id (the event id for scripted questions). */
	itemId: string;
	t: Seconds;
	eventId?: string;
	/** The asker's handle, lower case, without "@". */
	asker?: string;
	/** Fact ids the question asks for. */
	asks: string[];
	/** Answered only by owning up (a journalist asking about a gaffe). */
	acknowledge?: boolean;
	/** The trainee post a question is about (a journalist asking about a gaffe). */
	about?: string;
	text: string;
	/** The post that answered it, and when (the engine's record; absent while it is waiting). */
	answeredBy?: string;
	answeredAt?: number;
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
	| 'empty-platitude'
	| 'amplified-unverified';

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
	/** A re-post or quote: the item it amplifies (filled in by the engine; detectors/amplified-unverified.ts). */
	amplifies?: AmplifiedItem;
}

/** The feed item a share or a quote puts in front of the trainee's followers. */
export interface AmplifiedItem {
	itemId: string;
	mode: 'share' | 'quote';
	text: string;
	/** The false claim the item is known to carry (a rumour inject, an adversary push). */
	claim?: string;
	/** Who posted it: verified sources (official, news, journalist, the trainee) or unverified accounts. */
	source: 'trainee' | 'official' | 'news' | 'journalist' | 'public' | 'troll' | 'adversary';
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
	/** Question items this post answered. */
	answers?: string[];
	/** Events whose response window it answered through a doctrine check. */
	respondsTo?: string[];
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
	/** Questions put to the trainee so far (the engine's list; scripted questions when absent). */
	questions?: QuestionRef[];
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
	/** Doctrine checks that applied to this post (first statement, correction, respond-or-ignore, answer). */
	doctrine: CheckResult[];
	/** Limits on the overall and why (a critical faux pas fails the post; a major one keeps it at S or below;
	 * a post that meets little of its doctrine check cannot rate high). Empty when none applied. */
	caps: Reason[];
	/** Question items this post answers on the record. */
	answers: string[];
	/** Events whose response window this post answers through a doctrine check (its words aside). */
	respondsTo: string[];
}

export type Scorer = (post: PostInput, ctx: ScoreContext) => PostScore;

export interface ObjectiveSummary {
	id: string;
	text: string;
	score: number;
	rating: Rating;
	/** False when nothing tested it in this run: its injects did not fire (contingency, a condition) or the
	 * run is still under way. An objective the run ended too early to test counts as exercised, with 0. */
	exercised: boolean;
	reasons: Reason[];
}

/** One doctrine assessment over the run: a first statement, a claim corrected, a troll ignored, a question
 * answered. */
export interface RunCheck {
	check: string;
	kind: CheckResult['kind'];
	objective?: string;
	subject?: string;
	score: number;
	text: string;
	source: string;
	/** The post it rests on, if any. */
	postId?: string;
	/** For a correction: the simulation counted it as one that works. */
	worked?: boolean;
}

/** How a post with a major or critical faux pas was dealt with. */
export interface MistakeRecord {
	postId: string;
	findings: FindingId[];
	overall: number;
	/** corrected: a later public post owned up to it; deleted: removed without a word; left: still up. */
	remedy: 'corrected' | 'deleted' | 'left';
	/** The post that owned up to it. */
	correctedBy?: string;
	text: string;
}

export interface ExerciseReport {
	overall: number;
	rating: Rating;
	/** False while nothing can be assessed yet (a run under way before its first window closes). */
	assessed: boolean;
	/** Whether the run ended (early or at the end); windows still open at an early end count as missed. */
	ended: boolean;
	/** Scenario time the report covers. */
	endT: number;
	objectives: ObjectiveSummary[];
	/** Exercise-level criteria (timing, tone, key messages, doctrine, faux pas, platform). */
	criteria: Criterion[];
	/** The doctrine assessments behind the doctrine criterion. */
	checks: RunCheck[];
	/** Posts with a major or critical faux pas and what became of them. */
	mistakes: MistakeRecord[];
	/** Limits on the overall and why (the worst mistake left standing). */
	caps: Reason[];
	/** How the overall was made: the criteria view and the objectives view, each 0..1. */
	parts: { criteria: number; objectives: number | null };
	posts: PostScore[];
}
