/**
 * Best-effort reading of a document that failed the schema, so naming and reference mistakes (SC207, SC3xx,
 * conditions) are reported in the same pass as the schema errors instead of only after they are fixed.
 *
 * `salvage` walks the zod schema beside the value: every piece that is valid on its own is kept (with its
 * defaults), every invalid or missing piece becomes `undefined`, and list indices never shift, so paths still
 * point at the right YAML node. The result has the shape of a RawScenario but any field may be missing: only
 * checks that tolerate missing names may run on it (references.ts skips undefined names).
 */
import type { Diagnostic } from './diagnostic.ts';
import type { NameSets } from './references.ts';
import { checkDuplicates, checkReferences } from './references.ts';
import { Reporter } from './report.ts';
import type { RawScenario } from './schema.ts';
import { rawScenarioSchema } from './schema.ts';
import { checkConditions } from './when.ts';
import { dict } from '../dict.ts';

type Def = Record<string, unknown> & { type: string };
type AnySchema = {
	_zod: { def: Def };
	safeParse(v: unknown): { success: boolean; data?: unknown };
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

function walk(schema: AnySchema, value: unknown, depth: number): unknown {
	if (depth > 40) return undefined;
	const def = schema._zod.def;
	switch (def.type) {
		case 'optional':
		case 'nullable':
			return value === undefined ? undefined : walk(def.innerType as AnySchema, value, depth + 1);
		case 'default':
		case 'prefault': {
			if (value === undefined) {
				const r = schema.safeParse(undefined);
				return r.success ? r.data : undefined;
			}
			const inner = walk(def.innerType as AnySchema, value, depth + 1);
			if (inner !== undefined) return inner;
			const r = schema.safeParse(undefined);
			return r.success ? r.data : undefined;
		}
		case 'object': {
			if (!isPlainObject(value)) return undefined;
			const shape = def.shape as Record<string, AnySchema>;
			const out: Record<string, unknown> = {};
			for (const [k, s] of Object.entries(shape)) {
				const v = walk(s, value[k], depth + 1);
				if (v !== undefined) out[k] = v;
			}
			return out;
		}
		case 'array': {
			if (!Array.isArray(value)) return undefined;
			// holes stay holes: indices must keep pointing at the same YAML items
			return value.map((v) => walk(def.element as AnySchema, v, depth + 1));
		}
		case 'record': {
			if (!isPlainObject(value)) return undefined;
			const out: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(value)) {
				const w = walk(def.valueType as AnySchema, v, depth + 1);
				if (w !== undefined) out[k] = w;
			}
			return out;
		}
		default: {
			const r = schema.safeParse(value);
			return r.success ? r.data : undefined;
		}
	}
}

/** The readable part of a document that failed the schema, with list indices kept. */
export function salvage(js: unknown): RawScenario | undefined {
	const out = walk(rawScenarioSchema as unknown as AnySchema, js, 0);
	if (!isPlainObject(out)) return undefined;
	return tolerant(out) as unknown as RawScenario;
}

/** Lists may hold `undefined` where an item was unreadable; give every list item an object so checks that
 * read `item.id` or `item.reveals` do not throw, while names stay undefined (and so are not checked). */
function tolerant(raw: Record<string, unknown>): Record<string, unknown> {
	const fixList = (v: unknown) =>
		Array.isArray(v) ? v.map((x) => withLists(isPlainObject(x) ? x : {})) : [];
	const out: Record<string, unknown> = { ...raw };
	for (const key of ['learning_objectives', 'names', 'facts', 'claims', 'audiences', 'tests'])
		out[key] = fixList(raw[key]);
	out.events = fixList(raw.events);
	out.personas = isPlainObject(raw.personas) ? raw.personas : {};
	out.platforms = isPlainObject(raw.platforms) ? raw.platforms : {};
	out.reactions = isPlainObject(raw.reactions) ? raw.reactions : {};
	const rubric = isPlainObject(raw.rubric) ? raw.rubric : {};
	out.rubric = {
		...rubric,
		timing: fixList(rubric.timing),
		must_include: fixList(rubric.must_include),
		must_avoid: fixList(rubric.must_avoid),
		tone: fixList(rubric.tone),
		...(Array.isArray(rubric.doctrine) ? { doctrine: fixList(rubric.doctrine) } : {})
	};
	const trainee = isPlainObject(raw.trainee) ? raw.trainee : {};
	out.trainee = { ...trainee, account: isPlainObject(trainee.account) ? trainee.account : {} };
	return out;
}

