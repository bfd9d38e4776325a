/** docs/scenario-format.md stays true: its minimal scenario compiles cleanly and its condition examples parse. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseCondition } from '../../src/lib/scenario/index.ts';
import { rawScenarioSchema } from '../../src/lib/scenario/schema.ts';

const DOC = readFileSync('docs/scenario-format.md', 'utf8');

describe('docs/scenario-format.md', () => {
	it('has a minimal scenario that compiles with no diagnostics', () => {
		const section = DOC.slice(DOC.indexOf('## A minimal scenario'));
		const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
		const { scenario, diagnostics } = compileScenario(yaml, 'docs-minimal.yaml');
		expect(diagnostics).toEqual([]);
		expect(scenario?.events).toHaveLength(1);
	});

	it('gives condition examples that all parse', () => {
		const section = DOC.slice(
			DOC.indexOf('### Examples'),
			DOC.indexOf('### What the validator checks')
		);
		const whens = [...section.matchAll(/^when: (["'])(.*)\1/gm)].map((m) => m[2]);
		expect(whens.length).toBeGreaterThanOrEqual(5);
		for (const w of whens) expect(parseCondition(w).error, w).toBeUndefined();
	});

	it('documents every top-level key', () => {
		for (const key of Object.keys(rawScenarioSchema.shape))
			expect(DOC, key).toContain(`| \`${key}\``);
	});
});
