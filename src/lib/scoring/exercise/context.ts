/** What the run-level assessment reads, and the helpers its parts share. */
import type { Scenario, ScenarioEvent } from '../../scenario/types.ts';
import { compiled, type CompiledScenario } from '../compiled.ts';
import { clamp01, rating, round3 } from '../rating.ts';
import type {
	Criterion,
	CriterionId,
	PostInput,
	PostScore,
	QuestionRef,
	Reason
} from '../types.ts';

export interface RunPost {
	input: PostInput;
	score: PostScore;
	deleted?: boolean;
	deletedAt?: number;
}

/** A run: its posts (published, some later deleted), the events that fired, how far it went, and the
 * engine's own record of questions and of the corrections that worked (one story with the simulation). */
export interface RunInput {
	posts: RunPost[];
	fired: { id: string; t: number }[];
	endT: number;
	/** The run was ended (by the trainee, the instructor, or the clock). */
	ended: boolean;
	/** The engine's questions; scripted question events when absent. */
	questions?: QuestionRef[];
	/** The engine's corrections that worked; posts' correctsClaims when absent. */
	corrections?: { claim: string; t: number; q: number; postId?: string; prebunk?: true }[];
	/** Instructor overrides: post id → overall 0..1. */
	overrides?: Record<string, number>;
}

export type Reach = { state: 'fired'; t: number } | { state: 'missed' } | { state: 'na' };

export class Run {
	readonly c: CompiledScenario;
	readonly published: RunPost[];
	readonly live: RunPost[];
	readonly firedAt: Map<string, number>;
	constructor(
		readonly scenario: Scenario,
		readonly x: RunInput
	) {
		this.c = compiled(scenario);
		this.published = [...x.posts].sort((a, b) => a.input.t - b.input.t);
		this.live = this.published.filter((p) => !p.deleted);
		this.firedAt = new Map(x.fired.filter((f) => f.t <= x.endT).map((f) => [f.id, f.t]));
	}

	get endedEarly(): boolean {
		return this.x.ended && this.x.endT < this.scenario.duration;
	}

	/** Whether an event fired, was cut off by an early end (an unconditional, scripted event still to
	 * come: counted as an opportunity missed), or does not apply (contingency, condition false, or later). */
	reach(id: string | undefined): Reach {
		if (!id) return { state: 'na' };
		const t = this.firedAt.get(id);
		if (t !== undefined) return { state: 'fired', t };
		const e: ScenarioEvent | undefined = this.c.events.get(id);
		if (e && this.endedEarly && !e.contingency && !e.when && e.at > this.x.endT)
			return { state: 'missed' };
		return { state: 'na' };
	}

	/** The overall of a post, or the instructor's override of it. */
	overall(p: RunPost): number {
		return this.x.overrides?.[p.input.id] ?? p.score.overall;
	}

	/** A post-level criterion's score, or the override (an override stands for every figure of its post). */
	criterion(p: RunPost, id: CriterionId): number {
		const o = this.x.overrides?.[p.input.id];
		return o ?? p.score.criteria.find((c) => c.id === id)?.score ?? 1;
	}

	/** Past its deadline: the run ended, or `deadline` scenario seconds have passed since `from`. */
	overdue(from: number, deadline: number): boolean {
		return this.x.ended || this.x.endT - from >= deadline;
	}

	private qs?: QuestionRef[];

	/** The questions put to the trainee by the end of the run (computed once). */
	questions(): QuestionRef[] {
		return (this.qs ??= this.collectQuestions());
	}

	private collectQuestions(): QuestionRef[] {
		if (this.x.questions) return this.x.questions.filter((q) => q.t <= this.x.endT);
		const out: QuestionRef[] = [];
		for (const [id, t] of this.firedAt) {
			const e = this.c.events.get(id);
			if (!e?.question) continue;
			const handle = this.scenario.personas.find((p) => p.id === e.from)?.handle;
			const answered = this.published.find((p) => p.input.t >= t && p.score.answers.includes(e.id));
			out.push({
				itemId: e.id,
				eventId: e.id,
				t,
				asks: e.asks,
				text: e.text,
				...(handle ? { asker: handle.replace(/^@/, '').toLowerCase() } : {}),
				...(answered ? { answeredBy: answered.input.id, answeredAt: answered.input.t } : {})
			});
		}
		return out;
	}

	/** Claims the simulation counted as corrected (a working correction), with the post that did it; a
	 * correction after the claim circulated before a prebunk (a fact stated before it circulated). */
	corrected(claim: string): { postId?: string; prebunk?: true } | undefined {
		if (this.x.corrections) {
			const mine = this.x.corrections.filter((c) => c.claim === claim);
			return mine.find((c) => !c.prebunk) ?? mine[0];
		}
		const p = this.published.find((p) => p.score.correctsClaims.includes(claim));
		return p ? { postId: p.input.id } : undefined;
	}
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export const mins = (s: number) => `${Math.round(s / 60)} min`;

export function crit(id: CriterionId, score: number, weight: number, reasons: Reason[]): Criterion {
	const s = round3(clamp01(score));
	return { id, score: s, rating: rating(s), weight, reasons };
}
