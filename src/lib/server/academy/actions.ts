/**
 * A trainee's actions besides posting, validated like posts: re-posting a feed item (through team clearance
 * like a post), pinning one of the team's posts, and messaging a colleague on the internal channel. Each is
 * one engine input appended to the participant's log, so the browser, the console and the debrief replay it.
 */
import { clockNow } from '../../core/clock.ts';
import { colleagues } from '../../core/actions.ts';
import type { Input } from '../../core/types.ts';
import { MAX_POST_CHARS, type EventPayload } from '../../academy/events.ts';
import { appendEvents } from '../repo/events.ts';
import * as ex from '../repo/exercises.ts';
import { AcademyError, cleanText } from './errors.ts';
import { submit } from './posting.ts';
import type { Author, PostResult } from './publishing.ts';
import { effectiveStatus, type Ctx, exerciseTx } from './context.ts';
import { scenarioOf } from './scenarios.ts';
import { worldAt } from './worlds.ts';

const nowOf = (c: Ctx) => (c.now ? c.now() : Date.now());

function id(v: unknown, what: string): string {
	if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(v))
		throw new AcademyError(400, `${what} is missing or not an id.`);
	return v;
}

export type ActionResult = PostResult | { status: 'done'; seq: number; t: number };

export async function act(
	c: Ctx,
	exerciseId: string,
	who: Author,
	body: Record<string, unknown>
): Promise<ActionResult> {
	switch (body.kind) {
		case 'share':
			return share(c, exerciseId, who, id(body.itemId, 'The post to re-post'));
		case 'pin':
			return pin(c, exerciseId, who, body.postId === null ? null : id(body.postId, 'The post'));
		case 'message':
			return message(
				c,
				exerciseId,
				who,
				id(body.to, 'The colleague'),
				cleanText(body.text, 'The message', MAX_POST_CHARS)
			);
		default:
			throw new AcademyError(400, 'Unknown action: send kind "share", "pin" or "message".');
	}
}

async function share(c: Ctx, exerciseId: string, who: Author, itemId: string) {
	const e = await ex.getExercise(c.db, exerciseId);
	if (!e) throw new AcademyError(404, 'No such exercise.');
	const s = (await worldAt(c.db, e, who.participantId, clockNow(e.clock, nowOf(c)))).state;
	const item = s.feed.find(
		(f) => f.id === itemId && (f.channel === 'feed' || f.channel === 'news')
	);
	if (!item) throw new AcademyError(400, 'That post is not in your timeline.');
	// Re-checked under the exercise lock when it is published.
	return submit(c, exerciseId, who, { kind: 'share', itemId, text: item.text });
}

/** Append one input (pin, message) to the participant's log; `make` throws to refuse it. */
async function append(
	c: Ctx,
	exerciseId: string,
	who: Author,
	make: (t: number, s: Awaited<ReturnType<typeof worldAt>>['state']) => Input
) {
	const res = await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const status = effectiveStatus(e, nowOf(c));
		if (status === 'lobby') throw new AcademyError(409, 'The exercise has not started yet.');
		if (status === 'paused')
			throw new AcademyError(409, 'Exercise control has paused the exercise.');
		if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
		const t = clockNow(e.clock, nowOf(c));
		const w = await worldAt(q, e, who.participantId, t);
		if (w.state.ended) throw new AcademyError(409, 'The exercise has ended.');
		const input = make(t, w.state);
		const [row] = await appendEvents(q, e.id, [
			{
				audience: who.participantId,
				kind: 'input',
				t,
				payload: { kind: 'input', participantId: who.participantId, input } satisfies EventPayload
			}
		]);
		return { status: 'done' as const, seq: row.seq, t };
	});
	await c.hub.announce(exerciseId);
	return res;
}

async function pin(c: Ctx, exerciseId: string, who: Author, postId: string | null) {
	return append(c, exerciseId, who, (t, s) => {
		if (postId !== null && !s.posts.some((p) => p.id === postId && !p.deleted))
			throw new AcademyError(404, 'No such post of yours.');
		return { kind: 'pin', t, postId };
	});
}

async function message(c: Ctx, exerciseId: string, who: Author, to: string, text: string) {
	const e = await ex.getExercise(c.db, exerciseId);
	if (!e) throw new AcademyError(404, 'No such exercise.');
	if (!colleagues(scenarioOf(e)).some((p) => p.id === to))
		throw new AcademyError(400, 'You can message the colleagues named in the scenario only.');
	return append(c, exerciseId, who, (t, s) => ({
		kind: 'message',
		t,
		id: `dm${s.messages.length + 1}`,
		to,
		text,
		author: who.displayName
	}));
}
