/** Run a whole scenario at max speed with scripted posts: the core of `ddsim run` and the golden tests. */
import type { Scenario } from '../scenario/types.ts';
import { scoreExercise } from '../scoring/index.ts';
import type { ExerciseReport } from '../scoring/types.ts';
import { replay, type EngineOptions } from './engine.ts';
import type { ScriptedPost, ScriptExtras } from '../scenario/posts-file.ts';
import type { SessionState } from './state.ts';
import type { Input } from './types.ts';

export function scriptLog(
	scenario: Scenario,
	posts: ScriptedPost[],
	extras: Partial<ScriptExtras> = {}
): Input[] {
	const log: Input[] = posts.map((p, i): Input =>
		p.share !== undefined
			? { kind: 'share', t: p.at, id: `p${i + 1}`, itemId: p.share }
			: {
					kind: 'post',
					t: p.at,
					id: `p${i + 1}`,
					text: p.text,
					...(p.replyTo ? { replyTo: p.replyTo } : {}),
					...(p.quoteOf ? { quoteOf: p.quoteOf } : {})
				}
	);
	for (const d of extras.deletes ?? []) log.push({ kind: 'delete', t: d.at, postId: d.post });
	for (const d of extras.pins ?? []) log.push({ kind: 'pin', t: d.at, postId: d.post });
	(extras.messages ?? []).forEach((m, i) =>
		log.push({ kind: 'message', t: m.at, id: `dm${i + 1}`, to: m.to, text: m.text })
	);
	const end = Math.min(extras.endAt ?? scenario.duration, scenario.duration);
	const kept = log
		.filter((x) => x.t <= end)
		.map((x, i) => [x, i] as const)
		.sort((a, b) => a[0].t - b[0].t || a[1] - b[1])
		.map(([x]) => x);
	kept.push({ kind: 'end', t: end });
	return kept;
}

/** The explained exercise report for a session state: the one figure the debrief, the console, the AAR,
 * `ddsim run` and `ddsim score` all show. `overrides`: instructor overrides (post id → overall). */
export function reportFor(
	scenario: Scenario,
	state: SessionState,
	overrides?: Record<string, number>
): ExerciseReport {
	return scoreExercise(scenario, {
		posts: state.posts.map((p) => ({
			input: { id: p.id, t: p.t, text: p.text, ...(p.replyTo ? { replyTo: p.replyTo } : {}) },
			score: p.score,
			...(p.deleted ? { deleted: true, deletedAt: p.deletedAt } : {})
		})),
		fired: state.fired,
		endT: state.t,
		ended: state.ended,
		questions: state.questions,
		corrections: state.corrections,
		...(overrides ? { overrides } : {})
	});
}

export function runHeadless(
	scenario: Scenario,
	seed: number,
	posts: ScriptedPost[],
	opts: EngineOptions & Partial<ScriptExtras> = {}
): { state: SessionState; report: ExerciseReport } {
	const { state } = replay(scenario, seed, scriptLog(scenario, posts, opts), opts);
	const report = reportFor(scenario, state);
	return { state, report };
}
