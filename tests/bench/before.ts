/**
 * "Before" for the speed work of issue 16: the compiler and engine of the commit it started from, extracted
 * once (git archive) under node_modules/.cache and measured in the same run as today's code, on the same
 * machine under the same load, so the printed ratios compare like with like. Undefined when git or that
 * commit is not available (a shallow clone): the figures are then printed without the ratio.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompileResult } from '../../src/lib/scenario/index.ts';
import type { replay as Replay } from '../../src/lib/core/engine.ts';

export const BEFORE_COMMIT = '13a576838afb1544e48b4d072a6effaa03448054';

export interface Before {
	compileScenario: (source: string, file: string) => CompileResult;
	replay: typeof Replay;
}

/** The last commit before the replay work of issue 16 (engine, snapshots): its engine gives the same output
 * as today's, byte for byte, so the replay figures compare like with like (engine.bench.ts checks it). */
export const REPLAY_BASE_COMMIT = '35c248dba6638d223cd6dcf781659836ab6983d6';

const cached = new Map<string, Promise<Before | undefined>>();

export function loadBefore(): Promise<Before | undefined> {
	return loadCommit(BEFORE_COMMIT);
}

/** The compiler and engine of any commit, extracted once (undefined when git or the commit is missing). */
export function loadCommit(commit: string): Promise<Before | undefined> {
	let p = cached.get(commit);
	if (!p) cached.set(commit, (p = load(commit)));
	return p;
}

async function load(commit: string): Promise<Before | undefined> {
	const dir = join('node_modules', '.cache', `ddsim-before-${commit.slice(0, 12)}`);
	try {
		if (!existsSync(join(dir, 'src', 'lib', 'core', 'engine.ts'))) {
			mkdirSync(dir, { recursive: true });
			const tar = execFileSync('git', ['archive', commit, 'src/lib'], {
				maxBuffer: 256 * 1024 * 1024
			});
			execFileSync('tar', ['-x', '-C', dir], { input: tar });
		}
		const url = (p: string) => pathToFileURL(join(process.cwd(), dir, p)).href;
		const scenario = await import(url('src/lib/scenario/index.ts'));
		const engine = await import(url('src/lib/core/engine.ts'));
		return { compileScenario: scenario.compileScenario, replay: engine.replay };
	} catch (e) {
		console.error(`  (no "before" figures: ${(e as Error).message.split('\n')[0]})`);
		return undefined;
	}
}
