import { json } from '@sveltejs/kit';
import { dbStatus } from '$lib/server/db';

/** Is the server up, and is its database open yet? (Tests and load balancers wait for `db: 'ready'`.) */
export const GET = () =>
	json({ ok: true, db: dbStatus().state }, { headers: { 'cache-control': 'no-store' } });
