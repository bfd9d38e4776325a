/**
 * What generated public reactions say (the engine places them: src/lib/core/sample-reactions.ts). Each minute,
 * at most two readable sample posts from the busiest audiences, each standing for many similar ones. What a
 * reaction says is drawn from the SITUATION it answers:
 * - a reply to one of the trainee's recent posts answers that post's outcome (sim/outcome.ts), threaded under
 *   it: praise only when the outcome allows praise; a gaffe draws its finding's pool; a repeated myth is
 *   picked up by believers;
 * - otherwise the conversation: the rumour's believers and skeptics, talk about a deleted post, complaints
 *   about silence (only when the trainee has posted nothing for SILENCE_WINDOW), or the ambient chatter.
 * Texts come from the scenario's pools (`reactions:`, weighted 3×) and the built-in pools (sim/pools), with
 * placeholders filled and the last RECENT texts avoided, so a long run does not repeat itself.
 */
import type { Scenario, Situation, Stance } from '../scenario/types.ts';
import { pick, type Rand } from './rng.ts';
import type { FindingId } from '../scoring/types.ts';
import {
	AMBIENT_TRAGEDY,
	BUILTIN,
	FIRST,
	GAFFE_BY_FINDING,
	LAST,
	NETWORK_A,
	NETWORK_B,
	type Pool
} from './pools/index.ts';

/** A post is answered by replies for this long after it went out (seconds). */
export const REPLY_WINDOW = 45 * 60;
/** "Silent" complaints only after this long without a public post (and this long into the crisis). */
export const SILENCE_WINDOW = 30 * 60;
/** Ambient support of the government needs a well-received live post at most this old. */
export const PRAISE_WINDOW = 60 * 60;
/** Talk about a deleted post lasts this long after the deletion. */
export const DELETED_WINDOW = 20 * 60;
/** A text is not reused while it is among the last RECENT reactions. */
export const RECENT = 60;

export function fictionalName(rand: Rand): { name: string; handle: string } {
	const first = pick(rand, FIRST);
	const last = pick(rand, LAST);
	const n = Math.floor(rand() * 900) + 100;
	return {
		name: `${first} ${last}`,
		handle: `@${first.toLowerCase()}${last[0].toLowerCase()}${n}`
	};
}

/** A coordinated network's account name, e.g. "Truth Watch 4471". */
export function networkName(rand: Rand): { name: string; handle: string } {
	const a = pick(rand, NETWORK_A);
	let b = pick(rand, NETWORK_B);
	if (b === a) b = 'Now';
	const n = Math.floor(rand() * 9000) + 1000;
	return { name: `${a} ${b}`, handle: `@${a}${b}${n}` };
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

/** The stances that may speak in a situation (praise only where the outcome allows it). */
export function allowedStances(situation: Situation, praise: boolean): Stance[] {
	switch (situation) {
		case 'good':
		case 'answer':
			return praise ? ['supportive', 'neutral', 'hostile'] : ['neutral', 'hostile'];
		case 'correction':
			return praise
				? ['supportive', 'skeptic', 'believer', 'hostile', 'neutral']
				: ['skeptic', 'believer', 'hostile', 'neutral'];
		case 'weak':
			return ['hostile', 'neutral', 'supportive'];
		case 'gaffe':
			return ['hostile', 'neutral', 'supportive', 'believer'];
		case 'myth':
			return ['believer', 'skeptic', 'hostile', 'neutral'];
		case 'deleted':
		case 'silence':
			return ['hostile', 'neutral', 'believer'];
		case 'rumour':
			return ['believer', 'skeptic'];
		case 'ambient':
			return praise ? ['neutral', 'hostile', 'supportive'] : ['neutral', 'hostile'];
	}
}

const textsMemo = new WeakMap<Scenario, Map<string, string[]>>();

/** Candidate texts for (audience, situation, stance): the scenario's (3×), then the built-in ones. */
export function textsFor(
	scenario: Scenario,
	audience: string,
	situation: Situation,
	stance: Stance,
	opts: { findings?: FindingId[]; tragedy?: boolean } = {}
): string[] {
	let memo = textsMemo.get(scenario);
	if (!memo) textsMemo.set(scenario, (memo = new Map()));
	const key = `${audience}|${situation}|${stance}|${opts.findings?.join(',') ?? ''}|${opts.tragedy ? 1 : 0}`;
	const hit = memo.get(key);
	if (hit) return hit;
	const own = (aud: string) => [
		...(scenario.reactions[aud]?.[situation]?.[stance] ?? []),
		// The plain believer/skeptic lists are the rumour's talk.
		...(situation === 'rumour' ? (scenario.reactions[aud]?.ambient?.[stance] ?? []) : [])
	];
	const authored = [...own(audience), ...own('*')];
	const builtin: string[] = [];
	const add = (p: Pool | undefined) => builtin.push(...(p?.[stance] ?? []));
	if (situation === 'gaffe') {
		for (const f of opts.findings ?? [])
			add(f === 'myth-repetition' ? BUILTIN.myth : GAFFE_BY_FINDING[f]);
		if (!builtin.length) add(BUILTIN.gaffe);
	} else {
		add(BUILTIN[situation]);
		if (situation === 'ambient' && opts.tragedy) add(AMBIENT_TRAGEDY);
	}
	const out = [...authored, ...authored, ...authored, ...builtin];
	if (memo.size < 2000) memo.set(key, out);
	return out;
}
