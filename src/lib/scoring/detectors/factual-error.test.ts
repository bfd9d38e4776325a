import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTime } from '../../scenario/index.ts';
import { score } from '../index.ts';
import { ctxAt } from '../test-fixtures.ts';

const quake = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;
const ids = (text: string, at = '01:10') => {
	const t = parseTime(at)!;
	return score({ id: 'p', t, text }, ctxAt(quake, t)).findings.map((f) => f.id);
};

describe('factual-error without the fact’s keywords', () => {
	it('a sentence that tells the fact in its own words is checked against it', () => {
		expect(
			ids('The side gate was shut for fifty minutes while engineers checked a cracked wall.')
		).toContain('factual-error');
	});
	it('a quarter of an hour is fifteen minutes', () => {
		expect(
			ids(
				'For a quarter of an hour at 02:40, a side gate was shut so engineers could check a cracked wall.'
			)
		).not.toContain('factual-error');
		expect(ids('The gate was briefly closed for a quarter of an hour.')).not.toContain(
			'factual-error'
		);
	});
});
