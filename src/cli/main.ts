/**
 * The `ddsim` command: a thin dispatcher. Each subcommand lives in src/cli/commands/<name>.ts and exports
 * `run(args: string[], io: Io): Promise<number>` returning the exit code (0 ok, 1 findings/errors, 2 usage).
 * All logic is in src/lib; commands only read files, call the library and print.
 */
import type { Io } from './io.ts';
import { processIo } from './io.ts';

const COMMANDS: Record<
	string,
	{ summary: string; load: () => Promise<{ run: (args: string[], io: Io) => Promise<number> }> }
> = {
	validate: {
		summary: 'check scenario files or folders (--json, --test)',
		load: () => import('./commands/validate.ts')
	},
	schema: {
		summary: 'print the JSON Schema of the scenario format',
		load: () => import('./commands/schema.ts')
	},
	run: {
		summary: 'run a scenario headless and print its transcript (--seed, --posts, --json)',
		load: () => import('./commands/run.ts')
	},
	score: {
		summary: 'score scripted posts against a scenario (--posts, --json)',
		load: () => import('./commands/score.ts')
	},
	tone: {
		summary: 'read one text per line on stdin, print its tone as JSON',
		load: () => import('./commands/tone.ts')
	},
	import: {
		summary: 'read an MSEL spreadsheet (.xlsx, .csv) into a scenario (import msel …)',
		load: () => import('./commands/import.ts')
	},
	export: {
		summary: "write a scenario's MSEL as .xlsx or .csv (export msel …)",
		load: () => import('./commands/export.ts')
	},
	admin: {
		summary: 'instructor accounts for academy mode (create-instructor, list-instructors)',
		load: () => import('./commands/admin.ts')
	}
};

export function usage(): string {
	const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
	return `usage: ddsim <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'ddsim <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		io.out(usage());
		return name ? 0 : 2;
	}
	const command = COMMANDS[name];
	if (!command) {
		io.err(`ddsim: unknown command '${name}'\n\n${usage()}`);
		return 2;
	}
	let mod;
	try {
		mod = await command.load();
	} catch (e) {
		io.err(`ddsim: command '${name}' is not available in this build (${(e as Error).message})\n`);
		return 2;
	}
	try {
		return await mod.run(rest, io);
	} catch (e) {
		// The engine refusing to go on (work budget, a damaged input) is told plainly, never as a stack trace.
		if (e instanceof Error && e.name === 'EngineError') {
			io.err(`ddsim ${name}: ${e.message}\n`);
			return 1;
		}
		throw e;
	}
}
