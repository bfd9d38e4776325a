/**
 * Tone against the rubric's target for the moment (the last `tone:` phase with from ≤ t). Levels map to bands:
 * none [0, 0.15], low [0.1, 0.4], medium [0.35, 0.7], high [0.6, 1]; valence negative [−1, −0.05], neutral
 * [−0.4, 0.4], positive [0.05, 1]. Each targeted dimension loses min(1, distance/0.4); the criterion is
 * 1 − the mean loss. Without a rubric target, defaults apply: hostility none, formality medium-or-more.
 */
import type { Level, ToneTarget } from '../scenario/types.ts';
import type { CueHit } from './tone/analyse.ts';
import type { Reason, ToneVector } from './types.ts';

const BANDS: Record<string, [number, number]> = {
	none: [0, 0.15],
	low: [0.1, 0.4],
	medium: [0.35, 0.7],
	high: [0.6, 1],
	negative: [-1, -0.05],
	neutral: [-0.4, 0.4],
	positive: [0.05, 1]
};

type Dim = Exclude<keyof ToneTarget, 'from'>;
const DIMS: Dim[] = ['valence', 'empathy', 'politeness', 'formality', 'hostility', 'certainty'];

export function toneTarget(targets: ToneTarget[], t: number): ToneTarget {
	let cur: ToneTarget | undefined;
	for (const x of targets) if (x.from <= t && (!cur || x.from >= cur.from)) cur = x;
	return cur ?? { from: 0, hostility: 'none' as Level };
}

const TARGET_TEXT = new Map<string, string>();

/** " — the target now is medium (0.35…0.7)." (built once per level). */
function targetText(level: string): string {
	let t = TARGET_TEXT.get(level);
	if (t === undefined) {
		const [lo, hi] = BANDS[level];
		TARGET_TEXT.set(level, (t = ` — the target now is ${level} (${lo}…${hi}).`));
	}
	return t;
}

export function toneCriterion(
	tone: ToneVector,
	target: ToneTarget,
	hits: CueHit[]
): { score: number; reasons: Reason[] } {
	const reasons: Reason[] = [];
	let loss = 0;
	let n = 0;
	for (const d of DIMS) {
		const level = target[d];
		if (!level) continue;
		const [lo, hi] = BANDS[level];
		const v = tone[d];
		const dist = v < lo ? lo - v : v > hi ? v - hi : 0;
		const l = Math.min(1, dist / 0.4);
		n++;
		loss += l;
		if (l > 0) {
			const cueDim =
				d === 'certainty'
					? v < lo
						? 'hedge'
						: 'assert'
					: d === 'formality' && v < lo
						? 'informality'
						: d;
			reasons.push({
				rule: `tone.${d}`,
				text: `${d} ${v.toFixed(2)}${targetText(level)}`,
				delta: -l,
				spans: hits.filter((h) => h.dim === cueDim).map((h) => h.span),
				source:
					d === 'empathy'
						? 'CDC CERC: express empathy'
						: d === 'hostility' || d === 'politeness'
							? 'CDC CERC: show respect'
							: d === 'certainty'
								? 'CDC CERC: be right (say what is and is not known)'
								: 'Scenario rubric tone target'
			});
		}
	}
	const score = n === 0 ? 1 : 1 - loss / n;
	if (reasons.length === 0)
		reasons.push({
			rule: 'tone.target',
			text: 'Tone matches the target for this moment.',
			delta: 0,
			source: 'Scenario rubric tone target'
		});
	return { score, reasons };
}
