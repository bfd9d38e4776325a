/** The built-in reaction pools by situation, and the seeded fictional names of the public and the network. */
import type { Situation } from '../../scenario/types.ts';
import { AMBIENT, DELETED, RUMOUR, SILENCE } from './ambient.ts';
import { GAFFE, MYTH } from './gaffes.ts';
import { ANSWER, CORRECTION, GOOD, WEAK } from './posts.ts';
import type { Pool } from './types.ts';

export type { Pool } from './types.ts';
export { AMBIENT_TRAGEDY } from './ambient.ts';
export { GAFFE_BY_FINDING, WAVE } from './gaffes.ts';

export const BUILTIN: Record<Situation, Pool> = {
	good: GOOD,
	correction: CORRECTION,
	answer: ANSWER,
	weak: WEAK,
	gaffe: GAFFE,
	myth: MYTH,
	ambient: AMBIENT,
	rumour: RUMOUR,
	silence: SILENCE,
	deleted: DELETED
};

export const FIRST = [
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
	'Nina',
	'Pia',
	'Luca',
	'Sina',
	'Dara',
	'Yusuf',
	'Marta',
	'Emil',
	'Hana',
	'Tariq',
	'Vera',
	'Joss',
	'Anouk',
	'Femi',
	'Greta',
	'Kofi',
	'Lior',
	'Mirela',
	'Nils',
	'Oona',
	'Paz'
];
export const LAST = [
	'K.',
	'M.',
	'R.',
	'T.',
	'V.',
	'L.',
	'S.',
	'D.',
	'P.',
	'H.',
	'B.',
	'N.',
	'A.',
	'C.',
	'F.',
	'G.',
	'J.',
	'O.'
];
/** Name parts of the coordinated network's accounts (fictional, typical of such accounts). */
export const NETWORK_A = [
	'Truth',
	'Patriot',
	'Free',
	'Real',
	'Awake',
	'Open',
	'Citizen',
	'Plain',
	'Honest',
	'Ground',
	'Voice',
	'Daily',
	'Watch',
	'Eyes'
];
export const NETWORK_B = [
	'Voice',
	'Watch',
	'Facts',
	'Report',
	'Insider',
	'Eye',
	'News',
	'Files',
	'Wire',
	'Times',
	'Talk',
	'Now'
];
