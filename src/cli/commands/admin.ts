/**
 * `ddsim admin`: instructor accounts from the command line, on the same database as the server
 * (DATABASE_URL, else the embedded one in DATA_DIR, default ./data).
 *
 *   ddsim admin create-instructor <username> [--name "Display Name"] [--password-stdin]
 *   ddsim admin create-trainee <username> [--name "Display Name"] [--password-stdin]
 *   ddsim admin list-instructors   (all accounts, with their role)
 *
 * The password is read from the first line of standard input with --password-stdin, or from the
 * DDSIM_PASSWORD environment variable; it is never a command-line argument (those show up in `ps`).
 */
import type { Io } from '../io.ts';
import { configFromEnv, describeDb, openDb } from '../../lib/server/db/index.ts';
import { createInstructor } from '../../lib/server/academy/accounts.ts';
import { AcademyError } from '../../lib/server/academy/errors.ts';
import { listUsers } from '../../lib/server/repo/users.ts';
import { DataDirLockedError } from '../../lib/server/db/lock.ts';

const HELP = `usage: ddsim admin create-instructor <username> [--name "Display Name"] [--password-stdin]
       ddsim admin create-trainee <username> [--name "Display Name"] [--password-stdin]
       ddsim admin list-instructors

Trainees need no account (they join with a code and a name); an account lets a trainee rejoin the same
seat from another device.

The password comes from the first line of stdin (--password-stdin) or DDSIM_PASSWORD.
Uses DATABASE_URL when set, else the embedded database in DATA_DIR (default ./data).
With the embedded database, stop the server first: only one process may open it (a second one is
refused with a message naming the process that holds the data folder).
`;

export async function run(args: string[], io: Io): Promise<number> {
	const [sub, ...rest] = args;
	if (!sub || sub === '--help' || sub === '-h') {
		io.out(HELP);
		return sub ? 0 : 2;
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
	if (sub === 'list-instructors') {
		const db = await open();
		if (!db) return 1;
		try {
			for (const u of await listUsers(db))
				io.out(`${u.username}\t${u.displayName}${u.role === 'trainee' ? '\t(trainee)' : ''}\n`);
		} finally {
			await db.close();
		}
		return 0;
	}
	if (sub !== 'create-instructor' && sub !== 'create-trainee') {
		io.err(`ddsim admin: unknown subcommand '${sub}'\n\n${HELP}`);
		return 2;
	}
	let username: string | undefined;
	let name: string | undefined;
	let fromStdin = false;
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i];
		if (a === '--name') name = rest[++i];
		else if (a === '--password-stdin') fromStdin = true;
		else if (a.startsWith('-')) {
			io.err(`ddsim admin: unknown option '${a}'\n\n${HELP}`);
			return 2;
		} else username = a;
	}
	if (!username) {
		io.err(`ddsim admin: give the new instructor's username\n\n${HELP}`);
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
