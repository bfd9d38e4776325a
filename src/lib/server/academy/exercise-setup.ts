/**
 * Creating an exercise: the uploaded or shipped scenario is compiled off the event loop (with a time limit),
 * checked, and stored with its seed, speed, mode and teams, and a first join code.
 */
import { diagnosticLine } from '../../scenario/index.ts';
import { restoreDicts } from '../../scenario/compile.ts';
import { compileOffThread } from './compile-pool.ts';
import { createClock } from '../../core/clock.ts';
import { ACADEMY_SPEEDS, MAX_NAME_CHARS } from '../../academy/events.ts';
import * as ex from '../repo/exercises.ts';
import { AcademyError, cleanName } from './errors.ts';
import { rememberScenario } from './scenarios.ts';
import { nowOf, type Ctx } from './context.ts';

/** How long a join code stays valid. */
export const CODE_TTL = 12 * 3600 * 1000;

export interface CreateInput {
	ownerId: string;
	yaml: string;
	file: string;
	seed?: number;
	speed?: number;
	mode?: 'individual' | 'teams';
	clearance?: boolean;
	/** Exam mode (no live hints); default: the scenario's own `exam` setting. */
	exam?: boolean;
	teams?: string[];
	title?: string;
}

export type CreateResult =
	{ ok: true; exercise: ex.Exercise; code: ex.JoinCode } | { ok: false; diagnostics: string[] };

export async function createExercise(c: Ctx, input: CreateInput): Promise<CreateResult> {
	// Off the event loop, with a time limit: an uploaded file cannot freeze the server for everyone.
	const compiled = await compileOffThread(input.yaml, input.file);
	if ('timedOut' in compiled)
		return {
			ok: false,
			diagnostics: [
				`${input.file}: checking this scenario took longer than ${compiled.limitMs / 1000} s, so it was stopped; simplify it (fewer events, shorter conditions) or check it with 'ddsim validate'`
			]
		};
	if (!compiled.scenario)
		return {
			ok: false,
			diagnostics: compiled.diagnostics.filter((d) => d.severity === 'error').map(diagnosticLine)
		};
	const s = restoreDicts(compiled.scenario);
	const speed = (ACADEMY_SPEEDS as number[]).includes(input.speed ?? 1) ? input.speed : 1;
	const seed = input.seed ?? s.seed;
	if (!Number.isSafeInteger(seed) || seed < 0)
		throw new AcademyError(400, 'The seed must be a whole number ≥ 0.');
	const mode = input.mode === 'teams' ? 'teams' : 'individual';
	const teams =
		mode === 'teams'
			? (input.teams ?? []).map((t) => cleanName(t, 'A team name', MAX_NAME_CHARS))
			: [];
	if (mode === 'teams' && !teams.length)
		throw new AcademyError(400, 'A team exercise needs at least one team name.');
	if (new Set(teams.map((t) => t.toLowerCase())).size !== teams.length)
		throw new AcademyError(400, 'Two teams have the same name.');
	const title = input.title ? cleanName(input.title, 'The title', 120) : s.title;
	return c.db.tx(async (q) => {
		const exercise = await ex.insertExercise(q, {
			ownerId: input.ownerId,
			title,
			scenarioId: s.id,
			scenarioFile: input.file,
			scenarioYaml: input.yaml,
			seed,
			mode,
			clearance: mode === 'teams' && !!input.clearance,
			exam: input.exam ?? !!s.exam,
			clock: createClock(s.duration, speed as 1 | 5 | 20)
		});
		for (const t of teams) await ex.createParticipant(q, exercise.id, t, 'team');
		const code = await ex.issueJoinCode(q, exercise.id, CODE_TTL, nowOf(c));
		rememberScenario(exercise.id, s);
		return { ok: true as const, exercise, code };
	});
}
