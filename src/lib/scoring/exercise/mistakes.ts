/**
 * Faux pas over the run. Every published post counts, deleted ones too: deletions are screenshotted and
 * archived (research note §2, F8: Trump/May, Strelkov, the FCO's Novichok tweet). What counts is what became of
 * each major or critical mistake: owned up to in a later public post (corrected), removed without a word
 * (deleted), or left standing. A run cannot rate far above its worst mistake that was not corrected.
 */
import { formatTime } from '../../scenario/time.ts';
import { cue } from '../doctrine/cues.ts';
import { postText } from '../text/post-text.ts';
import type { Criterion, MistakeRecord, Reason } from '../types.ts';
import { crit, mean, type Run } from './context.ts';

/** Share of a mistake's cost given back by how it was dealt with. */
export const REMEDY_CREDIT = {
	corrected: 0.5,
	correctedAndDeleted: 0.6,
	deleted: 0.2,
	left: 0
} as const;
/** How far above its worst uncorrected mistake a run may rate (left up, deleted silently). */
export const MISTAKE_MARGIN = { left: 0.25, deleted: 0.3 } as const;
/** Cost of deleting a post that had nothing wrong with it, without a word. */
export const SILENT_DELETE_COST = 0.05;
const F8 =
	'Deletion is not remediation: screenshots remain (FCO 2018, Strelkov 2014, Trump/May 2017)';

function owningUp(text: string): boolean {
	return cue(postText(text), 'acknowledge', { negated: false }).length > 0;
}

export function mistakes(run: Run): MistakeRecord[] {
	const out: MistakeRecord[] = [];
	for (const p of run.published) {
		const serious = p.score.findings.filter((f) => f.severity !== 'minor');
		if (!serious.length) continue;
		const o = run.x.overrides?.[p.input.id];
		if (o !== undefined && o >= 0.6) continue; // the instructor judged it no real mistake
		const fix = run.live.find(
			(q) =>
				q.input.t > p.input.t &&
				(owningUp(q.input.text) ||
					run.questions().some((x) => x.about === p.input.id && x.answeredBy === q.input.id))
		);
		out.push({
			postId: p.input.id,
			findings: [...new Set(serious.map((f) => f.id))],
			overall: run.overall(p),
			remedy: fix ? 'corrected' : p.deleted ? 'deleted' : 'left',
			...(fix ? { correctedBy: fix.input.id } : {}),
			text: p.input.text
		});
	}
	return out;
}

export function fauxPasCriterion(run: Run, ms: MistakeRecord[], weight: number): Criterion {
	if (!run.published.length)
		return crit('faux-pas', 0, 0, [
			{
				rule: 'posts.none',
				text: 'Not assessed: nothing was published. Silence in a crisis leaves the field to rumour.',
				delta: 0,
				source: 'CDC CERC: be first, be right, be credible'
			}
		]);
	const reasons: Reason[] = [];
	const scores = run.published.map((p) => {
		const s = run.criterion(p, 'faux-pas');
		for (const r of p.score.criteria.find((c) => c.id === 'faux-pas')!.reasons)
			if (r.delta) reasons.push({ ...r, text: `${p.input.id}: ${r.text}` });
		const m = ms.find((x) => x.postId === p.input.id);
		if (!m) return s;
		const credit =
			m.remedy === 'corrected'
				? p.deleted
					? REMEDY_CREDIT.correctedAndDeleted
					: REMEDY_CREDIT.corrected
				: m.remedy === 'deleted'
					? REMEDY_CREDIT.deleted
					: 0;
		reasons.push({
			rule: `mistake.${m.remedy}`,
			text:
				m.remedy === 'corrected'
					? `${p.input.id}: owned up to in ${m.correctedBy}${p.deleted ? ' and deleted' : ''}: good practice.`
					: m.remedy === 'deleted'
						? `${p.input.id}: deleted at ${formatTime(p.deletedAt ?? p.input.t)} without a public correction; screenshots remain.`
						: `${p.input.id}: left standing with no correction.`,
			delta: credit * (1 - s),
			source: F8
		});
		return s + credit * (1 - s);
	});
	let deletions = 0;
	for (const p of run.published)
		if (p.deleted && !ms.some((m) => m.postId === p.input.id) && !p.score.findings.length) {
			deletions += SILENT_DELETE_COST;
			reasons.push({
				rule: 'mistake.deleted-clean',
				text: `${p.input.id} was deleted without explanation: a vanished official post invites questions.`,
				delta: -SILENT_DELETE_COST,
				source: F8
			});
		}
	const score = Math.min(mean(scores), Math.min(...scores) + 0.4) - deletions;
	return crit('faux-pas', score, weight, reasons);
}

/** The run's overall may not exceed its worst mistake that was not corrected by more than a margin. */
export function mistakeCaps(ms: MistakeRecord[]): { limit: number; reason: Reason }[] {
	const out: { limit: number; reason: Reason }[] = [];
	for (const m of ms) {
		if (m.remedy === 'corrected') continue;
		const limit = Math.min(1, m.overall + MISTAKE_MARGIN[m.remedy]);
		out.push({
			limit,
			reason: {
				rule: `cap.mistake.${m.remedy}`,
				text: `At most ${Math.round(limit * 100)}: ${m.postId} (${m.findings.join(', ')}) was ${m.remedy === 'left' ? 'left standing' : 'deleted without a word'} and never corrected; a run rates at most ${Math.round(MISTAKE_MARGIN[m.remedy] * 100)} points above its worst uncorrected mistake.`,
				delta: 0,
				source: F8
			}
		});
	}
	return out;
}
