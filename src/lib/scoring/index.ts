/**
 * Scoring: timing, tone, faux pas and key messages, every number with its reasons (docs/scoring.md).
 * Pure — runs in the engine, the browser (live hints) and the CLI.
 */
export type * from './types.ts';
export { score } from './score.ts';
export { analyseTone } from './tone/analyse.ts';
export { scoreExercise, type RunInput, type RunPost } from './exercise/index.ts';
export { windowScore } from './timing.ts';
