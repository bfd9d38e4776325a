/** `ddsim schema` and the committed schema file: generated from the zod source, accepted by Ajv. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';
import { scenarioJsonSchema } from '../../lib/scenario/index.ts';

async function ddsim(...args: string[]) {
	const io = memoryIo();
	const code = await main(args, io);
	return { code, out: io.stdout, err: io.stderr };
}

describe('ddsim schema', () => {
	it('prints the generated JSON Schema', async () => {
		const r = await ddsim('schema');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual(scenarioJsonSchema());
		expect((await ddsim('schema', 'extra')).code).toBe(2);
	});
});

describe('static/schema/scenario-v1.json', () => {
	it('is the committed output of scripts/gen-schema.ts (run it after changing src/lib/scenario/schema.ts)', () => {
		const committed = JSON.parse(readFileSync('static/schema/scenario-v1.json', 'utf8'));
		expect(committed).toEqual(scenarioJsonSchema());
	});

	it('describes the format: strict keys, required fields, time pattern', () => {
		const s = scenarioJsonSchema() as {
			additionalProperties: boolean;
			required: string[];
			properties: Record<string, { pattern?: string; const?: string }>;
		};
		expect(s.additionalProperties).toBe(false);
		expect(s.required).toEqual(
			expect.arrayContaining(['format', 'id', 'title', 'duration', 'events', 'trainee', 'rubric'])
		);
		expect(s.properties.format.const).toBe('ddsim/scenario@1');
		expect(new RegExp(s.properties.duration.pattern!).test('1h30m')).toBe(true);
		expect(new RegExp(s.properties.duration.pattern!).test('1 hour')).toBe(false);
	});

	it('accepts the shipped scenarios and rejects a misspelt key in an independent validator (Ajv)', () => {
		const Ajv = createRequire(import.meta.url)('ajv');
		const schema = JSON.parse(readFileSync('static/schema/scenario-v1.json', 'utf8'));
		delete schema.$schema; // Ajv 6 knows draft-07; the keywords used here mean the same in 2020-12
		const validate = new Ajv({ allErrors: true }).compile(schema);
		const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) {
			const doc = parse(readFileSync(`scenarios/${f}`, 'utf8'));
			expect(validate(doc), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
		const doc = parse(readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'));
		doc.titel = doc.title;
		expect(validate(doc)).toBe(false);
		expect(validate.errors[0].params.additionalProperty).toBe('titel');
	});

	it('is what the reference scenario header points at', () => {
		expect(readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8').split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../static/schema/scenario-v1.json'
		);
	});
});
