/** docs/diagnostics.md catalogues exactly the codes the compiler can emit, with the right severities. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/lib/scenario/codes.ts';

const DOC = readFileSync('docs/diagnostics.md', 'utf8');
const SRC_DIR = 'src/lib/scenario';

/** code → severity, from `### SCnnn — title` headings followed by `- **Severity:** x`. */
function catalogue(): Map<string, string> {
	const out = new Map<string, string>();
	const re = /^### (SC\d{3}) — .+\n\n- \*\*Severity:\*\* (error|warning|info)$/gm;
	for (const m of DOC.matchAll(re)) out.set(m[1], m[2]);
	return out;
}

/** Codes used in the compiler's source (everything but the table in codes.ts). */
function emitted(): Set<string> {
	const out = new Set<string>();
	const files = readdirSync(SRC_DIR)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'codes.ts')
		.map((f) => `${SRC_DIR}/${f}`);
	// the checks that need the scoring rules (SC420) run in scoring/self-check.ts
	for (const f of [...files, 'src/lib/scoring/self-check.ts'])
		for (const m of readFileSync(f, 'utf8').matchAll(/'(SC\d{3})'/g)) out.add(m[1]);
	return out;
}

describe('diagnostics catalogue', () => {
	const cat = catalogue();

	it('documents every heading with a severity', () => {
		const headings = [...DOC.matchAll(/^### (SC\d{3})/gm)].map((m) => m[1]);
		expect(headings.length).toBeGreaterThan(40);
		expect([...cat.keys()]).toEqual(headings);
	});

	it('lists exactly the codes in codes.ts, with the same severities', () => {
		expect([...cat.keys()].sort()).toEqual(Object.keys(CODES).sort());
		for (const [code, info] of Object.entries(CODES))
			expect(cat.get(code), code).toBe(info.severity);
	});

	it('lists exactly the codes the compiler emits', () => {
		expect([...emitted()].sort()).toEqual([...cat.keys()].sort());
	});

	it('gives every entry a meaning, an example and a fix', () => {
		for (const block of DOC.split(/^### /m).slice(1)) {
			const code = block.slice(0, 5);
			expect(block, code).toContain('- **Meaning:**');
			expect(block, code).toContain('- **Example:**');
			expect(block, code).toContain('- **Fix:**');
		}
	});

	it('has a broken fixture for every code that a small file can show', () => {
		const fixtures = new Set(
			readdirSync('scenarios/_invalid').map((f) => f.slice(0, 5).toUpperCase())
		);
		const needsHugeInput = new Set(['SC101', 'SC105', 'SC199']);
		for (const code of cat.keys())
			if (!needsHugeInput.has(code)) expect(fixtures.has(code), code).toBe(true);
	});
});
