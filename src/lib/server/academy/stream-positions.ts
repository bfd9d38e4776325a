/**
 * How far the open trainee streams of this process have read each participant's part of the log. The hub
 * routes a post only to its author's streams (src/lib/server/academy/live.ts), so the other trainees' streams
 * no longer look at every event; instead, when a participant's world is about to be used in a transaction, the
 * position of their streams says whether the cached world can have missed an input (if not, the log need not
 * be read again).
 */
import type { Hub } from './live.ts';
import { logSeen } from './worlds.ts';

export interface StreamPosition {
	/** The stream has read its backlog and takes live events from the hub. */
	ready: boolean;
	/** The newest input (for everyone or for this participant) the stream has seen. */
	lastInput: number;
}

const open = new Map<string, Set<StreamPosition>>();
const key = (exerciseId: string, participantId: string) => `${exerciseId}\u0000${participantId}`;

/** Track a stream's position until `release()`. */
export function trackPosition(exerciseId: string, participantId: string, pos: StreamPosition) {
	const k = key(exerciseId, participantId);
	let set = open.get(k);
	if (!set) open.set(k, (set = new Set()));
	set.add(pos);
	return () => {
		set.delete(pos);
		if (!set.size && open.get(k) === set) open.delete(k);
	};
}

/**
 * Tell the world cache how far this participant's streams have read the log: every event up to what the hub
 * has delivered, with no input for them after `lastInput`.
 */
export function noteStreamPositions(hub: Hub, exerciseId: string, participantId: string) {
	const set = open.get(key(exerciseId, participantId));
	if (!set) return;
	const through = hub.deliveredThrough(exerciseId);
	if (through === undefined) return;
	let lastInput = -1;
	for (const p of set) if (p.ready) lastInput = Math.max(lastInput, p.lastInput);
	if (lastInput >= 0) logSeen(exerciseId, participantId, through, lastInput);
}
