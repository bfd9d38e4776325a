/** An insult to a troll still engages the troll: the sentence a gaffe blanks out for the doctrine checks keeps the
 * @handle, so respond-or-ignore judges the engagement instead of crediting restraint (session 31: "Rightly left
 * @truthseeker_88 alone" after a quote-post that insulted it). */
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../../tests/fixtures/shipped.ts';
import { score } from '../index.ts';
import { ctxAt } from '../test-fixtures.ts';

const { quake } = scenarios();
const at = 90 * 60;
const checks = (text: string) =>
	score({ id: 'p', t: at, text }, ctxAt(quake, at)).doctrine.map((d) => d.check);

describe('respond-or-ignore sees who a gaffe addresses', () => {
	it('counts a quote-post or reply that insults the troll as engaging it', () => {
		for (const text of [
			'QT @truthseeker_88: Brave words from an anonymous account, you sad little tr*ll.',
			'Crawl back under your bridge, @truthseeker_88, you pathetic clown.'
		])
			expect(checks(text), text).toContain('respond:truthseeker');
	});

	it('leaves a post that does not address the troll alone', () => {
		expect(
			checks('Our consulate in Porto Veyra is open all night: +00 100 200 300.')
		).not.toContain('respond:truthseeker');
	});
});
