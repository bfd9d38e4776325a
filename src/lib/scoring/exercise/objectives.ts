/**
 * Per learning objective (HSEEP: each inject tests an objective): the mean of its timing windows, its key
 * messages, its doctrine checks and the posts that worked toward it. An objective the run ended too early to
 * test counts 0; one whose injects never fired in a full run (a contingency, a condition) is "not exercised"
 * and left out. An objective about a false claim is met only if the simulation counted a working correction.
 */
import { formatTime } from '../../scenario/time.ts';
import { rating, round3 } from '../rating.ts';
import type { AvoidRule } from '../../scenario/types.ts';
import type { MistakeRecord, ObjectiveSummary, Reason, RunCheck } from '../types.ts';
import { MISTAKE_MARGIN } from './mistakes.ts';
import { mean, type Run } from './context.ts';
import type { MessageScore } from './messages.ts';
import type { RuleScore } from './timing.ts';

/** An objective whose own must-avoid rule was broken (a leak for "protect the data", blame for "do not
 * attribute") is failed: it rates 0. */
export const VIOLATION_CAP = 0;

/** The findings that break each kind of must-avoid rule. */
const FINDINGS_OF: Record<AvoidRule['kind'], string[]> = {
	repeat_claim: ['myth-repetition'],
	phrase: ['avoided-phrase', 'no-comment'],
	emoji_in_tragedy: ['emoji-in-tragedy'],
	humour_in_tragedy: ['humour-in-tragedy'],
	confidential: ['confidential-leak'],
	blame_before: ['premature-blame']
};

function avoidLabel(r: AvoidRule): string {
	switch (r.kind) {
		case 'repeat_claim':
			return `do not repeat the claim ${r.claim}`;
		case 'phrase':
			return `avoid ${r.phrases.map((p) => `“${p}”`).join(', ')}`;
		case 'emoji_in_tragedy':
			return 'no emoji in a tragedy';
		case 'humour_in_tragedy':
			return 'no humour in a tragedy';
		case 'confidential':
			return 'keep confidential facts confidential';
		case 'blame_before':
			return `no blame before ${r.fact} is known`;
	}
}

/** Limit of an objective whose false claim was never effectively corrected: base + slope × the failed
 * attempt's run check (0.3 without any attempt; M at best). */
export const UNCORRECTED_CLAIM_CAP = { base: 0.3, slope: 0.6 } as const;

export function objectiveSummaries(
	run: Run,
	rules: RuleScore[],
	messages: MessageScore[],
	checks: RunCheck[],
	mistakes: MistakeRecord[]
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
		// injects of this objective the run ended before (each counts 0, unless already counted as a missed
		// window or a question never answered)
		for (const e of run.scenario.events) {
			if (!e.objectives.includes(o.id) || run.reach(e.id).state !== 'missed') continue;
			if (run.c.timing.some((t) => t.rule.from === e.id) || e.question) continue;
			parts.push({
				score: 0,
				reason: {
					rule: 'objective.cut-short',
					text: `The run ended at ${formatTime(run.x.endT)}, before “${e.id}” (${formatTime(e.at)}).`,
					delta: -1
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
		// A claim the simulation never counted as corrected limits the objective: 0.3 with no attempt, up to
		// 0.6 for the best attempt that did not work (its run check is half its truth-sandwich score).
		for (const failed of checks.filter(
			(c) => c.objective === o.id && c.kind === 'correction' && !c.worked
		)) {
			const limit = round3(UNCORRECTED_CLAIM_CAP.base + UNCORRECTED_CLAIM_CAP.slope * failed.score);
			if (score <= limit) continue;
			reasons.unshift({
				rule: 'objective.claim-uncorrected',
				text: `At most ${Math.round(limit * 100)}: the false claim “${failed.subject}” was not effectively corrected, so this objective was not met.`,
				delta: round3(limit - score),
				source: 'Debunking Handbook 2020; the simulation counted no working correction'
			});
			score = limit;
		}
		// Breaking one of this objective's own must-avoid rules fails it (a leak fails "protect the data").
		for (const rule of run.scenario.rubric.mustAvoid) {
			if (rule.objective !== o.id) continue;
			for (const p of run.published) {
				if (!p.score.findings.some((f) => FINDINGS_OF[rule.kind].includes(f.id))) continue;
				// a correction that repeats the myth is judged as a failed correction (below), not as silence
				if (rule.kind === 'repeat_claim' && p.score.doctrine.some((d) => d.kind === 'correction'))
					continue;
				const limit = VIOLATION_CAP;
				if (score <= limit) continue;
				reasons.unshift({
					rule: `objective.broken.${rule.kind}`,
					text: `Failed: ${p.input.id} broke “${avoidLabel(rule)}”, which this objective is about.`,
					delta: round3(limit - score),
					source: 'Scenario rubric must_avoid'
				});
				score = limit;
			}
		}
		// A mistake left standing in a post that works toward this objective limits it, as for the run.
		for (const m of mistakes) {
			if (m.remedy === 'corrected') continue;
			const p = run.published.find((x) => x.input.id === m.postId);
			if (!p?.score.objectives.includes(o.id)) continue;
			const limit = Math.min(1, m.overall + MISTAKE_MARGIN[m.remedy]);
			if (score > limit) {
				reasons.unshift({
					rule: 'objective.mistake',
					text: `At most ${Math.round(limit * 100)}: ${m.postId} (${m.findings.join(', ')}) undermines this objective and was not corrected.`,
					delta: round3(limit - score),
					source: 'Deletion is not remediation: screenshots remain'
				});
				score = limit;
			}
		}
		score = round3(score);
		return { id: o.id, text: o.text, score, rating: rating(score), exercised: true, reasons };
	});
}
