/**
 * What a trainee may know, as a projection of the scenario and of their world (boardgame.io's "player view"):
 * built on the server and the only thing an academy trainee's browser receives. It carries the briefing, the
 * items published in their own world so far, their own posts (text only) and the public signals; never the
 * rubric, the embedded tests, the facts (confidential or not), the claims' truth or `refuted_by`, personas'
 * audiences, or any event that has not been published to them (future, conditional or contingency events).
 *
 * Solo practice uses the same projection in the browser, so one exercise screen shows both.
 */
import type { LocalClock, Scenario, Seconds } from '../scenario/types.ts';
import { colleagues } from '../core/actions.ts';
import type { SessionState } from '../core/state.ts';
import type { FeedItem } from '../core/types.ts';
import type { Clock } from '../core/clock.ts';
import type { DraftView, ExerciseStatus } from './events.ts';

/** The briefing: the situation before the clock starts, the account, the objectives. */
export interface BriefingView {
	id: string;
	title: string;
	summary: string;
	duration: Seconds;
	role: string;
	government: string;
	briefing: string;
	objectives: { id: string; text: string }[];
	sources: string[];
	account: {
		displayName: string;
		handle: string;
		followers: number;
		verified: boolean;
		platformLabel: string;
		charLimit?: number;
	};
	/** Exam mode: no live coach hints (the debrief shows what they would have said). */
	exam: boolean;
	/** The scenario's local clock, when it sets one (timestamps show local time). */
	localClock?: LocalClock;
	/** Colleagues the trainee can message on the internal channel (ask the consul to confirm a fact). */
	colleagues: { id: string; name: string }[];
}

/** One of the trainee's own posts as they see it (the score stays on the server until the debrief). */
export interface OwnPost {
	id: string;
	t: Seconds;
	text: string;
	replyTo?: string;
	threadOf?: string;
	author?: string;
	deleted?: boolean;
}

/** One scenario minute of the public signals shown beside the timeline. */
export interface SignalSample {
	t: Seconds;
	/** Accounts believing any false claim (all organic audiences). */
	believers: number;
	/** Mean sentiment toward the trainee's government, weighted by audience size (−1…1). */
	sentiment: number;
}

/** The trainee's world as they see it at scenario time `t`. */
export interface WorldView {
	t: Seconds;
	ended: boolean;
	feed: FeedItem[];
	posts: OwnPost[];
	signals: SignalSample[];
	trending: Trend[];
	/** Feed item ids of the questions put to the trainee that no post has answered yet (the engine's list,
	 * which the assessment counts). */
	openQuestions: string[];
	/** The trainee's pinned post. */
	pinned?: string;
}

/** A hashtag as the public sees it: posts in the last minute, and how many believe the claim. */
export interface Trend {
	tag: string;
	volume: number;
	believers: number;
}

/** A change to a WorldView: items and samples appended since a cursor, plus the trainee's own items and the
 * last hour's items (the ones that still change: engagement counts, deletion). */
export interface WorldDelta {
	t: Seconds;
	ended: boolean;
	/** Feed length and signal count the delta continues from. */
	from: { feed: number; signals: number };
	feed: FeedItem[];
	mine: FeedItem[];
	posts: OwnPost[];
	signals: SignalSample[];
	trending: Trend[];
	openQuestions: string[];
	pinned?: string;
}

export function briefingOf(scenario: Scenario, exam: boolean): BriefingView {
	const acct = scenario.trainee.account;
	const platform = scenario.platforms.find((p) => p.id === acct.platform);
	return {
		id: scenario.id,
		title: scenario.title,
		summary: scenario.summary,
		duration: scenario.duration,
		role: scenario.trainee.role,
		government: scenario.trainee.government,
		briefing: scenario.trainee.briefing,
		objectives: scenario.objectives.map((o) => ({ id: o.id, text: o.text })),
		sources: [...scenario.sources],
		account: {
			displayName: acct.displayName,
			handle: acct.handle,
			followers: acct.followers,
			verified: acct.verified,
			platformLabel: platform?.label ?? acct.platform,
			...(platform?.charLimit !== undefined ? { charLimit: platform.charLimit } : {})
		},
		exam,
		...(scenario.localClock ? { localClock: scenario.localClock } : {}),
		colleagues: colleagues(scenario).map((p) => ({ id: p.id, name: p.name }))
	};
}

