import type { Stance } from '../../scenario/types.ts';

/** Reaction texts by stance. */
export type Pool = Partial<Record<Stance, string[]>>;
