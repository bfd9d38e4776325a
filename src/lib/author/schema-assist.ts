/**
 * Completion and hover for the scenario editor, driven by the JSON Schema of the format (the same zod source as
 * the validator) and by the names the document defines: keys that fit where the cursor is (with their
 * descriptions), allowed values, and the ids of personas, facts, claims, events … where a reference is expected.
 */
import { parse } from 'yaml';
import { yamlContext, type Seg } from './yaml-context.ts';

type Json = Record<string, unknown>;

export interface Suggestion {
	label: string;
	kind: 'key' | 'value' | 'name';
	detail?: string;
	info?: string;
	/** What to insert (a key gets ": "). */
	apply: string;
}

/** Descriptions for keys the schema leaves undescribed (short, for hover and completion). */
const KEY_DOCS: Record<string, string> = {
	format: 'Always ddsim/scenario@1.',
	id: 'A short name used to refer to this item: letters, digits, - and _.',
	title: 'The title shown in the library.',
	summary: 'One paragraph shown in the library and the briefing.',
	duration: 'Length of the exercise, e.g. 3h or 02:30.',
	text: 'The text as the trainee sees it.',
	channel:
		'Where the inject appears: feed (public social feed), news (wire), dm (private message to the trainee) or internal (a cable from colleagues).',
	headline: 'A headline, for news items.',
	kind: 'What sort of thing this is (see the allowed values).',
	name: 'The name as shown, e.g. "Lena Ortiz, Arcadia Daily".',
	handle: 'The account handle: @ and up to 30 letters, digits or _.',
	truth: 'true for a true claim, false for mis- or disinformation.',
	question: 'true when the inject asks the trainee something that should be answered.',
	tragedy: 'true when the inject reports suffering: humour and emoji become faux pas.',
	troll: 'true when the inject is bait that should not be answered.',
	contingency: 'true for an inject that fires only when exercise control sends it.',
	spreads:
		'This inject spreads a claim through the audiences (and boosts by coordinated accounts).',
	when: 'A condition: the inject fires only if it holds, e.g. not corrected(turned-away).',
	learning_objectives: 'What the trainee should learn; rubric rules and events link to their ids.',
	trainee: "The trainee's role, government, account and briefing.",
	platforms: 'The simulated platforms, keyed by id.',
	names: 'Names, titles and places the trainee must get right (and known wrong forms).',
	facts: 'What is true, when the trainee can know it, and whether it is confidential.',
	claims: 'True and false claims that circulate; false ones can be corrected by facts.',
	personas: 'The people and accounts who send injects, keyed by id.',
	audiences: 'The simulated publics: size, stance, susceptibility, trust.',
	events: 'The injects, in any order; each has a time and a text.',
	reactions: 'Replies the simulated public posts, by audience and stance.',
	rubric: 'How posts are scored: timing windows, key messages, faux pas to avoid, tone.',
	tests: 'Scripted runs with expected scores: ddsim validate --test checks them.',
	window: 'Ideal, acceptable and late times after the event that starts the clock.',
	must_include: 'Key messages a post must carry.',
	must_avoid: 'Faux pas: one rule per entry.'
};

/** Keys whose values are names defined elsewhere in the document. */
function refKind(path: Seg[], key: string): keyof Names | undefined {
	if (key === 'from') return path.includes('timing') ? 'events' : 'personas';
	if (key === 'claim' || key === 'repeat_claim') return 'claims';
	if (key === 'reveals' || key === 'refuted_by' || key === 'blame_before') return 'facts';
	if (key === 'audience' || key === 'audiences') return 'audiences';
	if (key === 'objective' || key === 'objectives') return 'objectives';
	if (key === 'after' || key === 'reply_to') return 'events';
	if (key === 'platform') return 'platforms';
	return undefined;
}

interface Names {
	personas: string[];
	claims: string[];
	facts: string[];
	audiences: string[];
	objectives: string[];
	events: string[];
	platforms: string[];
}

