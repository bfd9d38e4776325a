/**
 * Team clearance: in a team exercise with clearance, a member's post is a draft until the team lead approves
 * (publishes) it or sends it back with a note, as real press offices work. Drafts are seen by their team and
 * the exercise's instructors only.
 */
import { clockNow } from '../../core/clock.ts';
import { MAX_COMMENT_CHARS, type DraftView, type EventPayload } from '../../academy/events.ts';
import { appendEvents, type EventRow } from '../repo/events.ts';
import * as ex from '../repo/exercises.ts';
import * as drafts from '../repo/drafts.ts';
import { newId } from '../auth/tokens.ts';
import type { Queryable } from '../db/types.ts';
import { AcademyError, cleanText } from './errors.ts';
import { effectiveStatus, nowOf, type Ctx, exerciseTx } from './context.ts';
import { remember } from './worlds.ts';
import { checkRefs, openFor, publish, type Author, type Publication } from './publishing.ts';

/** Inside the transaction that locked exercise `e`: store a member's publication as a draft for their lead. */
export async function sendForClearance(
	q: Queryable,
	c: Ctx,
	e: ex.Exercise,
	who: Author,
	pub: Publication
): Promise<{ result: { status: 'pending'; draftId: string; seq: number }; rows: EventRow[] }> {
	// Check the reference now, so a draft never waits on something that cannot be published.
	await checkRefs(q, c, e, who.participantId, pub);
	const draftId = newId('d');
	const refs = {
		replyTo: pub.kind === 'post' ? (pub.replyTo ?? null) : null,
		quoteOf: pub.kind === 'post' ? (pub.quoteOf ?? null) : null,
		shareOf: pub.kind === 'share' ? pub.itemId : null
	};
	await drafts.insertDraft(q, {
		id: draftId,
		exerciseId: e.id,
		participantId: who.participantId,
		memberId: who.memberId,
		text: pub.text,
		...refs
	});
	const draft = draftView({
		id: draftId,
		member_id: who.memberId,
		author: who.displayName,
		text: pub.text,
		reply_to: refs.replyTo,
		quote_of: refs.quoteOf,
		share_of: refs.shareOf,
		status: 'pending',
		note: null,
		post_id: null
	});
	const rows = await appendEvents(q, e.id, [draftEvent(e, who.participantId, draft, nowOf(c))]);
	const result = { status: 'pending' as const, draftId, seq: rows[0].seq };
	return { result, rows };
}

function draftView(d: drafts.DraftRow, decidedBy?: string): DraftView {
	return {
		id: d.id,
		memberId: d.member_id,
		author: d.author,
		text: d.text,
		...(d.reply_to ? { replyTo: d.reply_to } : {}),
		...(d.quote_of ? { quoteOf: d.quote_of } : {}),
		...(d.share_of ? { shareOf: d.share_of } : {}),
		status: d.status,
		...(d.note ? { note: d.note } : {}),
		...(d.post_id ? { postId: d.post_id } : {}),
		...(decidedBy ? { decidedBy } : {})
	};
}

function draftEvent(e: ex.Exercise, participantId: string, draft: DraftView, now: number) {
	const payload: EventPayload = { kind: 'draft', participantId, draft };
	return { audience: participantId, kind: 'draft', t: clockNow(e.clock, now), payload };
}

/** The team lead approves (publishes) or sends back a teammate's draft. */
export async function decideDraft(
	c: Ctx,
	exerciseId: string,
	who: Author,
	draftId: string,
	decision: { approve: boolean; note?: unknown }
) {
	if (!who.isLead) throw new AcademyError(403, 'Only the team lead clears drafts.');
	const note =
		decision.note === undefined || decision.note === ''
			? undefined
			: cleanText(decision.note, 'The note', MAX_COMMENT_CHARS);
	const res = await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const d = await drafts.findTeamDraft(q, draftId, exerciseId, who.participantId);
		if (!d) throw new AcademyError(404, 'No such draft in your team.');
		if (d.status !== 'pending') throw new AcademyError(409, 'This draft has already been decided.');
		let postId: string | undefined;
		let pub: Awaited<ReturnType<typeof publish>> | undefined;
		if (decision.approve) {
			openFor(effectiveStatus(e, nowOf(c)));
			pub = await publish(
				q,
				c,
				e,
				who.participantId,
				`${d.author} (cleared by ${who.displayName})`,
				d.share_of
					? { kind: 'share', itemId: d.share_of, text: d.text }
					: {
							kind: 'post',
							text: d.text,
							...(d.reply_to ? { replyTo: d.reply_to } : {}),
							...(d.quote_of ? { quoteOf: d.quote_of } : {})
						}
			);
			postId = pub.result.postId;
		}
		const status = decision.approve ? ('approved' as const) : ('rejected' as const);
		await drafts.recordDecision(q, d.id, {
			status,
			note: note ?? null,
			decidedBy: who.memberId,
			postId: postId ?? null
		});
		const draft = draftView(
			{ ...d, status, note: note ?? null, post_id: postId ?? null },
			who.displayName
		);
		await appendEvents(q, e.id, [draftEvent(e, who.participantId, draft, nowOf(c))]);
		return pub;
	});
	if (res) remember(exerciseId, who.participantId, res.world);
	await c.hub.announce(exerciseId);
	return res ? { postId: res.result.postId, score: res.result.score } : {};
}

/** Pending and decided drafts of a team (members of that team and its instructors only). */
export async function draftsOf(q: Queryable, exerciseId: string, participantId: string) {
	const rows = await drafts.listTeamDrafts(q, exerciseId, participantId);
	return rows.map((d) => draftView(d));
}
