/**
 * Timing over the run: per rubric window, the first relevant post still standing after its event
 * (windowScore); a window the run ended inside, or an event the run ended before, counts as missed (0).
 * Then −0.15 per question left unanswered past 30 minutes (or at the end) and −0.1 per claim spike met with
 * 30 minutes of silence (CERC: be first; WHO: answer open questions; Debunking Handbook: delay weakens).
 */
import { formatTime } from '../../scenario/time.ts';
import { isRelevant, timingReason, windowScore } from '../timing.ts';
import type { Criterion, Reason } from '../types.ts';
import { crit, mean, mins, type Run } from './context.ts';

export const QUESTION_GRACE = 30 * 60;
export const SPIKE_SILENCE = 30 * 60;
export const QUESTION_COST = 0.15;
export const SPIKE_COST = 0.1;

export interface RuleScore {
	objective: string;
	score: number;
	reason: Reason;
}

export function timingRules(run: Run): RuleScore[] {
	const out: RuleScore[] = [];
	run.c.timing.forEach((t, i) => {
		const r = t.rule;
		const reach = run.reach(r.from);
		if (reach.state === 'missed') {
			out.push({
				objective: r.objective,
				score: 0,
				reason: {
					rule: `timing.${r.objective}`,
					text: `The run ended at ${formatTime(run.x.endT)}, before “${r.from}”: the window was never met (counted as missed).`,
					delta: -1,
					source: 'CDC CERC: be first'
				}
			});
			return;
		}
		if (reach.state !== 'fired') return;
		const from = reach.t;
		const first = run.published.find(
			(p) =>
				p.input.t >= from &&
				(isRelevant(run.c, i, p.input.text) || p.score.respondsTo.includes(r.from))
		);
		// a question answered before it was asked (or by a post not worded for the rule) meets its window
		const q = run.questions().find((x) => x.eventId === r.from && x.answeredAt !== undefined);
		const answeredAt = q?.answeredAt !== undefined ? Math.max(from, q.answeredAt) : undefined;
		if (answeredAt !== undefined && (!first || answeredAt < first.input.t)) {
			const delay = answeredAt - from;
			const s = windowScore(delay, r);
			out.push({ objective: r.objective, score: s, reason: timingReason(r, delay, s) });
		} else if (first) {
			const delay = first.input.t - from;
			// a response that is itself a serious mistake does not meet the window (CERC: be first, be right)
			const worst = first.score.findings.some((f) => f.severity === 'critical')
				? 0
				: first.score.findings.some((f) => f.severity === 'major')
					? 0.5
					: 1;
			const s = windowScore(delay, r) * worst;
			const reason = timingReason(r, delay, s);
			if (worst < 1)
				reason.text += ` Counted ${worst ? 'half' : 'as missed'}: ${first.input.id} has a ${worst ? 'major' : 'critical'} faux pas.`;
			out.push({ objective: r.objective, score: s, reason });
		} else if (run.overdue(from, r.late + 1)) {
			out.push({
				objective: r.objective,
				score: 0,
				reason: {
					rule: `timing.${r.objective}`,
					text:
						run.x.endT - from <= r.late
							? `The run ended ${mins(run.x.endT - from)} after “${r.from}” with no relevant post: counted as missed.`
							: `No relevant post within ${mins(r.late)} of “${r.from}”.`,
					delta: -1,
					source: 'CDC CERC: be first'
				}
			});
		}
	});
	return out;
}

export function timingCriterion(run: Run, rules: RuleScore[], weight: number): Criterion {
	const reasons = rules.map((r) => r.reason);
	let penalty = 0;
	for (const q of run.questions()) {
		// a question about the trainee's own post is judged with that mistake (corrected or not), not twice
		if (q.acknowledge || q.answeredBy || !run.overdue(q.t, QUESTION_GRACE)) continue;
		penalty += QUESTION_COST;
		reasons.push({
			rule: 'timing.unanswered-question',
			text: `Question “${q.text.slice(0, 70)}${q.text.length > 70 ? '…' : ''}” was not answered.`,
			delta: -QUESTION_COST,
			source: 'WHO infodemic management: answer open questions; CERC: be first'
		});
	}
	for (const [id, at] of run.firedAt) {
		const e = run.c.events.get(id);
		if (!e?.spreads || !run.overdue(at, SPIKE_SILENCE)) continue;
		if (run.published.some((p) => p.input.t >= at && p.input.t <= at + SPIKE_SILENCE)) continue;
		penalty += SPIKE_COST;
		reasons.push({
			rule: 'timing.silence-in-spike',
			text: `No post in the ${mins(SPIKE_SILENCE)} after the claim spike “${e.id}”.`,
			delta: -SPIKE_COST,
			source: 'Debunking Handbook 2020; Walter & Tukachinsky 2020: delay weakens corrections'
		});
	}
	if (!rules.length && !penalty)
		return crit('timing', 1, 0, [
			{ rule: 'timing.none', text: 'No response window has closed yet.', delta: 0 }
		]);
	const base = rules.length ? mean(rules.map((r) => r.score)) : 1;
	return crit('timing', base - penalty, weight, reasons);
}
