/** Key messages over the run: each due message said in a published post (deleted ones too: people saw them).
 * A message is missed once the run ended, or once its objective's window has passed (1 h without one). */
import type { Criterion, Reason } from '../types.ts';
import { crit, type Run } from './context.ts';

const DEFAULT_DEADLINE = 3600;

export interface MessageScore {
	id: string;
	objective?: string;
	score: number;
	reason: Reason;
}

export function keyMessages(run: Run): MessageScore[] {
	const out: MessageScore[] = [];
	for (const k of run.c.keyMessages) {
		const km = k.km;
		const reach = km.after ? run.reach(km.after) : ({ state: 'fired', t: 0 } as const);
		if (reach.state === 'na') continue;
		const carrier = run.published.find((p) => p.score.keyMessages.some((x) => x.id === km.id));
		const o = km.objective ? { objective: km.objective } : {};
		if (carrier) {
			out.push({
				id: km.id,
				...o,
				score: 1,
				reason: {
					rule: `key.${km.id}`,
					text: `“${km.label}” — in post ${carrier.input.id}.`,
					delta: 0,
					spans: carrier.score.keyMessages.find((x) => x.id === km.id)!.spans
				}
			});
			continue;
		}
		const from = reach.state === 'fired' ? reach.t : 0;
		const late =
			run.c.timing.find((t) => t.rule.objective === km.objective)?.rule.late ?? DEFAULT_DEADLINE;
		if (reach.state === 'fired' && !run.overdue(from, late + 1)) continue;
		out.push({
			id: km.id,
			...o,
			score: 0,
			reason: {
				rule: `key.${km.id}`,
				text: `Never said: ${km.label}.`,
				delta: -1,
				source: 'Scenario rubric must_include'
			}
		});
	}
	return out;
}

export function keyMessageCriterion(ms: MessageScore[], weight: number): Criterion {
	if (!ms.length)
		return crit('key-messages', 1, 0, [
			{ rule: 'key.none', text: 'No key message was due yet.', delta: 0 }
		]);
	const got = ms.filter((m) => m.score === 1).length;
	return crit(
		'key-messages',
		got / ms.length,
		weight,
		ms.map((m) => ({ ...m.reason, delta: m.score === 1 ? 0 : -1 / ms.length }))
	);
}
