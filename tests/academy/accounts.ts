/**
 * Accounts for academy tests, created in-process with one opening of the embedded database (the way
 * `ddsim admin create-*` does it, through the same service), before the server starts. A test that needs many
 * accounts then pays for one database start instead of one CLI process each — on a busy machine each of those
 * took 20 s. The CLI path itself is tested by `tests/e2e/academy-lan.test.ts` and `src/cli/commands/admin.test.ts`.
 */
import { configFromEnv, openDb } from '../../src/lib/server/db/index.ts';
import { createInstructor } from '../../src/lib/server/academy/accounts.ts';
import type { Role } from '../../src/lib/server/repo/users.ts';

export async function createAccounts(
	dataDir: string,
	accounts: { username: string; password: string; role?: Role }[]
): Promise<void> {
	const db = await openDb(configFromEnv({ DATA_DIR: dataDir }, 'academy test set-up'));
	try {
		for (const a of accounts) await createInstructor(db, a);
	} finally {
		await db.close();
	}
}
