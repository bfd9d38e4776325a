import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../io.ts';

const SCEN = 'scenarios/quake-consulate-rumour.yaml';
const POSTS = `- at: "00:45"\n  text: "Our consulate in Porto Veyra is open: 140 people are sheltering there now."\n  reply_to: rumour-video\n`;

async function ddsim(args: string[], files: Record<string, string> = {}) {
	const io = memoryIo(files);
	const code = await main(args, io);
	return { code, out: io.stdout, err: io.stderr };
}

describe('ddsim run', () => {
	it('prints the same transcript for the same inputs, byte for byte', async () => {
		const a = await ddsim(
			['run', SCEN, '--posts', 'posts.yaml', '--seed', '3', '--mode', 'stochastic'],
			{ 'posts.yaml': POSTS }
		);
		const b = await ddsim(
			['run', SCEN, '--posts', 'posts.yaml', '--seed', '3', '--mode', 'stochastic'],
			{ 'posts.yaml': POSTS }
		);
		expect(a.code).toBe(0);
		expect(a.out).toBe(b.out);
		expect(a.out).toContain('YOU Embassy of Arcadia in Veyrania');
		expect(a.out).toContain('corrects: turned-away');
		expect(a.out).toContain('## Metrics every 10 min');
	});

	it('prints JSON with the feed, metrics, posts and report', async () => {
		const r = await ddsim(['run', SCEN, '--json', '--posts', 'posts.yaml'], {
			'posts.yaml': POSTS
		});
		const j = JSON.parse(r.out);
		expect(j.metrics).toHaveLength(180);
		expect(j.posts[0].score.correctsClaims).toEqual(['turned-away']);
		expect(j.report.objectives.map((o: { id: string }) => o.id)).toContain('counter-rumour');
	});

	it('rejects bad usage and bad posts files with clear messages', async () => {
		expect((await ddsim(['run'])).code).toBe(2);
		expect((await ddsim(['run', SCEN, '--mode', 'wild'])).code).toBe(2);
		const bad = await ddsim(['run', SCEN, '--posts', 'p.yaml'], {
			'p.yaml': '- at: "09:99"\n  text: x\n- at: "00:10"\n  text: y\n  reply_to: nope\n'
		});
		expect(bad.code).toBe(1);
		expect(bad.err).toContain('step 1 needs "at"');
		expect(bad.err).toContain("post 2 replies to unknown event 'nope'");
		expect(bad.err).toContain('p.yaml:1:3 error PS201');
		expect(bad.err).toContain('p.yaml:5:13 error PS301');
		const late = await ddsim(['run', SCEN, '--posts', 'p.yaml'], {
			'p.yaml': '- at: "05:00"\n  text: too late\n'
		});
		expect(late.err).toContain('after the scenario ends');
	});
});
