/**
 * scoreExercise: the after-action view of a run (docs/scoring.md#the-run). Two views, averaged:
 * - criteria: timing, tone, key messages, doctrine, faux pas, platform over the run (rubric weights; a
 *   criterion with nothing to assess has weight 0);
 * - objectives: the mean of the exercised learning objectives (an objective cut short by an early end is 0).
 * Then the caps: the run rates at most a margin above its worst mistake that was not corrected. A silent
 * run is 0 (U); a run still under way counts only what is already due.
 */
import type { Scenario } from '../../scenario/types.ts';
import { formatTime } from '../../scenario/time.ts';
import { rating, round3 } from '../rating.ts';
import type { Criterion, ExerciseReport, Reason } from '../types.ts';
import { crit, mean, Run, type RunInput } from './context.ts';
import { doctrineCriterion, runChecks } from './doctrine.ts';
import { keyMessageCriterion, keyMessages } from './messages.ts';
import { fauxPasCriterion, mistakeCaps, mistakes } from './mistakes.ts';
import { objectiveSummaries } from './objectives.ts';
import { timingCriterion, timingRules } from './timing.ts';

export type { RunInput, RunPost } from './context.ts';
export const BURST = { posts: 5, window: 10 * 60 };
/** Share of the criteria view in the overall (the objectives view has the rest). */
export const CRITERIA_SHARE = 0.5;

function platformCriterion(run: Run, weight: number): Criterion {
	if (!run.published.length)
		return crit('platform', 0, 0, [
			{ rule: 'posts.none', text: 'Not assessed: nothing was published.', delta: 0 }
		]);
	const reasons: Reason[] = [];
	let burst = 0;
	const ps = run.published;
	for (let i = 0; i + BURST.posts - 1 < ps.length; i++) {
		if (ps[i + BURST.posts - 1].input.t - ps[i].input.t <= BURST.window) {
			burst = 0.2;
			reasons.push({
				rule: 'platform.burst',
				text: `${BURST.posts} posts within ${BURST.window / 60} min from minute ${Math.round(ps[i].input.t / 60)}: too many, too fast.`,
				delta: -0.2,
				source: 'Platform style: fewer, clearer posts'
			});
			break;
		}
	}
	return crit(
		'platform',
		mean(ps.map((p) => run.criterion(p, 'platform'))) - burst,
		weight,
		reasons
	);
}

function toneCriterion(run: Run, weight: number): Criterion {
	if (!run.published.length)
		return crit('tone', 0, 0, [
			{ rule: 'posts.none', text: 'Not assessed: nothing was published.', delta: 0 }
		]);
	return crit('tone', mean(run.published.map((p) => run.criterion(p, 'tone'))), weight, [
		{ rule: 'tone.mean', text: `Mean tone over ${run.published.length} post(s).`, delta: 0 }
	]);
}

/** Ending early: the run rates at most 0.2 + 0.8 × the share of the scripted injects (those that test an
 * objective) it reached. "End and debrief" after the first post cannot rate like a whole exercise. */
export const EARLY_END = { base: 0.2, slope: 0.8 } as const;

function endedEarlyCap(run: Run): { limit: number; reason: Reason }[] {
	if (!run.endedEarly) return [];
	const injects = run.scenario.events.filter(
		(e) => !e.contingency && !e.when && e.objectives.length > 0
	);
	if (!injects.length) return [];
	const reached = injects.filter((e) => run.firedAt.has(e.id)).length;
	if (reached === injects.length) return [];
	const limit = round3(EARLY_END.base + (EARLY_END.slope * reached) / injects.length);
	return [
		{
			limit,
			reason: {
				rule: 'cap.ended-early',
				text: `At most ${Math.round(limit * 100)}: the run ended at ${formatTime(run.x.endT)} with ${injects.length - reached} of ${injects.length} injects still to come.`,
				delta: 0,
				source: 'HSEEP: an objective is rated only on what was exercised'
			}
		}
	];
}

export function scoreExercise(scenario: Scenario, x: RunInput): ExerciseReport {
	const run = new Run(scenario, x);
	const w = scenario.rubric.weights;
	const rules = timingRules(run);
	const messages = keyMessages(run);
	const checks = runChecks(run);
	const ms = mistakes(run);
	const criteria: Criterion[] = [
		timingCriterion(run, rules, w.timing),
		toneCriterion(run, w.tone),
		keyMessageCriterion(messages, w.keyMessages),
		doctrineCriterion(checks, w.doctrine),
		fauxPasCriterion(run, ms, w.fauxPas),
		platformCriterion(run, w.platform)
	];
	const objectives = objectiveSummaries(run, rules, messages, checks, ms);
	const total = criteria.reduce((a, c) => a + c.weight, 0);
	const exercised = objectives.filter((o) => o.exercised);
	const assessed = total > 0 || exercised.length > 0;
	const critView = total > 0 ? criteria.reduce((a, c) => a + c.weight * c.score, 0) / total : 0;
	const objView = exercised.length ? mean(exercised.map((o) => o.score)) : null;
	let overall =
		objView === null
			? critView
			: total > 0
				? CRITERIA_SHARE * critView + (1 - CRITERIA_SHARE) * objView
				: objView;
	const caps: Reason[] = [];
	for (const c of [...mistakeCaps(ms), ...endedEarlyCap(run)].sort((a, b) => a.limit - b.limit))
		if (overall > c.limit) {
			caps.push({ ...c.reason, delta: round3(c.limit - overall) });
			overall = c.limit;
		}
	overall = round3(overall);
	return {
		overall,
		rating: rating(overall),
		assessed,
		ended: x.ended,
		endT: x.endT,
		objectives,
		criteria,
		checks,
		mistakes: ms,
		caps,
		parts: { criteria: round3(critView), objectives: objView === null ? null : round3(objView) },
		posts: x.posts.map((p) => p.score)
	};
}
