/**
 * UK GCS RESIST 2 (2021): decide whether to respond. The reach and harm of a claim or a troll (set by the
 * scenario author) decide: answer what is far-reaching or harmful; monitor, do not amplify, what is small and
 * low-harm. A calm, factual reply to a small troll is half right: it amplifies what would have faded.
 */
import type { DoctrineCheck, Stakes } from '../../scenario/types.ts';
import type { CheckResult } from '../types.ts';
import { finish, item } from './items.ts';

export const RESIST_SOURCE = 'UK GCS RESIST 2 (2021): decide whether to respond; do not amplify';

export type Decision = 'respond' | 'ignore' | 'either';

export function decide(reach: Stakes, harm: Stakes): Decision {
	if (harm === 'high') return 'respond';
	if (reach === 'high' && harm !== 'low') return 'respond';
	if (reach === 'low') return 'ignore';
	if (harm === 'low' && reach !== 'high') return 'ignore';
	return 'either';
}

export function stakesText(reach: Stakes, harm: Stakes): string {
	return `${reach} reach, ${harm} harm`;
}

export function respondOrIgnore(
	check: DoctrineCheck,
	subject: string,
	label: string,
	reach: Stakes,
	harm: Stakes,
	calmAndFactual: boolean
): CheckResult {
	const d = decide(reach, harm);
	const stakes = stakesText(reach, harm);
	const score = d !== 'ignore' ? 1 : calmAndFactual ? 0.5 : 0;
	return finish(
		{
			check: check.id,
			kind: 'respond-or-ignore',
			objective: check.objective,
			subject,
			source: RESIST_SOURCE
		},
		[
			item(
				'proportionate',
				'Respond in proportion',
				1,
				score,
				[],
				d === 'respond'
					? `Answering ${label} is right: ${stakes}.`
					: `Answering ${label} is a judgement call (${stakes}).`,
				`${label} has ${stakes}: engaging amplifies it. Monitor and answer the public, not the troll.`,
				`${label} has ${stakes}: a calm, factual reply is acceptable, but ignoring it would have denied it an audience.`
			)
		],
		check.skip,
		'Respond or ignore (RESIST)'
	);
}
