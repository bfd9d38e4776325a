/** The scripted-posts reader shared by `ddsim run` and `ddsim score`: lists, order, and problems as values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './index.ts';
import { readPostsFile } from './posts-file.ts';

const { scenario } = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake'
);
if (!scenario) throw new Error('reference scenario must compile');
const S = scenario;

describe('readPostsFile', () => {
	it('reads a plain list or a posts: list, sorted by time, with reply_to', () => {
		const list = readPostsFile(
			'- at: "01:10"\n  text: later\n- at: 00:45\n  text: first\n  reply_to: rumour-video\n',
			S
		);
		expect(list.errors).toEqual([]);
		expect(list.posts).toEqual([
			{ at: 45 * 60, text: 'first', replyTo: 'rumour-video' },
			{ at: 70 * 60, text: 'later' }
		]);
		const nested = readPostsFile('posts:\n  - at: 90s\n    text: hi\n', S);
		expect(nested.posts).toEqual([{ at: 90, text: 'hi' }]);
	});

	it('reports each bad post by number and keeps the good ones', () => {
		const r = readPostsFile(
			'- at: soon\n  text: a\n- at: 00:50\n  text: b\n  reply_to: nope\n- at: 09:00\n  text: c\n- at: 00:30\n  text: ok\n',
			S
		);
		expect(r.posts).toEqual([{ at: 30 * 60, text: 'ok' }]);
		expect(r.errors).toHaveLength(3);
		expect(r.errors[0]).toMatch(/step 1/);
		expect(r.errors[1]).toMatch(/post 2.*nope/);
		expect(r.errors[2]).toMatch(/post 3.*after the scenario ends/);
		expect(r.diagnostics.map((d) => [d.code, d.line, d.col, d.path])).toEqual([
			['PS201', 1, 3, 'posts[0]'],
			['PS301', 5, 13, 'posts[1].reply_to'],
			['PS401', 6, 7, 'posts[2].at']
		]);
		expect(readPostsFile('- at: 00:10\n  text: "a" b\n', S, 'x.yaml').diagnostics[0]).toMatchObject(
			{
				code: 'PS101',
				file: 'x.yaml',
				line: 2
			}
		);
		expect(readPostsFile('a: [', S).errors).toHaveLength(1);
		expect(readPostsFile('just text', S).errors[0]).toMatch(/list of posts/);
	});
});
