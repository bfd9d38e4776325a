/**
 * The exercise timeline as a platform shows it: public items (the feed and the news wire) grouped into
 * threads (a post and the replies under it, however deep, flattened under the root), newest activity first,
 * filtered (all / mentions / my posts / news) and cut into pages so the page stays small at the end of a long
 * run. Pure: the component renders what this returns.
 */
import type { FeedItem } from '$lib/core/types';

/** What the timeline reads: the trainee's view of the feed (src/lib/academy/trainee-view.ts), the pinned post,
 * and the account's handle (for mentions). */
export interface TimelineSource {
	feed: FeedItem[];
	pinned?: string;
	handle: string;
}

export type TimelineFilter = 'all' | 'mentions' | 'mine' | 'news';

export const FILTERS: { id: TimelineFilter; label: string }[] = [
	{ id: 'all', label: 'All' },
	{ id: 'mentions', label: 'Mentions' },
	{ id: 'mine', label: 'My posts' },
	{ id: 'news', label: 'News' }
];

export interface Thread {
	root: FeedItem;
	replies: FeedItem[];
	/** Latest activity (root or reply) — the thread's place in the timeline. */
	last: number;
	pinned: boolean;
}

export interface TimelineView {
	threads: Thread[];
	/** Threads matching the filter (before the page limit). */
	total: number;
	/** Threads per filter, for the tab labels. */
	counts: Record<TimelineFilter, number>;
}

const isPublic = (f: FeedItem) => f.channel === 'feed' || f.channel === 'news';

const isNews = (f: FeedItem) => f.channel === 'news' || f.author.news === true;

/** Group the public feed into threads (replies under their root). */
export function threads(s: Pick<TimelineSource, 'feed' | 'pinned'>): Thread[] {
	const byId = new Map<string, FeedItem>();
	for (const f of s.feed) if (isPublic(f)) byId.set(f.id, f);
	const rootOf = (f: FeedItem): FeedItem => {
		let cur = f;
		for (let i = 0; i < 50 && cur.replyTo && byId.has(cur.replyTo); i++)
			cur = byId.get(cur.replyTo)!;
		return cur;
	};
	const map = new Map<string, Thread>();
	for (const f of s.feed) {
		if (!isPublic(f)) continue;
		const root = rootOf(f);
		let th = map.get(root.id);
		if (!th) {
			th = { root, replies: [], last: root.t, pinned: s.pinned === root.id };
			map.set(root.id, th);
		}
		if (f !== root) {
			th.replies.push(f);
			th.last = Math.max(th.last, f.t);
		}
	}
	return [...map.values()].sort(
		(a, b) => b.last - a.last || b.root.t - a.root.t || b.root.id.localeCompare(a.root.id)
	);
}

/** Whether an item's text names the handle (lower case), once per item: items are never mutated once
 * published (a change is a new object), and the timeline asks again on every frame of a live run. */
const NAMES = new Map<string, WeakMap<FeedItem, boolean>>();
export function mentionsHandle(f: FeedItem, handle: string): boolean {
	let seen = NAMES.get(handle);
	if (!seen) {
		if (NAMES.size > 8) NAMES.clear();
		NAMES.set(handle, (seen = new WeakMap()));
	}
	let hit = seen.get(f);
	if (hit === undefined) seen.set(f, (hit = f.text.toLowerCase().includes(handle)));
	return hit;
}

const mentions = (f: FeedItem, handle: string, own: Set<string>) =>
	f.kind !== 'trainee' &&
	(f.question ||
		mentionsHandle(f, handle) ||
		(f.replyTo !== undefined && own.has(f.replyTo)) ||
		(f.quoteOf !== undefined && own.has(f.quoteOf)));

export function timeline(s: TimelineSource, filter: TimelineFilter, limit: number): TimelineView {
	const all = threads(s);
	const own = new Set<string>();
	for (const f of s.feed) if (f.kind === 'trainee') own.add(f.id);
	const handle = s.handle.toLowerCase();
	const counts = { all: 0, mentions: 0, mine: 0, news: 0 } as Record<TimelineFilter, number>;
	const picked: Thread[] = [];
	// One pass over the threads; each filter's test reads every item of a thread at most once.
	for (const th of all) {
		const is: Record<TimelineFilter, boolean> = {
			all: true,
			mine: th.root.kind === 'trainee' || th.replies.some((f) => f.kind === 'trainee'),
			news: isNews(th.root),
			mentions: mentions(th.root, handle, own) || th.replies.some((f) => mentions(f, handle, own))
		};
		for (const { id } of FILTERS)
			if (is[id]) {
				counts[id]++;
				if (id === filter) picked.push(th);
			}
	}
	// In "My posts" the pinned post leads, as on a profile.
	if (filter === 'mine') picked.sort((a, b) => Number(b.pinned) - Number(a.pinned));
	return { threads: picked.slice(0, limit), total: picked.length, counts };
}
