/** Titles around a person's name for the wrong-name detector (./wrong-name.ts): the title phrase before a name
 * ("Prime Minister …"), one in an apposition after it (", Meridia's President,"), and whether it fits the person. */
import type { NameEntry } from '../names.ts';
import { HONORIFIC_GENDER, MONARCH, officeWords, TITLE_PHRASES } from '../names.ts';
import { PORTFOLIO } from '../names-titles.ts';
import type { PostText } from '../text/post-text.ts';

/** Whether `seq` stands in `words` at index `i`. */
export function seqAt(words: string[], i: number, seq: string[]): boolean {
	if (i < 0 || i + seq.length > words.length) return false;
	for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) return false;
	return true;
}

/** A colon or a quotation mark between words [from, to]: a speaker's label ("Spokesperson: \"Ambassador Brandt…")
 * is no title of the name quoted after it. */
function brokenBetween(pt: PostText, from: number, to: number): boolean {
	for (let k = from; k < to; k++)
		if (/[:"“”«»]/.test(pt.text.slice(pt.spans[k].end, pt.spans[k + 1].start))) return true;
	return false;
}

/** Longest title phrase ending just before word `end` (same sentence), as [start, phrase]. */
export function titleBefore(
	pt: PostText,
	W: string[],
	end: number
): [number, string[]] | undefined {
	let best: string[] | undefined;
	for (const p of TITLE_PHRASES) {
		if (best && p.length <= best.length) continue;
		const s = end - p.length;
		if (s < 0 || pt.sentence[s] !== pt.sentence[end]) continue;
		if (seqAt(W, s, p) && !brokenBetween(pt, s, end)) best = p;
	}
	return best ? [end - best.length, best] : undefined;
}

/** A title phrase in an apposition that starts at word `at` (", the …", ", Meridia's …") and closes with a comma or
 * the sentence's end, as [end word, phrase]. */
export function appositionTitle(
	pt: PostText,
	W: string[],
	at: number
): [number, string[]] | undefined {
	if (at >= W.length || at === 0 || pt.sentence[at] !== pt.sentence[at - 1]) return undefined;
	if (!/^\s*,\s*$/.test(pt.text.slice(pt.spans[at - 1].end, pt.spans[at].start))) return undefined;
	let s = at;
	// "the", or a possessive name ("Meridia's")
	if (W[s] === 'the' || /['’]s$/.test(pt.text.slice(pt.spans[s].start, pt.spans[s].end))) s++;
	let best: string[] | undefined;
	for (const p of TITLE_PHRASES)
		if ((!best || p.length > best.length) && s + p.length <= W.length && seqAt(W, s, p)) best = p;
	if (!best) return undefined;
	let stop = s + best.length;
	// "… Prime Minister of Meridia, …"
	if (W[stop] === 'of' && pt.sentence[stop] === pt.sentence[at]) {
		let k = stop + 1;
		while (
			k < W.length &&
			k < stop + 4 &&
			/^\p{Lu}/u.test(pt.text.slice(pt.spans[k].start, pt.spans[k].end))
		)
			k++;
		if (k > stop + 1) stop = k;
	}
	const next = stop < W.length ? pt.text.slice(pt.spans[stop - 1].end, pt.spans[stop].start) : '';
	if (stop < W.length && pt.sentence[stop] === pt.sentence[at] && !/^\s*[,;:]/.test(next))
		return undefined;
	return [stop, best];
}

/** Why a title phrase does not fit the person, or undefined when it does. */
export function titleProblem(e: NameEntry, phrase: string[]): string | undefined {
	const g = phrase.map((w) => HONORIFIC_GENDER[w]).find(Boolean);
	if (g && e.gender && g !== e.gender) return 'the honorific does not fit';
	if (!e.titleWords.size && !e.prefixWords.size) return undefined;
	const allowed = new Set([...e.titleWords, ...e.prefixWords]);
	const office = officeWords(phrase);
	if (office.includes('majesty') && ![...allowed].some((w) => MONARCH.has(w) || w === 'majesty'))
		return '“Majesty” is for monarchs';
	// (a portfolio, "Interior Minister", is not checked against a bare "Minister": which one is not known)
	const bare = [...allowed].every(
		(w) => w === 'minister' || w === 'of' || w === 'for' || w === 'the'
	);
	if (office.some((w) => w !== 'majesty' && !allowed.has(w) && !(bare && PORTFOLIO.has(w))))
		return e.title ? `the title is ${e.title}` : 'wrong title';
	return undefined;
}
