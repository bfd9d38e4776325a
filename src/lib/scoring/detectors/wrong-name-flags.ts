/**
 * Flags for wrong-name (./wrong-name.ts): a flag emoji next to a country whose `flag:` is given but that is not its
 * flag — unless it is the right flag of another country the post names nearer to it, or sits in a flag pair with
 * this country's own ("🇵🇻🇰🇻 Pellavia thanks the Karsovian rescuers"); swapped flags ("🇰🇹 Orsiva and Kestria 🇴🇻")
 * stay wrong.
 */
import type { NameEntry, NameIndex } from '../names.ts';
import type { PostText } from '../text/post-text.ts';
import { seqAt } from './wrong-name-titles.ts';

export const FLAG = /^(?:\p{Regional_Indicator}{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]+\u{E007F})$/u;

/** The text of the run of flags (and spaces) around word `i` ("🇰🇹 🇻🇲"). */
export function flagCluster(pt: PostText, i: number): string {
	const tok = pt.tokens[pt.tok[i]];
	const before = /(?:\p{Regional_Indicator}{2}\s*)*$/u.exec(pt.text.slice(0, tok.start))?.[0] ?? '';
	const after = /^(?:\s*\p{Regional_Indicator}{2})*/u.exec(pt.text.slice(tok.end))?.[0] ?? '';
	return before + tok.text + after;
}

/** Words from word `i` to the nearest mention (name or demonym) of an entry in the same sentence, or Infinity. */
export function mentionDistance(pt: PostText, W: string[], i: number, x: NameEntry): number {
	let best = Infinity;
	for (let j = 0; j < W.length; j++)
		if (pt.sentence[j] === pt.sentence[i] && (seqAt(W, j, x.key) || x.demonyms.includes(W[j])))
			best = Math.min(best, Math.abs(j - i));
	return best;
}

/** Flags next to a country (within three words, same sentence) that are not its own. */
export function wrongFlags(
	pt: PostText,
	W: string[],
	ix: NameIndex,
	acceptedDemonym: (w: string) => boolean
): { entry: NameEntry; at: number; message: string }[] {
	const out: { entry: NameEntry; at: number; message: string }[] = [];
	const n = W.length;
	for (let i = 0; i < n; i++) {
		const tok = pt.tokens[pt.tok[i]];
		if (tok.kind !== 'emoji' || !FLAG.test(tok.text)) continue;
		for (const e of ix.entries) {
			if (!e.flag || e.flag === tok.text || !e.key.length) continue;
			let near = false;
			for (let j = Math.max(0, i - 3 - e.key.length); j <= Math.min(n - 1, i + 3) && !near; j++)
				if (
					pt.sentence[j] === pt.sentence[i] &&
					(seqAt(W, j, e.key) || (e.stem !== undefined && acceptedDemonym(W[j])))
				)
					near = true;
			if (near) {
				const other = ix.entries.find((x) => x.flag === tok.text);
				// the right flag of another country, beside this country's own flag ("🇵🇻🇰🇻 Pellavia thanks the
				// Karsovian rescuers") or nearer that country's name than this one's, is that country's; swapped
				// ("🇰🇹 Orsiva and Kestria 🇴🇻") it is wrong
				if (
					other &&
					(flagCluster(pt, i).includes(e.flag) ||
						mentionDistance(pt, W, i, other) < mentionDistance(pt, W, i, e))
				)
					continue;
				out.push({
					entry: e,
					at: i,
					message: `${tok.text} is not the flag of ${e.correct}${other ? ` (it is ${other.correct}'s)` : ''}; use ${e.flag}.`
				});
				break;
			}
		}
	}
	return out;
}
