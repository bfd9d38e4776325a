/**
 * Timing: minutes from a rubric rule's `from` event to the first relevant public post, scored against the
 * window: ≤ ideal 1.0, linear to 0.7 at `acceptable`, linear to 0.3 at `late`, 0 beyond `late`.
 */
import type { CompiledScenario } from './compiled.ts';
import { postText, type PostText } from './text/post-text.ts';
import { findAny } from './text/phrase.ts';
import type { TimingRule } from '../scenario/types.ts';
import { rating, round3 } from './rating.ts';
import type { Criterion, PostInput, Reason, ScoreContext } from './types.ts';

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
	// a window opened by a question is met by answering it (the answer check), not by any post
	if (t.relevant.length === 0) return !c.events.get(t.rule.from)?.question;
	if (typeof text !== 'string') return findAny(text, t.relevant).length > 0;
	let cache = RELEVANT_CACHE.get(c);
	if (!cache) RELEVANT_CACHE.set(c, (cache = new Map()));
	let row = cache.get(text);
	if (!row) {
		const pt = postText(text);
		row = c.timing.map((r) =>
			r.relevant.length === 0
				? !c.events.get(r.rule.from)?.question
				: findAny(pt, r.relevant).length > 0
		);
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

/** Timing of one post: scored only for the windows it opens (the first relevant post after a rule's event);
 * a post that opens no window is not assessed on timing (weight 0), never a free 1.0. */
export function timingCriterion(
	post: PostInput,
	pt: PostText,
	ctx: ScoreContext,
	c: CompiledScenario,
	weight: number,
	objectives: Set<string>,
	responds: (from: string) => boolean = () => false
): Criterion {
	const reasons: Reason[] = [];
	const scores: number[] = [];
	const history = ctx.history;
	c.timing.forEach((t, i) => {
		const from = ctx.fired.find((f) => f.id === t.rule.from);
		if (!from || from.t > post.t) return;
		// relevant: it uses the rule's words, or it is a first statement, correction or answer to its event
		if (!isRelevant(c, i, pt) && !responds(t.rule.from)) return;
		if (
			history.some(
				(h) =>
					h.t >= from.t &&
					h.t <= post.t &&
					(isRelevant(c, i, h.text) || h.respondsTo?.includes(t.rule.from))
			)
		)
			return;
		const delay = post.t - from.t;
		const s = windowScore(delay, t.rule);
		scores.push(s);
		objectives.add(t.rule.objective);
		reasons.push(timingReason(t.rule, delay, s));
	});
	if (!scores.length)
		return {
			id: 'timing',
			score: 1,
			rating: 'P',
			weight: 0,
			reasons: [
				{
					rule: 'timing.none',
					text: 'Not timed: this post opens no response window (first responses already made or not yet due).',
					delta: 0
				}
			]
		};
	const score = round3(scores.reduce((a, b) => a + b, 0) / scores.length);
	return { id: 'timing', score, rating: rating(score), weight, reasons };
}
