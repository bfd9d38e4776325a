import { describe, expect, it } from 'vitest';
import { defaultDemonyms } from './demonyms.ts';

describe('default demonyms', () => {
	it('follow the common English patterns', () => {
		expect(defaultDemonyms('Veyrania')).toEqual(['Veyranian', 'Veyranians']);
		expect(defaultDemonyms('Republic of Tessaly')).toEqual(['Tessalian', 'Tessalians']);
		expect(defaultDemonyms('Sarenne')).toEqual(['Sarennese', 'Sarennian', 'Sarennians']);
		expect(defaultDemonyms('Norland')).toEqual(['Norlander', 'Norlanders', 'Norlandic']);
		expect(defaultDemonyms('Korvath')).toEqual([
			'Korvathi',
			'Korvathis',
			'Korvathian',
			'Korvathians'
		]);
		expect(defaultDemonyms('Ostrava Bay')).toEqual([]);
	});
});
