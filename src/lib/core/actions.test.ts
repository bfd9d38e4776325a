/** The trainee's actions beyond post/reply/delete: re-post, quote, pin, message a colleague; the posts file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { replay } from './engine.ts';
import { shareRefusal } from './posts.ts';
import { readPostsFile } from '../scenario/posts-file.ts';
import { runHeadless } from './headless.ts';
import type { Input } from './types.ts';
import type { SessionState } from './state.ts';
import { score } from '../scoring/index.ts';

const S = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
).scenario!;
const CORRECTION =
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. If you need help, come to the main entrance or call +00 100 200 300.';
const believers = (s: SessionState) =>
	Object.values(s.spread['turned-away']).reduce((n, c) => n + c.I, 0);
const play = (log: Input[], end = 90 * 60) =>
	replay(S, 1, [...log, { kind: 'tick', t: end }]).state;
const findings = (s: SessionState, id: string) =>
	s.posts.find((p) => p.id === id)!.score.findings.map((f) => `${f.id}:${f.severity}`);

describe('re-posting (sharing)', () => {
	const shared = play([{ kind: 'share', t: 40 * 60, id: 'p1', itemId: 'rumour-video' }]);

	it('re-posting the rumour is a critical amplified-unverified finding and a myth repetition', () => {
		expect(findings(shared, 'p1')).toEqual(
			expect.arrayContaining(['amplified-unverified:critical', 'myth-repetition:major'])
		);
		const p = shared.posts[0];
		expect(p.share).toBe('rumour-video');
		expect(p.outcome).toMatchObject({
			situation: 'gaffe',
			praise: false,
			amplified: 'rumour-video'
		});
		expect(p.outcome.repeated).toContain('turned-away');
		const item = shared.feed.find((f) => f.id === 'p1')!;
		expect(item).toMatchObject({ kind: 'trainee', repostOf: 'rumour-video', text: '' });
	});

	it('the simulation treats it as amplification', () => {
		expect(believers(shared)).toBeGreaterThan(believers(play([])));
		expect(shared.backfires.some((b) => b.claim === 'turned-away' && b.q === 1.5)).toBe(true);
	});

	it('re-posting a verified source is no finding; the same item twice, or a missing one, is refused', () => {
		const wire = play([{ kind: 'share', t: 10 * 60, id: 'p1', itemId: 'quake-news' }], 20 * 60);
		expect(findings(wire, 'p1').filter((f) => f.startsWith('amplified'))).toEqual([]);
		expect(shareRefusal(wire, 'quake-news')).toMatch(/already/);
		expect(shareRefusal(wire, 'nope')).toMatch(/not in your timeline/);
		expect(shareRefusal(wire, 'crisis-cell')).toMatch(/not in your timeline/); // internal
		const twice = play(
			[
				{ kind: 'share', t: 10 * 60, id: 'p1', itemId: 'quake-news' },
				{ kind: 'share', t: 11 * 60, id: 'p2', itemId: 'quake-news' }
			],
			20 * 60
		);
		expect(twice.posts.map((p) => p.id)).toEqual(['p1']);
	});

	it('the coach can warn before the re-post goes out (draft scoring with the amplified item)', () => {
		const s = play([], 40 * 60);
		const item = s.feed.find((f) => f.id === 'rumour-video')!;
		const hint = score(
			{
				id: 'draft',
				t: s.t,
				text: item.text,
				amplifies: {
					itemId: item.id,
					mode: 'share',
					text: item.text,
					source: 'public',
					claim: 'turned-away'
				}
			},
			{ scenario: S, t: s.t, fired: s.fired, revealed: s.revealed, history: [], mode: 'draft' }
		);
		expect(hint.findings.map((f) => f.id)).toContain('amplified-unverified');
		expect(hint.findings.find((f) => f.id === 'amplified-unverified')!.source).toMatch(/AWDnews/);
	});
});

describe('quote posts', () => {
	it('quoting the rumour, even to correct it, is flagged and is not counted as a correction', () => {
		const s = play([
			{ kind: 'post', t: 45 * 60, id: 'p1', text: CORRECTION, quoteOf: 'rumour-video' }
		]);
		expect(findings(s, 'p1')).toContain('amplified-unverified:major');
		expect(s.corrections).toEqual([]);
		expect(s.posts[0].outcome).toMatchObject({ situation: 'gaffe', praise: false });
		expect(s.posts[0].outcome.gaffes).toContain('amplified-unverified');
		expect(s.posts[0].outcome.repeated).toContain('turned-away');
		expect(s.skipped).toContain('journalist-follow-up'); // the journalist does not thank it
		const plain = play([{ kind: 'post', t: 45 * 60, id: 'p1', text: CORRECTION }]);
		expect(plain.corrections).toHaveLength(1);
		expect(believers(s)).toBeGreaterThan(believers(plain));
		const item = s.feed.find((f) => f.id === 'p1')!;
		expect(item.quoteOf).toBe('rumour-video');
	});

	it('quoting the troll (who pushes the claim) is flagged; quoting a citizen’s question is fine', () => {
		const s = play(
			[
				{ kind: 'post', t: 56 * 60, id: 'p1', text: CORRECTION, quoteOf: 'troll-bait' },
				{ kind: 'post', t: 57 * 60, id: 'p2', text: CORRECTION, quoteOf: 'worried-family' }
			],
			60 * 60
		);
		expect(findings(s, 'p1')).toContain('amplified-unverified:major');
		expect(s.posts[0].outcome.trollReply).toBe(true);
		expect(findings(s, 'p2').filter((f) => f.startsWith('amplified'))).toEqual([]);
	});
});

describe('pinning', () => {
	it('a pinned correction stays in view: fewer believers than the same correction unpinned', () => {
		const log: Input[] = [{ kind: 'post', t: 45 * 60, id: 'p1', text: CORRECTION }];
		const pinned = play([...log, { kind: 'pin', t: 46 * 60, postId: 'p1' }], S.duration);
		expect(pinned.pinned).toEqual({ postId: 'p1', t: 46 * 60 });
		expect(believers(pinned)).toBeLessThan(believers(play(log, S.duration)));
		const unpinned = play([
			...log,
			{ kind: 'pin', t: 46 * 60, postId: 'p1' },
			{ kind: 'pin', t: 47 * 60, postId: null }
		]);
		expect(unpinned.pinned).toBeUndefined();
		// Deleting a pinned post unpins it; a post that is not yours cannot be pinned.
		const gone = play([
			...log,
			{ kind: 'pin', t: 46 * 60, postId: 'p1' },
			{ kind: 'delete', t: 47 * 60, postId: 'p1' }
		]);
		expect(gone.pinned).toBeUndefined();
		expect(play([{ kind: 'pin', t: 40 * 60, postId: 'rumour-video' }]).pinned).toBeUndefined();
	});
});

describe('messages to a colleague', () => {
	it('the consul confirms what is known by the time she answers, and the trainee learns it', () => {
		const early = play(
			[
				{
					kind: 'message',
					t: 30 * 60,
					id: 'dm1',
					to: 'consul',
					text: 'Is the consulate open? People say it turned them away.'
				}
			],
			40 * 60
		);
		const msg = early.messages[0];
		expect(msg.replyAt - msg.t).toBeGreaterThanOrEqual(3 * 60);
		expect(msg.replyAt - msg.t).toBeLessThanOrEqual(6 * 60);
		expect(msg.confirms).toEqual([]); // consulate-open is known from 00:40
		const reply = early.feed.find((f) => f.id === msg.replyId)!;
		expect(reply).toMatchObject({ channel: 'internal', replyTo: 'dm1' });
		expect(reply.author.personaId).toBe('consul');
		expect(reply.text).toMatch(/still checking|checking that claim/);

		const later = play(
			[
				{
					kind: 'message',
					t: 38 * 60,
					id: 'dm1',
					to: 'consul',
					text: 'Can you confirm the consulate is open and sheltering people?'
				}
			],
			45 * 60
		);
		if (later.messages[0].replyAt >= 40 * 60) {
			expect(later.messages[0].confirms).toContain('consulate-open');
			expect(later.revealed).toContain('consulate-open');
		}
		const injured = play(
			[
				{
					kind: 'message',
					t: 95 * 60,
					id: 'dm1',
					to: 'consul',
					text: 'Is anyone from Porto Veyra General hospital ours? Any news on Dervish?'
				}
			],
			105 * 60
		);
		expect(injured.feed.find((f) => f.id === injured.messages[0].replyId)!.text).toMatch(
			/NOT for release/
		);
	});

	it('only colleagues and officials can be messaged; the message never reaches the public feed', () => {
		const s = play(
			[
				{ kind: 'message', t: 30 * 60, id: 'dm1', to: 'lena', text: 'Off the record: we are open.' }
			],
			40 * 60
		);
		expect(s.messages).toEqual([]);
		const ok = play(
			[{ kind: 'message', t: 30 * 60, id: 'dm1', to: 'consul', text: 'Status?' }],
			40 * 60
		);
		expect(ok.feed.filter((f) => f.id === 'dm1').map((f) => f.channel)).toEqual(['internal']);
		expect(ok.posts).toEqual([]);
	});
});

describe('the posts file', () => {
	it('reads re-posts, quotes, pins and messages, numbered in time order', () => {
		const f = readPostsFile(
			`posts:
  - { at: "00:36", to: consul, message: "Can you confirm the consulate is open?" }
  - { at: "00:38", share: rumour-video }
  - { at: "00:45", quote: rumour-video, text: "${CORRECTION}" }
  - { at: "00:46", pin: p2 }
  - { at: "00:50", share: nowhere }
  - { at: "00:51", to: lena, message: "hi" }
`,
			S
		);
		expect(f.errors).toEqual([
			"step 5 shares unknown event 'nowhere'",
			"step 6 messages 'lena', which is not a colleague or official persona"
		]);
		expect(f.diagnostics.map((d) => d.code)).toEqual(['PS301', 'PS302']);
		expect(f.posts).toEqual([
			{ at: 38 * 60, text: '', share: 'rumour-video' },
			{ at: 45 * 60, text: CORRECTION, quoteOf: 'rumour-video' }
		]);
		expect(f.pins).toEqual([{ at: 46 * 60, post: 'p2' }]);
		expect(f.messages).toEqual([
			{ at: 36 * 60, to: 'consul', text: 'Can you confirm the consulate is open?' }
		]);
		const { state } = runHeadless(S, 1, f.posts, f);
		expect(state.posts.map((p) => [p.id, p.share ?? p.quoteOf])).toEqual([
			['p1', 'rumour-video'],
			['p2', 'rumour-video']
		]);
		expect(state.pinned?.postId).toBe('p2');
		expect(state.messages.map((m) => m.to)).toEqual(['consul']);
	});
});

describe('amplified-unverified without a false claim', () => {
	const A = compileScenario(
		readFileSync('scenarios/askstate-live-qa.yaml', 'utf8'),
		'ask'
	).scenario!;
	const run = (log: Input[]) => replay(A, 1, [...log, { kind: 'tick', t: 20 * 60 }]).state;
	const ids = (s: SessionState) =>
		s.posts[0].score.findings.filter((f) => f.id === 'amplified-unverified').map((f) => f.severity);
	it('a troll account: re-post major, quote minor; a citizen: re-post minor, quote nothing', () => {
		expect(ids(run([{ kind: 'share', t: 12 * 60, id: 'p1', itemId: 'troll-opening' }]))).toEqual([
			'major'
		]);
		expect(
			ids(
				run([
					{
						kind: 'post',
						t: 12 * 60,
						id: 'p1',
						text: 'We are listening, and we answer every question we can.',
						quoteOf: 'troll-opening'
					}
				])
			)
		).toEqual(['minor']);
		expect(ids(run([{ kind: 'share', t: 12 * 60, id: 'p1', itemId: 'visa-question' }]))).toEqual([
			'minor'
		]);
		expect(
			ids(
				run([
					{
						kind: 'post',
						t: 12 * 60,
						id: 'p1',
						text: 'Student visas: priority processing is open; the fix is due next month.',
						quoteOf: 'visa-question'
					}
				])
			)
		).toEqual([]);
	});
});
