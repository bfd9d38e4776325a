/** A colleague's answer: what the message asks about, and what can be confirmed by the time it arrives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { answer } from './escalation.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;
const consul = S.personas.find((p) => p.id === 'consul')!;

describe('answer', () => {
	it('confirms a fact known by then, signed with the title and surname', () => {
		const a = answer(S, consul, 'Can you confirm the consulate is open?', 45 * 60, []);
		expect(a.confirms).toContain('consulate-open');
		expect(a.text).toMatch(/^.*Confirmed: The consulate in Porto Veyra stayed open/);
		expect(a.text).toMatch(/You can use that\./);
		expect(a.text).toMatch(/— Consul Ilves$/);
	});

	it('is still checking a fact not known yet, and a claim whose refuting fact is not known', () => {
		const a = answer(
			S,
			consul,
			'Is it true they locked the gates? Is the consulate open all night?',
			10 * 60,
			[]
		);
		expect(a.confirms).toEqual([]);
		expect(a.text).toMatch(/We are checking that claim/);
		expect(a.text).toMatch(/Not confirmed yet/);
	});

	it('denies a false claim once its refuting fact is known, and drops "you can use that" once revealed', () => {
		const a = answer(S, consul, 'Is it true they locked the gates?', 60 * 60, ['consulate-open']);
		expect(a.text).toMatch(/No, that is not what happened\./);
		expect(a.text).not.toMatch(/You can use that/);
	});

	it('says it has nothing when the message names nothing it knows about', () => {
		const a = answer(S, consul, 'Hello, how are you?', 60 * 60, []);
		expect(a.confirms).toEqual([]);
		expect(a.text).toMatch(/^Received\. I have nothing to confirm/);
	});
});
