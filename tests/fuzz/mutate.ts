/**
 * Seeded scenario fuzzing: mutated copies of the shipped scenarios, at two levels.
 * - Text mutations (delete, duplicate or swap lines, truncate, insert control characters or lone surrogates,
 *   replace words) exercise the YAML parser and the diagnostics.
 * - Structural mutations on the parsed document (rename ids to built-in property names such as `constructor`,
 *   tricky scalars, extra keys, duplicated or removed list items, random `when:` conditions, long event
 *   chains, many events, synonyms named `__proto__`) mostly stay valid, so they reach the engine.
 * Every case is a pure function of (seed, index): a failure is reproduced from the two numbers it prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export type Rand = () => number;

/** mulberry32, seeded. */
export function prng(seed: number): Rand {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export const BUILTIN_NAMES = [
	'constructor',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'__proto__',
	'__defineGetter__',
	'isPrototypeOf',
	'prototype',
	'length'
] as const;

const TRICKY_STRINGS = [
	...BUILTIN_NAMES,
	'',
	' ',
	'~',
	'null',
	'true',
	'00:00',
	'99:59',
	'00:75',
	'1h',
	'0s',
	'-5m',
	'1h30m15s',
	'@',
	'#',
	'not posted',
	'fired(constructor)',
	'x'.repeat(300),
	'a\u0000b',
	'\u0001',
	'\u202eevil',
	'\ud800',
	'emoji 😂',
	'{handle} {hashtag} {claim}',
	'{nope}'
];
const TRICKY_NUMBERS = [0, -1, 1, 0.5, 2, 100, 1e9, 1e308, -1e-9, 1.5, 2 ** 53 + 2];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\ufeff', '\ud800', '\udfff'];

export const SHIPPED_DIR = 'scenarios';

export interface Shipped {
	file: string;
	source: string;
	doc: Record<string, unknown>;
}

export function shippedScenarios(dir = SHIPPED_DIR): Shipped[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((file) => {
			const source = readFileSync(join(dir, file), 'utf8');
			return { file, source, doc: parse(source) as Record<string, unknown> };
		});
}

// ---------------------------------------------------------------- text level

function textMutation(r: Rand, src: string): string {
	const lines = src.split('\n');
	const i = int(r, 0, lines.length - 1);
	switch (int(r, 0, 6)) {
		case 0:
			lines.splice(i, 1);
			return lines.join('\n');
		case 1:
			lines.splice(i, 0, lines[i]);
			return lines.join('\n');
		case 2: {
			const j = int(r, 0, lines.length - 1);
			[lines[i], lines[j]] = [lines[j], lines[i]];
			return lines.join('\n');
		}
		case 3:
			return src.slice(0, int(r, 0, src.length));
		case 4: {
			const at = int(r, 0, src.length);
			return src.slice(0, at) + pick(r, CONTROL) + src.slice(at);
		}
		case 5: {
			const words = lines[i].match(/[\w-]+/g);
			if (!words) return src;
			const w = pick(r, words);
			lines[i] = lines[i].replace(w, pick(r, TRICKY_STRINGS));
			return lines.join('\n');
		}
		default: {
			// indentation damage
			lines[i] = (r() < 0.5 ? ' ' : '') + lines[i].replace(/^ /, '');
			return lines.join('\n');
		}
	}
}

// ---------------------------------------------------------------- structure level

type Json = unknown;

/** Every [parent, key] in the document (objects and arrays), for picking a random place to change. */
function slots(doc: Json): [Record<string, Json> | Json[], string | number][] {
	const out: [Record<string, Json> | Json[], string | number][] = [];
	const walk = (v: Json) => {
		if (Array.isArray(v)) {
			v.forEach((x, i) => {
				out.push([v, i]);
				walk(x);
			});
		} else if (v && typeof v === 'object') {
			for (const k of Object.keys(v)) {
				out.push([v as Record<string, Json>, k]);
				walk((v as Record<string, Json>)[k]);
			}
		}
	};
	walk(doc);
	return out;
}

function trickyValue(r: Rand, like: Json): Json {
	const roll = r();
	if (roll < 0.45) return pick(r, TRICKY_STRINGS);
	if (roll < 0.7) return pick(r, TRICKY_NUMBERS);
	if (roll < 0.8) return r() < 0.5;
	if (roll < 0.85) return null;
	if (roll < 0.9) return [];
	if (roll < 0.93) return {};
	return Array.isArray(like) ? [...like, ...like] : like;
}

/** The ids a scenario defines, by kind. */
function idsOf(doc: Record<string, Json>) {
	const list = (k: string) =>
		Array.isArray(doc[k])
			? (doc[k] as Record<string, Json>[]).map((x) => x?.id).filter((x) => typeof x === 'string')
			: [];
	const keys = (k: string) =>
		doc[k] && typeof doc[k] === 'object' ? Object.keys(doc[k] as object) : [];
	return {
		events: list('events') as string[],
		claims: list('claims') as string[],
		facts: list('facts') as string[],
		audiences: list('audiences') as string[],
		objectives: list('learning_objectives') as string[],
		personas: keys('personas'),
		platforms: keys('platforms')
	};
}

/** Rename one id everywhere it appears as a whole word (keeps references consistent). */
function renameId(src: string, from: string, to: string): string {
	const re = new RegExp(`(?<![\\w-])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
	return src.replace(re, to);
}

function randomCondition(r: Rand, ids: ReturnType<typeof idsOf>, depth = 0): string {
	if (depth > 3 || r() < 0.4) {
		const atoms = [
			() => 'posted',
			() =>
				`posted_since(${String(int(r, 0, 3)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')})`,
			() => `mentioned("${pick(r, ['open', 'shelter', 'constructor', '__proto__', 'call'])}")`,
			() => `corrected(${pick(r, ids.claims.length ? ids.claims : ['x'])})`,
			() => `repeated(${pick(r, ids.claims.length ? ids.claims : ['x'])})`,
			() =>
				r() < 0.5
					? 'faux_pas()'
					: `faux_pas(${pick(r, ['emoji-in-tragedy', 'no-comment', 'wrong-name'])})`,
			() => `replied(${pick(r, ids.events)})`,
			() => `fired(${pick(r, ids.events)})`,
			() => pick(r, ['true', 'false'])
		];
		return pick(r, atoms)();
	}
	const op = pick(r, ['and', 'or', 'not']);
	if (op === 'not') return `not ${randomCondition(r, ids, depth + 1)}`;
	return `(${randomCondition(r, ids, depth + 1)} ${op} ${randomCondition(r, ids, depth + 1)})`;
}

function structuralMutation(r: Rand, base: Shipped, heavy: boolean): string {
	const doc = structuredClone(base.doc) as Record<string, Json>;
	const ids = idsOf(doc);
	const list = Array.isArray(doc.events) ? (doc.events as Json[]) : [];
	// the events that are still mappings (an earlier mutation may have replaced some); new ones go to `list`
	const events = list.filter(
		(e): e is Record<string, Json> => !!e && typeof e === 'object' && !Array.isArray(e)
	);
	// 10 and 11 scale a scenario up (thousands of events; many claims × audiences): the long run only
	switch (int(r, 0, heavy ? 11 : 9)) {
		case 0: {
			// an id renamed to a built-in property name, consistently (stays valid)
			const kinds = Object.entries(ids).filter(([, v]) => v.length);
			if (!kinds.length) break;
			const [, list] = pick(r, kinds);
			return renameId(stringify(doc), pick(r, list), pick(r, BUILTIN_NAMES.slice(0, 4)));
		}
		case 1: {
			// a tricky scalar somewhere
			const all = slots(doc);
			const [parent, key] = pick(r, all);
			(parent as Record<string, Json>)[key as string] = trickyValue(
				r,
				(parent as Record<string, Json>)[key as string]
			);
			break;
		}
		case 2: {
			// an extra key (unknown or built-in name) in some mapping
			const maps = slots(doc)
				.map(([p, k]) => (p as Record<string, Json>)[k as string])
				.filter((v) => v && typeof v === 'object' && !Array.isArray(v)) as Record<string, Json>[];
			const m = maps.length ? pick(r, maps) : doc;
			Object.defineProperty(m, pick(r, [...BUILTIN_NAMES, 'extra', 'tpyo']), {
				value: trickyValue(r, undefined),
				enumerable: true,
				configurable: true,
				writable: true
			});
			break;
		}
		case 3: {
			// list surgery: duplicate, drop or reverse a list
			const lists = slots(doc)
				.map(([p, k]) => (p as Record<string, Json>)[k as string])
				.filter(Array.isArray) as Json[][];
			if (!lists.length) break;
			const l = pick(r, lists);
			const op = int(r, 0, 2);
			if (op === 0 && l.length) l.push(structuredClone(pick(r, l)));
			else if (op === 1 && l.length) l.splice(int(r, 0, l.length - 1), 1);
			else l.reverse();
			break;
		}
		case 4: {
			// random conditions on some events
			for (const e of events) if (r() < 0.4) e.when = randomCondition(r, ids);
			break;
		}
		case 5: {
			// many events: copies with fresh ids at random times
			const n = int(r, 20, 400);
			const dur = 3 * 3600;
			for (let i = 0; i < n && events.length; i++) {
				const e = structuredClone(pick(r, events));
				e.id = `fz-${i}`;
				const s = int(r, 0, dur / 60 - 1);
				e.at = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
				delete e.objectives;
				if (r() < 0.3) e.when = randomCondition(r, { ...ids, events: [...ids.events] });
				list.push(e);
			}
			break;
		}
		case 6: {
			// a chain of events, each conditional on the previous one twice (exponential without memoisation)
			const n = int(r, 10, 60);
			const first = events[0];
			if (!first) break;
			for (let i = 0; i < n; i++) {
				const prev = i === 0 ? String(first.id) : `chain-${i - 1}`;
				list.push({
					id: `chain-${i}`,
					at: first.at,
					text: `Chain ${i}`,
					when: `fired(${prev}) or (replied(${prev}) and not fired(${prev}))`
				});
			}
			break;
		}
		case 7: {
			// key-message synonyms and phrases named like built-in properties
			const rubric = doc.rubric as Record<string, Json> | undefined;
			const kms = (
				Array.isArray(rubric?.must_include) ? (rubric.must_include as Json[]) : []
			).filter((k): k is Record<string, Json> => !!k && typeof k === 'object' && !Array.isArray(k));
			if (!kms.length) break;
			const km = pick(r, kms);
			const name = pick(r, BUILTIN_NAMES);
			const syn: Record<string, Json> = {};
			Object.defineProperty(syn, name, {
				value: ['alpha', name],
				enumerable: true,
				configurable: true,
				writable: true
			});
			km.synonyms = syn;
			km.any = [...(Array.isArray(km.any) ? km.any : []), name];
			break;
		}
		case 8: {
			// times: move events and windows around, change the duration
			for (const e of events)
				if (r() < 0.3) e.at = pick(r, ['00:00', '00:01', '02:59', '03:00', '04:00', '1h', '90s']);
			if (r() < 0.3) doc.duration = pick(r, ['1m', '30m', '3h', '12h', '24h', '0s']);
			break;
		}
		case 10: {
			// scale: thousands of events, a long duration
			const n = int(r, 300, 990);
			if (!events.length) break;
			const proto = events.map((e) => structuredClone(e));
			doc.duration = pick(r, ['3h', '12h', '24h']);
			for (let i = 0; i < n; i++) {
				const e = structuredClone(proto[i % proto.length]);
				e.id = `bulk-${i}`;
				const m = int(r, 0, 179);
				e.at = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
				delete e.objectives;
				list.push(e);
			}
			break;
		}
		case 11: {
			// scale: many claims and audiences (the spread model is per claim and audience)
			const claims = Array.isArray(doc.claims) ? (doc.claims as Record<string, Json>[]) : [];
			const auds = Array.isArray(doc.audiences) ? (doc.audiences as Record<string, Json>[]) : [];
			const nc = int(r, 0, 60);
			const na = int(r, 0, 60);
			for (let i = 0; i < nc && claims.length; i++)
				claims.push({ ...structuredClone(claims[i % claims.length]), id: `claim-${i}` });
			for (let i = 0; i < na && auds.length; i++)
				auds.push({ ...structuredClone(auds[i % auds.length]), id: `aud-${i}`, kind: 'organic' });
			break;
		}
		default: {
			// a reactions block keyed by built-in names
			const reactions: Record<string, Json> = {};
			Object.defineProperty(reactions, pick(r, [...BUILTIN_NAMES, '*']), {
				value: { hostile: ['{handle} {hashtag}'], constructor: ['x'] },
				enumerable: true,
				configurable: true,
				writable: true
			});
			doc.reactions = reactions;
		}
	}
	return stringify(doc, { lineWidth: 0 });
}

export interface FuzzCase {
	seed: number;
	index: number;
	base: string;
	source: string;
	/** Posts to play if the case compiles clean (scenario seconds, text). */
	posts: { at: number; text: string; replyTo?: string }[];
}

const POST_TEXTS = [
	'Our thoughts are with everyone affected. Call +00 100 200 300 for help.',
	'Reports that the consulate closed are false: it is open and sheltering 140 people.',
	'lol 😂 no comment',
	'constructor toString __proto__ hasOwnProperty valueOf',
	'We condemn this. #ConsulateShame @VeyraWire',
	'a'.repeat(400),
	'Fake news. Nothing to see.',
	''
];

/** Case `index` of a run seeded with `seed`; `heavy` adds the scale-up mutations (for `npm run fuzz`). */
export function fuzzCase(shipped: Shipped[], seed: number, index: number, heavy = false): FuzzCase {
	const r = prng((seed * 1_000_003 + index) >>> 0);
	const base = pick(r, shipped);
	let source = base.source;
	const steps = int(r, 1, 3);
	for (let s = 0; s < steps; s++) {
		source =
			r() < 0.35
				? textMutation(r, source)
				: structuralMutation(
						r,
						{ ...base, doc: s === 0 ? base.doc : safeParse(source, base.doc) },
						heavy
					);
	}
	const posts = Array.from({ length: int(r, 0, 4) }, () => ({
		at: int(r, 0, 4 * 3600),
		text: pick(r, POST_TEXTS),
		...(r() < 0.3 ? { replyTo: pick(r, ['rumour-video', 'constructor', 'p1', 'quake-news']) } : {})
	})).sort((a, b) => a.at - b.at);
	return { seed, index, base: base.file, source, posts };
}

function safeParse(src: string, fallback: Record<string, unknown>): Record<string, unknown> {
	try {
		const v = parse(src, { maxAliasCount: 100 });
		return v && typeof v === 'object' && !Array.isArray(v)
			? (v as Record<string, unknown>)
			: fallback;
	} catch {
		return fallback;
	}
}
