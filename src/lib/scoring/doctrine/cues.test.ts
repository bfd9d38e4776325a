import { describe, expect, it } from 'vitest';
import { postText } from '../text/post-text.ts';
import { imperatives, pointers } from './cues.ts';

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
	it('finds what to bring or prepare, not a label or a noun that opens a sentence', () => {
		expect(found('Buses leave at 14:00. Bring passports, water and medicines.')).toEqual(['Bring']);
		expect(found('Pack one bag each; charge your phone before you leave.')).toEqual([
			'Pack',
			'charge'
		]);
		expect(found('Update: wait times at the border are three hours.')).toEqual([]);
		expect(found('Return flights resume on Monday.')).toEqual([]);
	});
});

describe('warnings and addresses', () => {
	it('reads a negative imperative as advice', () => {
		expect(found('Do not use the link; the only visa site is visas.valdora.example.')).toEqual([
			'Do'
		]);
		expect(found("Don't travel to the coast.")).toEqual(["Don't"]);
		expect(found('Never share your password.')).toEqual(['Never']);
		expect(found('We do not know yet.')).toEqual([]);
	});
	it('finds a bare web address as a place to learn more, not an abbreviation', () => {
		const at = (text: string) => pointers(postText(text)).map((s) => text.slice(s.start, s.end));
		expect(at('The only visa site is visas.valdora.example.')).toEqual(['visas.valdora.example']);
		expect(at('Advice at gov.uk/travel-advice, updated daily.')).toEqual(['gov.uk/travel-advice']);
		expect(at('See https://mfa.example.org/news.')).toEqual(['https://mfa.example.org/news.']);
		expect(at('We act, e.g. with teams. It is 7.1 on the scale.')).toEqual([]);
	});
	it('keeps a web address in one sentence', () => {
		const pt = postText('Visit visas.valdora.example now. Thanks.');
		const ids = pt.words.map((_, i) => pt.sentence[i]);
		expect(ids).toEqual([0, 0, 0, 0, 0, 1]);
	});
});
