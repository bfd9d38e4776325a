import { describe, expect, it } from 'vitest';
import { compileAvoidPhrase, compilePhrase, findPhrase } from './phrase.ts';
import { postText } from './post-text.ts';

const hits = (phrase: string, text: string) =>
	findPhrase(postText(text), compilePhrase(phrase)).length;

describe('phrase matching by stems', () => {
	it('a must-avoid phrase never shrinks to one common word ("was wrong" ≠ every "wrong")', () => {
		const avoid = (phrase: string, text: string) =>
			findPhrase(postText(text), compileAvoidPhrase(phrase)).length;
		expect(avoid('was wrong', 'Any suggestion otherwise is wrong.')).toBe(0);
		expect(avoid('was wrong', 'The ambassador was wrong to say it.')).toBe(1);
		expect(avoid('was wrong', 'The ambassador was simply wrong.')).toBe(1);
		expect(avoid('fake news', 'This is fake news.')).toBe(1);
		expect(avoid('nothing to see', 'There is nothing to see here.')).toBe(1);
		// key messages and fact keywords still drop the small words
		expect(hits('was wrong', 'Any suggestion otherwise is wrong.')).toBe(1);
	});
	it('a word the stemmer cuts irregularly matches only itself and its plural (herring → her)', () => {
		expect(hits('herring', 'We thank her for her patience.')).toBe(0);
		expect(hits('herring', 'No more herring jokes.')).toBe(1);
		expect(hits('herring', 'Herrings for breakfast.')).toBe(1);
	});
	it('a lone word whose ending carries meaning matches itself and its plural (hearing ≠ hear)', () => {
		expect(hits('hearing', 'We hear you.')).toBe(0);
		expect(hits('hearing', 'His hearing is on Monday; both hearings are public.')).toBe(2);
		expect(hits('open', 'The consulate opened at dawn.')).toBe(1);
	});
	it('regular inflections still match', () => {
		expect(hits('shelter', '140 people are sheltering there.')).toBe(1);
		expect(hits('condolences', 'our sincere condolence')).toBe(1);
		expect(hits('fake news', 'this is fake news')).toBe(1);
	});
	it('a word of one or two letters matches only itself (us ≠ use)', () => {
		expect(hits('not from us', 'Do not use the link.')).toBe(0);
		expect(hits('not from us', 'These posts did not come from us.')).toBe(1);
	});
	it('a web address in a phrase matches the same address in a post, even at the end of a sentence', () => {
		expect(hits('visas.valdora.example', 'The only site is visas.valdora.example. Thanks.')).toBe(
			1
		);
		expect(hits('visas.valdora.example', 'Visas take weeks. Valdora is an example.')).toBe(0);
	});
});
