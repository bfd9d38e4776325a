/**
 * For profanity.ts: words masked with stars ("f***", "bull****", "pr*ck", "cl*wn", "b*stard"), read against the bases
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

export function censoredWord(t: string): string | undefined {
	if (!t.includes('*')) return undefined;
	return CENSOR_BASES.find(
		(b) =>
			b.length === t.length && [...t].every((ch, k) => ch === '*' || ch === b[k]) && t[0] !== '*'
	);
}
