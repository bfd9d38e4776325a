/** "Did you mean …?": the closest defined name to a misspelt one, if it is close enough to be a likely typo. */
import { distance } from 'fastest-levenshtein';

export function suggest(word: string, candidates: Iterable<string>): string | undefined {
	if (typeof word !== 'string' || word.length === 0 || word.length > 200) return undefined;
	const lower = word.toLowerCase();
	const max = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
	let best: string | undefined;
	let bestD = Infinity;
	for (const c of candidates) {
		if (c === word) continue;
		const cl = c.toLowerCase();
		let d = cl === lower ? 0.5 : distance(lower, cl);
		// a separator slip (first_response vs first-response) is one edit, not a different word
		if (d > 1 && cl.replace(/[-_ ]/g, '') === lower.replace(/[-_ ]/g, '')) d = 1;
		if (d < bestD) {
			bestD = d;
			best = c;
		}
	}
	return bestD <= max ? best : undefined;
}
