/**
 * The VADER lexicon (Hutto & Gilbert 2014, shipped in the `vader-sentiment` npm package) decoded once from the
 * compact generated module. Only the lexicon is bundled, not the package's analyser (see docs/scoring.md).
 */
import { VADER_DATA } from './vader-data.ts';

let table: Map<string, number> | undefined;

export function vaderLexicon(): Map<string, number> {
	if (table) return table;
	table = new Map();
	for (const line of VADER_DATA.split('\n')) {
		const tab = line.indexOf('\t');
		const score = Number(line.slice(0, tab));
		for (const w of line.slice(tab + 1).split(' ')) table.set(w, score);
	}
	return table;
}
