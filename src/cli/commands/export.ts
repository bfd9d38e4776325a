/**
 * `ddsim export msel <scenario.yaml> [-o file.xlsx|file.csv] [--format csv|xlsx]`
 * Writes the control team's MSEL of a scenario: every scripted event with its time, sender, channel, text,
 * expected action and linked objective (CSV on standard output without -o). `ddsim import msel` reads it back.
 */
import { exportMselCsv, exportMselXlsx } from '../../lib/msel/export.ts';
import { compileScenario, formatDiagnostic } from '../../lib/scenario/index.ts';
import { readArgs } from '../args.ts';
import type { Io } from '../io.ts';

const USAGE = `usage: ddsim export msel <scenario.yaml> [-o file.xlsx|file.csv] [--format csv|xlsx]

Writes the scenario's Master Scenario Events List: one row per scripted event (time as T+HH:MM, sender,
channel, platform, headline, text, expected action, objective, condition, flags). Without -o, CSV on
standard output. Exit status: 0 written, 1 the scenario has errors, 2 usage error.
`;

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs(
		'export',
		args,
		{ out: { type: 'string', short: 'o' }, format: { type: 'string' } },
		USAGE,
		io
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const [what, file, ...extra] = positionals;
	const format = values.format ?? (values.out && /\.xlsx$/i.test(values.out) ? 'xlsx' : 'csv');
	if (what !== 'msel' || !file || extra.length || (format !== 'csv' && format !== 'xlsx')) {
		io.err(
			what && what !== 'msel'
				? `ddsim export: unknown kind '${what}' (ddsim exports msel)\n\n${USAGE}`
				: USAGE
		);
		return 2;
	}
	if (format === 'xlsx' && !values.out) {
		io.err('ddsim export: an .xlsx workbook is binary; give a file name with -o\n');
		return 2;
	}
	let source: string;
	try {
		source = io.readFile(file);
	} catch (e) {
		io.err(`ddsim export: cannot read ${file}: ${(e as Error).message}\n`);
		return 2;
	}
	const { scenario, diagnostics } = compileScenario(source, file);
	if (!scenario) {
		for (const d of diagnostics) io.err(formatDiagnostic(d, source) + '\n');
		return 1;
	}
	const data = format === 'xlsx' ? await exportMselXlsx(scenario) : exportMselCsv(scenario);
	if (!values.out) {
		io.out(data as string);
		return 0;
	}
	try {
		io.writeFile(values.out, data);
	} catch (e) {
		io.err(`ddsim export: cannot write ${values.out}: ${(e as Error).message}\n`);
		return 2;
	}
	io.out(`wrote ${values.out}: ${scenario.events.length} event(s)\n`);
	return 0;
}
