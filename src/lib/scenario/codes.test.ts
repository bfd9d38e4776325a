/** docs/diagnostics.md catalogues exactly the codes ddsim can emit (SC from the scenario compiler, PS from the
 * scripted-posts reader), with the right severities. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from './codes.ts';

const DOC = readFileSync('docs/diagnostics.md', 'utf8');
const CODES_FILE = join('src', 'lib', 'scenario', 'codes.ts');

/** code → severity, from `### SCnnn — title` headings followed by `- **Severity:** x`. */
function catalogue(): Map<string, string> {
	const out = new Map<string, string>();
	const re = /^### ((?:SC|PS)\d{3}) — .+\n\n- \*\*Severity:\*\* (error|warning|info)$/gm;
	for (const m of DOC.matchAll(re)) out.set(m[1], m[2]);
	return out;
}

/** Codes used anywhere in src/ (the compiler, scoring/self-check.ts for SC420, the posts reader, the CLI…),
 * except the table in codes.ts and tests: wherever a diagnostic is made, its code must be catalogued. */
function emitted(): Set<string> {
	const out = new Set<string>();
	const files = (readdirSync('src', { recursive: true }) as string[])
		.filter((f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f))
		.map((f) => join('src', f))
		.filter((f) => f !== CODES_FILE);
	for (const f of files)
		for (const m of readFileSync(f, 'utf8').matchAll(/'((?:SC|PS)\d{3})'/g)) out.add(m[1]);
	return out;
}

describe('diagnostics catalogue', () => {
	const cat = catalogue();

	it('documents every heading with a severity', () => {
		const headings = [...DOC.matchAll(/^### ((?:SC|PS)\d{3})/gm)].map((m) => m[1]);
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

	it('emits PS codes from the posts reader, catalogued beside the SC codes', () => {
		expect([...emitted()].filter((c) => c.startsWith('PS')).sort()).toEqual([
			'PS101',
			'PS201',
			'PS301',
			'PS302',
			'PS401'
		]);
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
			if (code.startsWith('SC') && !needsHugeInput.has(code))
				expect(fixtures.has(code), code).toBe(true);
	});
});
