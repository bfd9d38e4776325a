import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { vaderLexicon } from './vader-lexicon.ts';

const dir = createRequire(import.meta.url)
	.resolve('vader-sentiment/package.json')
	.replace(/package\.json$/, '');

/** vader-sentiment's own lexicon object (src/vader_lexicon.js, the one its analyser reads). */
function packageLexicon(): Record<string, number> {
	const src = readFileSync(dir + 'src/vader_lexicon.js', 'utf8');
	const body = src.slice(src.indexOf('export const lexicon = ') + 'export const lexicon = '.length);
	return runInNewContext(`(${body.slice(0, body.lastIndexOf('}') + 1)})`) as Record<string, number>;
}

/** Words vader_lexicon.txt lists more than once, with every valence it gives them. */
function listedTwice(): Map<string, number[]> {
	const seen = new Map<string, number[]>();
	for (const line of readFileSync(dir + 'vader_lexicon.txt', 'utf8').split('\n')) {
		const [w, v] = line.split('\t');
		if (w && v) seen.set(w, [...(seen.get(w) ?? []), Number(v)]);
	}
	return new Map([...seen].filter(([, vs]) => vs.length > 1));
}

describe('vaderLexicon (decoded from the compact generated module)', () => {
	it("gives every single-word entry of vader-sentiment's own lexicon its valence", () => {
		const ours = vaderLexicon();
		const theirs = packageLexicon();
		const twice = listedTwice();
		const words = Object.keys(theirs).filter((w) => !/\s/.test(w));
		expect(words.length).toBeGreaterThan(7400);
		for (const w of words) {
			// A word the text lists twice keeps its largest valence (the package's object keeps the last one).
			const want = twice.has(w) ? Math.max(...twice.get(w)!) : theirs[w];
			expect([w, ours.get(w)]).toEqual([w, want]);
		}
		expect(ours.size).toBe(words.length);
	});
	it('holds emoticons and words with punctuation exactly', () => {
		const lex = vaderLexicon();
		expect(lex.get(':)')).toBe(2);
		expect(lex.get('</3')).toBe(-3);
		expect(lex.get('rapist')).toBe(-3.9);
		expect(lex.get('unknownword')).toBeUndefined();
		expect(vaderLexicon()).toBe(lex); // decoded once
	});
});
