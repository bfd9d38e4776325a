/**
 * Writes static/schema/scenario-v1.json from the zod source of the scenario format (never edit it by hand).
 * Run: npx tsx scripts/gen-schema.ts   (a unit test fails when the committed file is out of date)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/lib/scenario/index.ts';

export const SCHEMA_PATH = fileURLToPath(
	new URL('../static/schema/scenario-v1.json', import.meta.url)
);

export function schemaText(): string {
	return JSON.stringify(scenarioJsonSchema(), null, '\t') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	writeFileSync(SCHEMA_PATH, schemaText());
	console.log(`wrote ${SCHEMA_PATH}`);
}
