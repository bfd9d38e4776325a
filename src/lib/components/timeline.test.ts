/** The timeline view model: threads, filters and pages (what the exercise screen renders). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { replay } from '../core/engine.ts';
import { threads, timeline } from './timeline.ts';
import { identicon } from './avatar.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;
const CORRECTION =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. Call +00 100 200 300.';

describe('timeline', () => {
	const s = replay(S, 1, [
		{ kind: 'post', t: 25 * 60, id: 'p1', text: 'Our thoughts are with everyone in Porto Veyra.' },
		{ kind: 'post', t: 57 * 60, id: 'p2', text: 'Please stop.', replyTo: 'troll-bait' },
		{ kind: 'post', t: 58 * 60, id: 'p3', text: 'Details follow.', replyTo: 'p2' },
		{ kind: 'post', t: 60 * 60, id: 'p4', text: CORRECTION },
		{ kind: 'pin', t: 61 * 60, postId: 'p4' },
		{ kind: 'tick', t: S.duration }
	]).state;
	const src = { feed: s.feed, pinned: s.pinned?.postId, handle: S.trainee.account.handle };

	it('puts replies, however deep, under their root, newest activity first', () => {
		const ths = threads(src);
		const troll = ths.find((t) => t.root.id === 'troll-bait')!;
		expect(troll.replies.map((r) => r.id)).toEqual(expect.arrayContaining(['p2', 'p3']));
		for (let i = 1; i < ths.length; i++)
			expect(ths[i - 1].last).toBeGreaterThanOrEqual(ths[i].last);
		// internal cables are not on the public timeline
		expect(ths.some((t) => t.root.channel === 'internal')).toBe(false);
		// every public item is shown exactly once
		const shown = ths.flatMap((t) => [t.root, ...t.replies].map((f) => f.id));
		expect(new Set(shown).size).toBe(shown.length);
		expect(shown.length).toBe(
			s.feed.filter((f) => f.channel !== 'internal' && f.channel !== 'dm').length
		);
	});

	it('filters: my posts (pinned first), news, mentions', () => {
		const mine = timeline(src, 'mine', 100);
		expect(mine.threads[0].root.id).toBe('p4');
		expect(mine.threads[0].pinned).toBe(true);
		expect(
			mine.threads.every((t) => [t.root, ...t.replies].some((f) => f.kind === 'trainee'))
		).toBe(true);
		const news = timeline(src, 'news', 100);
		expect(news.threads.map((t) => t.root.id)).toEqual(
			expect.arrayContaining(['quake-news', 'minister-statement'])
		);
		expect(
			news.threads.every(
				(t) => t.root.channel === 'news' || t.root.author.personaId === 'wire-agency'
			)
		).toBe(true);
		const mentions = timeline(src, 'mentions', 100);
		expect(mentions.threads.map((t) => t.root.id)).toContain('worried-family');
		expect(mentions.counts.all).toBe(threads(src).length);
	});

	it('cuts the timeline into pages', () => {
		const page = timeline(src, 'all', 25);
		expect(page.threads).toHaveLength(25);
		expect(page.total).toBeGreaterThan(25);
	});
});

describe('avatars', () => {
	it('are stable per handle, mirrored, and differ between handles', () => {
		const a = identicon('@truthseeker_88');
		expect(identicon('@TruthSeeker_88')).toEqual(a);
		for (const [x, y] of a.cells) expect(a.cells).toContainEqual([4 - x, y]);
		expect(identicon('@ArcadiaInVeyrania')).not.toEqual(a);
	});
});
