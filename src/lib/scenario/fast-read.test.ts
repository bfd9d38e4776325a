/**
 * The compiler's fast path (fast-read.ts) must be invisible: for every shipped scenario and every broken
 * fixture the result with and without it is the same (diagnostics with their positions and messages, the
 * compiled scenario, each embedded test's line); and the fast reader either reads a YAML text exactly as
 * `yaml` does or declines (UNSURE), never reading a text that `yaml` rejects or warns about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './index.ts';
import { fastRead, NeedFull, PartReporter, UNSURE } from './fast-read.ts';
import { Reporter } from './report.ts';
import { Positions, type PathSeg } from './yaml-positions.ts';

const files = [
	...readdirSync('scenarios')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => `scenarios/${f}`),
	...readdirSync('scenarios/_invalid')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => `scenarios/_invalid/${f}`)
];

describe('the fast path gives what the full path gives', () => {
	it.each(files)('%s', (file) => {
		const source = readFileSync(file, 'utf8');
		expect(compileScenario(source, file)).toEqual(
			compileScenario(source, file, { fastPath: false })
		);
	});

	it('takes the fast reading for a clean shipped scenario (so the comparison above tests it)', () => {
		const source = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');
		expect(fastRead(source)).not.toBe(UNSURE);
		const full = compileScenario(source, 'q.yaml', { fastPath: false });
		expect(full.scenario?.tests.length).toBeGreaterThan(0);
		expect(compileScenario(source, 'q.yaml')).toEqual(full);
	});
});

/** What `yaml` reads, or 'refused' when it reports an error or a warning. */
function full(text: string): unknown {
	const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length || doc.warnings.length) return 'refused';
	return doc.toJS({ maxAliasCount: 100 });
}

const TEXTS = [
	// scalars of the YAML 1.2 core schema, and look-alikes that stay strings
	'a: 0x1F\nb: 0o17\nc: 1_000\nd: .inf\ne: ~\nf: Null\ng: +1\nh: 1e3\ni: 2024-01-01\nj: yes\nk: 012\nl: -0\nm: .5\nn: 1.\no: 0b11\np: 00:45\nq: 1:20\nr: NULL\ns: TRUE\nt: False\nu: -.INF\nv: .NaN\nw: 1.5e-3\nx: on\ny: 0.\nz: 3h\n',
	// quoting, escapes, block and folded scalars, comments, CRLF, a byte-order mark
	'a: "tab\\there \\u00e9 \\/ \\"q\\""\nb: \'it\'\'s\'\nc: |\n  one\n   two\n\n  three\nd: >-\n  folded\n  text\n\n  para\ne: |+\n  keep\n\nf: plain # comment\ng: a#b\n',
	'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
	'\ufeffa: 1\n',
	'text: Line one\n  continues here\n  and here\nnext: [a, b, {c: d}]\nempty:\nlist:\n- x\n-\n- y: z\n',
	'"quoted key": 1\n1: int key\ntrue: bool key\n? explicit\n: value\n',
	// what `yaml` refuses or warns about: the fast reader must decline too
	'a: 1\na: 2\n',
	'a: b: c\n',
	'a:\n  - x\n - y\n',
	'---\na: 1\n---\nb: 2\n',
	'a: &x 1\nb: *x\n',
	'a: !custom 1\n',
	'%YAML 1.1\n---\na: yes\n',
	'a: [1, 2\n',
	'a: "unterminated\n',
	'? [a]\n: 1\n',
	'a:\tb\n',
	'\ta: 1\n',
	'a: @x\n',
	'a: `x\n',
	'__proto__: 1\n',
	'key with a very long name: ' + 'x'.repeat(2000) + '\n',
	'x'.repeat(1100) + ': 1\n'
];

describe('fastRead', () => {
	it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 50), t]))(
		'%s: reads as yaml does, or declines',
		(_, text) => {
			const fast = fastRead(text);
			const slow = full(text);
			if (slow === 'refused') expect(fast).toBe(UNSURE);
			else if (fast !== UNSURE) expect(fast).toEqual(slow);
			else expect(fast).toBe(UNSURE);
		}
	);

	it('reads the plain cases rather than declining (the fast path is taken)', () => {
		for (const text of TEXTS.slice(0, 6)) expect(fastRead(text)).not.toBe(UNSURE);
	});
});

/** Every key path of a value, with 'key' and 'value' targets, plus a missing key under each mapping. */
function paths(v: unknown, at: PathSeg[] = []): PathSeg[][] {
	if (v === null || typeof v !== 'object') return [at];
	const kids = Array.isArray(v)
		? v.flatMap((x, i) => paths(x, [...at, i]))
		: Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]));
	return [at, ...kids, ...(Array.isArray(v) ? [] : [[...at, 'missing-key']])];
}

describe('PartReporter', () => {
	const texts = [
		'a: 1\ntests:\n  - name: one\n    posts: []\n  # a comment\n\n  - name: two\n    when: "x and y"\nb: 2\n',
		'tests:\n- name: one\n-\n  name: two\n- {name: three, x: [1, 2]}\nlist: [a, {b: c}]\n',
		'title: A\n  title continued\nevents:\n  - id: e1\n    text: |\n      - not an item\n      more\n  - id: e2\n    reveals:\n    at: 00:10 # c\n',
		'a: 1\r\nb:\r\n  - x: 1\r\n    y: "two"\r\n  - z\r\n'
	];
	it.each(texts.map((t) => [JSON.stringify(t).slice(0, 40), t]))(
		'%s: places every path as the whole document does, or gives up',
		(_, text) => {
			const lineCounter = new LineCounter();
			const doc = parseDocument(text, { lineCounter });
			const whole = new Reporter('f', text, doc, new Positions(lineCounter, text.length));
			const data = fastRead(text) as Record<string, unknown>;
			const part = new PartReporter('f', text, data);
			let placed = 0;
			for (const p of paths(data).filter((p) => p.length > 0))
				for (const target of ['key', 'value'] as const) {
					let got;
					try {
						got = part.spanOf(p, target);
					} catch (e) {
						expect(e).toBeInstanceOf(NeedFull);
						continue;
					}
					expect([p, target, got]).toEqual([p, target, whole.spanOf(p, target)]);
					placed++;
				}
			expect(placed).toBeGreaterThan(4);
		}
	);

	it('gives up on a path it cannot cut out: the root, a flow list, a quoted top-level key', () => {
		const part = (text: string) =>
			new PartReporter('f', text, fastRead(text) as Record<string, unknown>);
		expect(() => part('a: 1\n').spanOf([])).toThrow(NeedFull);
		expect(() => part('a: [x, y]\n').spanOf(['a', 1])).toThrow(NeedFull);
		expect(() => part('"a": 1\n').spanOf(['a'])).toThrow(NeedFull);
	});
});
