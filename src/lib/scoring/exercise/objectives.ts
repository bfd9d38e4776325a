/**
 * Per learning objective (HSEEP: each inject tests an objective): the mean of its timing windows, its key
 * messages, its doctrine checks and the posts that worked toward it. An objective the run ended too early to
 * test counts 0; one whose injects never fired in a full run (a contingency, a condition) is "not exercised"
 * and left out. An objective about a false claim is met only if the simulation counted a working correction.
 */
import { formatTime } from '../../scenario/time.ts';
import { rating, round3 } from '../rating.ts';
import type { ObjectiveSummary, Reason, RunCheck } from '../types.ts';
import { mean, type Run } from './context.ts';
import type { MessageScore } from './messages.ts';
import type { RuleScore } from './timing.ts';

/** Highest score of an objective whose false claim was never effectively corrected (M). */
export const UNCORRECTED_CLAIM_CAP = 0.5;

export function objectiveSummaries(
	run: Run,
	rules: RuleScore[],
	messages: MessageScore[],
	checks: RunCheck[]
): ObjectiveSummary[] {
	return run.scenario.objectives.map((o) => {
		const parts: { score: number; reason: Reason }[] = [];
		for (const r of rules) if (r.objective === o.id) parts.push(r);
		for (const m of messages) if (m.objective === o.id) parts.push(m);
		for (const c of checks)
			if (c.objective === o.id)
				parts.push({
					score: c.score,
					reason: {
						rule: `doctrine.${c.check}`,
						text: c.text,
						delta: c.score - 1,
						source: c.source
					}
				});
		for (const p of run.published)
			if (p.score.objectives.includes(o.id)) {
				const s = run.overall(p);
				parts.push({
					score: s,
					reason: {
						rule: 'post.relevant',
						text: `Post ${p.input.id} (overall ${s.toFixed(2)}${p.deleted ? ', deleted' : ''}) works toward this objective.`,
						delta: 0
					}
				});
			}
		if (!parts.length) {
			const cut =
				run.endedEarly &&
				run.scenario.events.some(
					(e) => e.objectives.includes(o.id) && !e.contingency && e.at > run.x.endT
				);
			return {
				id: o.id,
				text: o.text,
				score: 0,
				rating: 'U',
				exercised: cut,
				reasons: [
					{
						rule: cut ? 'objective.cut-short' : 'objective.not-exercised',
						text: cut
							? `Not tested: the run ended at ${formatTime(run.x.endT)}, before this objective's injects (counted as 0).`
							: run.x.ended
								? 'Not exercised in this run (its injects did not fire).'
								: 'Not exercised yet.',
						delta: 0
					}
				]
			};
		}
		let score = mean(parts.map((p) => p.score));
		const reasons = parts.map((p) => p.reason);
		const failed = checks.find(
			(c) => c.objective === o.id && c.kind === 'correction' && c.score <= 0.3
		);
		if (failed && score > UNCORRECTED_CLAIM_CAP) {
			reasons.unshift({
				rule: 'objective.claim-uncorrected',
				text: `At most ${UNCORRECTED_CLAIM_CAP * 100}: the false claim “${failed.subject}” was not effectively corrected, so this objective was not met.`,
				delta: UNCORRECTED_CLAIM_CAP - score,
				source: 'Debunking Handbook 2020; the simulation counted no working correction'
			});
			score = UNCORRECTED_CLAIM_CAP;
		}
		score = round3(score);
		return { id: o.id, text: o.text, score, rating: rating(score), exercised: true, reasons };
	});
}
