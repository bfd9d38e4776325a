/**
 * `ddsim validate [--json] [--test] <files or folders>`: compile scenarios and report diagnostics.
 * Folders are searched recursively for *.yaml / *.yml, skipping folders named `_invalid` (broken fixtures)
 * unless such a folder is named on the command line. Exit 0 clean (warnings allowed), 1 errors or failing
 * tests, 2 usage error.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
	formatDiagnostic,
	MAX_SOURCE_CHARS,
	refuseOversized,
	type Diagnostic
} from '../../lib/scenario/index.ts';
import { runScenarioTests } from '../../lib/core/scenario-tests.ts';
import { validateScenario } from '../../lib/core/validate.ts';
import { readArgs } from '../args.ts';
import type { Io } from '../io.ts';

const USAGE = `usage: ddsim validate [--json] [--test] <files or folders>

  --json   print a JSON array of results instead of text
  --test   also run each scenario's embedded tests (scripted posts with expected scores)
  -        read one scenario from standard input

Folders are searched for *.yaml and *.yml; folders named _invalid are skipped unless named explicitly.
Exit status: 0 no errors (warnings allowed), 1 errors or failing tests, 2 usage error.
`;

export interface TestOutcome {
	name: string;
	passed: boolean;
	failures: string[];
}

export interface FileResult {
	file: string;
	ok: boolean;
	errors: number;
	warnings: number;
	diagnostics: Diagnostic[];
	/** With --test: the embedded tests' outcomes. */
	tests?: TestOutcome[];
}

function collect(path: string, explicit: boolean, out: string[]): void {
	if (path === '-') {
		out.push(path);
		return;
	}
	const st = statSync(path);
	if (st.isDirectory()) {
		if (!explicit && basename(path) === '_invalid') return;
		const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : a.name > b.name ? 1 : 0
		);
		for (const e of entries) {
			if (e.name.startsWith('.') || e.name === 'node_modules') continue;
			const p = join(path, e.name);
			if (e.isDirectory()) collect(p, false, out);
			else if (/\.ya?ml$/i.test(e.name)) out.push(p);
		}
	} else out.push(path);
}

/** Files far over the limit are not even read into memory. */
function tooBig(file: string): boolean {
	return statSync(file).size > MAX_SOURCE_CHARS * 4;
}

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs(
		'validate',
		args,
		{ json: { type: 'boolean' }, test: { type: 'boolean' } },
		USAGE,
		io
	);
	if (typeof parsed === 'number') return parsed;
	const { json, test } = parsed.values;
	const paths = parsed.positionals;
	if (paths.length === 0) {
		io.err(`ddsim validate: name at least one scenario file or folder\n\n${USAGE}`);
		return 2;
	}
	const files: string[] = [];
	for (const p of paths) {
		try {
			collect(p, true, files);
		} catch {
			io.err(`ddsim validate: no such file or folder: ${p}\n`);
			return 2;
		}
	}
	const results: FileResult[] = [];
	for (const file of files) {
		let source: string;
		try {
			source = file === '-' ? await io.stdin() : tooBig(file) ? '' : io.readFile(file);
		} catch (e) {
			io.err(`ddsim validate: cannot read ${file}: ${(e as Error).message}\n`);
			return 2;
		}
		const name = file === '-' ? '<stdin>' : file;
		const { scenario, diagnostics } =
			file !== '-' && tooBig(file)
				? refuseOversized(statSync(file).size, name)
				: validateScenario(source, name);
		const errors = diagnostics.filter((d) => d.severity === 'error').length;
		const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
		const res: FileResult = { file: name, ok: errors === 0, errors, warnings, diagnostics };
		if (test && scenario) {
			try {
				res.tests = runScenarioTests(scenario);
			} catch (e) {
				res.tests = [
					{
						name: '(all tests)',
						passed: false,
						failures: [`the test runner failed: ${(e as Error).message}`]
					}
				];
			}
			if (res.tests.some((t) => !t.passed)) res.ok = false;
		}
		results.push(res);
		if (!json) printHuman(res, source, io);
	}
	if (json) io.out(JSON.stringify(results, null, 2) + '\n');
	else {
		const errs = results.reduce((n, r) => n + r.errors, 0);
		const warns = results.reduce((n, r) => n + r.warnings, 0);
		const failed = results.reduce((n, r) => n + (r.tests?.filter((t) => !t.passed).length ?? 0), 0);
		const tests = test ? `, ${failed} failing test(s)` : '';
		io.out(`\n${results.length} file(s) checked: ${errs} error(s), ${warns} warning(s)${tests}\n`);
	}
	return results.every((r) => r.ok) ? 0 : 1;
}

function printHuman(res: FileResult, source: string, io: Io): void {
	for (const d of res.diagnostics) io.out(formatDiagnostic(d, source) + '\n');
	if (res.errors === 0)
		io.out(`ok ${res.file}${res.warnings ? ` (${res.warnings} warning(s))` : ''}\n`);
	for (const t of res.tests ?? []) {
		io.out(`  ${t.passed ? 'pass' : 'FAIL'} ${t.name}\n`);
		for (const f of t.failures) io.out(`       ${f}\n`);
	}
}
