/** `ddsim run <scenario> [--seed N] [--posts posts.yaml] [--json] [--mode expected|stochastic]` */
import { compileScenario, formatDiagnostic } from '../../lib/scenario/index.ts';
import {
	readPostsFile,
	type ScriptedPost,
	type ScriptExtras
} from '../../lib/scenario/posts-file.ts';
import { runHeadless } from '../../lib/core/headless.ts';
import { transcript } from '../../lib/core/transcript.ts';
import type { Io } from '../io.ts';

const USAGE = `usage: ddsim run <scenario.yaml> [--seed N] [--posts posts.yaml] [--json] [--mode expected|stochastic]

Runs the whole scenario at max speed with the scripted posts and prints the transcript: events, your posts
with their scores, a sample of public reactions and metrics every 10 minutes. Same inputs, same output.
`;

export async function run(args: string[], io: Io): Promise<number> {
	let json = false;
	let seed: number | undefined;
	let postsPath: string | undefined;
	let mode: 'expected' | 'stochastic' = 'expected';
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--json') json = true;
		else if (a === '--seed') seed = Number(args[++i]);
		else if (a === '--posts') postsPath = args[++i];
		else if (a === '--mode') {
			const m = args[++i];
			if (m !== 'expected' && m !== 'stochastic') {
				io.err(`ddsim run: --mode must be 'expected' or 'stochastic'\n`);
				return 2;
			}
			mode = m;
		} else if (a === '--help' || a === '-h') {
			io.out(USAGE);
			return 0;
		} else if (a.startsWith('-')) {
			io.err(`ddsim run: unknown option '${a}'\n\n${USAGE}`);
			return 2;
		} else rest.push(a);
	}
	if (rest.length !== 1 || (seed !== undefined && !Number.isSafeInteger(seed))) {
		io.err(USAGE);
		return 2;
	}
	const { scenario, diagnostics } = compileScenario(io.readFile(rest[0]), rest[0]);
	if (!scenario) {
		for (const d of diagnostics) io.err(formatDiagnostic(d) + '\n');
		return 1;
	}
	let posts: ScriptedPost[] = [];
	let extras: Partial<ScriptExtras> = {};
	if (postsPath) {
		const source = io.readFile(postsPath);
		const r = readPostsFile(source, scenario, postsPath);
		if (r.diagnostics.length) {
			for (const d of r.diagnostics) io.err(formatDiagnostic(d, source) + '\n');
			return 1;
		}
		posts = r.posts;
		extras = r;
	}
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
