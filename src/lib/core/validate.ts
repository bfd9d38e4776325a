/**
 * validateScenario: the compiler's diagnostics plus the checks that need the scoring rules (a scenario whose
 * own texts trip its own protocol list or must-avoid phrases, SC420). What `ddsim validate`, the authoring page,
 * the library and academy uploads show.
 */
import { compileScenario, type CompileResult } from '../scenario/index.ts';
import { selfCheck } from '../scoring/self-check.ts';

export function validateScenario(source: string, file: string): CompileResult {
	const r = compileScenario(source, file);
	if (!r.scenario) return r;
	const extra = selfCheck(r.scenario, source, file);
	if (!extra.length) return r;
	return {
		scenario: r.scenario,
		diagnostics: [...r.diagnostics, ...extra].sort((a, b) => a.line - b.line || a.col - b.col)
	};
}
