/**
 * scoreExercise: the after-action view. Exercise-level criteria (first-response timing per rubric rule,
 * unanswered questions, silence during a claim spike, bursts of posts), key messages over the whole run, the
 * mean post tone / faux-pas / platform scores, and a per-objective summary (timing rules + key messages +
 * injects tagged with the objective + posts relevant to it).
 */
import type { Scenario } from '../scenario/types.ts';
import { compiled } from './compiled.ts';
import { clamp01, rating, round3 } from './rating.ts';
import { isRelevant, timingReason, windowScore } from './timing.ts';
import type {
	Criterion,
	CriterionId,
	ExerciseReport,
	ObjectiveSummary,
	PostInput,
	PostScore,
	Reason
} from './types.ts';

export const QUESTION_GRACE = 30 * 60;
export const SPIKE_SILENCE = 30 * 60;
export const BURST = { posts: 5, window: 10 * 60 };

type Posted = { input: PostInput; score: PostScore; deleted?: boolean };
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const mins = (s: number) => `${Math.round(s / 60)} min`;

function crit(id: CriterionId, score: number, weight: number, reasons: Reason[]): Criterion {
	const s = round3(clamp01(score));
	return { id, score: s, rating: rating(s), weight, reasons };
}

export function scoreExercise(
	scenario: Scenario,
	posts: Posted[],
	fired: { id: string; t: number }[],
	endT: number
): ExerciseReport {
	const c = compiled(scenario);
	const w = scenario.rubric.weights;
	const live = posts.filter((p) => !p.deleted).sort((a, b) => a.input.t - b.input.t);
	const firedAt = new Map(fired.filter((f) => f.t <= endT).map((f) => [f.id, f.t]));
	const perObjective = new Map<string, { scores: number[]; reasons: Reason[] }>(
		scenario.objectives.map((o) => [o.id, { scores: [], reasons: [] }])
	);
	const note = (o: string | undefined, s: number, r: Reason) => {
		const e = o ? perObjective.get(o) : undefined;
		if (e) {
			e.scores.push(s);
			e.reasons.push(r);
		}
	};

	// timing per rule
	const tReasons: Reason[] = [];
	const tScores: number[] = [];
	c.timing.forEach((t, i) => {
		const from = firedAt.get(t.rule.from);
		if (from === undefined) return;
		const first = live.find((p) => p.input.t >= from && isRelevant(c, i, p.input.text));
		if (first) {
			const delay = first.input.t - from;
			const s = windowScore(delay, t.rule);
			const r = timingReason(t.rule, delay, s);
			tScores.push(s);
			tReasons.push(r);
			note(t.rule.objective, s, r);
		} else if (endT - from > t.rule.late) {
			const r: Reason = {
				rule: `timing.${t.rule.objective}`,
				text: `No relevant post within ${mins(t.rule.late)} of “${t.rule.from}”.`,
				delta: -1,
				source: 'CDC CERC: be first'
			};
			tScores.push(0);
			tReasons.push(r);
			note(t.rule.objective, 0, r);
		}
	});
	let timing = tScores.length ? mean(tScores) : 1;
	for (const e of scenario.events) {
		const at = firedAt.get(e.id);
		if (at === undefined) continue;
		if (e.question) {
			const handle = scenario.personas.find((p) => p.id === e.from)?.handle?.toLowerCase();
			const answered = live.some(
				(p) =>
					p.input.t >= at &&
					(p.input.replyTo === e.id ||
						(handle !== undefined && p.input.text.toLowerCase().includes(handle)))
			);
			if (!answered && endT - at >= QUESTION_GRACE) {
				const r: Reason = {
					rule: 'timing.unanswered-question',
					text: `Question “${e.text.slice(0, 70)}…” (${e.id}) was not answered.`,
					delta: -0.15,
					source: 'WHO infodemic management: answer open questions; CERC: be first'
				};
				timing -= 0.15;
				tReasons.push(r);
				for (const o of e.objectives) note(o, 0, r);
			} else if (answered)
				for (const o of e.objectives)
					note(o, 1, { rule: 'inject.answered', text: `Answered “${e.id}”.`, delta: 0 });
		}
		if (
			e.spreads &&
			endT - at >= SPIKE_SILENCE &&
			!live.some((p) => p.input.t >= at && p.input.t <= at + SPIKE_SILENCE)
		) {
			const r: Reason = {
				rule: 'timing.silence-in-spike',
				text: `No post in the ${mins(SPIKE_SILENCE)} after the claim spike “${e.id}”.`,
				delta: -0.1,
				source: 'Debunking Handbook 2020; Walter & Tukachinsky 2020: delay weakens corrections'
			};
			timing -= 0.1;
			tReasons.push(r);
			for (const o of e.objectives) note(o, 0, r);
		}
	}
	if (!tReasons.length)
		tReasons.push({ rule: 'timing.none', text: 'No response window has closed yet.', delta: 0 });

	// key messages over the run
	const kReasons: Reason[] = [];
	const due = c.keyMessages.filter((k) => !k.km.after || firedAt.has(k.km.after));
	let got = 0;
	for (const k of due) {
		const carrier = live.find((p) => p.score.keyMessages.some((x) => x.id === k.km.id));
		const r: Reason = carrier
			? {
					rule: `key.${k.km.id}`,
					text: `“${k.km.label}” — in post ${carrier.input.id}.`,
					delta: 0,
					spans: carrier.score.keyMessages.find((x) => x.id === k.km.id)!.spans
				}
			: {
					rule: `key.${k.km.id}`,
					text: `Never said: ${k.km.label}.`,
					delta: -1 / due.length,
					source: 'Scenario rubric must_include'
				};
		if (carrier) got++;
		kReasons.push(r);
		note(k.km.objective, carrier ? 1 : 0, r);
	}
	const keyScore = due.length ? got / due.length : 1;

	// bursts
	const pReasons: Reason[] = [];
	let burst = 0;
	for (let i = 0; i + BURST.posts - 1 < live.length; i++) {
		if (live[i + BURST.posts - 1].input.t - live[i].input.t <= BURST.window) {
			burst = 0.2;
			pReasons.push({
				rule: 'platform.burst',
				text: `${BURST.posts} posts within ${mins(BURST.window)} from ${mins(live[i].input.t)}: too many, too fast.`,
				delta: -0.2,
				source: 'Platform style: fewer, clearer posts'
			});
			break;
		}
	}
	const critFrom = (id: CriterionId) =>
		live.map((p) => p.score.criteria.find((x) => x.id === id)!.score);
	const none: Reason[] = live.length
		? []
		: [{ rule: 'posts.none', text: 'No posts were published.', delta: -1 }];
	const fauxPasReasons = () =>
		live.flatMap((p) =>
			p.score.criteria
				.find((x) => x.id === 'faux-pas')!
				.reasons.filter((r) => r.delta)
				.map((r) => ({ ...r, text: `${p.input.id}: ${r.text}` }))
		);
	const notAssessed: Reason[] = [
		{
			rule: 'posts.none',
			text: 'Not assessed: nothing was published. Silence in a crisis leaves the field to rumour.',
			delta: 0,
			source: 'CDC CERC: be first, be right, be credible'
		}
	];
	const criteria: Criterion[] = [
		crit('timing', timing, w.timing, tReasons),
		crit(
			'tone',
			mean(critFrom('tone')),
			w.tone,
			none.length
				? none
				: [{ rule: 'tone.mean', text: `Mean tone score over ${live.length} post(s).`, delta: 0 }]
		),
		crit(
			'key-messages',
			keyScore,
			w.keyMessages,
			kReasons.length ? kReasons : [{ rule: 'key.none', text: 'No key message was due.', delta: 0 }]
		),
		crit(
			'faux-pas',
			live.length
				? Math.min(mean(critFrom('faux-pas')), Math.min(...critFrom('faux-pas')) + 0.4)
				: 0,
			// Silence has no faux pas, but it is not a clean record either: with nothing published the
			// criterion is not assessed (weight 0), so it cannot lift a silent run's overall score.
			live.length ? w.fauxPas : 0,
			live.length ? fauxPasReasons() : notAssessed
		),
		crit(
			'platform',
			live.length ? mean(critFrom('platform')) - burst : 0,
			live.length ? w.platform : 0,
			live.length ? pReasons : notAssessed
		)
	];
	for (const p of live)
		for (const o of p.score.objectives)
			note(o, p.score.overall, {
				rule: 'post.relevant',
				text: `Post ${p.input.id} (overall ${p.score.overall.toFixed(2)}) works toward this objective.`,
				delta: 0
			});
	const total = criteria.reduce((a, x) => a + x.weight, 0) || 1;
	const overall = round3(criteria.reduce((a, x) => a + x.weight * x.score, 0) / total);
	const objectives: ObjectiveSummary[] = scenario.objectives.map((o) => {
		const e = perObjective.get(o.id)!;
		const s = round3(mean(e.scores));
		return {
			id: o.id,
			text: o.text,
			score: s,
			rating: rating(s),
			reasons: e.reasons.length
				? e.reasons
				: [
						{
							rule: 'objective.not-exercised',
							text: 'Not exercised in this run (its injects did not fire or nothing was posted).',
							delta: 0
						}
					]
		};
	});
	return {
		overall,
		rating: rating(overall),
		objectives,
		criteria,
		posts: posts.map((p) => p.score)
	};
}
