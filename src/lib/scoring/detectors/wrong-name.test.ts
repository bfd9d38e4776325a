import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../scenario/index.ts';
import { compiled } from '../compiled.ts';
import { postText } from '../text/post-text.ts';
import { wrongNameFindings } from './wrong-name.ts';

const load = (f: string) =>
	compiled(compileScenario(readFileSync(`scenarios/${f}.yaml`, 'utf8'), f).scenario!);
const quake = load('quake-consulate-rumour');
const visit = load('state-visit-gaffe');
const hacked = load('hacked-account');
const flagged = (c: ReturnType<typeof load>, text: string) =>
	wrongNameFindings(postText(text), c.names).map((f) =>
		text.slice(f.spans[0].start, f.spans[0].end)
	);

describe('wrong-name', () => {
	it('a swap of two adjacent letters is one edit (Damerau)', () => {
		expect(flagged(quake, 'Ambassador Corin Hlae is on her way.')).toEqual(['Hlae']);
		expect(flagged(quake, 'Our embassy in Veyrnaia is open.')).toEqual(['Veyrnaia']);
	});
	it('hyphenated surnames are matched token by token; dropping accents is fine, wrong accents are not', () => {
		expect(flagged(visit, 'We thank Halvard Ekström-Nady.')).toEqual(['Ekström-Nady']);
		expect(flagged(visit, 'We thank Prime Minister Halvard Ekstöm-Nadi.')).toEqual(['Ekstöm-Nadi']);
		expect(
			flagged(visit, 'We thank Prime Minister Ekstrom-Nadi and Prime Minister Ekström Nadi.')
		).toEqual([]);
		expect(flagged(hacked, 'We thank Foreign Minister Joaquím Reis.')).toEqual(['Joaquím']);
		expect(flagged(hacked, 'We apologise to President Amara Solberg-Reis.')).toEqual([
			'Amara Solberg-Reis'
		]);
	});
	it('a listed wrong form inside a longer correct form is not flagged', () => {
		expect(flagged(visit, 'We apologise to Prime Minister Ekström-Nadi.')).toEqual([]);
		expect(flagged(visit, 'We apologise to PM Ekström.')).toEqual(['PM Ekström']);
	});
	it('short place names need their other word', () => {
		expect(flagged(quake, 'Everyone in Porto Veyar is safe.')).toEqual(['Porto Veyar']);
		expect(flagged(quake, 'The Porto authorities and Veyra Wire report it.')).toEqual([]);
	});
	it('titles, honorifics and regnal numbers must fit the person', () => {
		expect(flagged(quake, 'Consul Hale thanks the rescuers.')).toEqual(['Consul Hale']);
		expect(flagged(visit, 'We apologise to Mr Ekström-Nadi.')).toEqual(['Mr Ekström-Nadi']);
		expect(flagged(hacked, 'We wrote to His Excellency President Solberg.')).toEqual([
			'His Excellency President Solberg'
		]);
		expect(
			flagged(hacked, 'We wrote to Her Excellency President Solberg and Minister Reis.')
		).toEqual([]);
		expect(flagged(visit, 'Received by King Aurel IV today.')).toEqual(['Aurel IV']);
		expect(flagged(visit, 'Received by His Majesty King Aurel the Third today.')).toEqual([]);
	});
	it('demonyms and possessives are accepted; a misspelt demonym is not', () => {
		expect(flagged(quake, "Veyranian rescuers and Veyrania's people, Veyranians all.")).toEqual([]);
		expect(flagged(quake, 'Veyronian rescuers are here.')).toEqual(['Veyronian']);
	});
	it('another flag next to a country whose flag is known', () => {
		expect(flagged(visit, 'Thank you, Ostrava Bay 🇪🇸')).toEqual(['🇪🇸']);
		expect(flagged(visit, 'Thank you, Ostrava Bay 🇴🇧')).toEqual([]);
	});
	it('two edits off a surname count after the title or first name; one edit off a listed wrong form counts', () => {
		expect(flagged(hacked, 'We apologise to President Slobreg.')).toEqual(['Slobreg']);
		expect(flagged(hacked, 'We apologise to Amara Solberger.')).toEqual(['Amara Solberger']);
		expect(flagged(hacked, 'Slobreg is not a name we know; Soldiers are not either.')).toEqual([]);
		expect(flagged(quake, 'Our thoughts are with the people of Varenia.')).toEqual(['Varenia']);
		expect(flagged(quake, 'Our thoughts are with the people of Veyrania.')).toEqual([]);
	});
	it('a handle one swap off', () => {
		expect(flagged(quake, '@LenaOrtizDA the consulate is open.')).toEqual(['@LenaOrtizDA']);
	});
});

describe('checkPlainText (for the validator)', () => {
	it('reports wrong names and must-avoid phrases of a plain text', async () => {
		const { checkPlainText } = await import('./plain-text.ts');
		const s = compileScenario(
			readFileSync('scenarios/state-visit-gaffe.yaml', 'utf8'),
			'x'
		).scenario!;
		const ids = (t: string) => checkPlainText(s, t).map((f) => f.id);
		expect(
			ids('Great to be in sunny Vestra 🇻🇪 with PM Ekström! Who knew herring could be breakfast')
		).toEqual(['wrong-name', 'wrong-name', 'wrong-name', 'avoided-phrase']);
		expect(ids('We apologise to Prime Minister Halvard Ekström-Nadi and thank her.')).toEqual([]);
	});
});
