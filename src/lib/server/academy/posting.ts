/**
 * Trainees' posts: publish one (a post, a reply, a quote post) or send it to the team lead for clearance, and
 * delete one.
 *
 * A post is accepted in one transaction: lock the exercise, read the shared clock, bring the participant's
 * world up to that time, let the engine score and apply the post, append it to the log, commit. Only then is
 * it acknowledged, so an acknowledged post survives a crash, and its score is exactly what a replay gives.
 */
import { clockNow } from '../../core/clock.ts';
import type { Input } from '../../core/types.ts';
import { MAX_POST_CHARS, type EventPayload } from '../../academy/events.ts';
import { appendEvents } from '../repo/events.ts';
import * as ex from '../repo/exercises.ts';
import { AcademyError, cleanText } from './errors.ts';
import { effectiveStatus, nowOf, type Ctx, exerciseTx } from './context.ts';
import { remember, worldAt } from './worlds.ts';
import { openFor, publish, type Author, type PostResult, type Publication } from './publishing.ts';
import { sendForClearance } from './clearance.ts';

/** Publish now, or (a team member in a team with clearance) send it to the team lead for approval. */
export async function submitPost(
	c: Ctx,
	exerciseId: string,
	who: Author,
	body: { text: unknown; replyTo?: unknown; quoteOf?: unknown }
): Promise<PostResult> {
	const text = cleanText(body.text, 'The post', MAX_POST_CHARS);
	const ref = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 100) : undefined);
	const replyTo = ref(body.replyTo);
	const quoteOf = ref(body.quoteOf);
	if (replyTo && quoteOf)
		throw new AcademyError(400, 'A post replies to a post or quotes it, not both.');
	return submit(c, exerciseId, who, {
		kind: 'post',
		text,
		...(replyTo ? { replyTo } : {}),
		...(quoteOf ? { quoteOf } : {})
	});
}

/** Publish (or send for clearance) a post or a re-post. */
export async function submit(
	c: Ctx,
	exerciseId: string,
	who: Author,
	pub: Publication
): Promise<PostResult> {
	// The embedded database's exercise row is remembered between posts (src/lib/server/repo/exercises.ts).
	const cached = c.db.kind === 'pglite';
	const res = await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId, { cached });
		if (!e) throw new AcademyError(404, 'No such exercise.');
		openFor(effectiveStatus(e, nowOf(c)));
		const done =
			e.clearance && !who.isLead
				? { ...(await sendForClearance(q, c, e, who, pub)), world: undefined }
				: await publish(q, c, e, who.participantId, who.displayName, pub);
		// The row as this transaction leaves it (its log now ends at the last event appended).
		const row = { ...e, lastSeq: done.rows.at(-1)!.seq };
		return { ...done, row, version: ex.rowVersion() };
	});
	if (cached) ex.rememberRow(res.row, res.version);
	if (res.world) remember(exerciseId, who.participantId, res.world);
	await c.hub.announce(exerciseId, res.rows);
	return res.result;
}

/** A trainee deletes one of their posts (its effects stay, as in real life). */
export async function deletePost(c: Ctx, exerciseId: string, who: Author, postId: string) {
	await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		openFor(effectiveStatus(e, nowOf(c)));
		const t = clockNow(e.clock, nowOf(c));
		const w = await worldAt(q, e, who.participantId, t);
		if (!w.state.posts.some((p) => p.id === postId && !p.deleted))
			throw new AcademyError(404, 'No such post of yours.');
		const input: Input = { kind: 'delete', t, postId };
		await appendEvents(q, e.id, [
			{
				audience: who.participantId,
				kind: 'input',
				t,
				payload: { kind: 'input', participantId: who.participantId, input } satisfies EventPayload
			}
		]);
	});
	await c.hub.announce(exerciseId);
}
