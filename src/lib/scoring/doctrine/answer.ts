/**
 * Answering a direct question on the record, promptly, with the facts asked for (#AskState; WHO infodemic
 * management: answer open questions and information voids rapidly; CERC: be first, be credible).
 */
import type { DoctrineCheck } from '../../scenario/types.ts';
import type { CompiledScenario } from '../compiled.ts';
import type { PostText } from '../text/post-text.ts';
import type { CheckResult, QuestionRef, Span } from '../types.ts';
import { cueSpans, imperatives, pointers } from './cues.ts';
import { factHits, factSpans } from './first-statement.ts';
import { finish, item } from './items.ts';
import { windowScore } from '../timing.ts';

export const ANSWER_SOURCE =
	'WHO infodemic management: answer open questions rapidly; #AskState; CDC CERC: be first, be credible';
/** Default answer window (a scenario timing rule from the question replaces it). */
export const ANSWER_WINDOW = { ideal: 10 * 60, acceptable: 30 * 60, late: 60 * 60 };

/** What the post gives of what the question asks: the fraction of asked facts it states, with spans. */
export function asked(
	q: QuestionRef,
	pt: PostText,
	c: CompiledScenario,
	revealed: Set<string>
): { share: number; spans: Span[] } {
	if (q.acknowledge) {
		const spans = cueSpans(pt, 'acknowledge', { negated: false });
		return { share: spans.length ? 1 : 0, spans };
	}
	if (q.asks.length) {
		// what is asked and known is answered by stating it; what is asked and not yet known (the culprit
		// before the investigation ends) is answered by saying so: "we do not yet know"
		const spans: Span[] = [];
		let got = 0;
		const unknown = cueSpans(pt, 'unknowns');
		for (const id of q.asks) {
			const f = c.facts.find((x) => x.fact.id === id);
			if (f && !revealed.has(id)) {
				if (unknown.length) {
					got++;
					spans.push(...unknown);
				}
				continue;
			}
			const hits = f ? factHits(pt, f) : [];
			if (hits.length) got++;
			spans.push(...hits);
		}
		return { share: got / q.asks.length, spans };
	}
	const spans = [...factSpans(pt, c, revealed), ...pointers(pt), ...imperatives(pt)];
	return { share: spans.length ? 1 : 0, spans };
}

export function answer(
	check: DoctrineCheck,
	q: QuestionRef,
	t: number,
	pt: PostText,
	c: CompiledScenario,
	revealed: Set<string>,
	evasive: boolean
): CheckResult {
	const delay = t - q.t;
	const a = asked(q, pt, c, revealed);
	// promptness: the scenario's window for this question when it has one, else 10 / 30 / 60 minutes
	const window = c.timing.find((x) => x.rule.from === q.eventId)?.rule ?? ANSWER_WINDOW;
	const prompt = delay <= 0 ? 1 : Math.round(windowScore(delay, window) * 1000) / 1000;
	const items = [
		item(
			'on-record',
			'Answer on the record',
			1.5,
			evasive ? 0 : 1,
			[],
			'Answers on the record.',
			'Evades the question ("no comment", no substance): evasion reads as something to hide.'
		),
		item(
			'prompt',
			'Answer promptly',
			1,
			prompt,
			[],
			delay < 0
				? 'Already answered before it was asked.'
				: `Answers ${Math.round(delay / 60)} minutes after the question.`,
			`Answers ${Math.round(delay / 60)} minutes after the question; a journalist's deadline does not wait.`,
			`Answers ${Math.round(delay / 60)} minutes after the question: the sooner, the better.`
		),
		item(
			'facts-asked',
			q.acknowledge ? 'Own the mistake' : 'Give what was asked',
			2,
			a.share,
			a.spans,
			q.acknowledge ? 'Owns the mistake and corrects it.' : 'Gives the facts asked for.',
			q.acknowledge
				? 'Does not acknowledge or correct the post the question is about.'
				: 'Does not give what was asked.',
			'Gives part of what was asked.'
		)
	];
	return finish(
		{
			check: check.id,
			kind: 'answer',
			objective: check.objective,
			subject: q.itemId,
			from: q.eventId ?? q.itemId,
			source: ANSWER_SOURCE
		},
		items,
		check.skip,
		'Answer to a question'
	);
}