const VERIFIED_KINDS = new Set(['news', 'official', 'journalist', 'organisation']);
const PROJECTED = new WeakMap<FeedItem, FeedItem>();

/** A feed item without what would tell the trainee more than the item itself: the scripted event id, the
 * claim it carries, the stance, pool and audience the simulation gave it, an adversary move's technique, the
 * facts a reply reveals. Items are never mutated once published (a change is a new object), so the projection
 * of one is computed once. */
export function publicItem(scenario: Scenario, i: FeedItem): FeedItem {
	const hit = PROJECTED.get(i);
	if (hit) return hit;
	const out = project(scenario, i);
	PROJECTED.set(i, out);
	return out;
}

function project(scenario: Scenario, i: FeedItem): FeedItem {
	const author: FeedItem['author'] = { name: i.author.name, kind: i.author.kind };
	if (i.author.handle) author.handle = i.author.handle;
	const persona = i.author.personaId
		? scenario.personas.find((p) => p.id === i.author.personaId)
		: undefined;
	if (
		i.author.kind === 'trainee'
			? scenario.trainee.account.verified
			: VERIFIED_KINDS.has(persona?.kind ?? '')
	)
		author.verified = true;
	if (persona?.kind === 'news') author.news = true;
	const out: FeedItem = {
		id: i.id,
		t: i.t,
		kind: i.kind,
		channel: i.channel,
		author,
		text: i.text,
		counts: { likes: i.counts.likes, shares: i.counts.shares, replies: i.counts.replies }
	};
	if (i.headline !== undefined) out.headline = i.headline;
	if (i.replyTo !== undefined) out.replyTo = i.replyTo;
	if (i.represents !== undefined) out.represents = i.represents;
	if (i.question) out.question = true;
	if (i.deleted) out.deleted = true;
	if (i.quoteOf !== undefined) out.quoteOf = i.quoteOf;
	if (i.repostOf !== undefined) out.repostOf = i.repostOf;
	if (i.media !== undefined) out.media = i.media;
	return out;
}

function ownPosts(s: SessionState): OwnPost[] {
	return s.posts.map((p) => {
		const o: OwnPost = { id: p.id, t: p.t, text: p.text };
		if (p.replyTo !== undefined) o.replyTo = p.replyTo;
		if (p.threadOf !== undefined) o.threadOf = p.threadOf;
		if (p.author !== undefined) o.author = p.author;
		if (p.deleted) o.deleted = true;
		return o;
	});
}

/** Per-minute public signals, aggregated so no claim's truth or audience model is exposed. */
export function signalSamples(scenario: Scenario, s: SessionState, from = 0): SignalSample[] {
	const falseClaims = new Set(scenario.claims.filter((c) => !c.truth).map((c) => c.id));
	const sizes = new Map(scenario.audiences.map((a) => [a.id, a.size]));
	const out: SignalSample[] = [];
	for (let i = from; i < s.metrics.length; i++) {
		const m = s.metrics[i];
		let believers = 0;
		for (const c of m.claims) if (falseClaims.has(c.claim)) believers += c.believers;
		let total = 0;
		let weighted = 0;
		for (const a of m.audiences) {
			const size = sizes.get(a.audience) ?? 0;
			total += size;
			weighted += a.sentiment * size;
		}
		out.push({
			t: m.t,
			believers: Math.round(believers),
			sentiment: total ? Math.round((weighted / total) * 1000) / 1000 : 0
		});
	}
	return out;
}

/** Hashtags circulating (false and true claims alike, as the public sees them): posts in the last minute, and
 * how many believe the claim ("no longer rising · 12,400 believe it"). */
export function trendingOf(scenario: Scenario, s: SessionState): Trend[] {
	const last = s.metrics.at(-1);
	if (!last) return [];
	const volume = new Map<string, number>();
	const believers = new Map<string, number>();
	for (const c of last.claims) {
		volume.set(c.claim, (volume.get(c.claim) ?? 0) + c.volume);
		believers.set(c.claim, (believers.get(c.claim) ?? 0) + c.believers);
	}
	return scenario.claims
		.filter((c) => c.hashtag && ((volume.get(c.id) ?? 0) > 0 || (believers.get(c.id) ?? 0) >= 1))
		.map((c) => ({
			tag: c.hashtag!,
			volume: Math.round(volume.get(c.id) ?? 0),
			believers: Math.round(believers.get(c.id) ?? 0)
		}))
		.sort((a, b) => b.volume - a.volume || b.believers - a.believers || a.tag.localeCompare(b.tag));
}

