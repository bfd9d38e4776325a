/** `ddsim run` and `ddsim score` read scenarios and posts files through one path, so they report the same
 * problem the same way: file:line:col, severity, code, message and the code frame. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.ts';
import { main } from './main.ts';

const SCEN = 'scenarios/quake-consulate-rumour.yaml';

async function both(files: Record<string, string>, scenario = SCEN) {
	const out: Record<string, { code: number; err: string }> = {};
	for (const cmd of ['run', 'score']) {
		const io = memoryIo(files);
		out[cmd] = { code: await main([cmd, scenario, '--posts', 'p.yaml'], io), err: io.stderr };
	}
	return out;
}

describe('one diagnostics path for run and score', () => {
	it('prints posts-file errors with file:line:col and a code frame, identically', async () => {
		const r = await both({
			'p.yaml': '- at: "09:99"\n  text: x\n- at: "00:10"\n  text: y\n  reply_to: nope\n'
		});
		expect(r.score).toEqual(r.run);
		expect(r.score.code).toBe(1);
		expect(r.score.err).toContain(
			"p.yaml:5:13 error PS301 post 2 replies to unknown event 'nope'\n 5 |   reply_to: nope\n   |             ^"
		);
		expect(r.score.err).toMatch(/^p\.yaml:1:3 error PS201 step 1 needs "at"/);
	});

	it('prints YAML syntax errors in a posts file at their place (PS101)', async () => {
		const r = await both({ 'p.yaml': '- at: "00:10"\n  text: [unclosed\n' });
		expect(r.score).toEqual(r.run);
		expect(r.score.err).toMatch(/^p\.yaml:\d+:\d+ error PS101 /);
	});

	it('prints scenario errors with their code frame, identically', async () => {
		const r = await both(
			{ 'p.yaml': '- { at: "00:10", text: hi }\n' },
			'scenarios/_invalid/sc301-unknown-persona.yaml'
		);
		expect(r.score).toEqual(r.run);
		expect(r.score.err).toContain(
			"sc301-unknown-persona.yaml:35:11 error SC301 event 'rumour' names persona 'tomass'"
		);
		expect(r.score.err).toContain(' 35 |     from: tomass\n');
	});

	it('says which file cannot be read instead of throwing', async () => {
		const r = await both({});
		expect(r.score).toEqual({
			code: 2,
			err: expect.stringMatching(/^ddsim score: cannot read p\.yaml: /)
		});
		expect(r.run.err).toMatch(/^ddsim run: cannot read p\.yaml: /);
	});
});
