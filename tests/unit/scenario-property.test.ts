/**
 * Property tests (fast-check): whatever the input — random text, random YAML, or the reference scenario with
 * keys deleted, types swapped and values randomised — compileScenario returns diagnostics; it never throws,
 * never hits its internal-error fallback (SC199), and every diagnostic has a real 1-based position.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compileScenario, type Diagnostic } from '../../src/lib/scenario/index.ts';
import { CODES } from '../../src/lib/scenario/codes.ts';

const REF_SOURCE = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');
const REF = parse(REF_SOURCE) as unknown;

function checkResult(source: string, r: { scenario?: unknown; diagnostics: Diagnostic[] }): void {
	const lines = source.split('\n').length;
	for (const d of r.diagnostics) {
		expect(d.code, d.message).not.toBe('SC199');
		expect(d.code in CODES, d.code).toBe(true);
		expect(
			Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1,
			`${d.code} line ${d.line}`
		).toBe(true);
		expect(Number.isInteger(d.col) && d.col >= 1, `${d.code} col ${d.col}`).toBe(true);
		expect(typeof d.message).toBe('string');
	}
	expect(r.scenario === undefined).toBe(r.diagnostics.some((d) => d.severity === 'error'));
}

function compileChecked(source: string): void {
	let r: ReturnType<typeof compileScenario> | undefined;
	expect(() => (r = compileScenario(source, 'prop.yaml'))).not.toThrow();
	checkResult(source, r!);
}

/** Every path to a value in a JSON-ish tree. */
function paths(
	v: unknown,
	prefix: (string | number)[] = [],
	out: (string | number)[][] = []
): (string | number)[][] {
	out.push(prefix);
	if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
	return out;
}

type Mutation = {
	kind: 'delete' | 'replace' | 'rename';
	pick: number;
	value: unknown;
	name: string;
};

function mutate(root: unknown, muts: Mutation[]): unknown {
	const doc = structuredClone(root) as Record<string, unknown>;
	for (const m of muts) {
		const all = paths(doc).filter((p) => p.length > 0);
		if (all.length === 0) break;
		const path = all[m.pick % all.length];
		let parent: unknown = doc;
		for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[seg];
		const last = path[path.length - 1];
		const obj = parent as Record<string | number, unknown>;
		if (m.kind === 'delete') {
			if (Array.isArray(obj)) obj.splice(last as number, 1);
			else delete obj[last];
		} else if (m.kind === 'replace') obj[last] = m.value;
		else if (!Array.isArray(obj)) {
			obj[m.name] = obj[last];
			delete obj[last];
		}
	}
	return doc;
}

const scalar = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.integer(),
	fc.double({ noNaN: false }),
	fc.boolean(),
	fc.constant(null),
	fc.constantFrom(
		'00:35',
		'99:99',
		'1h30m',
		'turned-away',
		'quake-news',
		'not corrected(turned-away)',
		'fired(',
		'>= 0.7',
		'#',
		'@',
		'*',
		''
	)
);
const value = fc.oneof(
	scalar,
	fc.array(scalar, { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 })
);
const mutation = fc.record({
	kind: fc.constantFrom('delete', 'replace', 'rename') as fc.Arbitrary<Mutation['kind']>,
	pick: fc.nat(),
	value,
	name: fc.oneof(
		fc.string({ maxLength: 8 }),
		fc.constantFrom('titel', 'reveal', 'form', 'when', 'at')
	)
});

describe('compileScenario properties', () => {
	it('never throws on arbitrary text', () => {
		fc.assert(fc.property(fc.string({ maxLength: 400 }), compileChecked), { numRuns: 400 });
	});

	it('never throws on arbitrary unicode and YAML punctuation soup', () => {
		const punct = fc.constantFrom(
			...':-[]{}&*!|>\'"%@`#,?\n\t  abc01'.split(''),
			'---',
			'...',
			'<<',
			'!!binary',
			'\r\n',
			'\u2028',
			'&a',
			'*a'
		);
		const soup = fc
			.array(fc.oneof(punct, fc.string({ maxLength: 3, unit: 'grapheme' })), { maxLength: 120 })
			.map((a) => a.join(''));
		fc.assert(fc.property(soup, compileChecked), { numRuns: 400 });
	});

	it('never throws on arbitrary YAML documents', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
				compileChecked(stringify(v));
			}),
			{ numRuns: 200 }
		);
	});

	it('never throws on mutations of the reference scenario, and locates every diagnostic', () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
				compileChecked(stringify(mutate(REF, muts)));
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on line-level edits of the reference source (deleted, duplicated or truncated lines)', () => {
		const lines = REF_SOURCE.split('\n');
		fc.assert(
			fc.property(
				fc.nat(lines.length - 1),
				fc.constantFrom('delete', 'dup', 'truncate', 'indent'),
				fc.nat(80),
				(i, op, cut) => {
					const copy = [...lines];
					if (op === 'delete') copy.splice(i, 1);
					else if (op === 'dup') copy.splice(i, 0, copy[i]);
					else if (op === 'truncate') copy[i] = copy[i].slice(0, cut);
					else copy[i] = ' ' + copy[i];
					compileChecked(copy.join('\n'));
				}
			),
			{ numRuns: 300 }
		);
	});
});
