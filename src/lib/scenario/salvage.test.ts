/** Issue 15: naming and reference mistakes are reported in the same pass as schema errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './index.ts';

const GOOD = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');
const lineOf = (src: string, needle: string) =>
	src.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('all diagnostics at once', () => {
	it('reports three schema mistakes and two naming mistakes together', () => {
		const broken = GOOD.replace('duration: 3h', 'duration: three hours')
			.replace('    channel: news\n    headline: "M7.1', '    channel: newz\n    headline: "M7.1')
			.replace('virality: 0.7', 'virality: 7')
			.replace(
				'    from: tomas\n    channel: feed\n    text: "My parents',
				'    from: tomass\n    channel: feed\n    text: "My parents'
			)
			.replace('reveals: [consulate-open]', 'reveals: [consulate-opn]');
		const { scenario, diagnostics } = compileScenario(broken, 'five.yaml');
		expect(scenario).toBeUndefined();
		expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
			['SC204', lineOf(broken, 'duration: three hours')],
			['SC206', lineOf(broken, 'virality: 7')],
			['SC205', lineOf(broken, 'channel: newz')],
			['SC301', lineOf(broken, 'from: tomass')],
			['SC303', lineOf(broken, 'consulate-opn')]
		]);
		expect(diagnostics[3].suggestion).toBe('tomas');
		expect(diagnostics[4].suggestion).toBe('consulate-open');
	});

	it('does not report a name as unknown when its own definition is the broken part', () => {
		// the persona's kind is wrong (SC205) but it is still defined: its users are not SC301
		const broken = GOOD.replace(
			'kind: citizen, audience: diaspora',
			'kind: citzen, audience: diaspora'
		);
		const codes = compileScenario(broken, 'x.yaml').diagnostics.map((d) => d.code);
		expect(codes).toEqual(['SC205']);
	});

	it('does not report users of an emptied list again', () => {
		const broken = GOOD.replace(
			/learning_objectives:\n(?: {2}- id: .*\n {4}text: .*\n)+/,
			'learning_objectives: []\n'
		);
		const codes = compileScenario(broken, 'x.yaml').diagnostics.map((d) => d.code);
		expect(codes).toEqual(['SC210']);
	});

	it('reports a duplicate id beside a schema error', () => {
		const broken = GOOD.replace('id: crisis-cell', 'id: quake-news').replace(
			'duration: 3h',
			'duration: 3 h'
		);
		const codes = compileScenario(broken, 'x.yaml').diagnostics.map((d) => d.code);
		expect(codes).toContain('SC207');
		expect(codes).toContain('SC204');
	});
});

describe('all diagnostics around a YAML syntax error', () => {
	it('reports the schema and naming mistakes elsewhere in the document, at their own lines', () => {
		const broken = GOOD.replace('language: en\n', 'language: en\nla\n')
			.replace('duration: 3h', 'duration: three hours')
			.replace(
				'    from: tomas\n    channel: feed\n    text: "My parents',
				'    from: tomass\n    channel: feed\n    text: "My parents'
			);
		const { diagnostics } = compileScenario(broken, 'typing.yaml');
		expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
			['SC102', broken.split('\n').indexOf('la') + 1],
			['SC204', lineOf(broken, 'duration: three hours')],
			['SC301', lineOf(broken, 'from: tomass')]
		]);
	});

	it('reports nothing more when the rest does not parse either', () => {
		const broken = GOOD.replace('reveals: [quake]', 'reveals: [quake').replace(
			'duration: 3h',
			'duration: 3 hours'
		);
		const codes = compileScenario(broken, 'x.yaml').diagnostics.map((d) => d.code);
		expect(codes.every((c) => c.startsWith('SC1') || c === 'SC204')).toBe(true);
		expect(codes).toContain('SC102');
	});
});

describe('the doctrine rubric after schema errors', () => {
	it('still reports an unknown event named by a doctrine check', () => {
		const broken = GOOD.replace('duration: 3h', 'duration: 3 hours').replace(
			'rubric:\n',
			'rubric:\n  doctrine:\n    - { check: answer, from: journalist-questoin }\n    - 7\n'
		);
		const d = compileScenario(broken, 'x.yaml').diagnostics;
		expect(d.map((x) => x.code)).toEqual(['SC204', 'SC306', 'SC202']);
		expect(d[1].suggestion).toBe('journalist-question');
	});
});