function openQuestions(s: SessionState): string[] {
	return (s.questions ?? []).filter((q) => !q.answeredBy).map((q) => q.itemId);
}

/** The whole view of a world. */
export function worldView(scenario: Scenario, s: SessionState): WorldView {
	return {
		t: s.t,
		ended: s.ended,
		feed: s.feed.map((i) => publicItem(scenario, i)),
		posts: ownPosts(s),
		signals: signalSamples(scenario, s),
		trending: trendingOf(scenario, s),
		openQuestions: openQuestions(s),
		...(s.pinned ? { pinned: s.pinned.postId } : {})
	};
}

/** What a client already has: its feed length and signal samples, and optionally a mark per feed item
 * (`feedMarks`) so that exactly the items whose counts or deletion changed are sent again. */
export interface ViewPosition {
	feed: number;
	signals: number;
	marks?: readonly string[];
}

const markOf = (i: FeedItem) =>
	`${i.counts.likes}/${i.counts.shares}/${i.counts.replies}${i.deleted ? '/x' : ''}`;

/** The marks of a world's feed, to keep beside a sent view (see `ViewPosition`). */
export function feedMarks(s: SessionState): string[] {
	return s.feed.map(markOf);
}

/** What changed since a view at `from`. Without marks (a page that has just loaded), every earlier item is
 * sent again, once: the stream keeps marks from then on. */
export function worldDelta(scenario: Scenario, s: SessionState, from: ViewPosition): WorldDelta {
	const f = Math.min(from.feed, s.feed.length);
	const g = Math.min(from.signals, s.metrics.length);
	const marks = from.marks;
	const changed = (i: FeedItem, at: number) => !marks || marks[at] !== markOf(i);
	return {
		t: s.t,
		ended: s.ended,
		from: { feed: f, signals: g },
		feed: s.feed.slice(f).map((i) => publicItem(scenario, i)),
		mine: s.feed
			.slice(0, f)
			.filter(changed)
			.map((i) => publicItem(scenario, i)),
		posts: ownPosts(s),
		signals: signalSamples(scenario, s, g),
		trending: trendingOf(scenario, s),
		openQuestions: openQuestions(s),
		...(s.pinned ? { pinned: s.pinned.postId } : {})
	};
}

/** Apply a delta to a view (the browser side). A delta that does not continue this view is refused. */
export function applyDelta(v: WorldView, d: WorldDelta): WorldView | undefined {
	if (d.from.feed > v.feed.length || d.from.signals > v.signals.length) return undefined;
	const mine = new Map(d.mine.map((i) => [i.id, i]));
	const feed = v.feed.slice(0, d.from.feed).map((i) => mine.get(i.id) ?? i);
	return {
		t: d.t,
		ended: d.ended,
		feed: [...feed, ...d.feed],
		posts: d.posts,
		signals: [...v.signals.slice(0, d.from.signals), ...d.signals],
		trending: d.trending,
		openQuestions: d.openQuestions,
		...(d.pinned ? { pinned: d.pinned } : {})
	};
}

/** What an academy trainee's page starts from (built by the server, src/lib/server/academy/views.ts). */
export interface TraineeInit {
	exerciseId: string;
	title: string;
	briefing: BriefingView;
	world: WorldView;
	/** The view's position, for the stream to continue from. */
	cursor: { feed: number; signals: number };
	lastSeq: number;
	clock: Clock;
	status: ExerciseStatus;
	serverNow: number;
	clearance: boolean;
	isLead: boolean;
	team?: { name: string; members: { name: string; lead: boolean }[] };
	drafts: DraftView[];
}

/** The messages of an academy trainee's live stream. */
export type TraineeMessage =
	| { type: 'problem'; message: string }
	| { type: 'clock'; seq: number; status: ExerciseStatus; clock: Clock }
	| { type: 'settings'; seq: number; exam: boolean }
	| { type: 'draft'; seq: number; draft: DraftView }
	| { type: 'view'; seq: number; delta: WorldDelta }
	| {
			type: 'reset';
			seq: number;
			status: ExerciseStatus;
			clock: Clock;
			view: WorldView;
			drafts: DraftView[];
	  };
