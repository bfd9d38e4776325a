/**
 * Timing: minutes from a rubric rule's `from` event to the first relevant public post, scored against the
 * window: ≤ ideal 1.0, linear to 0.7 at `acceptable`, linear to 0.3 at `late`, 0 beyond `late`.
 */
import type { CompiledScenario } from './compiled.ts';
import { postText, type PostText } from './text/post-text.ts';
import { findAny } from './text/phrase.ts';
import type { TimingRule } from '../scenario/types.ts';
import type { Reason } from './types.ts';

export function windowScore(
	delay: number,
	r: Pick<TimingRule, 'ideal' | 'acceptable' | 'late'>
): number {
	if (delay <= r.ideal) return 1;
	if (delay <= r.acceptable)
		return 1 - (0.3 * (delay - r.ideal)) / Math.max(1, r.acceptable - r.ideal);
	if (delay <= r.late)
		return 0.7 - (0.4 * (delay - r.acceptable)) / Math.max(1, r.late - r.acceptable);
	return 0;
}

const RELEVANT_CACHE = new WeakMap<CompiledScenario, Map<string, boolean[]>>();

/** Whether a post counts for timing rule `ruleIndex`. Earlier posts (given as strings) are cached per scenario. */
export function isRelevant(
	c: CompiledScenario,
	ruleIndex: number,
	text: string | PostText
): boolean {
	const t = c.timing[ruleIndex];
	if (t.relevant.length === 0) return true;
	if (typeof text !== 'string') return findAny(text, t.relevant).length > 0;
	let cache = RELEVANT_CACHE.get(c);
	if (!cache) RELEVANT_CACHE.set(c, (cache = new Map()));
	let row = cache.get(text);
	if (!row) {
		const pt = postText(text);
		row = c.timing.map((r) => r.relevant.length === 0 || findAny(pt, r.relevant).length > 0);
		if (cache.size > 5_000) cache.clear();
		cache.set(text, row);
	}
	return row[ruleIndex];
}

const mins = (s: number) => `${Math.round(s / 6) / 10} min`;

export function timingReason(rule: TimingRule, delay: number, score: number): Reason {
	const band =
		delay <= rule.ideal
			? 'within the ideal window'
			: delay <= rule.acceptable
				? 'within the acceptable window'
				: delay <= rule.late
					? 'late'
					: 'too late';
	return {
		rule: `timing.${rule.objective}`,
		text: `First relevant post ${mins(delay)} after “${rule.from}” — ${band} (ideal ${mins(rule.ideal)}, acceptable ${mins(rule.acceptable)}, late ${mins(rule.late)}).`,
		delta: score - 1,
		source: 'CDC CERC: be first; scenario rubric timing window'
	};
}
