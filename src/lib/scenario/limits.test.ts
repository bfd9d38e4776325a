/**
 * Size limits are checked first: hostile or runaway input gets a clear error before the YAML parser ever
 * sees it. These tests assert that behaviour (the code, the place, and that no YAML reader was called); how
 * fast it happens is measured by `npm run bench limits`, never timed here.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileScenario, MAX_EVENTS } from './index.ts';

/**
 * Every call into a YAML reader — the `yaml` package (parseDocument, Parser, LineCounter, visit…) and, when the
 * compiler uses it, `js-yaml` — by "package.export" name. Classes stay classes (isMap/visit compare
 * prototypes); constructing one counts as a call.
 */
const probe = vi.hoisted(() => {
	const calls = new Map<string, number>();
	const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
	function wrapFn(name: string, fn: (...args: unknown[]) => unknown) {
		const proxy: unknown = new Proxy(fn, {
			apply(target, self, args) {
				count(name);
				return Reflect.apply(target, self, args);
			},
			construct(target, args, newTarget) {
				count(name);
				return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
			}
		});
		return proxy;
	}
	function wrap(pkg: string, real: Record<string, unknown>): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		for (const [name, value] of Object.entries(real)) {
			if (typeof value === 'function')
				out[name] = wrapFn(`${pkg}.${name}`, value as (...args: unknown[]) => unknown);
			else if (name === 'default' && value && typeof value === 'object')
				out[name] = wrap(pkg, value as Record<string, unknown>);
			else out[name] = value;
		}
		return out;
	}
	return { calls, wrap };
});

vi.mock('yaml', async (importOriginal) =>
	probe.wrap('yaml', await importOriginal<Record<string, unknown>>())
);
vi.mock('js-yaml', async (importOriginal) =>
	probe.wrap('js-yaml', await importOriginal<Record<string, unknown>>())
);

const REF = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');

/** The YAML reader functions called during `fn` (an empty LineCounter reads nothing and is left out). */
function yamlUsedBy<T>(fn: () => T): { value: T; used: string[] } {
	probe.calls.clear();
	const value = fn();
	return { value, used: [...probe.calls.keys()].filter((n) => n !== 'yaml.LineCounter').sort() };
}

beforeEach(() => probe.calls.clear());

describe('size limits', () => {
	it('counts calls into the YAML reader (the probe the other tests rely on)', () => {
		const { value, used } = yamlUsedBy(() => compileScenario(REF, 'ref.yaml'));
		expect(value.scenario).toBeDefined();
		expect(used.length).toBeGreaterThan(0);
	});

	it('rejects a 50 MB source without parsing', () => {
		const big = 'x'.repeat(50 * 1024 * 1024);
		const { value, used } = yamlUsedBy(() => compileScenario(big, 'big.yaml'));
		expect(value.scenario).toBeUndefined();
		expect(value.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['SC101', 1, 1]]);
		expect(value.diagnostics[0].message).toMatch(/50\.0 MB; the limit is 0\.5 MB/);
		expect(used).toEqual([]);
	});

	it('rejects more than 12,000 lines without parsing', () => {
		const src = REF + '\n#\n'.repeat(20_000);
		const { value, used } = yamlUsedBy(() => compileScenario(src, 'long.yaml'));
		expect(value.diagnostics.map((d) => [d.code, d.line])).toEqual([['SC101', 12_001]]);
		expect(value.diagnostics[0].message).toContain('more than 12,000 lines');
		expect(used).toEqual([]);
	});

	it('rejects a 10k-event list without parsing', () => {
		const events = Array.from({ length: 10_000 }, (_, i) => `- {id: e${i}, at: 1m, text: x}`).join(
			'\n'
		);
		const src = REF.replace(/\nevents:\n[\s\S]*?\nreactions:/, `\nevents:\n${events}\nreactions:`);
		expect(src.length).toBeLessThan(512 * 1024);
		const { value, used } = yamlUsedBy(() => compileScenario(src, 'many.yaml'));
		expect(value.diagnostics.map((d) => d.code)).toEqual(['SC105']);
		expect(used).toEqual([]);
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
			const { value, used } = yamlUsedBy(() => compileScenario(src, 'deep.yaml'));
			expect(value.diagnostics.map((d) => d.code)).toEqual(['SC104']);
			expect(used, src.slice(0, 20)).toEqual([]);
		}
	});

	it('does not mistake a long rule of dashes in text for nesting', () => {
		const src = REF.replace('  briefing: >-\n', `  briefing: >-\n    ${'-'.repeat(400)}\n`);
		const { diagnostics, scenario } = compileScenario(src, 'dashes.yaml');
		expect(diagnostics).toEqual([]);
		expect(scenario?.trainee.briefing.startsWith('-'.repeat(400))).toBe(true);
	});

	it('defuses alias bombs: one SC104 at the first alias, nothing expanded into a scenario', () => {
		const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 9; i++)
			lines.push(
				`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10)
					.fill('*' + 'abcdefghi'[i - 1])
					.join(', ')}]`
			);
		const { value } = yamlUsedBy(() => compileScenario(lines.join('\n'), 'bomb.yaml'));
		expect(value.scenario).toBeUndefined();
		expect(value.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['SC104', 2, 8]]);
		expect(value.diagnostics[0].message).toMatch(/too many aliases .*the limit is 100/);
	});

	it('reports non-text input instead of throwing', () => {
		expect(compileScenario(undefined as unknown as string, 'x').diagnostics[0].code).toBe('SC106');
		expect(compileScenario(42 as unknown as string, '').diagnostics[0].file).toBe('<scenario>');
	});
});
