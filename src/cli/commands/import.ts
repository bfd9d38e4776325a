/**
 * `ddsim import msel <file.xlsx|.csv> [--map mapping.yaml] [--sheet NAME] [--dry-run] [-o scenario.yaml] [--json]`
 * Reads a Master Scenario Events List and writes a ddsim scenario (stdout without -o). Diagnostics point at
 * cells (`msel.xlsx!Sheet1!F12`). Exit 0 when every row became an event and the scenario validates, 1 when
 * a row or column could not be imported (it is kept as a comment) or the scenario does not validate, 2 usage.
 */
import { basename } from 'node:path';
import { importMsel, mselDiagnosticLine } from '../../lib/msel/index.ts';
import { readArgs } from '../args.ts';
import type { Io } from '../io.ts';

const USAGE = `usage: ddsim import msel <file.xlsx|file.csv> [options]

  --map FILE      a mapping file: which column is which, the sheet, the start time (docs/msel.md)
  --sheet NAME    the sheet to read (default: the first sheet with a header row)
  --dry-run       print what would be created and every problem; write nothing
  -o, --out FILE  write the scenario here (default: standard output)
  --json          print the diagnostics and the summary as JSON

Columns are recognised from their headers in English, French and Spanish (Time/Heure/Hora,
From/Émetteur/Remitente, Inject/Stimulus/Mensaje, Expected action/Réaction attendue/Acción esperada …).
Exit status: 0 imported and valid, 1 rows or columns left out or the scenario is not valid, 2 usage error.
`;

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs(
		'import',
		args,
		{
			map: { type: 'string' },
			sheet: { type: 'string' },
			'dry-run': { type: 'boolean' },
			out: { type: 'string', short: 'o' },
			json: { type: 'boolean' }
		},
		USAGE,
		io
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const [what, file, ...extra] = positionals;
	if (what !== 'msel' || !file || extra.length) {
		io.err(
			what && what !== 'msel'
				? `ddsim import: unknown kind '${what}' (ddsim imports msel)\n\n${USAGE}`
				: USAGE
		);
		return 2;
	}
	let bytes: Uint8Array;
	let mapping: string | undefined;
	try {
		bytes = io.readBytes(file);
		if (values.map) mapping = io.readFile(values.map);
	} catch (e) {
		io.err(
			`ddsim import: cannot read ${(e as NodeJS.ErrnoException).path ?? file}: ${(e as Error).message}\n`
		);
		return 2;
	}
	const result = await importMsel(bytes, basename(file), {
		...(mapping !== undefined ? { mapping } : {}),
		...(values.sheet ? { sheet: values.sheet } : {})
	});
	const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
	const ok = result.valid && errors === 0;
	if (values.json) {
		io.out(
			JSON.stringify(
				{
					file,
					ok,
					summary: result.summary,
					diagnostics: result.diagnostics,
					...(values['dry-run'] ? {} : { yaml: values.out ? undefined : result.yaml })
				},
				null,
				2
			) + '\n'
		);
		if (!values['dry-run'] && values.out && result.yaml) io.writeFile(values.out, result.yaml);
		return ok ? 0 : 1;
	}
	const report = (text: string) => (values.out || values['dry-run'] ? io.out(text) : io.err(text));
	for (const d of result.diagnostics) report(mselDiagnosticLine(d) + '\n');
	if (result.summary) {
		const s = result.summary;
		const personas = result.yaml ? listKeys(result.yaml, 'personas') : [];
		report(
			`\n${values['dry-run'] ? 'would create' : 'created'}: ${s.events} event(s), ${s.personas} persona(s)${personas.length ? ` (${personas.join(', ')})` : ''}, ${s.platforms} platform(s), ${s.objectives} learning objective(s)` +
				(s.skipped ? `; ${s.skipped} row(s) kept as comments` : '') +
				`\n${result.valid ? 'the scenario validates' : 'the scenario does NOT validate'} (${errors} error(s) in the import)\n`
		);
	}
	if (!values['dry-run'] && result.yaml) {
		if (values.out) {
			try {
				io.writeFile(values.out, result.yaml);
			} catch (e) {
				io.err(`ddsim import: cannot write ${values.out}: ${(e as Error).message}\n`);
				return 2;
			}
			io.out(`wrote ${values.out}\n`);
		} else io.out(result.yaml);
	}
	return ok ? 0 : 1;
}

function listKeys(yaml: string, key: string): string[] {
	const m = new RegExp(`^${key}:\\n((?:  .*\\n)+)`, 'm').exec(yaml);
	return m ? [...m[1].matchAll(/^ {2}([^\s:#][^:]*):/gm)].map((x) => x[1]) : [];
}
