/**
 * Tone against public human-annotated corpora (tests/eval/tone-corpora.ts), held-out parts only. Runs where the
 * corpora are present (../shared/corpora, /work/shared/corpora or $DDSIM_CORPORA) and is skipped otherwise, so a
 * fresh machine needs no network. Goal: no dimension below VADER's compound score on the same texts.
 */
import { describe, expect, it } from 'vitest';
import { CORPORA, loadCorpus, locate, measure } from '../eval/tone-corpora.ts';

/** Held-out figures measured with the learned hostility weights (issue 12), rounded down to two decimals. */
const FLOORS: Record<string, number> = {
	olid: 0.82,
	hateval: 0.66,
	'reddit-politeness': 0.36,
	'empathic-reactions': 0.25,
	'conll2010-uncertainty': 0.7,
	sst5: 0.44
};

describe('tone on public corpora (held-out parts)', () => {
	for (const c of CORPORA)
		it(`${c.dimension} on ${c.name}: not below VADER`, async (ctx) => {
			const dir = await locate(c);
			if (!dir) return ctx.skip();
			const r = measure(c, loadCorpus(c, dir), 'test');
			expect(r.n).toBeGreaterThan(50);
			expect(
				r.ours,
				`${c.name}: ddsim ${r.ours.toFixed(3)} vs VADER ${r.vader.toFixed(3)}`
			).toBeGreaterThanOrEqual(r.vader);
			expect(r.ours, `${c.name}: below its measured level`).toBeGreaterThanOrEqual(FLOORS[c.name]);
		});
});