export function documentNames(text: string): Names {
	let doc: Json = {};
	try {
		const d = parse(text, { uniqueKeys: false, maxAliasCount: 100 });
		if (d && typeof d === 'object' && !Array.isArray(d)) doc = d as Json;
	} catch {
		/* half-written: no names */
	}
	const ids = (v: unknown) =>
		Array.isArray(v)
			? v.flatMap((x) =>
					x && typeof x === 'object' && typeof (x as Json).id === 'string'
						? [(x as Json).id as string]
						: []
				)
			: [];
	const keys = (v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
	return {
		personas: keys(doc.personas),
		claims: ids(doc.claims),
		facts: ids(doc.facts),
		audiences: ids(doc.audiences),
		objectives: ids(doc.learning_objectives),
		events: ids(doc.events),
		platforms: keys(doc.platforms)
	};
}

function resolve(s: unknown): Json | undefined {
	if (!s || typeof s !== 'object') return undefined;
	const j = s as Json;
	for (const k of ['anyOf', 'oneOf', 'allOf']) {
		const list = j[k] as Json[] | undefined;
		if (Array.isArray(list))
			return resolve(list.find((x) => x.type === 'object' || x.properties) ?? list[0]);
	}
	return j;
}

/** The schema of the value at `path` ('[]' = a list item; any other key of a record = its entries). */
export function schemaAt(schema: Json, path: Seg[]): Json | undefined {
	let cur = resolve(schema);
	for (const seg of path) {
		if (!cur) return undefined;
		if (seg === '[]') cur = resolve(cur.items);
		else if (cur.properties && (cur.properties as Json)[seg])
			cur = resolve((cur.properties as Json)[seg]);
		else if (cur.additionalProperties && typeof cur.additionalProperties === 'object')
			cur = resolve(cur.additionalProperties);
		else return undefined;
	}
	return cur;
}

function typeText(s: Json): string {
	if (Array.isArray(s.enum)) return (s.enum as unknown[]).join(' | ');
	if (s.const !== undefined) return String(s.const);
	if (s.type === 'array') return 'list';
	if (s.type === 'object') return 'mapping';
	return String(s.type ?? '');
}

function describeKey(key: string, s: Json | undefined): string {
	const parts = [s?.description ? String(s.description) : (KEY_DOCS[key] ?? '')];
	if (s) {
		if (Array.isArray(s.enum)) parts.push(`One of: ${(s.enum as unknown[]).join(', ')}.`);
		if (s.default !== undefined && !(typeof s.default === 'object'))
			parts.push(`Default: ${String(s.default)}.`);
	}
	return parts.filter(Boolean).join(' ');
}

/** What may be typed at `pos`. */
export function suggestions(schema: Json, text: string, pos: number): Suggestion[] {
	const ctx = yamlContext(text, pos);
	if (ctx.mode === 'key') {
		const s = schemaAt(schema, ctx.path);
		const props = (s?.properties ?? {}) as Record<string, Json>;
		const required = new Set((s?.required as string[] | undefined) ?? []);
		return Object.entries(props)
			.filter(([k]) => !ctx.siblings.includes(k))
			.map(([k, v]) => {
				const r = resolve(v) ?? {};
				const nested = r.type === 'object' || r.type === 'array';
				return {
					label: k,
					kind: 'key' as const,
					detail: `${typeText(r)}${required.has(k) ? ' · required' : ''}`,
					info: describeKey(k, r),
					apply: nested ? `${k}:` : `${k}: `
				};
			});
	}
	const key = ctx.key!;
	const s = resolve(schemaAt(schema, [...ctx.path, key]));
	const ref = refKind(ctx.path, key);
	if (ref) {
		const names = documentNames(text)[ref];
		return names.map((n) => ({ label: n, kind: 'name' as const, detail: ref, apply: n }));
	}
	const values = Array.isArray(s?.enum)
		? (s!.enum as unknown[])
		: s?.const !== undefined
			? [s.const]
			: s?.type === 'boolean'
				? [true, false]
				: [];
	return values.map((v) => ({
		label: String(v),
		kind: 'value' as const,
		detail: key,
		apply: String(v)
	}));
}

/** Hover text for the key under `pos`, or undefined. */
export function hoverInfo(
	schema: Json,
	text: string,
	pos: number
): { from: number; to: number; text: string } | undefined {
	const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
	const lineEnd = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
	const line = text.slice(lineStart, lineEnd);
	const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:/.exec(line);
	if (!m) return undefined;
	const from = lineStart + m[1].length;
	const to = from + m[2].length;
	if (pos < from || pos > to) return undefined;
	const ctx = yamlContext(text, from);
	const s = resolve(schemaAt(schema, [...ctx.path, m[2]]));
	if (!s && !KEY_DOCS[m[2]]) return undefined;
	const type = s ? typeText(s) : '';
	return { from, to, text: `${m[2]}${type ? ` (${type})` : ''}: ${describeKey(m[2], s)}`.trim() };
}
