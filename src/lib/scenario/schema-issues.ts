/**
 * Turns zod issues from the raw schema into SC2xx diagnostics placed at the right key or value, with
 * "did you mean" for unknown keys and enum values.
 */
import type { z } from 'zod';
import type { Code } from './codes.ts';
import type { Reporter } from './report.ts';
import { ID_PATTERN, PATTERN_HINTS, rawScenarioSchema } from './schema.ts';
import { suggest } from './suggest.ts';
import { TIME_PATTERN } from './time.ts';
import type { PathSeg } from './yaml-positions.ts';
import { dict } from '../dict.ts';

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

function unwrap(s: AnySchema | undefined): AnySchema | undefined {
	let cur = s;
	for (let i = 0; cur && i < 10; i++) {
		const d = cur._zod.def;
		if (
			d.type === 'optional' ||
			d.type === 'default' ||
			d.type === 'nullable' ||
			d.type === 'prefault'
		)
			cur = d.innerType as AnySchema;
		else if (d.type === 'pipe') cur = d.in as AnySchema;
		else return cur;
	}
	return cur;
}

/** The (unwrapped) schema node that describes the value at `path`. */
export function schemaAt(path: readonly PathSeg[]): AnySchema | undefined {
	let cur = unwrap(rawScenarioSchema as unknown as AnySchema);
	for (const seg of path) {
		if (!cur) return undefined;
		const d = cur._zod.def;
		if (d.type === 'object') cur = unwrap((d.shape as Record<string, AnySchema>)[String(seg)]);
		else if (d.type === 'array') cur = unwrap(d.element as AnySchema);
		else if (d.type === 'record') cur = unwrap(d.valueType as AnySchema);
		else return undefined;
	}
	return cur;
}

function keysAt(path: readonly PathSeg[]): string[] {
	const s = schemaAt(path);
	return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : [];
}

function patternsOf(s: AnySchema | undefined): string[] {
	const checks =
		(s?._zod.def.checks as { _zod?: { def?: { pattern?: RegExp } } }[] | undefined) ?? [];
	return checks
		.map((c) => c._zod?.def?.pattern)
		.filter((p): p is RegExp => p instanceof RegExp)
		.map(String);
}

function valueAt(root: unknown, path: readonly PathSeg[]): { exists: boolean; value: unknown } {
	let cur: unknown = root;
	for (const seg of path) {
		if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg))
			return { exists: false, value: undefined };
		cur = (cur as Record<string, unknown>)[seg as string];
	}
	return { exists: true, value: cur };
}

function describe(v: unknown): string {
	if (v === null) return 'null (an empty value)';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a mapping';
	if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
	return `${typeof v} ${String(v)}`;
}

const EXPECTED: Readonly<Record<string, string>> = dict({
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping (key: value)',
	record: 'a mapping (key: value)'
});

function keyName(path: readonly PathSeg[]): string {
	const last = path[path.length - 1];
	return typeof last === 'number'
		? `item ${last + 1}`
		: last === undefined
			? 'the document'
			: `'${last}'`;
}

