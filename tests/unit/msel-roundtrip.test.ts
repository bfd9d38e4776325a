/**
 * Export → import round trip on every shipped scenario, as CSV and as .xlsx: every scripted event keeps its
 * id, time, sender (id and name), channel, platform, headline, text, expected action (objective texts) and
 * linked objectives, and the imported scenario validates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMselCsv, exportMselXlsx } from '../../src/lib/msel/export.ts';
import { importMsel } from '../../src/lib/msel/index.ts';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

function columns(s: Scenario) {
	const persona = new Map(s.personas.map((p) => [p.id, p]));
	const objective = new Map(s.objectives.map((o) => [o.id, o.text]));
	return s.events.map((e) => ({
		id: e.id,
		at: e.at,
		from: e.from ?? null,
		sender: e.from ? persona.get(e.from)!.name : null,
		handle: e.from ? (persona.get(e.from)!.handle ?? null) : null,
		channel: e.channel,
		platform: e.platform ?? null,
		headline: e.headline ?? null,
		text: e.text,
		expected: e.objectives.map((o) => objective.get(o)),
		objectives: e.objectives
	}));
}

for (const file of files) {
	describe(`MSEL round trip of ${file}`, () => {
		const original = compileScenario(readFileSync(`scenarios/${file}`, 'utf8'), file).scenario!;
		for (const format of ['csv', 'xlsx'] as const) {
			it(`keeps every exported column through ${format}`, async () => {
				const bytes =
					format === 'csv'
						? new TextEncoder().encode(exportMselCsv(original))
						: await exportMselXlsx(original);
				const r = await importMsel(bytes, `${original.id}.${format}`);
				expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
				expect(r.valid).toBe(true);
				const back = compileScenario(r.yaml!, 'back.yaml').scenario!;
				expect(columns(back)).toEqual(columns(original));
			});
		}
	});
}
