/**
 * The debrief's adversary timeline (each move the network made, the post of the trainee that triggered it,
 * the DISARM technique and what would have pre-empted it) and the optional closing round, in which the trainee
 * names the technique of each move (inoculation, as in the Bad News game: Roozenbeek & van der Linden 2019).
 * Pure and seeded: the same run always gives the same questions.
 */
import type { Scenario } from '$lib/scenario/types';
import type { SessionState } from '$lib/core/state';
import { stream } from '$lib/sim/rng';
import { TECHNIQUES, technique, techniqueUrl, type Technique } from '$lib/scenario/disarm';

export interface MoveRow {
	move: string;
	t: number;
	itemId: string;
	/** The network's post. */
	author: string;
	text: string;
	technique: Technique;
	url: string;
	/** The trainee's post that triggered it; none when silence did. */
	trigger?: { id: string; t: number; text: string; deleted: boolean; share: boolean };
	preempt: string;
}

export function adversaryTimeline(scenario: Scenario, s: SessionState): MoveRow[] {
	const moves = scenario.adversary?.moves ?? [];
	return s.moves
		.filter((r) => r.t <= s.t)
		.sort((a, b) => a.t - b.t || a.itemId.localeCompare(b.itemId))
		.flatMap((r) => {
			const def = moves.find((m) => m.id === r.move);
			const tech = technique(r.technique);
			const item = s.feed.find((f) => f.id === r.itemId);
			if (!def || !tech || !item) return [];
			const post = r.trigger ? s.posts.find((p) => p.id === r.trigger) : undefined;
			return [
				{
					move: r.move,
					t: r.t,
					itemId: r.itemId,
					author: item.author.handle
						? `${item.author.name} ${item.author.handle}`
						: item.author.name,
					text: item.text,
					technique: tech,
					url: techniqueUrl(tech.id),
					...(post
						? {
								trigger: {
									id: post.id,
									t: post.t,
									text: post.text,
									deleted: !!post.deleted,
									share: post.share !== undefined
								}
							}
						: {}),
					preempt: def.preempt
				}
			];
		});
}

/** Moves the network had ready but the run gave it no opening for. */
export function unplayed(scenario: Scenario, s: SessionState): Technique[] {
	const fired = new Set(s.moves.map((m) => m.move));
	const out = new Map<string, Technique>();
	for (const m of scenario.adversary?.moves ?? []) {
		if (fired.has(m.id)) continue;
		const t = technique(m.technique);
		if (t) out.set(t.id, t);
	}
	return [...out.values()];
}

export interface QuizQuestion {
	itemId: string;
	text: string;
	author: string;
	answer: string;
	options: Technique[];
}

/** At most `max` questions, one per distinct technique, four options each (the answer and three others). */
export function closingRound(scenario: Scenario, s: SessionState, max = 5): QuizQuestion[] {
	const rows = adversaryTimeline(scenario, s);
	const seen = new Set<string>();
	const out: QuizQuestion[] = [];
	for (const r of rows) {
		if (seen.has(r.technique.id) || out.length >= max) continue;
		seen.add(r.technique.id);
		const rand = stream(s.seed, 'closing-round', r.itemId);
		const others = TECHNIQUES.filter((t) => t.id !== r.technique.id);
		const picked: Technique[] = [];
		while (picked.length < 3) {
			const t = others[Math.floor(rand() * others.length)];
			if (!picked.includes(t)) picked.push(t);
		}
		const options = [...picked];
		options.splice(Math.floor(rand() * 4), 0, r.technique);
		out.push({ itemId: r.itemId, text: r.text, author: r.author, answer: r.technique.id, options });
	}
	return out;
}
