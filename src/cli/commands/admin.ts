/**
 * `ddsim admin`: instructor accounts from the command line, on the same database as the server
 * (DATABASE_URL, else the embedded one in DATA_DIR, default ./data).
 *
 *   ddsim admin create-instructor <username> [--name "Display Name"] [--password-stdin]
 *   ddsim admin create-trainee <username> [--name "Display Name"] [--password-stdin]
 *   ddsim admin list-accounts      (instructors and trainees, each with its role)
 *   ddsim admin list-instructors   (instructors only; the older name, kept)
 *
 * The password is read from the first line of standard input with --password-stdin, or from the
 * DDSIM_PASSWORD environment variable; it is never a command-line argument (those show up in `ps`).
 */
import { readArgs } from '../args.ts';
import type { Io } from '../io.ts';
import { configFromEnv, describeDb, openDb } from '../../lib/server/db/index.ts';
import { createInstructor } from '../../lib/server/academy/accounts.ts';
import { AcademyError } from '../../lib/server/academy/errors.ts';
import { listUsers, type User } from '../../lib/server/repo/users.ts';
import { DataDirLockedError } from '../../lib/server/db/lock.ts';

/** The listing subcommands: every account with its role, or (the older name) instructors only. */
const LISTS = {
	'list-accounts': (users: User[]) =>
		users.map((u) => `${u.username}\t${u.displayName}\t${u.role}\n`).join(''),
	'list-instructors': (users: User[]) =>
		users
			.filter((u) => u.role === 'instructor')
			.map((u) => `${u.username}\t${u.displayName}\n`)
			.join('')
};

const HELP = `usage: ddsim admin create-instructor <username> [--name "Display Name"] [--password-stdin]
       ddsim admin create-trainee <username> [--name "Display Name"] [--password-stdin]
       ddsim admin list-accounts       (every account: username, display name, role)
       ddsim admin list-instructors    (instructor accounts only)

Trainees need no account (they join with a code and a name); an account lets a trainee rejoin the same
seat from another device.

The password comes from the first line of stdin (--password-stdin) or DDSIM_PASSWORD.
Uses DATABASE_URL when set, else the embedded database in DATA_DIR (default ./data).
With the embedded database, stop the server first: only one process may open it (a second one is
refused with a message naming the process that holds the data folder).
`;

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs(
		'admin',
		args,
		{ name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
		HELP,
		io
	);
	if (typeof parsed === 'number') return parsed;
	const [sub, ...rest] = parsed.positionals;
	if (!sub) {
		io.out(HELP);
		return 2;
	}
	if (sub !== 'create-instructor' && sub !== 'create-trainee' && !Object.hasOwn(LISTS, sub)) {
		io.err(`ddsim admin: unknown subcommand '${sub}'\n\n${HELP}`);
		return 2;
	}
	const listing = Object.hasOwn(LISTS, sub);
	const { name } = parsed.values;
	const fromStdin = parsed.values['password-stdin'] ?? false;
	if (listing && (rest.length || name !== undefined || fromStdin)) {
		io.err(`ddsim admin: ${sub} takes no arguments or options\n\n${HELP}`);
		return 2;
	}
	if (!listing && rest.length > 1) {
		io.err(`ddsim admin: unexpected argument '${rest[1]}'\n\n${HELP}`);
		return 2;
	}
	const config = configFromEnv(process.env, 'ddsim admin');
	const open = async () => {
		try {
			return await openDb(config);
		} catch (e) {
			if (e instanceof DataDirLockedError) {
				io.err(
					`ddsim admin: ${e.message}\nNothing was changed. Stop the server, run the command again, then start the server; or create the account on the server's setup page.\n`
				);
				return undefined;
			}
			throw e;
		}
	};
	if (listing) {
		const db = await open();
		if (!db) return 1;
		try {
			io.out(LISTS[sub as keyof typeof LISTS](await listUsers(db)));
		} finally {
			await db.close();
		}
		return 0;
	}
	const username = rest[0];
	if (!username) {
		io.err(`ddsim admin: give the new account's username\n\n${HELP}`);
		return 2;
	}
	const password = fromStdin ? (await io.stdin()).split(/\r?\n/)[0] : process.env.DDSIM_PASSWORD;
	if (!password) {
		io.err('ddsim admin: no password: pipe it with --password-stdin or set DDSIM_PASSWORD\n');
		return 2;
	}
	const db = await open();
	if (!db) return 1;
	try {
		const role = sub === 'create-trainee' ? 'trainee' : 'instructor';
		const u = await createInstructor(db, { username, displayName: name, password, role });
		io.out(`Created ${role} '${u.username}' in ${describeDb(config)}.\n`);
		return 0;
	} catch (e) {
		if (e instanceof AcademyError) {
			io.err(`ddsim admin: ${e.message}\n`);
			return 1;
		}
		throw e;
	} finally {
		await db.close();
	}
}
