/** Run a whole scenario at max speed with scripted posts: the core of `ddsim run` and the golden tests. */
import type { Scenario } from '../scenario/types.ts';
import { scoreExercise } from '../scoring/index.ts';
import type { ExerciseReport } from '../scoring/types.ts';
import { replay, type EngineOptions } from './engine.ts';
import type { ScriptedPost } from './posts-file.ts';
import type { SessionState } from './state.ts';
import type { Input } from './types.ts';

export function scriptLog(scenario: Scenario, posts: ScriptedPost[]): Input[] {
	const log: Input[] = posts.map((p, i) => ({
		kind: 'post',
		t: p.at,
		id: `p${i + 1}`,
		text: p.text,
		...(p.replyTo ? { replyTo: p.replyTo } : {})
	}));
	log.push({ kind: 'end', t: scenario.duration });
	return log;
}

/** The explained exercise report for a session state (the debrief, `ddsim run`, golden transcripts). */
export function reportFor(scenario: Scenario, state: SessionState): ExerciseReport {
	return scoreExercise(
		scenario,
		state.posts.map((p) => ({
			input: { id: p.id, t: p.t, text: p.text, replyTo: p.replyTo },
			score: p.score,
			deleted: p.deleted
		})),
		state.fired,
		state.t
	);
}

export function runHeadless(
	scenario: Scenario,
	seed: number,
	posts: ScriptedPost[],
	opts: EngineOptions = {}
): { state: SessionState; report: ExerciseReport } {
	const { state } = replay(scenario, seed, scriptLog(scenario, posts), opts);
	const report = reportFor(scenario, state);
	return { state, report };
}