/** Items of lists inside an item (reveals, objectives, refuted_by, posts, boosts …) default to []. */
function withLists(item: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...item };
	for (const k of ['reveals', 'objectives', 'refuted_by', 'posts', 'any', 'all'])
		if (!Array.isArray(out[k])) out[k] = [];
	if (!isPlainObject(out.expect)) out.expect = {};
	if (isPlainObject(out.spreads)) {
		const b = out.spreads.boosts;
		out.spreads = {
			...out.spreads,
			boosts: Array.isArray(b) ? b.map((x) => (isPlainObject(x) ? x : {})) : []
		};
	}
	if (Array.isArray(out.posts)) out.posts = out.posts.map((p) => (isPlainObject(p) ? p : {}));
	return out;
}

/** Names defined in the document, read leniently: an id that is itself malformed (SC209) still counts as
 * defined, so its users are not also reported as unknown. */
function lenientNameSets(js: Record<string, unknown>): NameSets {
	const ids = (v: unknown) =>
		new Set(
			(Array.isArray(v) ? v : [])
				.map((x) => (isPlainObject(x) && typeof x.id === 'string' ? x.id : undefined))
				.filter((x): x is string => x !== undefined)
		);
	const keys = (v: unknown) => new Set(isPlainObject(v) ? Object.keys(v) : []);
	return {
		personas: keys(js.personas),
		claims: ids(js.claims),
		facts: ids(js.facts),
		audiences: ids(js.audiences),
		objectives: ids(js.learning_objectives),
		events: ids(js.events),
		platforms: keys(js.platforms)
	};
}

const DEFINED_BY: Readonly<Record<string, string>> = dict({
	SC301: 'personas',
	SC302: 'claims',
	SC303: 'facts',
	SC304: 'audiences',
	SC305: 'learning_objectives',
	SC306: 'events',
	SC307: 'platforms'
});

/** After schema errors: report duplicate ids, unknown names and condition mistakes in the readable part
 * of the document too, except where a schema error already points (one message per mistake). */
export function reportSalvaged(js: unknown, r: Reporter): void {
	if (!isPlainObject(js)) return;
	const raw = salvage(js);
	if (!raw) return;
	const sink = new Reporter(r.file, r.source, r.doc, r.positions);
	const sets = lenientNameSets(js);
	try {
		checkDuplicates(raw, sink);
		checkReferences(raw, sets, sink);
		checkConditions(raw, sets, sink);
	} catch {
		return; // a supplementary pass: the schema errors already reported stand on their own
	}
	const taken = r.diagnostics.map((d) => d.path).filter((p): p is string => !!p);
	const covered = (p: string | undefined) =>
		p !== undefined && taken.some((t) => p === t || p.startsWith(t + '.') || p.startsWith(t + '['));
	// when the list that defines a kind of name is itself broken, its users are not reported as unknown
	const brokenLists = new Set(
		Object.entries(DEFINED_BY)
			.filter(([, key]) => taken.includes(key))
			.map(([code]) => code)
	);
	for (const d of sink.diagnostics)
		if (!covered(d.path) && !brokenLists.has(d.code)) r.diagnostics.push(d);
}

type Compile = (
	source: string,
	file: string,
	r: Reporter,
	recover?: boolean
) => { diagnostics: Diagnostic[] };

/** Codes worth reporting from a document read around its syntax errors: schema and names, not what the
 * set-aside lines themselves cause (a key they held is "missing") nor timing (the document is incomplete). */
const AROUND_SYNTAX = /^SC(2(0[1245679]|1\d)|3\d\d)$/;

/**
 * After YAML syntax errors: blank the lines the parser stumbled on (up to three rounds, as one error can hide
 * another), and when the rest parses, report its schema and naming mistakes too, at their own lines. Lines are
 * blanked, not removed, so every position stays true.
 */
export function reportAroundSyntaxErrors(
	source: string,
	file: string,
	r: Reporter,
	compile: Compile
): void {
	const lines = source.split('\n');
	const blanked = new Set<number>();
	const errorLines = (ds: Diagnostic[]) =>
		ds.filter((d) => d.severity === 'error' && d.code.startsWith('SC1')).map((d) => d.line);
	let pending = errorLines(r.diagnostics);
	for (let round = 0; round < 3 && pending.length; round++) {
		for (const l of pending) blanked.add(l);
		const text = lines.map((t, i) => (blanked.has(i + 1) ? '' : t)).join('\n');
		const sink = new Reporter(file, text);
		const { diagnostics } = compile(text, file, sink, false);
		pending = errorLines(diagnostics).filter((l) => !blanked.has(l));
		if (errorLines(diagnostics).length === 0) {
			for (const d of diagnostics)
				if (AROUND_SYNTAX.test(d.code) && !blanked.has(d.line)) r.diagnostics.push({ ...d, file });
			return;
		}
	}
}
