/** `ddsim schema`: print the JSON Schema of the scenario format (the same file as static/schema/scenario-v1.json). */
import { scenarioJsonSchema } from '../../lib/scenario/index.ts';
import { readArgs } from '../args.ts';
import type { Io } from '../io.ts';

const USAGE =
	'usage: ddsim schema\n\nPrints the JSON Schema (draft 2020-12) of ddsim/scenario@1 for editors and tools.\n';

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs('schema', args, {}, USAGE, io, false);
	if (typeof parsed === 'number') return parsed;
	io.out(JSON.stringify(scenarioJsonSchema(), null, '\t') + '\n');
	return 0;
}
