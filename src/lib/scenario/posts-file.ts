/**
 * The scripted-posts file shared by `ddsim run` and `ddsim score`: a YAML list (optionally under `posts:`) of
 * `{ at: "00:45", text: "…", reply_to?: <event id>, quote?: <event id> }`, re-posts `{ at, share: <event id> }`,
 * and optional steps `{ at, delete: p2 }` (delete the second post), `{ at, pin: p1 }`,
 * `{ at, message: "…", to: <colleague persona> }` (an internal message) and `{ at, end: true }` (end the run
 * there). Posts and re-posts are numbered p1, p2… in time order. Problems are values: `diagnostics` (with
 * line:col, codes PS1xx syntax, PS2xx shape, PS3xx references, PS4xx timing) and the same messages as plain
 * `errors`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Code } from './codes.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Scenario } from './types.ts';
import { parseTime } from './time.ts';

export interface ScriptedPost {
	at: number;
	/** Empty for a re-post. */
	text: string;
	replyTo?: string;
	/** A quote post of this event's feed item. */
	quoteOf?: string;
	/** A re-post of this event's feed item (or of one of the trainee's posts, pN). */
	share?: string;
}

/** Deletions, pins, internal messages and an early end in a script (posts are numbered p1, p2… in time
 * order). */
export interface ScriptExtras {
	deletes: { at: number; post: string }[];
	pins?: { at: number; post: string }[];
	messages?: { at: number; to: string; text: string }[];
	endAt?: number;
}

export interface PostsFile extends ScriptExtras {
	posts: ScriptedPost[];
	diagnostics: Diagnostic[];
	/** `diagnostics` as plain messages (kept for callers that print them without positions). */
	errors: string[];
}

export function readPostsFile(source: string, scenario: Scenario, file = 'posts.yaml'): PostsFile {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
	const diagnostics: Diagnostic[] = [];
	const report = (code: Code, message: string, offset = 0, path?: string) => {
		const { line, col } = lines.linePos(offset);
		diagnostics.push({
			code,
			severity: 'error',
			message,
			file,
			line,
			col,
			...(path ? { path } : {})
		});
	};
	const deletes: ScriptExtras['deletes'] = [];
	const pins: NonNullable<ScriptExtras['pins']> = [];
	const messages: NonNullable<ScriptExtras['messages']> = [];
	let endAt: number | undefined;
	const done = (posts: ScriptedPost[]): PostsFile => ({
		posts,
		deletes,
		pins,
		messages,
		...(endAt !== undefined ? { endAt } : {}),
		diagnostics,
		errors: diagnostics.map((d) => d.message)
	});
	if (doc.errors.length > 0) {
		const e = doc.errors[0];
		report('PS101', e.message.split('\n')[0], e.pos[0]);
		return done([]);
	}
	const root = doc.contents;
	const list: unknown = isMap(root) ? root.get('posts', true) : root;
	if (!isSeq(list)) {
		report('PS201', 'expected a list of posts (or a "posts:" list)', nodeStart(root));
		return done([]);
	}
	const posts: ScriptedPost[] = [];
	list.items.forEach((item, i) => {
		const where = nodeStart(item as Node);
		const path = `posts[${i}]`;
		const p = (item as Node | null)?.toJSON?.() as
			| {
					at?: unknown;
					text?: unknown;
					reply_to?: unknown;
					quote?: unknown;
					share?: unknown;
					delete?: unknown;
					pin?: unknown;
					message?: unknown;
					to?: unknown;
					end?: unknown;
			  }
			| null
			| undefined;
		const at = parseTime(String(p?.at ?? ''));
		const isEvent = (id: unknown) => scenario.events.some((e) => e.id === id);
		if (at !== undefined && at <= scenario.duration && p?.text === undefined) {
			if (typeof p?.delete === 'string' && /^p\d+$/.test(p.delete)) {
				deletes.push({ at, post: p.delete });
				return;
			}
			if (typeof p?.pin === 'string' && /^p\d+$/.test(p.pin)) {
				pins.push({ at, post: p.pin });
				return;
			}
			if (p?.end === true) {
				endAt = at;
				return;
			}
			if (typeof p?.share === 'string') {
				if (!isEvent(p.share) && !/^p\d+$/.test(p.share)) {
					const msg = `step ${i + 1} shares unknown event '${p.share}'`;
					report('PS301', msg, keyStart(item, 'share', where), `${path}.share`);
					return;
				}
				posts.push({ at, text: '', share: p.share });
				return;
			}
			if (typeof p?.message === 'string' && p.message.trim()) {
				const to = String(p.to ?? '');
				const ok = scenario.personas.some(
					(x) => x.id === to && (x.kind === 'colleague' || x.kind === 'official')
				);
				if (!ok) {
					const msg = `step ${i + 1} messages '${to}', which is not a colleague or official persona`;
					report('PS302', msg, keyStart(item, 'to', where), `${path}.to`);
					return;
				}
				messages.push({ at, to, text: p.message });
				return;
			}
		}
		if (at === undefined || typeof p?.text !== 'string') {
			report(
				'PS201',
				`step ${i + 1} needs "at" (e.g. 00:45) and "text", "share: <event>", "message" with "to", "delete: p<n>", "pin: p<n>" or "end: true"`,
				where,
				path
			);
			return;
		}
		if (at > scenario.duration) {
			const msg = `post ${i + 1} is at ${String(p.at)}, after the scenario ends`;
			report('PS401', msg, keyStart(item, 'at', where), `${path}.at`);
			return;
		}
		if (p.reply_to !== undefined && !isEvent(p.reply_to)) {
			const msg = `post ${i + 1} replies to unknown event '${String(p.reply_to)}'`;
			report('PS301', msg, keyStart(item, 'reply_to', where), `${path}.reply_to`);
			return;
		}
		if (p.quote !== undefined && !isEvent(p.quote)) {
			const msg = `post ${i + 1} quotes unknown event '${String(p.quote)}'`;
			report('PS301', msg, keyStart(item, 'quote', where), `${path}.quote`);
			return;
		}
		posts.push({
			at,
			text: p.text,
			...(p.reply_to !== undefined ? { replyTo: String(p.reply_to) } : {}),
			...(p.quote !== undefined ? { quoteOf: String(p.quote) } : {})
		});
	});
	posts.sort((a, b) => a.at - b.at);
	return done(posts);
}

function nodeStart(node: Node | null | undefined): number {
	return node?.range?.[0] ?? 0;
}

/** Where the value of `key` starts in a post's mapping (for a caret under it), else `fallback`. */
function keyStart(item: unknown, key: string, fallback: number): number {
	if (!isMap(item)) return fallback;
	const value = item.get(key, true) as Node | undefined;
	return value?.range?.[0] ?? fallback;
}
