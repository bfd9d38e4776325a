/** A listed wrong form that only differs from the correct name by a diacritic ("Marivó" for Marivo) cannot be told
 * apart once folded: it is left out of the wrong forms, so the correct name is never flagged (session 30). */
import { describe, expect, it } from 'vitest';
import { messagesOf, miniScenario } from '../test-fixtures.ts';

const s = miniScenario({
	names: [{ id: 'city', kind: 'place', name: 'Marivo', aliases: [], wrong: ['Mariva', 'Marivó'] }]
});
const wrong = (text: string) => messagesOf(s, 'wrong-name', text, 600);

describe('a wrong form that folds to the correct name', () => {
	it('never flags the correct name, in words or hashtags; the other wrong forms still count', () => {
		expect(wrong('Hospitals in Marivo are on emergency power. #Marivo')).toEqual([]);
		expect(wrong('Hospitals in Mariva are on emergency power.').length).toBe(1);
	});
});
