/**
 * The scripted-posts file shared by `ddsim run` and `ddsim score`: a YAML list (optionally under `posts:`) of
 * `{ at: "00:45", text: "…", reply_to?: <event id> }`. Errors are values with the post's number.
 */
import { parse } from 'yaml';
import type { Scenario } from '../scenario/types.ts';
import { parseTime } from '../scenario/time.ts';

export interface ScriptedPost {
	at: number;
	text: string;
	replyTo?: string;
}

export function readPostsFile(
	source: string,
	scenario: Scenario
): { posts: ScriptedPost[]; errors: string[] } {
	let raw: unknown;
	try {
		raw = parse(source);
	} catch (e) {
		return { posts: [], errors: [(e as Error).message] };
	}
	const list = Array.isArray(raw) ? raw : (raw as { posts?: unknown } | null)?.posts;
	if (!Array.isArray(list))
		return { posts: [], errors: ['expected a list of posts (or a "posts:" list)'] };
	const posts: ScriptedPost[] = [];
	const errors: string[] = [];
	list.forEach((p: { at?: unknown; text?: unknown; reply_to?: unknown } | null, i: number) => {
		const at = parseTime(String(p?.at ?? ''));
		if (at === undefined || typeof p?.text !== 'string') {
			errors.push(`post ${i + 1} needs "at" (e.g. 00:45) and "text"`);
			return;
		}
		if (at > scenario.duration) {
			errors.push(`post ${i + 1} is at ${String(p.at)}, after the scenario ends`);
			return;
		}
		if (p.reply_to !== undefined && !scenario.events.some((e) => e.id === p.reply_to)) {
			errors.push(`post ${i + 1} replies to unknown event '${String(p.reply_to)}'`);
			return;
		}
		posts.push({
			at,
			text: p.text,
			...(p.reply_to !== undefined ? { replyTo: String(p.reply_to) } : {})
		});
	});
	posts.sort((a, b) => a.at - b.at);
	return { posts, errors };
}
