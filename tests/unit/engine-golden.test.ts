/**
 * Golden transcripts: every shipped scenario, at its default seed (expected-value mode) and at seed 7
 * (stochastic mode), with no response, with a good response (tests/golden/posts/<id>.good.yaml when present,
 * read with the shared posts-file reader, otherwise the scenario's first embedded test's posts) and with a bad
 * one (tests/golden/posts/<id>.bad.yaml: the mistakes the adversary plays on; required for every scenario with
 * an `adversary:` block). The transcripts include the adversary's moves.
 * Regenerate only on purpose: `npm run golden:update`, then review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { runHeadless } from '../../src/lib/core/headless.ts';
import { transcript } from '../../src/lib/core/transcript.ts';
import {
	readPostsFile,
	type PostsFile,
	type ScriptedPost,
	type ScriptExtras
} from '../../src/lib/scenario/posts-file.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

for (const file of files) {
	const { scenario } = compileScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
	describe(`golden ${file}`, () => {
		it('compiles', () => expect(scenario).toBeDefined());
		if (!scenario) return;
		const good = goodPosts(scenario);
		const bad = script(scenario, 'bad');
		it('has a bad run for its adversary', () => {
			expect(!scenario.adversary || bad !== undefined).toBe(true);
		});
		const runs = [
			{ seed: scenario.seed, mode: 'expected' as const },
			{ seed: 7, mode: 'stochastic' as const }
		];
		for (const { seed, mode } of runs) {
			for (const [label, posts, extras] of [
				['none', [], {}],
				['good', good.posts, good],
				...(bad ? [['bad', bad.posts, bad] as const] : [])
			] as const) {
				const path = `tests/golden/${scenario.id}/seed-${seed}-${mode}-${label}.txt`;
				it(`${path} matches`, () => {
					const { state, report } = runHeadless(scenario, seed, [...posts], { ...extras, mode });
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

function script(scenario: Scenario, label: 'good' | 'bad'): PostsFile | undefined {
	const file = `tests/golden/posts/${scenario.id}.${label}.yaml`;
	if (!existsSync(file)) return undefined;
	const f = readPostsFile(readFileSync(file, 'utf8'), scenario, file);
	if (f.errors.length > 0) throw new Error(`${file}: ${f.errors.join('; ')}`);
	return f;
}

/** The good response for a scenario: its posts file under tests/golden/posts/ if any (errors fail loudly),
 * else the first embedded scenario test's posts. */
function goodPosts(scenario: Scenario): { posts: ScriptedPost[] } & Partial<ScriptExtras> {
	return (
		script(scenario, 'good') ?? {
			posts: (scenario.tests[0]?.posts ?? []).map((p) => ({
				at: p.at,
				text: p.text,
				...(p.replyTo ? { replyTo: p.replyTo } : {})
			}))
		}
	);
}
