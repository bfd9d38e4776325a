/**
 * The first post of a solo run (or its first coach hint) used to be the longest task of the whole exercise
 * page (~40 ms of thread time): the scorer compiled the scenario's matchers, decoded the VADER lexicon, built
 * the profanity expression and ran every detector's code for the first time, all inside the click. This runs
 * those steps ahead, each in its own idle period after the page has loaded, so none of them is a long task and
 * the trainee's first post costs what the others do (issue 13). Scoring is pure and memoised: warming it up
 * changes no result.
 */
import type { Scenario } from '$lib/scenario/types';
import type { SessionState } from '$lib/core/state';
import { coachHint } from '$lib/core/coach';
import { compiled } from '$lib/scoring/compiled';
import { vaderLexicon } from '$lib/scoring/tone/vader-lexicon';
import { profanityIn } from '$lib/scoring/tone/profanity';
import { analyseTone } from '$lib/scoring/tone/analyse';

const SAMPLE =
	'We are aware of reports and are looking into it. Our thoughts are with everyone affected.';

/** Start warming up (browser only); `state` gives the run's current state (read, never changed: a coach hint
 * is pure). Returns a function that stops what has not run yet. */
export function warmUpScoring(scenario: Scenario, state: () => SessionState): () => void {
	const steps = [
		() => vaderLexicon(),
		() => compiled(scenario),
		() => profanityIn('damn it'),
		() => analyseTone(SAMPLE),
		() => coachHint(scenario, state(), SAMPLE)
	];
	const idle =
		typeof requestIdleCallback === 'function'
			? (fn: () => void) => requestIdleCallback(fn, { timeout: 1000 })
			: (fn: () => void) => setTimeout(fn, 50);
	const cancel = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;
	let handle: number | ReturnType<typeof setTimeout> = 0;
	let i = 0;
	const next = () => {
		if (i >= steps.length) return;
		try {
			steps[i++]();
		} catch {
			/* a warm-up never stops the page; the real call will say what is wrong */
		}
		handle = idle(next);
	};
	handle = idle(next);
	return () => cancel(handle as number);
}
