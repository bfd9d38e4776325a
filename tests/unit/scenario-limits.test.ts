/** Size limits are checked first and fast: hostile or runaway input gets a clear error in milliseconds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, MAX_EVENTS } from '../../src/lib/scenario/index.ts';

const REF = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');

function timed<T>(fn: () => T): { value: T; ms: number } {
	const t = process.hrtime.bigint();
	const value = fn();
	return { value, ms: Number(process.hrtime.bigint() - t) / 1e6 };
}

describe('size limits', () => {
	it('rejects a 50 MB source in milliseconds without parsing', () => {
		const big = 'x'.repeat(50 * 1024 * 1024);
		const { value, ms } = timed(() => compileScenario(big, 'big.yaml'));
		expect(value.scenario).toBeUndefined();
		expect(value.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['SC101', 1, 1]]);
		expect(value.diagnostics[0].message).toMatch(/50\.0 MB; the limit is 0\.5 MB/);
		expect(ms).toBeLessThan(50);
	});

	it('rejects more than 12,000 lines before parsing', () => {
		const src = REF + '\n#\n'.repeat(20_000);
		const { value, ms } = timed(() => compileScenario(src, 'long.yaml'));
		expect(value.diagnostics.map((d) => [d.code, d.line])).toEqual([['SC101', 12_001]]);
		expect(value.diagnostics[0].message).toContain('more than 12,000 lines');
		expect(ms).toBeLessThan(50);
	});

	it('rejects a 10k-event list quickly', () => {
		const events = Array.from({ length: 10_000 }, (_, i) => `- {id: e${i}, at: 1m, text: x}`).join(
			'\n'
		);
		const src = REF.replace(/\nevents:\n[\s\S]*?\nreactions:/, `\nevents:\n${events}\nreactions:`);
		expect(src.length).toBeLessThan(512 * 1024);
		const { value, ms } = timed(() => compileScenario(src, 'many.yaml'));
		expect(value.diagnostics.map((d) => d.code)).toEqual(['SC105']);
		expect(ms).toBeLessThan(200);
	});

	it('counts events exactly after parsing (just over the limit)', () => {
		const events = Array.from(
			{ length: MAX_EVENTS + 1 },
			(_, i) => `  - {id: e${i}, "at" : 1m, text: x}`
		).join('\n');
		const src = REF.replace(/\nevents:\n[\s\S]*?\nreactions:/, `\nevents:\n${events}\nreactions:`);
		const { diagnostics } = compileScenario(src, 'many.yaml');
		expect(diagnostics.map((d) => d.code)).toEqual(['SC105']);
		expect(diagnostics[0].line).toBe(src.split('\n').findIndex((l) => l === 'events:') + 1);
	});

	it('refuses deep nesting before the parser can exhaust memory', () => {
		for (const src of [
			'a: ' + '['.repeat(100_000),
			'a: ' + '{x: '.repeat(1000),
			'- '.repeat(5000) + 'x',
			'a:\n' + ' '.repeat(300) + 'b: 1'
		]) {
			const { value, ms } = timed(() => compileScenario(src, 'deep.yaml'));
			expect(value.diagnostics.map((d) => d.code)).toEqual(['SC104']);
			expect(ms).toBeLessThan(100);
		}
	});

	it('does not mistake a long rule of dashes in text for nesting', () => {
		const src = REF.replace('  briefing: >-\n', `  briefing: >-\n    ${'-'.repeat(400)}\n`);
		const { diagnostics, scenario } = compileScenario(src, 'dashes.yaml');
		expect(diagnostics).toEqual([]);
		expect(scenario?.trainee.briefing.startsWith('-'.repeat(400))).toBe(true);
	});

	it('defuses alias bombs', () => {
		const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 9; i++)
			lines.push(
				`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10)
					.fill('*' + 'abcdefghi'[i - 1])
					.join(', ')}]`
			);
		const { value, ms } = timed(() => compileScenario(lines.join('\n'), 'bomb.yaml'));
		expect(value.diagnostics.map((d) => [d.code, d.line])).toEqual([['SC104', 2]]);
		expect(ms).toBeLessThan(200);
	});

	it('reports non-text input instead of throwing', () => {
		expect(compileScenario(undefined as unknown as string, 'x').diagnostics[0].code).toBe('SC106');
		expect(compileScenario(42 as unknown as string, '').diagnostics[0].file).toBe('<scenario>');
	});
});
