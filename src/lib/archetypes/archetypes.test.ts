/** Every archetype, from its example form and from a form with other names and timings, gives a scenario that
 * compiles with no diagnostic and whose two embedded tests (a good run, a bad run) pass. */
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { runScenarioTests } from '../core/scenario-tests.ts';
import {
	ARCHETYPE_IDS,
	checkForm,
	exampleForm,
	generateScenario,
	type ArchetypeForm
} from './index.ts';

function other(id: (typeof ARCHETYPE_IDS)[number]): ArchetypeForm {
	const f = exampleForm(id);
	return {
		...f,
		ownCountry: 'Kingdom of Norland',
		demonym: 'Norlander',
		hostCountry: 'Castavia',
		city: 'Vell',
		mission: 'Embassy of Norland in Castavia',
		handle: '@NorlandInCastavia',
		ambassador: 'Ambassador Ines Roy',
		hostOfficial: 'Prime Minister Dario Venn',
		wrongNames: ['Ambassador Ines Roi', 'Prime Minister Dario Ven'],
		hotline: '+11 222 333 444',
		claim: f.claim
			.replaceAll('Arcadia', 'Norland')
			.replaceAll('Veyrania', 'Castavia')
			.replaceAll('Porto Veyra', 'Vell'),
		fact: f.fact
			.replaceAll('Arcadia', 'Norland')
			.replaceAll('Veyrania', 'Castavia')
			.replaceAll('Porto Veyra', 'Vell'),
		claimKeywords: f.claimKeywords.map((k) =>
			k.replaceAll('arcadia', 'norland').replaceAll('veyranians', 'castavians')
		),
		factKeywords: f.factKeywords.map((k) => k.replaceAll('arcadian', 'norlander')),
		minutes: { incident: 0, rumour: 20, press: 50, length: 150 }
	};
}

describe.each(ARCHETYPE_IDS)('archetype %s', (id) => {
	for (const [label, form] of [
		['its example form', exampleForm(id)],
		['other names and timings', other(id)]
	] as const) {
		it(`from ${label}: compiles cleanly and its good and bad runs pass`, () => {
			expect(checkForm(form)).toEqual([]);
			const { scenario, diagnostics } = compileScenario(generateScenario(form), `${id}.yaml`);
			expect(diagnostics).toEqual([]);
			const tests = runScenarioTests(scenario!);
			expect(tests).toHaveLength(2);
			for (const t of tests) expect(t.failures, t.name).toEqual([]);
		});
	}
});

describe('checkForm', () => {
	it('names each problem by field', () => {
		const f = exampleForm('disaster-rumour');
		f.handle = 'ArcadiaInVeyrania';
		f.claim = '';
		f.minutes.press = f.minutes.rumour + 5;
		f.claimKeywords = ['stayed open'];
		expect(checkForm(f).map((p) => p.field)).toEqual([
			'claim',
			'handle',
			'claimKeywords',
			'minutes.press'
		]);
	});
});
