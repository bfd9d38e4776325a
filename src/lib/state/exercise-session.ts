/**
 * What the exercise page needs from a session, whoever runs it: the browser alone (solo practice,
 * SoloSession) or the academy server with exercise control (AcademySession).
 */
import type { Scenario } from '$lib/scenario/types';
import type { SessionState } from '$lib/core/state';
import type { Clock, Speed } from '$lib/core/clock';

export type PostOutcome = { ok: boolean; message: string };

export interface ExerciseSession {
	readonly scenario: Scenario;
	readonly state: SessionState;
	readonly clock: Clock;
	readonly running: boolean;
	/** 'solo': the trainee runs the clock; 'academy': exercise control does. */
	readonly kind: 'solo' | 'academy';
	/** A short line beside the clock, e.g. "Paused by exercise control". */
	readonly statusText: string;
	attach(): void;
	detach(): void;
	play(): void;
	pause(): void;
	setSpeed(speed: Speed): void;
	skipToNextEvent(): void;
	/** Publish a post: a reply (`replyTo`) or a quote post (`quoteOf`) of a feed item. */
	post(text: string, replyTo?: string, quoteOf?: string): Promise<PostOutcome>;
	/** Re-post a feed item to the account's followers. */
	share(itemId: string): Promise<PostOutcome>;
	/** Pin one of the trainee's posts (null unpins). */
	pin(postId: string | null): Promise<PostOutcome>;
	/** A message to a colleague on the internal channel. */
	message(to: string, text: string): Promise<PostOutcome>;
	remove(postId: string): Promise<void> | void;
	finish(): Promise<void> | void;
}
