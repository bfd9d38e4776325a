/**
 * The scenario language front-end: YAML text → a typed, compiled `Scenario`, or diagnostics with stable codes
 * (docs/diagnostics.md) and file:line:col positions. `compileScenario` never throws.
 *
 * Phases: size limits (before parsing) → YAML syntax → raw schema (zod, SC2xx) → ids and references (SC3xx)
 * and conditions → compile (times to seconds, defaults, events sorted) → timing/reachability (SC4xx).
 * A phase that finds errors does not hide the next where the document can still be read: references are
 * checked beside schema errors, and schema and references around YAML syntax errors (salvage.ts).
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { CODES, type Code } from './codes.ts';
import { buildScenario } from './compile.ts';
import type { Diagnostic } from './diagnostic.ts';
import {
	blockIndentExceeded,
	countAtKeys,
	flowDepthExceeded,
	MAX_ALIAS_COUNT,
	MAX_DEPTH,
	MAX_EVENTS,
	MAX_INDENT,
	MAX_SOURCE_CHARS,
	MAX_LINES,
	linesExceeded
} from './limits.ts';
import { checkReachability } from './reachability.ts';
import { checkDuplicates, checkReferences, checkShapes, nameSets } from './references.ts';
import { Reporter } from './report.ts';
import { FORMAT_VERSION, rawScenarioSchema } from './schema.ts';
import { reportAroundSyntaxErrors, reportSalvaged } from './salvage.ts';
import { reportSchemaIssues } from './schema-issues.ts';
import type { Scenario } from './types.ts';
import { checkConditions, checkMoveConditions } from './when.ts';
import { checkPlay } from './references-play.ts';
import { organicCount, runWorkBound, STATIC_SHARE, workLimit } from './work.ts';
import { formatTime } from './time.ts';
import { Positions } from './yaml-positions.ts';

export type { Diagnostic, Severity } from './diagnostic.ts';
export type * from './types.ts';
export { SCENARIO_FORMAT } from './types.ts';
export { CODES } from './codes.ts';
export { parseTime, formatTime, TIME_PATTERN } from './time.ts';
export { parseCondition } from './conditions.ts';
export { formatDiagnostic, diagnosticLine, codeFrame } from './format.ts';
export { MAX_EVENTS, MAX_SOURCE_CHARS } from './limits.ts';

export interface CompileResult {
	/** Present iff there is no error-severity diagnostic. */
	scenario?: Scenario;
	/** Sorted by line, then column. */
	diagnostics: Diagnostic[];
}

/** The JSON Schema of the YAML format, generated from the same zod source as the validator. */
export function scenarioJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(rawScenarioSchema, {
		io: 'input',
		target: 'draft-2020-12',
		unrepresentable: 'any'
	}) as Record<string, unknown>;
	return {
		$schema: schema.$schema,
		title: `ddsim scenario (${FORMAT_VERSION})`,
		description:
			'A digital-diplomacy crisis exercise for ddsim. Reference: docs/scenario-format.md',
		...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema'))
	};
}

const YAML_CODES: Partial<Record<string, Code>> = {
	DUPLICATE_KEY: 'SC103',
	MULTIPLE_DOCS: 'SC107',
	RESOURCE_EXHAUSTION: 'SC104'
};

function firstLine(msg: string): string {
	const line = msg.split('\n')[0].trim();
	return line.replace(/ at line \d+, column \d+:?$/, '');
}

function sorted(r: Reporter): Diagnostic[] {
	return r.diagnostics
		.map((d, i) => [d, i] as const)
		.sort((a, b) => a[0].line - b[0].line || a[0].col - b[0].col || a[1] - b[1])
		.map(([d]) => d);
}

function result(r: Reporter, scenario?: Scenario): CompileResult {
	const diagnostics = sorted(r);
	return r.hasErrors || !scenario ? { diagnostics } : { scenario, diagnostics };
}

