import { describe, expect, it } from 'vitest';
import { postText } from '../text/post-text.ts';
import { imperatives } from './cues.ts';

const found = (text: string) => imperatives(postText(text)).map((s) => text.slice(s.start, s.end));

describe('imperative advice', () => {
	it('finds an action verb that opens a sentence, with or without please', () => {
		expect(found('Call +00 100 200 300 for help.')).toEqual(['Call']);
		expect(found('We are here. Please stay indoors.')).toEqual(['stay']);
	});
	it('finds one that opens a clause after a semicolon, colon or dash', () => {
		expect(found('Our consulate is open and helping; call +00 100 200 300.')).toEqual(['call']);
		expect(found('Need help: register at our website.')).toEqual(['register']);
		expect(found('The airport is closed — avoid travel to the coast.')).toEqual(['avoid']);
	});
	it('finds one after the comma of a lead-in, not in a plain list', () => {
		expect(found('For help, call the emergency line.')).toEqual(['call']);
		expect(found('If you are in the old town, stay indoors.')).toEqual(['stay']);
		expect(found('Our staff will visit, call and help every family.')).toEqual([]);
		expect(found('We will call every family we can reach.')).toEqual([]);
	});
});
