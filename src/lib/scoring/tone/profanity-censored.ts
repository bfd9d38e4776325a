/**
 * For profanity.ts: words masked with stars or symbols ("f***", "bull****", "pr*ck", "cl*wn", "b*stard", "bull$#!t"), read against the bases
 * they can stand for (same length, every letter shown in its place).
 */
export const CENSORED =
	/(?<![a-z])(f|s|sh|b|c|d|p|tw|a|h|cr)\*+([a-z]{0,4})(?![a-z*])|(?<![a-z])([a-z]{1,6})\*{1,4}([a-z]{0,6})(?![a-z*])/g;
const CENSOR_BASES = [
	'fuck',
	'shit',
	'bitch',
	'cunt',
	'dick',
	'piss',
	'twat',
	'crap',
	'damn',
	'hell',
	'arse',
	'asshole',
	'bastard',
	'wanker',
	'bollocks',
	'fucking',
	'shitty',
	'bullshit',
	'prick',
	'dickhead',
	'arsehole',
	'tosser',
	'wankers',
	'bitches',
	'pissed',
	'clown',
	'troll',
	'scum',
	'idiot',
	'idiots',
	'moron',
	'morons',
	'loser',
	'clowns'
];

export function censoredWord(raw: string): string | undefined {
	// (a mask of symbols between letters counts as stars: "bull$#!t")
	const t = /[a-z][$#@%&!]+[a-z]/i.test(raw) ? raw.replace(/[$#@%&!]/g, '*') : raw;
	if (!t.includes('*')) return undefined;
	// (a plural too: "b*stards")
	const fits = (b: string) =>
		b.length === t.length && [...t].every((ch, k) => ch === '*' || ch === b[k]) && t[0] !== '*';
	return CENSOR_BASES.find((b) => fits(b) || (!b.endsWith('s') && fits(`${b}s`)));
}
