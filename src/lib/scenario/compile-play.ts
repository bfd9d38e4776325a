/** Raw → compiled for the parts that make the platform play back: reaction pools, the adversary's moves
 * (conditions attached, a default "what would have pre-empted it" derived from the condition), media and the
 * local clock. */
import { toCondition, type CondNode } from './conditions.ts';
import type { RawScenario } from './schema.ts';
import type { RawReactionPools } from './schema-play.ts';
import { parseTime } from './time.ts';
import type {
	Adversary,
	AudiencePools,
	Condition,
	LocalClock,
	Media,
	Reactions,
	Situation,
	Stance
} from './types.ts';

const sec = (t: string) => parseTime(t) ?? 0;

export function compileReactions(raw: Record<string, RawReactionPools>): Reactions {
	// keyed by audience ids the author chose: no prototype, so `constructor` is just an audience id
	const out = Object.create(null) as Reactions;
	for (const [aud, pools] of Object.entries(raw)) {
		const compiled: AudiencePools = {};
		const { on, ...ambient } = pools;
		const stances = (x: Partial<Record<Stance, string[] | undefined>>) => {
			const o: Partial<Record<Stance, string[]>> = {};
			for (const [k, v] of Object.entries(x)) if (v?.length) o[k as Stance] = v;
			return o;
		};
		const amb = stances(ambient);
		if (Object.keys(amb).length) compiled.ambient = amb;
		for (const [situation, byStance] of Object.entries(on ?? {}))
			if (byStance) compiled[situation as Situation] = stances(byStance);
		out[aud] = compiled;
	}
	return out;
}

export function compileMedia(m: NonNullable<RawScenario['events'][number]['media']>): Media {
	return {
		kind: m.kind,
		caption: m.caption,
		alt: m.alt,
		...(m.duration !== undefined ? { duration: sec(m.duration) } : {})
	};
}

export function compileLocalClock(c: RawScenario['local_clock']): LocalClock | undefined {
	if (!c) return undefined;
	const [h, m] = c.start.split(':').map(Number);
	return { start: h * 3600 + m * 60, ...(c.label !== undefined ? { label: c.label } : {}) };
}

/** What would have pre-empted a move, read from the first thing its condition tests. */
export function defaultPreempt(cond: Condition): string {
	const first = firstAtom(cond);
	switch (first?.op) {
		case 'repeated':
			return 'Lead with the fact and leave the rumour’s own words out: a correction that repeats the claim hands the network a quote.';
		case 'amplified':
			return 'Verify before you share: never re-post or quote the false post itself; post the fact in your own words.';
		case 'deleted':
			return 'Deletion is not remediation: screenshots stay. Correct or apologise in a visible follow-up post instead of deleting silently.';
		case 'replied_to_troll':
			return 'Do not answer a low-reach troll in kind; ignore it, or answer once with facts for your real audience.';
		case 'silent_for':
		case 'missed':
		case 'posted':
			return 'Fill the information void early: a prompt holding statement (what you know, what you are doing, when you will update) leaves the network nothing to point at.';
		case 'faux_pas':
			return first.id === 'premature-blame'
				? 'Do not assign blame before the facts are established; say what is confirmed and what is still being checked.'
				: 'Check tone, names and facts before publishing: the network looks for a slip it can clip.';
		case 'corrected':
			return 'Expect the network to move the goalposts after a correction: keep repeating the fact, and do not engage the new demands.';
		case 'mentioned':
			return 'Choose your own frame: the words you use are the words the network will quote.';
		default:
			return 'Anticipate the network’s next move and pre-bunk it: state the facts before the rumour does.';
	}
}

/** The first positive atom of a condition (skipping what sits under `not`). */
function firstAtom(c: Condition): Condition | undefined {
	switch (c.op) {
		case 'and':
		case 'or':
			for (const a of c.args) {
				const f = firstAtom(a);
				if (f) return f;
			}
			return undefined;
		case 'not':
			return c.arg.op === 'posted' ? { op: 'silent_for', seconds: 0 } : undefined;
		case 'const':
			return undefined;
		default:
			return c;
	}
}

export function compileAdversary(
	raw: RawScenario,
	conds: Map<number, CondNode>
): Adversary | undefined {
	const a = raw.adversary;
	if (!a) return undefined;
	const network = a.network ?? raw.audiences.find((x) => x.kind === 'coordinated')?.id;
	return {
		name: a.name ?? 'Coordinated network',
		...(network !== undefined ? { network } : {}),
		moves: a.moves.flatMap((m, i) => {
			const node = conds.get(i);
			if (!node) return [];
			const when = toCondition(node);
			return [
				{
					id: m.id,
					when,
					whenText: m.when,
					technique: m.technique.trim().toUpperCase(),
					as: m.as,
					text: m.text,
					delay: sec(m.delay),
					repeat: m.repeat,
					every: sec(m.every),
					outrage: m.outrage,
					preempt: m.preempt ?? defaultPreempt(when),
					...(m.from !== undefined ? { from: m.from } : {}),
					...(m.after !== undefined ? { after: sec(m.after) } : {}),
					...(m.until !== undefined ? { until: sec(m.until) } : {}),
					...(m.accounts !== undefined ? { accounts: m.accounts } : {}),
					...(m.boost
						? {
								boost: {
									claim: m.boost.claim,
									strength: m.boost.strength,
									duration: sec(m.boost.duration)
								}
							}
						: {}),
					...(m.media ? { media: compileMedia(m.media) } : {})
				}
			];
		})
	};
}
