/** `ddsim run <scenario> [--seed N] [--posts posts.yaml] [--json] [--mode expected|stochastic]` */
import type { ScriptedPost, ScriptExtras } from '../../lib/scenario/posts-file.ts';
import { runHeadless } from '../../lib/core/headless.ts';
import { transcript } from '../../lib/core/transcript.ts';
import { readArgs, readSeed } from '../args.ts';
import type { Io } from '../io.ts';
import { loadScenarioAndPosts } from '../load.ts';

const USAGE = `usage: ddsim run <scenario.yaml> [--seed N] [--posts posts.yaml] [--json] [--mode expected|stochastic]

Runs the whole scenario at max speed with the scripted posts and prints the transcript: events, your posts
with their scores, a sample of public reactions and metrics every 10 minutes. Same inputs, same output.
`;

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs(
		'run',
		args,
		{
			json: { type: 'boolean' },
			seed: { type: 'string' },
			posts: { type: 'string' },
			mode: { type: 'string' }
		},
		USAGE,
		io
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const mode = values.mode ?? 'expected';
	if (mode !== 'expected' && mode !== 'stochastic') {
		io.err(`ddsim run: --mode must be 'expected' or 'stochastic'\n`);
		return 2;
	}
	const seed = readSeed(values.seed);
	if (seed === null) {
		io.err(`ddsim run: --seed needs a whole number\n\n${USAGE}`);
		return 2;
	}
	if (positionals.length !== 1) {
		io.err(USAGE);
		return 2;
	}
	const loaded = loadScenarioAndPosts(io, 'run', positionals[0], values.posts);
	if (typeof loaded === 'number') return loaded;
	const { scenario } = loaded;
	const json = values.json;
	const posts: ScriptedPost[] = loaded.posts?.posts ?? [];
	const extras: Partial<ScriptExtras> = loaded.posts ?? {};
	const { state, report } = runHeadless(scenario, seed ?? scenario.seed, posts, {
		...extras,
		mode
	});
	if (json) {
		io.out(
			JSON.stringify({
				scenario: scenario.id,
				seed: state.seed,
				mode,
				feed: state.feed,
				metrics: state.metrics,
				posts: state.posts,
				fired: state.fired,
				report: { ...report, posts: undefined }
			}) + '\n'
		);
	} else io.out(transcript(scenario, state, report));
	return 0;
}
