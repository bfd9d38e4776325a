import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase } from './phrase.ts';
import { postText } from './post-text.ts';

const hits = (phrase: string, text: string) =>
	findPhrase(postText(text), compilePhrase(phrase)).length;

describe('phrase matching by stems', () => {
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
