/**
 * Generated public reactions: readable sample posts composed from the scenario's templates by audience and
 * stance, each standing for many similar posts ("and 3,412 more"). Names are fictional and seeded.
 */
import type { Scenario, Stance } from '../scenario/types.ts';
import { pick, type Rand } from '../core/rng.ts';

const FIRST = [
	'Alex',
	'Sam',
	'Noor',
	'Mika',
	'Jon',
	'Rana',
	'Ilya',
	'Tess',
	'Omar',
	'Lena',
	'Kai',
	'Zara',
	'Ivo',
	'Maren',
	'Teo',
	'Ada',
	'Ravi',
	'Elif',
	'Bo',
	'Nina'
];
const LAST = ['K.', 'M.', 'R.', 'T.', 'V.', 'L.', 'S.', 'D.', 'P.', 'H.', 'B.', 'N.'];

export function fictionalName(rand: Rand): { name: string; handle: string } {
	const first = pick(rand, FIRST);
	const last = pick(rand, LAST);
	const n = Math.floor(rand() * 900) + 100;
	return {
		name: `${first} ${last}`,
		handle: `@${first.toLowerCase()}${last[0].toLowerCase()}${n}`
	};
}

export function templates(scenario: Scenario, audience: string, stance: Stance): string[] {
	const own = <V>(o: Record<string, V> | undefined, k: string) =>
		o && Object.hasOwn(o, k) ? o[k] : undefined;
	const r = scenario.reactions;
	return own(own(r, audience), stance) ?? own(own(r, '*'), stance) ?? [];
}

/** Fill {handle}, {hashtag} and {claim} (the first false claim's hashtag / first keyword). */
export function fill(text: string, scenario: Scenario): string {
	const claim = scenario.claims.find((c) => !c.truth) ?? scenario.claims[0];
	return text
		.replaceAll('{handle}', scenario.trainee.account.handle)
		.replaceAll('{hashtag}', claim?.hashtag ?? '')
		.replaceAll('{claim}', claim?.keywords[0] ?? claim?.text ?? '')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface StanceWeights {
	believer: number;
	skeptic: number;
	hostile: number;
	supportive: number;
	neutral: number;
}

export function chooseStance(rand: Rand, w: StanceWeights): Stance {
	const entries = Object.entries(w) as [Stance, number][];
	const total = entries.reduce((s, [, v]) => s + Math.max(0, v), 0);
	let r = rand() * total;
	for (const [k, v] of entries) {
		r -= Math.max(0, v);
		if (r <= 0) return k;
	}
	return 'neutral';
}
