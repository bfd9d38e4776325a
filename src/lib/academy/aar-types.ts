/** The cohort After-Action Review data shapes (the rules are in ./aar.ts). */
import type { SessionState } from '../core/state.ts';
import type { ExerciseReport, Finding, FindingId, Rating } from '../scoring/types.ts';

export const AAR_FORMAT = 'ddsim/aar@1';

export interface AarOverride {
	postId: string;
	overall: number;
	rating: Rating;
	reason: string;
	by: string;
	at: string;
}
export interface AarComment {
	postId: string;
	text: string;
	by: string;
	at: string;
}
export interface AarParticipant {
	id: string;
	name: string;
	members: string[];
	state: SessionState;
	report: ExerciseReport;
	overrides: AarOverride[];
	comments: AarComment[];
}

export type RatingCounts = Record<Rating, number>;

export interface AarObjective {
	id: string;
	text: string;
	counts: RatingCounts;
	/** Mean objective score over the participants (0 when none). */
	meanScore: number;
	/** Participants whose run did not exercise the objective (counted as U by the scoring). */
	notExercised: number;
}

export interface AarOverall {
	auto: RatingCounts;
	adjusted: RatingCounts;
	meanAuto: number;
	meanAdjusted: number;
}

export type BucketId = '0-5' | '5-10' | '10-15' | '15-30' | '30-60' | '60+' | 'never';
export interface AarBucket {
	id: BucketId;
	label: string;
	count: number;
}
export interface AarTiming {
	/** Event the clock starts from: null = scenario start. */
	fromEvent: string | null;
	buckets: AarBucket[];
	responded: number;
	never: number;
	/** Participants not measured (the spread event never fired in their run). */
	excluded: number;
	medianS: number | null;
	p90S: number | null;
}

export interface AarExample {
	participantId: string;
	participantName: string;
	postId: string;
	text: string;
	message: string;
}
export interface AarFauxPas {
	id: FindingId;
	severity: Finding['severity'];
	explanation: string;
	source: string;
	posts: number;
	participants: number;
	examples: AarExample[];
}

export interface AarParticipantRow {
	id: string;
	name: string;
	members: string[];
	/** Live (non-deleted) posts. */
	posts: number;
	deleted: number;
	/** Scenario seconds of the first non-deleted post; null = never posted. */
	firstResponseT: number | null;
	/** Seconds from the first claim spread to the first post at or after it; null = none / not applicable. */
	firstResponseAfterSpreadS: number | null;
	autoOverall: number;
	autoRating: Rating;
	adjustedOverall: number;
	adjustedRating: Rating;
	findings: number;
	overrides: number;
	comments: number;
}

export interface AarPostRow {
	participantId: string;
	participantName: string;
	members: string[];
	postId: string;
	t: number;
	text: string;
	deleted: boolean;
	autoOverall: number;
	autoRating: Rating;
	override: Omit<AarOverride, 'postId'> | null;
	findings: FindingId[];
	keyMessages: string[];
	comments: Omit<AarComment, 'postId'>[];
}

export interface CohortAar {
	format: typeof AAR_FORMAT;
	scenario: { id: string; title: string; duration: number };
	/** Scenario time the exercise reached (less than the duration when it was ended early). */
	played: number;
	participantCount: number;
	objectives: AarObjective[];
	overall: AarOverall;
	timing: { fromStart: AarTiming; fromSpread: AarTiming | null };
	fauxPas: AarFauxPas[];
	participants: AarParticipantRow[];
	posts: AarPostRow[];
}
