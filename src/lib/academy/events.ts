/**
 * The academy event log as the browser sees it: what each kind of event carries. Shared by the server (which
 * appends them), the live stream, the trainee page and the instructor console.
 */
import type { Clock, Speed } from '../core/clock.ts';
import type { Input } from '../core/types.ts';
import type { PostScore, Rating } from '../scoring/types.ts';

export type ExerciseStatus = 'lobby' | 'running' | 'paused' | 'ended';

export interface DraftView {
	id: string;
	memberId: string;
	author: string;
	text: string;
	replyTo?: string;
	/** A quote post of this feed item. */
	quoteOf?: string;
	/** A re-post of this feed item (`text` is the item's text). */
	shareOf?: string;
	status: 'pending' | 'approved' | 'rejected';
	note?: string;
	postId?: string;
	decidedBy?: string;
}

export type EventPayload =
	| { kind: 'clock'; status: ExerciseStatus; clock: Clock; by: string }
	| {
			kind: 'joined';
			participantId: string;
			participantName: string;
			memberId: string;
			name: string;
	  }
	/** An engine input for one participant's world (`participantId`) or for every world (none). */
	| {
			kind: 'input';
			participantId?: string;
			input: Input;
			/** For posts: the automatic score, as the engine computed it. */
			score?: PostScore;
			/** For injects: which instructor sent it. */
			by?: string;
	  }
	| { kind: 'comment'; participantId: string; postId: string; text: string; by: string }
	| {
			kind: 'override';
			participantId: string;
			postId: string;
			overall: number;
			rating: Rating;
			reason: string;
			by: string;
	  }
	| { kind: 'draft'; participantId: string; draft: DraftView }
	/** Exercise control changed a setting for everyone (exam mode: no live hints). */
	| { kind: 'settings'; exam: boolean; by: string };

export interface LiveEvent {
	seq: number;
	t: number;
	at: string;
	audience: string;
	payload: EventPayload;
}

export const ACADEMY_SPEEDS: Exclude<Speed, 'max'>[] = [1, 5, 20];

/** Posts longer than this are refused outright (the platform's own limit is scored, not enforced). */
export const MAX_POST_CHARS = 5000;
export const MAX_NAME_CHARS = 60;
export const MAX_INJECT_CHARS = 2000;
export const MAX_COMMENT_CHARS = 2000;

/** An instructor's comment or score override, as the debrief shows it beside the automatic score. */
export interface Annotation {
	postId: string;
	kind: 'comment' | 'override';
	text: string;
	by: string;
	overall?: number;
	rating?: Rating;
}

/** The console grid's summary of one trainee's world at the current scenario time. */
export interface Signals {
	t: number;
	posts: number;
	lastPostT?: number;
	/** The run's overall and rating so far (absent while nothing can be assessed yet). */
	overall?: number;
	rating?: Rating;
	findings: number;
	sentiment: number;
	trust: number;
	believers: number;
}
