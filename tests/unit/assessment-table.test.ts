/**
 * The assessment yardstick of issue 11: whole runs on the six shipped scenarios, replayed through the real
 * engine (core/engine `replay`, then core/headless `reportFor`), checked against orderings and absolute
 * constraints an experienced press officer would sign. The runs and the checks are data:
 * tests/assessment/runs/*.yaml (format: tests/assessment/README.md). Read a run's figures with
 * `npx tsx tests/assessment/show.ts <run>`.
 *
 * These checks were written before the scoring rework, from doctrine, not from the scorer's output: when one
 * fails, fix the scoring (or argue with the run in review), never the expectation to fit the number.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { describe } from '../assessment/explain.ts';
import {
	compare,
	expand,
	figure,
	isRatingFigure,
	loadTable,
	play,
	type Constraint,
	type Ordering
} from '../assessment/table.ts';

const table = loadTable();
const OP_TEXT = { equals: '=', at_most: '≤', at_least: '≥', below: '<', above: '>' } as const;
const show = (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : String(v));

function checkPair(o: Ordering, f: string, hi: string, lo: string) {
	const a = table.runs.get(hi);
	const b = table.runs.get(lo);
	expect(a && b, `ordering '${o.name}' names a run that is not defined`).toBeTruthy();
	const pa = play(a!);
	const pb = play(b!);
	const va = figure(pa, f);
	const vb = figure(pb, f);
	// Ratings are coarse (four grades): a chain only asks that the better run is never rated lower.
	const op = isRatingFigure(f) || o.ties ? 'at_least' : 'above';
	const ok = va !== undefined && vb !== undefined && compare(va, op, vb);
	if (!ok)
		expect.fail(
			[
				'',
				`ORDERING “${o.name}” (${o.file}) on ${f}:`,
				`  expected ${hi} ${show(va)}  ${OP_TEXT[op]}  ${lo} ${show(vb)}`,
				o.why ? `  why: ${o.why}` : '',
				'--- the run that should rank higher:',
				describe(pa),
				'--- the run that should rank lower:',
				describe(pb),
				''
			].join('\n')
		);
	expect(ok).toBe(true);
}

function checkConstraint(c: Constraint, f: string) {
	const run = table.runs.get(c.run);
	expect(run, `constraint '${c.name}' names run ${c.run}, which is not defined`).toBeTruthy();
	const p = play(run!);
	const v = figure(p, f);
	const ok = v !== undefined && compare(v, c.op, c.value);
	if (!ok)
		expect.fail(
			[
				'',
				`CONSTRAINT${c.name ? ` “${c.name}”` : ''} (${c.file}):`,
				`  expected ${c.run} ${f} ${OP_TEXT[c.op]} ${show(c.value)}, got ${show(v)}`,
				c.why ? `  why: ${c.why}` : '',
				describe(p),
				''
			].join('\n')
		);
	expect(ok).toBe(true);
}

group('assessment table (issue 11)', () => {
	it('the run files are well-formed (ids, times, replies, 280-character posts, figures)', () => {
		expect(table.problems).toEqual([]);
	});

	it('has at least 40 runs and covers every shipped scenario', () => {
		const shipped = readdirSync('scenarios')
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => f.replace(/\.yaml$/, ''));
		const covered = new Set([...table.runs.values()].map((r) => r.scenario.id));
		expect(table.runs.size).toBeGreaterThanOrEqual(40);
		expect(shipped.filter((s) => !covered.has(s))).toEqual([]);
	});

	const files = [...new Set([...table.orderings, ...table.constraints].map((x) => x.file))];
	for (const file of files) {
		group(file, () => {
			const scenario = [...table.runs.values()].find((r) => r.file === file)?.scenario;
			for (const o of table.orderings.filter((x) => x.file === file))
				for (const f0 of o.figures)
					for (const f of expand(f0, scenario))
						for (let i = 0; i + 1 < o.chain.length; i++)
							// `pending`: known to fail until the named work lands; it.fails turns red the day it passes,
							// so the marker cannot outlive the fix
							(o.pending ? it.fails : it)(
								`${o.name}: ${o.chain[i].split('#')[1]} > ${o.chain[i + 1].split('#')[1]} on ${f}${o.pending ? ` (pending: ${o.pending})` : ''}`,
								() => checkPair(o, f, o.chain[i], o.chain[i + 1])
							);
			for (const c of table.constraints.filter((x) => x.file === file))
				for (const f of expand(c.figure, scenario))
					(c.pending ? it.fails : it)(
						`${c.name ? `${c.name}: ` : ''}${c.run.split('#')[1]} ${f} ${OP_TEXT[c.op]} ${show(c.value)}${c.pending ? ` (pending: ${c.pending})` : ''}`,
						() => checkConstraint(c, f)
					);
		});
	}
});

group('assessment table loader', () => {
	it('names each authoring mistake with its file and run instead of testing a wrong run', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ddsim-assess-'));
		try {
			const long = 'Our consulate is open. '.repeat(14);
			writeFileSync(
				join(dir, 'bad.yaml'),
				[
					'scenario: quake-consulate-rumour',
					'runs:',
					'  a:',
					'    steps:',
					'      - { at: "00:30", text: "hello", reply_to: no-such-event }',
					`      - { at: "00:40", text: "${long}" }`,
					'      - { at: "00:41", delete: p9 }',
					'      - { at: "00:42", id: rumour-video, text: "An id taken by an event." }',
					'      - { at: soon, text: "When?" }',
					'  b: { base: nowhere }',
					'orderings:',
					'  - { name: o, figures: [objective:nope, "bogus"], chain: [a, ghost] }',
					'constraints:',
					'  - { run: a, figure: rating, at_most: 0.5 }',
					'  - { run: a, figure: overall }'
				].join('\n')
			);
			const problems = loadTable(dir).problems.join('\n');
			for (const expected of [
				"reply_to 'no-such-event' is no event",
				'has 321 characters; quake-consulate-rumour allows 280',
				"delete 'p9' before that post exists",
				"post id 'rumour-video' is also an event id",
				'"at" must be a time',
				"run 'nowhere' is not defined",
				'unknown run bad#ghost',
				"has no objective 'nope'",
				"figure 'bogus' is not",
				'must be compared with a rating (P/S/M/U), not 0.5',
				'give one of equals'
			])
				expect(problems).toContain(expected);
			writeFileSync(join(dir, 'bad.yaml'), 'runs: [unclosed');
			expect(loadTable(dir).problems.join('\n')).toContain('bad.yaml: not valid YAML');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