export function reportSchemaIssues(
	issues: readonly z.core.$ZodIssue[],
	raw: unknown,
	r: Reporter
): void {
	// a misspelt key (titel) also makes its correct form (title) missing: report only the misspelling
	const covered = new Set<string>();
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = keysAt(issue.path as PathSeg[]);
		for (const k of issue.keys) {
			const s = suggest(k, known);
			if (s !== undefined) covered.add(JSON.stringify([...issue.path, s]));
		}
	}
	for (const issue of issues) {
		const path = issue.path.filter(
			(p): p is PathSeg => typeof p === 'string' || typeof p === 'number'
		);
		const where = keyName(path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = keysAt(path);
				for (const k of issue.keys) {
					const s = suggest(k, known);
					r.at(
						'SC201',
						[...path, k],
						`unknown key '${k}'${path.length ? ` in ${pathLabel(path)}` : ''}`,
						{ target: 'key', suggestion: s }
					);
				}
				break;
			}
			case 'invalid_type': {
				const { exists, value } = valueAt(raw, path);
				if (!exists || value === undefined) {
					if (covered.has(JSON.stringify(path))) break;
					if (path[path.length - 1] === 'format')
						r.at(
							'SC208',
							path,
							`missing 'format: ddsim/scenario@1' (the first line of every scenario)`
						);
					else
						r.at(
							'SC203',
							path,
							`missing required key ${where}${path.length > 1 ? ` in ${pathLabel(path.slice(0, -1))}` : ''}`
						);
					break;
				}
				const isTime = patternsOf(schemaAt(path)).includes(String(TIME_PATTERN));
				const expected = isTime
					? 'a time such as 01:10 or a duration such as 45m'
					: (EXPECTED[issue.expected] ?? issue.expected);
				r.at(
					'SC202',
					path,
					`${where} should be ${expected}, not ${typeof value === 'string' ? 'the text ' : ''}${describe(value)}`
				);
				break;
			}
			case 'invalid_value': {
				const { value } = valueAt(raw, path);
				if (path.length === 1 && path[0] === 'format') {
					r.at(
						'SC208',
						path,
						`unsupported format ${describe(value)}: this version of ddsim reads 'ddsim/scenario@1'`
					);
					break;
				}
				const options = issue.values.map(String);
				if (issue.values.length === 1 && issue.values[0] === true) {
					r.at('SC205', path, `${where} can only be 'true' (leave the rule out to switch it off)`);
					break;
				}
				if (typeof value === 'boolean' && options.includes(String(value))) {
					r.at(
						'SC205',
						path,
						`${where} is the yes/no value ${value}; write it in quotes: "${value}"`
					);
					break;
				}
				const s = typeof value === 'string' ? suggest(value, options) : undefined;
				r.at(
					'SC205',
					path,
					`${where} is ${describe(value)}; expected one of: ${options.join(', ')}`,
					{ suggestion: s }
				);
				break;
			}
			case 'too_small':
			case 'too_big': {
				const { value } = valueAt(raw, path);
				if (issue.origin === 'number' || issue.origin === 'bigint') {
					const bound = 'minimum' in issue ? issue.minimum : issue.maximum;
					const cmp =
						issue.code === 'too_small'
							? issue.inclusive
								? 'at least'
								: 'more than'
							: issue.inclusive
								? 'at most'
								: 'less than';
					r.at('SC206', path, `${where} is ${String(value)}; it must be ${cmp} ${String(bound)}`);
				} else if (issue.code === 'too_small') {
					r.at('SC210', path, `${where} must not be empty`);
				} else {
					r.at('SC206', path, `${where} is too long (${issue.message})`);
				}
				break;
			}
			case 'not_multiple_of':
				r.at('SC206', path, `${where} ${issue.message}`);
				break;
			case 'invalid_format': {
				const { value } = valueAt(raw, path);
				const hint =
					'pattern' in issue && typeof issue.pattern === 'string'
						? PATTERN_HINTS[issue.pattern]
						: undefined;
				const code: Code = hint?.code ?? 'SC209';
				const what = code === 'SC204' ? 'not a valid time' : 'malformed';
				r.at(
					code,
					path,
					`${where} is ${describe(value)}, which is ${what}: ${hint?.hint ?? issue.message}`
				);
				break;
			}
			case 'invalid_key': {
				const k = path[path.length - 1];
				r.at(
					'SC209',
					path,
					`key '${String(k)}' in ${pathLabel(path.slice(0, -1))} is not a valid id: ${PATTERN_HINTS[String(ID_PATTERN)].hint}`,
					{ target: 'key' }
				);
				break;
			}
			default:
				r.at('SC202', path, `${where}: ${issue.message}`);
		}
	}
}

function pathLabel(path: readonly PathSeg[]): string {
	if (path.length === 0) return 'the document';
	let out = '';
	for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
	return `'${out}'`;
}
