/** Hostility and politeness cues added for issue 12: insults said of a person, threats, dehumanising nouns,
 * creative spelling, and the politeness strategies (new wording, not taken from any corpus). */
import { describe, expect, it } from 'vitest';
import { analyseTone } from '../index.ts';
import { postText } from '../text/post-text.ts';
import { targetedHostility } from './targeted.ts';

const h = (t: string) => analyseTone(t).hostility;
const p = (t: string) => analyseTone(t).politeness;
const kinds = (t: string) => targetedHostility(postText(t)).map((x) => x.kind);

describe('hostility aimed at a person', () => {
	it('an insult predicated of "you" or a third person counts, without any swear word', () => {
		for (const t of [
			'Honestly you are spineless',
			'your minister is a total halfwit and he is a crook',
			"they're all nutjobs",
			'u r such a dimwit'
		])
			expect(h(t), t).toBeGreaterThanOrEqual(0.5);
		expect(kinds('Frankly, you really are brainless.')).toContain('insult');
		expect(kinds('his spokesman is a grifter')).toContain('insult');
	});
	it('a description that is not an insult stays clean', () => {
		for (const t of [
			'You are welcome to visit the consulate on Monday.',
			'She is safe and has been moved to the hospital.',
			'They are not fools, they are worried and scared.',
			'The animals at the zoo were moved before the storm.'
		])
			expect(h(t), t).toBeLessThan(0.15);
	});
	it('threats of violence are hostile', () => {
		for (const t of [
			'somebody should put a bullet in that clerk',
			'go die, nobody will miss you',
			'they deserve to die'
		])
			expect(h(t), t).toBeGreaterThanOrEqual(0.6);
	});
	it('dehumanising nouns count only when said of people', () => {
		expect(kinds('those people are cockroaches')).toContain('dehumanising');
		expect(h('these migrants are like rats')).toBeGreaterThanOrEqual(0.5);
		expect(kinds('Rats were found in the old archive.')).not.toContain('dehumanising');
	});
	it('creative spelling of an insult is read back', () => {
		expect(kinds('what a m0r0n')).toContain('spelling');
		expect(kinds('such a d1mw1t')).toContain('spelling');
		expect(kinds('what a loooser')).toContain('spelling');
		expect(h('you utter n1tw1t')).toBeGreaterThanOrEqual(0.4);
		expect(kinds('Flight BA2490 lands at 14:05.')).toEqual([]);
	});
});

describe('politeness strategies', () => {
	it('indirect, hedged and grateful requests rank above bare commands', () => {
		const polite =
			'Sorry to bother you, would it be possible to send the scan when you have a moment? Many thanks.';
		const bare = 'Send the scan now.';
		expect(p(polite)).toBeGreaterThan(p(bare) + 0.3);
		expect(p('If you could resend the form, that would be helpful.')).toBeGreaterThan(
			p('Resend the form.')
		);
	});
	it('"why didn\'t you", dismissal and impatience lower politeness', () => {
		expect(p("Why didn't you check the list first?")).toBeLessThan(
			p('Did you check the list first?')
		);
		expect(p('Nobody asked. Get over it.')).toBeLessThan(0.2);
	});
	it('negative wording lowers politeness, but not in a condolence', () => {
		expect(p('The queue was awful and the staff were useless.')).toBeLessThan(
			p('The queue was long and the staff were busy.')
		);
		expect(p('We are so sorry for the terrible loss of your colleague.')).toBeGreaterThan(0.5);
	});
});
