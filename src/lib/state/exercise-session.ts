/**
 * What the exercise page needs from a session, whoever runs it: the browser alone (solo practice,
 * SoloSession) or the academy server with exercise control (AcademySession). Both hand the page the same
 * projection of the world (src/lib/academy/trainee-view.ts): an academy trainee's browser never holds the
 * scenario, only what the trainee may know.
 */
import type { Clock, Speed } from '$lib/core/clock';
import type { Amplify, CoachHint } from '$lib/core/coach';
import type { BriefingView, WorldView } from '$lib/academy/trainee-view';

export type PostOutcome = { ok: boolean; message: string };

export interface ExerciseSession {
	readonly briefing: BriefingView;
	readonly world: WorldView;
	readonly clock: Clock;
	readonly running: boolean;
	/** 'solo': the trainee runs the clock; 'academy': exercise control does. */
	readonly kind: 'solo' | 'academy';
	/** A short line beside the clock, e.g. "Paused by exercise control". */
	readonly statusText: string;
	/** Academy: the exercise has not started yet (the page shows the briefing). */
	readonly waiting: boolean;
	/** Exam mode: no live hints (the debrief shows what they would have said). */
	readonly exam: boolean;
	/** Something went wrong that the trainee should know (the simulation stopped, the connection failed). */
	readonly problem: string;
	/** Scenario time to show on the clock now. */
	now(): number;
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
	/** The coach's hints on a draft (undefined in exam mode or when unavailable); `amplify`: the feed item a
	 * quote post or re-post would amplify ("verify before you share"). */
	hint(text: string, replyTo?: string, amplify?: Amplify): Promise<CoachHint | undefined>;
}
