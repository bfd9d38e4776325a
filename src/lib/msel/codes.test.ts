/** docs/diagnostics.md catalogues exactly the MSEL codes the importer can emit, with the right severities. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MSEL_CODES } from './codes.ts';

const DOC = readFileSync('docs/diagnostics.md', 'utf8');

describe('MSEL diagnostics catalogue', () => {
	const cat = new Map(
		[...DOC.matchAll(/^### (MS\d{3}) — .+\n\n- \*\*Severity:\*\* (error|warning|info)$/gm)].map(
			(m) => [m[1], m[2]]
		)
	);
	it('lists exactly the codes in codes.ts, with the same severities', () => {
		expect([...cat.keys()].sort()).toEqual(Object.keys(MSEL_CODES).sort());
		for (const [code, info] of Object.entries(MSEL_CODES))
			expect(cat.get(code), code).toBe(info.severity);
	});
	it('lists exactly the codes the importer emits', () => {
		const emitted = new Set<string>();
		for (const f of readdirSync('src/lib/msel')) {
			if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f === 'codes.ts') continue;
			for (const m of readFileSync(`src/lib/msel/${f}`, 'utf8').matchAll(/'(MS\d{3})'/g))
				emitted.add(m[1]);
		}
		expect([...emitted].sort()).toEqual([...cat.keys()].sort());
	});
});
