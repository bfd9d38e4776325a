/**
 * Default demonyms of a country name, from the common English patterns: Veyrania → Veyranian, Vestra → Vestran,
 * Tessaly → Tessalian, Sarenne → Sarennese/Sarennian, Norland → Norlander/Norlandic, Korvath → Korvathi/
 * Korvathian; each with its plural. "Republic of X" derives from X; other multi-word names ("Ostrava Bay") get
 * none (authors list them under `demonyms:`). Scoring also accepts other regular forms (see
 * scoring/text/names.ts), so these defaults only need to cover the usual ones.
 */
export function defaultDemonyms(name: string): string[] {
	const words = name.trim().split(/\s+/);
	const of = words.findIndex((w) => w.toLowerCase() === 'of');
	const rest = of >= 0 ? words.slice(of + 1) : words;
	if (rest.length !== 1) return [];
	const w = rest[0];
	if (!/^\p{L}[\p{L}'’-]*$/u.test(w) || w.length < 3) return [];
	const lower = w.toLowerCase();
	let forms: string[];
	if (lower.endsWith('a')) forms = [`${w}n`];
	else if (lower.endsWith('y')) forms = [`${w.slice(0, -1)}ian`];
	else if (lower.endsWith('e')) forms = [`${w}se`, `${w.slice(0, -1)}ian`];
	else if (lower.endsWith('land')) forms = [`${w}er`, `${w}ic`];
	else if (/[io]$/.test(lower)) forms = [`${w}an`];
	else forms = [`${w}i`, `${w}ian`];
	return forms.flatMap((f) => (/(ese|ic)$/.test(f) ? [f] : [f, `${f}s`]));
}
