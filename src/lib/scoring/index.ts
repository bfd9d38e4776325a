/**
 * Scoring: timing, tone, faux pas and key messages, every number with its reasons (docs/scoring.md).
 * Pure — runs in the engine, the browser (live hints) and the CLI.
 */
export type * from './types.ts';
export { score, CRITICAL_CAP } from './score.ts';
export { analyseTone } from './tone/analyse.ts';
export { scoreExercise } from './exercise.ts';
export { runScenarioTests, scoreScript, firedAt, revealedAt } from './scenario-tests.ts';
export { rating } from './rating.ts';
export { windowScore } from './timing.ts';
