/**
 * Team drafts awaiting clearance: a member's post (or re-post) that the team lead approves, which publishes
 * it, or sends back with a note. Rows carry the author's display name; the service turns them into views.
 */
import type { Queryable } from '../db/types.ts';

export type DraftStatus = 'pending' | 'approved' | 'rejected';

export interface DraftRow {
	id: string;
	member_id: string;
	/** The author's display name (members.display_name). */
	author: string;
	text: string;
	reply_to: string | null;
	quote_of: string | null;
	share_of: string | null;
	status: DraftStatus;
	note: string | null;
	post_id: string | null;
}

export interface NewDraft {
	id: string;
	exerciseId: string;
	participantId: string;
	memberId: string;
	text: string;
	replyTo: string | null;
	quoteOf: string | null;
	shareOf: string | null;
}

/** A new pending draft. */
export async function insertDraft(q: Queryable, d: NewDraft): Promise<void> {
	await q.query(
		`INSERT INTO drafts (id, exercise_id, participant_id, member_id, text, reply_to, quote_of, share_of, status)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending')`,
		[d.id, d.exerciseId, d.participantId, d.memberId, d.text, d.replyTo, d.quoteOf, d.shareOf]
	);
}

/** One draft of this team in this exercise, or undefined (another team's draft is not found). */
export async function findTeamDraft(
	q: Queryable,
	draftId: string,
	exerciseId: string,
	participantId: string
): Promise<DraftRow | undefined> {
	const [d] = await q.query<DraftRow>(
		`SELECT d.*, m.display_name AS author FROM drafts d JOIN members m ON m.id = d.member_id
		  WHERE d.id = $1 AND d.exercise_id = $2 AND d.participant_id = $3`,
		[draftId, exerciseId, participantId]
	);
	return d;
}

/** Record the lead's decision (and the post it became, when approved). */
export async function recordDecision(
	q: Queryable,
	draftId: string,
	d: {
		status: Exclude<DraftStatus, 'pending'>;
		note: string | null;
		decidedBy: string;
		postId: string | null;
	}
): Promise<void> {
	await q.query(
		'UPDATE drafts SET status = $2, note = $3, decided_by = $4, post_id = $5 WHERE id = $1',
		[draftId, d.status, d.note, d.decidedBy, d.postId]
	);
}

/** A team's drafts, oldest first. */
export async function listTeamDrafts(
	q: Queryable,
	exerciseId: string,
	participantId: string
): Promise<DraftRow[]> {
	return q.query<DraftRow>(
		`SELECT d.*, m.display_name AS author FROM drafts d JOIN members m ON m.id = d.member_id
		  WHERE d.exercise_id = $1 AND d.participant_id = $2 ORDER BY d.created_at`,
		[exerciseId, participantId]
	);
}
