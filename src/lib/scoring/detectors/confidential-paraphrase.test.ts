import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../scenario/index.ts';
import { compiled } from '../compiled.ts';
import { postText } from '../text/post-text.ts';
import { paraphrasedSecrets } from './confidential-paraphrase.ts';
import { ordinalDates } from './ordinal-dates.ts';

const load = (f: string) =>
	compiled(compileScenario(readFileSync(`scenarios/${f}.yaml`, 'utf8'), f).scenario!);
const askstate = load('askstate-live-qa');
const hacked = load('hacked-account');
const facts = (c: ReturnType<typeof load>, text: string) =>
	paraphrasedSecrets(postText(text), c).map((h) => h.fact);

describe('confidential facts in other words', () => {
	it('two distinctive words of the fact, or one with a word only a question used', () => {
		expect(facts(hacked, 'The phone used was a colleague’s personal mobile.')).toEqual([
			'staff-phone'
		]);
		expect(
			facts(askstate, 'He faces a charge relating to photographs of a military installation.')
		).toEqual(['case-details']);
	});
	it('the fact’s date in any wording', () => {
		expect(facts(askstate, 'His court date is the third of June.')).toEqual(['case-details']);
	});
	it('public words, refusals and other dates are not leaks', () => {
		expect(
			facts(hacked, 'Our account was accessed by someone who phished a staff member.')
		).toEqual([]);
		expect(facts(askstate, 'We will not discuss his charges or the date of his hearing.')).toEqual(
			[]
		);
		expect(facts(askstate, 'The session runs until the fourth of June.')).toEqual([]);
	});
});

describe('ordinalDates', () => {
	it('reads ordinal day and month in both orders', () => {
		expect(ordinalDates('on the twenty-first of May and June the 3rd').map((d) => d.value)).toEqual(
			[521, 603]
		);
		expect(ordinalDates('the third day')).toEqual([]);
	});
});
