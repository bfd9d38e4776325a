/**
 * runScenarioTests(scenario): each `tests:` entry's scripted posts are scored in order. Context at a post's
 * time t: fired = non-contingency events with at ≤ t (their `when:` treated as true), revealed = facts with
 * knownFrom ≤ t. Bounds apply to the exercise report (overall, criteria, objective ids).
 */
import type { Bound, Scenario } from '../scenario/types.ts';
import { scoreExercise } from './exercise.ts';
import { score } from './score.ts';
import type { PostInput, PostScore, ScoredPostSummary } from './types.ts';

function holds(b: Bound, v: number): boolean {
	const e = 1e-9;
	switch (b.op) {
		case '>=':
			return v >= b.value - e;
		case '>':
			return v > b.value;
		case '<=':
			return v <= b.value + e;
		case '<':
			return v < b.value;
		case '==':
			return Math.abs(v - b.value) < 1e-6;
	}
}

export function firedAt(scenario: Scenario, t: number): { id: string; t: number }[] {
	return scenario.events
		.filter((e) => !e.contingency && e.at <= t)
		.map((e) => ({ id: e.id, t: e.at }));
}

export function revealedAt(scenario: Scenario, t: number): string[] {
	return scenario.facts.filter((f) => f.knownFrom <= t).map((f) => f.id);
}

/** Score scripted posts in order (shared with `ddsim score`). */
export function scoreScript(
	scenario: Scenario,
	script: { at: number; text: string; replyTo?: string }[]
) {
	const history: ScoredPostSummary[] = [];
	const posts: { input: PostInput; score: PostScore }[] = [];
	script.forEach((p, i) => {
		const input: PostInput = { id: `p${i + 1}`, t: p.at, text: p.text, replyTo: p.replyTo };
		const s = score(input, {
			scenario,
			t: p.at,
			fired: firedAt(scenario, p.at),
			revealed: revealedAt(scenario, p.at),
			history,
			mode: 'final'
		});
		posts.push({ input, score: s });
		history.push({
			id: input.id,
			t: input.t,
			text: input.text,
			replyTo: input.replyTo,
			overall: s.overall,
			correctsClaims: s.correctsClaims,
			findings: s.findings.map((f) => f.id),
			keyMessages: s.keyMessages.map((k) => k.id)
		});
	});
	const endT = script.reduce((a, p) => Math.max(a, p.at), 0);
	return { posts, report: scoreExercise(scenario, posts, firedAt(scenario, endT), endT) };
}

export function runScenarioTests(
	scenario: Scenario
): { name: string; passed: boolean; failures: string[] }[] {
	return scenario.tests.map((test) => {
		const failures: string[] = [];
		const { posts, report } = scoreScript(scenario, test.posts);
		for (const [key, bound] of Object.entries(test.expect)) {
			const v =
				key === 'overall'
					? report.overall
					: (report.criteria.find((c) => c.id === key)?.score ??
						report.objectives.find((o) => o.id === key)?.score);
			if (v === undefined) failures.push(`${key}: no such criterion or objective`);
			else if (!holds(bound, v)) failures.push(`${key} ${v.toFixed(3)} is not ${bound.text}`);
		}
		const raised = new Set(posts.flatMap((p) => p.score.findings.map((f) => f.id)));
		for (const id of test.findings.includes)
			if (!raised.has(id as never))
				failures.push(
					`expected finding ${id} was not raised (raised: ${[...raised].join(', ') || 'none'})`
				);
		for (const id of test.findings.excludes)
			if (raised.has(id as never)) failures.push(`finding ${id} was raised but is excluded`);
		return { name: test.name, passed: failures.length === 0, failures };
	});
}
