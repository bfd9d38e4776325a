/**
 * Words that are also Object.prototype members ("constructor", "toString", "__proto__" …) in a post or a
 * scenario are ordinary words: no lookup table may find them, no score may turn NaN, no condition may call
 * them. (The scenario fuzz suite found a condition `__defineGetter__(x)` that crashed the compiler.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { replay } from '../../src/lib/core/engine.ts';
import { reportFor } from '../../src/lib/core/headless.ts';
import { postText } from '../../src/lib/scoring/text/post-text.ts';
import { quantitiesIn } from '../../src/lib/scoring/text/quantities.ts';

const WORDS = Object.getOwnPropertyNames(Object.prototype);
const TEXT = `Three ${WORDS.join(' ')} a constructor, an hasOwnProperty, one hundred and valueOf, Mr constructor Hale, ${WORDS.map((w) => `#${w}`).join(' ')}`;

describe('Object.prototype words are ordinary words', () => {
	it('are no quantities', () => {
		const q = quantitiesIn(postText(TEXT));
		for (const x of q) expect(Number.isFinite(x.value), JSON.stringify(x)).toBe(true);
	});

	for (const f of readdirSync('scenarios').filter((f) => f.endsWith('.yaml'))) {
		it(`${f}: a post of them scores to finite numbers`, () => {
			const S = compileScenario(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario!;
			const s = replay(S, 1, [
				{ kind: 'post', t: 600, id: 'p1', text: TEXT },
				{ kind: 'tick', t: S.duration }
			]).state;
			const json = JSON.stringify(reportFor(S, s), (_k, v) =>
				typeof v === 'number' && !Number.isFinite(v) ? `BAD ${v}` : v
			);
			expect(json).not.toContain('BAD');
			expect(json).not.toContain('function');
		});
	}

	it('a condition named like one is an unknown test (SC212), not a crash', () => {
		const src = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');
		for (const w of ['constructor', '__defineGetter__', 'toString', 'hasOwnProperty']) {
			const bad = src.replace(/^(\s+when: )"(.+)"$/m, `$1"${w}(quake-news) or ($2)"`);
			expect(bad).not.toBe(src);
			const codes = compileScenario(bad, 'x.yaml').diagnostics.map((d) => d.code);
			expect(codes, w).toContain('SC212');
			expect(codes, w).not.toContain('SC199');
		}
	});
});
