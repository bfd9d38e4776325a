/**
 * Reading a scenario and a scripted-posts file for `ddsim run` and `ddsim score`: one path, so both print
 * every problem the same way — `file:line:col severity CODE message` with the code frame of the file.
 */
import { compileScenario, formatDiagnostic, type Diagnostic } from '../lib/scenario/index.ts';
import type { Scenario } from '../lib/scenario/types.ts';
import { readPostsFile, type PostsFile } from '../lib/scenario/posts-file.ts';
import type { Io } from './io.ts';

/** Prints diagnostics to stderr, each with the code frame of `source`. */
export function printDiagnostics(io: Io, diagnostics: Diagnostic[], source: string): void {
	for (const d of diagnostics) io.err(formatDiagnostic(d, source) + '\n');
}

function read(io: Io, command: string, path: string): string | undefined {
	try {
		return io.readFile(path);
	} catch (e) {
		io.err(`ddsim ${command}: cannot read ${path}: ${(e as Error).message}\n`);
		return undefined;
	}
}

/**
 * The compiled scenario and, with `postsPath`, its scripted posts; or the exit code after the problems were
 * printed (1 diagnostics, 2 a file that cannot be read).
 */
export function loadScenarioAndPosts(
	io: Io,
	command: string,
	scenarioPath: string,
	postsPath?: string
): { scenario: Scenario; posts?: PostsFile } | number {
	const source = read(io, command, scenarioPath);
	if (source === undefined) return 2;
	const { scenario, diagnostics } = compileScenario(source, scenarioPath);
	if (!scenario) {
		printDiagnostics(io, diagnostics, source);
		return 1;
	}
	if (postsPath === undefined) return { scenario };
	const postsSource = read(io, command, postsPath);
	if (postsSource === undefined) return 2;
	const posts = readPostsFile(postsSource, scenario, postsPath);
	if (posts.diagnostics.length) {
		printDiagnostics(io, posts.diagnostics, postsSource);
		return 1;
	}
	return { scenario, posts };
}
