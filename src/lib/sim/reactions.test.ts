/** What reactions say: names, stances allowed per situation, and the candidate texts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import type { Situation } from '../scenario/types.ts';
import { allowedStances, chooseStance, fictionalName, networkName, textsFor } from './reactions.ts';
import { BUILTIN, GAFFE_BY_FINDING } from './pools/index.ts';
import { stream } from './rng.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;

describe('names', () => {
	it('are seeded and shaped like accounts', () => {
		expect(fictionalName(stream(1, 'n'))).toEqual(fictionalName(stream(1, 'n')));
		expect(fictionalName(stream(2, 'n')).handle).toMatch(/^@[a-z]+[a-z]\d{3}$/);
		expect(networkName(stream(3, 'n')).handle).toMatch(/^@\w+\d{4}$/);
	});
});

describe('stances', () => {
	it('praise only where the outcome allows it; silence and rumour never praise', () => {
		for (const s of ['good', 'answer', 'correction', 'ambient'] as Situation[]) {
			expect(allowedStances(s, true)).toContain('supportive');
			expect(allowedStances(s, false)).not.toContain('supportive');
		}
		expect(allowedStances('silence', true)).not.toContain('supportive');
		expect(allowedStances('rumour', true)).toEqual(['believer', 'skeptic']);
	});

	it('chooseStance follows the weights and never picks a zero weight', () => {
		const r = stream(5, 'stance');
		const w = { believer: 0, skeptic: 0, hostile: 3, supportive: 1, neutral: 0 };
		const picks = Array.from({ length: 400 }, () => chooseStance(r, w));
		expect(new Set(picks)).toEqual(new Set(['hostile', 'supportive']));
		expect(picks.filter((p) => p === 'hostile').length).toBeGreaterThan(200);
	});
});

describe('textsFor', () => {
	it("weights the scenario's own texts three times before the built-in ones", () => {
		const own =
			S.reactions['diaspora']?.rumour?.believer ?? S.reactions['*']?.rumour?.believer ?? [];
		const texts = textsFor(S, 'diaspora', 'rumour', 'believer');
		const builtin = BUILTIN.rumour.believer ?? [];
		expect(texts.slice(texts.length - builtin.length)).toEqual(builtin);
		for (const t of own) expect(texts.filter((x) => x === t).length).toBeGreaterThanOrEqual(3);
	});

	it("draws a gaffe's texts from its finding's pool, falling back to the general gaffe pool", () => {
		const [id, pool] = Object.entries(GAFFE_BY_FINDING).find(([, p]) => p?.hostile?.length)!;
		const texts = textsFor(S, 'home-public', 'gaffe', 'hostile', { findings: [id as never] });
		for (const t of pool!.hostile!) expect(texts).toContain(t);
		const none = textsFor(S, 'home-public', 'gaffe', 'hostile', { findings: [] });
		for (const t of BUILTIN.gaffe.hostile ?? []) expect(none).toContain(t);
	});
});
