/**
 * The VADER lexicon (Hutto & Gilbert 2014, shipped in the `vader-sentiment` npm package) decoded once from the
 * compact generated module. Only the lexicon is bundled, not the package's analyser (see docs/scoring.md).
 */
import { decodeVaderLexicon } from './vader-data.ts';

let table: Map<string, number> | undefined;

export function vaderLexicon(): Map<string, number> {
	return (table ??= decodeVaderLexicon());
}
