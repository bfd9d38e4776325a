import { readFileSync } from 'node:fs';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildProfanityModule } from '../../../../scripts/gen-profanity-data.mjs';
import { profanityIn } from './profanity.ts';
import { PROFANITY_TERMS, PROFANITY_WHITELIST } from './profanity-data.ts';
import { parsePattern } from './profanity-pattern.ts';

const kinds = (t: string) => profanityIn(t).map((h) => `${h.kind}:${h.word}`);

describe('profanity (obscenity word list, compiled)', () => {
	it('finds swearing, slurs, censored and leetspeak forms with spans in the text', () => {
		expect(kinds('Go fuck yourself.')).toEqual(['strong:fuck']);
		expect(kinds('utter bullshit')).toEqual(['strong:shit']);
		expect(kinds('Who the f*** approved that?')).toEqual(['strong:fuck']);
		expect(kinds('sh1t happens')).toEqual(['strong:shit']);
		expect(kinds('Meridian retards')).toEqual(['slur:retard']);
		expect(kinds('We are doing our bloody best, damn it.')).toEqual(['mild:bloody', 'mild:damn']);
		const t = 'He is a lying bastard.';
		const [h] = profanityIn(t);
		expect(t.slice(h.start, h.end)).toBe('bastard');
	});
	it('leaves ordinary words and place names alone', () => {
		for (const t of [
			'Hello everyone, the embassy and consular assistance remain available.',
			'The shelter on Cockburn Street is full; Scunthorpe and Essex are fine.',
			'The class passed the assessment; a cocktail reception; Dickens; therapist.',
			'140 people! Staffed 24h. Magna cum laude.',
			'A hell of a night for the rescue teams.'
		])
			expect(kinds(t), t).toEqual([]);
	});
	it('agrees with obscenity’s own matcher on the evaluation posts (profanity, slurs and sexual terms)', () => {
		const matcher = new RegExpMatcher({
			...englishDataset.build(),
			...englishRecommendedTransformers
		});
		const texts = ['check', 'tune'].flatMap((h) =>
			(
				parse(readFileSync(`tests/fixtures/faux-pas-eval/${h}.yaml`, 'utf8')) as { text: string }[]
			).map((p) => p.text)
		);
		const ignored =
			/\b(?:cum|sex|rape|anal|anus|penis|vagina|semen|incest|orgasm|scat|ejaculat\w*)\b/i;
		let disagree = 0;
		for (const t of texts) {
			if (ignored.test(t)) continue;
			const theirs = matcher.hasMatch(t);
			const ours = profanityIn(t).some((h) => h.kind !== 'mild' && h.word !== 'hoe');
			if (theirs !== ours) disagree++;
		}
		expect(disagree / texts.length).toBeLessThanOrEqual(0.01);
	});
	it('ships obscenity’s dataset as generated from the installed package', () => {
		expect(readFileSync('src/lib/scoring/tone/profanity-data.ts', 'utf8')).toBe(
			buildProfanityModule()
		);
	});
	it('reads every shipped pattern back to obscenity’s own parsed pattern, word and whitelist', () => {
		const built = englishDataset.build();
		expect(PROFANITY_TERMS).toHaveLength(built.blacklistedTerms.length);
		built.blacklistedTerms.forEach((t, i) => {
			const [word, pattern] = PROFANITY_TERMS[i];
			const meta = englishDataset.getPayloadWithPhraseMetadata({
				termId: t.id,
				startIndex: 0,
				endIndex: 0,
				matchLength: 0
			}).phraseMetadata;
			expect(word).toBe(meta?.originalWord ?? '');
			const p = t.pattern as unknown as ReturnType<typeof parsePattern>;
			expect(parsePattern(pattern), pattern).toEqual({
				requireWordBoundaryAtStart: p.requireWordBoundaryAtStart,
				requireWordBoundaryAtEnd: p.requireWordBoundaryAtEnd,
				nodes: p.nodes
			});
		});
		expect(PROFANITY_WHITELIST).toEqual(built.whitelistedTerms);
	});
});
