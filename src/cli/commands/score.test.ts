/** `ddsim score`: explained scores of scripted posts, through the engine. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { run as score } from './score.ts';

const POSTS = `posts:
  - at: "00:25"
    text: "Our thoughts are with everyone affected by the earthquake in Porto Veyra. Call +00 100 200 300."
  - at: "01:40"
    text: "lol 😅 K. Dervish is fine at Porto Veyra General"
`;

describe('ddsim score', () => {
	it('prints findings with ids and spans and the exercise report', async () => {
		const io = memoryIo({ 'posts.yaml': POSTS });
		expect(
			await score(['scenarios/quake-consulate-rumour.yaml', '--posts', 'posts.yaml'], io)
		).toBe(0);
		expect(io.stdout).toMatch(/! confidential-leak \(critical\) .*\[\d+-\d+/);
		expect(io.stdout).toContain('emoji-in-tragedy');
		expect(io.stdout).toMatch(/Exercise: overall \d\.\d\d \([PSMU]\)/);
		expect(io.stdout).toContain('first-response');
	});
	it('--json gives the post scores and the report', async () => {
		const io = memoryIo({ 'posts.yaml': POSTS });
		expect(
			await score(['scenarios/quake-consulate-rumour.yaml', '--posts', 'posts.yaml', '--json'], io)
		).toBe(0);
		const out = JSON.parse(io.stdout);
		expect(out.posts).toHaveLength(2);
		expect(out.posts[1].score.findings.map((f: { id: string }) => f.id)).toContain(
			'confidential-leak'
		);
		expect(out.report.criteria.map((c: { id: string }) => c.id)).toEqual([
			'timing',
			'tone',
			'key-messages',
			'doctrine',
			'faux-pas',
			'platform'
		]);
	});
	it('plays deletions and an early end through the engine, like the app', async () => {
		const io = memoryIo({
			'posts.yaml': `${POSTS}  - { at: "01:45", delete: p2 }
  - { at: "02:00", end: true }
`
		});
		expect(
			await score(['scenarios/quake-consulate-rumour.yaml', '--posts', 'posts.yaml', '--json'], io)
		).toBe(0);
		const out = JSON.parse(io.stdout);
		expect(out.posts[1]).toMatchObject({ deleted: true, deletedAt: 105 * 60 });
		expect(out.report.endT).toBe(120 * 60);
		expect(out.report.ended).toBe(true);
		// the deleted leak stays assessed (screenshots remain) and was never owned up to
		expect(out.report.mistakes).toEqual([
			expect.objectContaining({ postId: 'p2', remedy: 'deleted' })
		]);
	});
	it('usage errors exit 2, bad posts exit 1', async () => {
		expect(await score(['scenarios/quake-consulate-rumour.yaml'], memoryIo())).toBe(2);
		const io = memoryIo({ 'p.yaml': '- { at: soon, text: hi }' });
		expect(await score(['scenarios/quake-consulate-rumour.yaml', '--posts', 'p.yaml'], io)).toBe(1);
		const io2 = memoryIo({ 'p.yaml': '- { at: "00:10", text: hi, reply_to: nope }' });
		expect(await score(['scenarios/quake-consulate-rumour.yaml', '--posts', 'p.yaml'], io2)).toBe(
			1
		);
	});
});
