/**
 * Golden transcripts: every shipped scenario, at its default seed (expected-value mode) and at seed 7
 * (stochastic mode), with no response and with a good response: tests/golden/posts/<id>.good.yaml when present
 * (read with the shared posts-file reader), otherwise the scenario's first embedded test's posts.
 * Regenerate only on purpose: `npm run golden:update`, then review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';
import { transcript } from '../../src/lib/core/transcript.ts';
import { readPostsFile, type ScriptedPost } from '../../src/lib/core/posts-file.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

for (const file of files) {
	const { scenario } = compileScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
	describe(`golden ${file}`, () => {
		it('compiles', () => expect(scenario).toBeDefined());
		if (!scenario) return;
		const good = goodPosts(scenario);
		const runs = [
			{ seed: scenario.seed, mode: 'expected' as const },
			{ seed: 7, mode: 'stochastic' as const }
		];
		for (const { seed, mode } of runs) {
			for (const [label, posts] of [
				['none', []],
				['good', good]
			] as const) {
				const path = `tests/golden/${scenario.id}/seed-${seed}-${mode}-${label}.txt`;
				it(`${path} matches`, () => {
					const { state, report } = runHeadless(scenario, seed, [...posts], { mode });
					const text = transcript(scenario, state, report);
					if (UPDATE) {
						mkdirSync(`tests/golden/${scenario.id}`, { recursive: true });
						writeFileSync(path, text);
					}
					if (!existsSync(path)) {
						throw new Error(
							`missing golden ${path}: create it with 'npm run golden:update' and review it`
						);
					}
					expect(text).toBe(readFileSync(path, 'utf8'));
				});
			}
		}
	});
}

/** The good response for a scenario: its posts file under tests/golden/posts/ if any (errors fail loudly),
 * else the first embedded scenario test's posts. */
function goodPosts(scenario: Scenario): ScriptedPost[] {
	const file = `tests/golden/posts/${scenario.id}.good.yaml`;
	if (existsSync(file)) {
		const { posts, errors } = readPostsFile(readFileSync(file, 'utf8'), scenario);
		if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
		return posts;
	}
	return (scenario.tests[0]?.posts ?? []).map((p) => ({
		at: p.at,
		text: p.text,
		...(p.replyTo ? { replyTo: p.replyTo } : {})
	}));
}
