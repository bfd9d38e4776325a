/** Every command reads its options with parseArgs: an unknown option or a missing value is one clear line,
 * then the command's usage, exit 2; `--help` prints the usage and exits 0. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.ts';
import { main } from './main.ts';

async function ddsim(...args: string[]) {
	const io = memoryIo();
	const code = await main(args, io);
	return { code, out: io.stdout, err: io.stderr };
}

const COMMANDS = ['validate', 'schema', 'run', 'score', 'tone', 'import', 'export', 'admin'];

describe('command-line options', () => {
	it.each(COMMANDS)('%s refuses an unknown option by name and shows its usage', async (cmd) => {
		const r = await ddsim(cmd, '--frobnicate');
		expect(r.code).toBe(2);
		expect(r.err.split('\n')[0]).toBe(`ddsim ${cmd}: unknown option '--frobnicate'`);
		expect(r.err).toContain(`usage: ddsim ${cmd}`);
		expect(r.out).toBe('');
	});

	it.each(COMMANDS)('%s --help prints its usage on stdout and exits 0', async (cmd) => {
		const r = await ddsim(cmd, '--help');
		expect([r.code, r.err]).toEqual([0, '']);
		expect(r.out).toMatch(new RegExp(`^usage: ddsim ${cmd}`));
		expect((await ddsim(cmd, '-h')).out).toBe(r.out);
	});

	it('names an option given without its value, or with a value it does not take', async () => {
		const scen = 'scenarios/quake-consulate-rumour.yaml';
		expect((await ddsim('run', scen, '--seed')).err).toMatch(
			/^ddsim run: option '--seed' needs a value\n/
		);
		expect((await ddsim('score', scen, '--posts')).err).toMatch(
			/^ddsim score: option '--posts' needs a value\n/
		);
		expect((await ddsim('validate', '--json=yes', scen)).err).toMatch(
			/^ddsim validate: option '--json' takes no value\n/
		);
		expect((await ddsim('run', scen, '--seed', 'abc')).err).toMatch(
			/^ddsim run: --seed needs a whole number\n/
		);
	});

	it('refuses arguments a command does not take', async () => {
		expect(await ddsim('schema', 'extra')).toMatchObject({
			code: 2,
			err: expect.stringMatching(/^ddsim schema: unexpected argument 'extra'\n/)
		});
		expect((await ddsim('tone', 'file.txt')).err).toMatch(/^ddsim tone: unexpected argument/);
	});

	it('accepts --opt=value as well as --opt value', async () => {
		const io = memoryIo({ 'p.yaml': '- { at: "00:30", text: "The consulate is open." }\n' });
		const scen = 'scenarios/quake-consulate-rumour.yaml';
		expect(await main(['score', scen, '--posts=p.yaml', '--seed=7', '--json'], io)).toBe(0);
		expect(JSON.parse(io.stdout).seed).toBe(7);
	});
});
