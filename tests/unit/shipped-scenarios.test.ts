import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { runScenarioTests } from '../../src/lib/core/scenario-tests.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
	it('there are at least six', () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
	});

	for (const file of files) {
		describe(file, () => {
			const result = compileScenario(
				readFileSync(`scenarios/${file}`, 'utf8'),
				`scenarios/${file}`
			);

			it('compiles with no diagnostics at all', () => {
				expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual(
					[]
				);
			});

			it('is a complete exercise: 2-4 h, 10+ injects, facts, a false claim, a rubric, tests', () => {
				const s = result.scenario!;
				expect(s.duration).toBeGreaterThanOrEqual(2 * 3600);
				expect(s.duration).toBeLessThanOrEqual(4 * 3600);
				expect(s.events.length).toBeGreaterThanOrEqual(10);
				expect(s.facts.some((f) => f.confidential)).toBe(true);
				expect(s.claims.some((c) => !c.truth)).toBe(true);
				expect(s.events.some((e) => e.when)).toBe(true);
				expect(s.events.some((e) => e.contingency)).toBe(true);
				expect(s.rubric.timing.length).toBeGreaterThan(0);
				expect(s.rubric.mustInclude.length).toBeGreaterThan(0);
				expect(s.tests.length).toBeGreaterThanOrEqual(2);
			});

			it('passes its embedded tests (ddsim validate --test)', () => {
				const failures = runScenarioTests(result.scenario!)
					.filter((t) => !t.passed)
					.map((t) => `${t.name}: ${t.failures.join('; ')}`);
				expect(failures).toEqual([]);
			});
		});
	}
});
