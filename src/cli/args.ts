/**
 * Command-line options for every `ddsim` command, read with `node:util` `parseArgs` (strict: an unknown
 * option is an error). A mistake prints one plain line, `ddsim <command>: unknown option '--x'`, then the
 * command's usage, and the command exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs`' message in the house style: lower case, the option named, no advice about `--`. */
export function argumentError(e: unknown): string {
	const err = e as { code?: string; message?: string };
	const msg = String(err.message ?? e);
	const quoted = /'([^']+)'/.exec(msg)?.[1] ?? '';
	switch (err.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `unknown option '${quoted}'`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `unexpected argument '${quoted}'`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
			const name = quoted.replace(/ <value>$/, '');
			if (/does not take an argument/.test(msg)) return `option '${name}' takes no value`;
			if (/ambiguous/.test(msg))
				return `option '${name}' needs a value (write ${name}=<value> for one that starts with '-')`;
			return `option '${name}' needs a value`;
		}
		default:
			return msg.split('\n')[0];
	}
}

/**
 * Parses `args` for `command` (e.g. "validate"): the options plus `--help`/`-h`. Returns the values and
 * positionals, or an exit code when the command is done: 0 after printing the usage for `--help`, 2 after
 * printing an error and the usage.
 */
export function readArgs<const O extends Options>(
	command: string,
	args: string[],
	options: O,
	usage: string,
	io: Io,
	allowPositionals = true
) {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: { ...options, help: { type: 'boolean', short: 'h' } } as O & {
				help: { type: 'boolean'; short: 'h' };
			},
			allowPositionals,
			strict: true
		});
	} catch (e) {
		io.err(`ddsim ${command}: ${argumentError(e)}\n\n${usage}`);
		return 2;
	}
	if ((parsed.values as { help?: boolean }).help) {
		io.out(usage);
		return 0;
	}
	return parsed;
}

/** `--seed`: undefined when not given, null when it is not a whole number. */
export function readSeed(value: string | undefined): number | undefined | null {
	if (value === undefined) return undefined;
	return /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : null;
}
