/**
 * One process per embedded database. PGlite keeps its data in DATA_DIR and takes no lock of its own: two
 * processes on one folder both start, both acknowledge writes, and lose half of them (or corrupt the folder).
 * So whoever opens it — the server or `ddsim admin` — first creates DATA_DIR/ddsim.lock exclusively, holding
 * its pid, host name, what it is and since when. A second process finds the lock and refuses with a clear
 * message. A lock left by a process that no longer runs (a crash, SIGKILL, a reboot) is stale: it is taken
 * over, with a note on the console.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'ddsim.lock';

export interface LockHolder {
	pid: number;
	host: string;
	/** What holds it, e.g. "server on 127.0.0.1:3000" or "ddsim admin". */
	what: string;
	since: string;
}

export class DataDirLockedError extends Error {
	constructor(
		readonly dir: string,
		readonly holder: LockHolder
	) {
		super(
			`The data folder ${dir} is in use by another ddsim process (${holder.what}, pid ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
				'Only one process may open the embedded database: stop that one first (or use PostgreSQL with DATABASE_URL for several app instances).'
		);
		this.name = 'DataDirLockedError';
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
	// A pid reused by an unrelated program after a reboot does not hold our lock.
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
	} catch {
		return true;
	}
}

function readHolder(file: string): LockHolder | undefined {
	try {
		const h = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
		return typeof h.pid === 'number' ? h : undefined;
	} catch {
		return undefined;
	}
}

/** Take the lock of `dir` (which must exist) for this process; returns the function that releases it. */
export function lockDataDir(dir: string, what: string): () => void {
	const file = join(dir, LOCK_FILE);
	const me: LockHolder = {
		pid: process.pid,
		host: hostname(),
		what,
		since: new Date().toISOString()
	};
	for (let attempt = 0; ; attempt++) {
		try {
			const fd = openSync(file, 'wx', 0o600);
			writeSync(fd, JSON.stringify(me) + '\n');
			closeSync(fd);
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw e;
			const h = readHolder(file);
			const stale = !h || (h.host === me.host && (h.pid === process.pid ? false : !alive(h.pid)));
			if (h && !stale) throw new DataDirLockedError(dir, h);
			console.warn(
				`ddsim: taking over a stale lock on ${dir}${h ? ` (left by pid ${h.pid}, ${h.what}, since ${h.since})` : ''}`
			);
			rmSync(file, { force: true });
		}
	}
	let held = true;
	const release = () => {
		if (!held) return;
		held = false;
		const h = readHolder(file);
		if (h?.pid === process.pid) rmSync(file, { force: true });
	};
	process.once('exit', release);
	return release;
}