function compileUnsafe(source: string, file: string, r: Reporter, recover = true): CompileResult {
	if (source.length > MAX_SOURCE_CHARS) {
		r.push(
			'SC101',
			{ line: 1, col: 1 },
			`file is ${(source.length / 1048576).toFixed(1)} MB; the limit is ${MAX_SOURCE_CHARS / 1048576} MB. Split the scenario or remove unused material`
		);
		return result(r);
	}
	const atKeys = countAtKeys(source, MAX_EVENTS * 2);
	if (atKeys > MAX_EVENTS * 2) {
		r.push(
			'SC105',
			{ line: 1, col: 1 },
			`the file has more than ${MAX_EVENTS * 2} timed entries ('at:' keys); a scenario may have at most ${MAX_EVENTS} events`
		);
		return result(r);
	}
	if (linesExceeded(source, MAX_LINES) > 0) {
		r.push(
			'SC101',
			{ line: MAX_LINES + 1, col: 1 },
			`file has more than ${MAX_LINES.toLocaleString('en')} lines; split the scenario or remove unused material`
		);
		return result(r);
	}
	if (reportControlCharacters(source, r)) return result(r);
	const lineCounter = new LineCounter();
	const flow = flowDepthExceeded(source, MAX_DEPTH);
	const block = flow < 0 ? blockIndentExceeded(source, MAX_INDENT) : -1;
	if (flow >= 0 || block >= 0) {
		// positions without parsing: count newlines up to the offset
		const at = flow >= 0 ? flow : block;
		const line = source.slice(0, at).split('\n').length;
		r.push(
			'SC104',
			{ line, col: at - (source.lastIndexOf('\n', at - 1) + 1) + 1 },
			flow >= 0
				? `nesting deeper than ${MAX_DEPTH} levels of [ ] or { }`
				: `indentation wider than ${MAX_INDENT} columns`
		);
		return result(r);
	}
	const doc: Document = parseDocument(source, {
		lineCounter,
		uniqueKeys: true,
		prettyErrors: false,
		keepSourceTokens: false
	});
	const positions = new Positions(lineCounter, source.length);
	const pr = new Reporter(file, source, doc, positions);
	for (const e of doc.errors) {
		const code = YAML_CODES[e.code] ?? 'SC102';
		const msg = code === 'SC103' ? `duplicate key: ${firstLine(e.message)}` : firstLine(e.message);
		pr.push(code, positions.at(e.pos[0], e.pos[1]), msg);
	}
	for (const w of doc.warnings)
		pr.push('SC108', positions.at(w.pos[0], w.pos[1]), firstLine(w.message));
	if (pr.hasErrors) {
		// keep reading: the lines the YAML parser stumbled on are set aside and the rest is checked (issue 15)
		if (recover) reportAroundSyntaxErrors(source, file, pr, compileUnsafe);
		return result(pr);
	}

	let js: unknown;
	try {
		js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (e) {
		let first: { line: number; col: number } = { line: 1, col: 1 };
		visit(doc, {
			Alias(_, node) {
				if (node.range) first = positions.at(node.range[0], node.range[1]);
				return visit.BREAK;
			}
		});
		pr.push(
			'SC104',
			first,
			`the YAML expands too many aliases (*name); the limit is ${MAX_ALIAS_COUNT} (${firstLine((e as Error).message)})`
		);
		return result(pr);
	}
	if (js === null || js === undefined) {
		pr.push(
			'SC106',
			{ line: 1, col: 1 },
			"the file is empty: a scenario starts with 'format: ddsim/scenario@1'"
		);
		return result(pr);
	}
	if (typeof js !== 'object' || Array.isArray(js)) {
		pr.at(
			'SC106',
			[],
			`the file must be a mapping of keys (format:, id:, title: …), not ${Array.isArray(js) ? 'a list' : 'a single value'}`
		);
		return result(pr);
	}
	if (reportReservedKeys(js, pr)) return result(pr);
	const evs = (js as Record<string, unknown>).events;
	if (Array.isArray(evs) && evs.length > MAX_EVENTS) {
		pr.at('SC105', ['events'], `${evs.length} events; a scenario may have at most ${MAX_EVENTS}`, {
			target: 'key'
		});
		return result(pr);
	}

	const parsed = rawScenarioSchema.safeParse(js);
	if (!parsed.success) {
		reportSchemaIssues(parsed.error.issues, js, pr);
		// keep reading: naming and reference mistakes are reported in the same pass (issue 15)
		reportSalvaged(js, pr);
		return result(pr);
	}
	const raw = parsed.data;
	const sets = nameSets(raw);
	checkDuplicates(raw, pr);
	checkShapes(raw, pr);
	checkReferences(raw, sets, pr);
	const conds = checkConditions(raw, sets, pr);
	checkPlay(raw, sets, pr);
	const moveConds = checkMoveConditions(raw, sets, pr);
	if (pr.hasErrors) return result(pr);

	const testLines = raw.tests.map((_, i) => pr.spanOf(['tests', i]).line);
	const { scenario, events } = buildScenario(raw, conds, testLines, moveConds);
	checkReachability(raw, scenario, events, pr);
	checkWork(scenario, pr);
	return result(pr, scenario);
}

/**
 * SC109: control characters (NUL, escape, DEL …) and broken UTF-16 (a lone surrogate) anywhere in the file,
 * comments included. YAML forbids them, and a text that carries one is not what the author sees in an editor.
 * Tabs, line breaks and a byte-order mark at the very start are fine. Returns true when any was found.
 */
function reportControlCharacters(source: string, r: Reporter): boolean {
	const bad =
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|(?<!^)\ufeff/g;
	let n = 0;
	let line = 1;
	let lineStart = 0;
	let scanned = 0;
	for (const m of source.matchAll(bad)) {
		for (
			let i = source.indexOf('\n', scanned);
			i >= 0 && i < m.index;
			i = source.indexOf('\n', i + 1)
		) {
			line++;
			lineStart = i + 1;
		}
		scanned = m.index;
		n++;
		if (n <= 5) {
			const c = m[0].charCodeAt(0);
			const what =
				c >= 0xd800 && c <= 0xdfff
					? `a broken character (lone UTF-16 surrogate U+${c.toString(16).toUpperCase()})`
					: c === 0xfeff
						? 'a byte-order mark (U+FEFF) inside the text'
						: `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}${c === 0 ? ' (NUL)' : ''}`;
			r.push(
				'SC109',
				{ line, col: m.index - lineStart + 1 },
				`${what}; delete it (YAML text may not contain it)`
			);
		}
	}
	if (n > 5)
		r.push(
			'SC109',
			{ line, col: 1 },
			`${n - 5} more control or broken characters after this point`
		);
	return n > 0;
}

/** SC110: a mapping key named '__proto__' (it would be silently dropped or change the object it is in). */
function reportReservedKeys(js: unknown, r: Reporter): boolean {
	let found = 0;
	const walk = (v: unknown, path: (string | number)[]) => {
		if (found >= 20 || v === null || typeof v !== 'object') return;
		if (Array.isArray(v)) {
			v.forEach((x, i) => walk(x, [...path, i]));
			return;
		}
		for (const k of Object.keys(v)) {
			if (k === '__proto__') {
				found++;
				r.at('SC110', [...path, k], `'__proto__' cannot be used as a key; rename it`, {
					target: 'key'
				});
				continue;
			}
			walk((v as Record<string, unknown>)[k], [...path, k]);
		}
	};
	walk(js, []);
	return found > 0;
}

/** SC111: a scenario whose run would use more than its share of the engine's work budget (src/lib/scenario/work.ts). */
function checkWork(s: Scenario, r: Reporter) {
	const need = runWorkBound(s);
	const limit = Math.floor(workLimit(s) * STATIC_SHARE);
	if (need <= limit) return;
	const organic = organicCount(s);
	r.at(
		'SC111',
		['claims'],
		`simulating this scenario would take about ${need.toLocaleString('en')} work units, more than the ${limit.toLocaleString('en')} allowed for its length ` +
			`(${s.claims.length} claims × ${organic} organic audiences, ${s.events.length} events, ${formatTime(s.duration)}); ` +
			'use fewer claims, audiences or events',
		{ target: 'key' }
	);
}

/** Compile a scenario's YAML source. Never throws: every problem is a diagnostic. */
export function compileScenario(source: string, file: string): CompileResult {
	const name = typeof file === 'string' && file ? file : '<scenario>';
	const r = new Reporter(name, typeof source === 'string' ? source : '');
	if (typeof source !== 'string') {
		r.push('SC106', { line: 1, col: 1 }, 'the scenario source is not text');
		return { diagnostics: r.diagnostics };
	}
	try {
		return compileUnsafe(source, name, r);
	} catch (e) {
		const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
		return {
			diagnostics: [
				{
					code: 'SC199',
					severity: CODES.SC199.severity,
					message: `internal compiler error (please report it with the file): ${msg.slice(0, 300)}`,
					file: name,
					line: 1,
					col: 1
				}
			]
		};
	}
}
