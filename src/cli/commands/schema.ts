/** `ddsim schema`: print the JSON Schema of the scenario format (the same file as static/schema/scenario-v1.json). */
import { scenarioJsonSchema } from '../../lib/scenario/index.ts';
import type { Io } from '../io.ts';

export async function run(args: string[], io: Io): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		io.out(
			'usage: ddsim schema\n\nPrints the JSON Schema (draft 2020-12) of ddsim/scenario@1 for editors and tools.\n'
		);
		return 0;
	}
	if (args.length) {
		io.err(`ddsim schema: unexpected argument '${args[0]}'\nusage: ddsim schema\n`);
		return 2;
	}
	io.out(JSON.stringify(scenarioJsonSchema(), null, '\t') + '\n');
	return 0;
}
