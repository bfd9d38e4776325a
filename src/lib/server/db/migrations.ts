/**
 * The schema, as numbered migrations applied in order inside one transaction each. Never edit a migration that
 * has shipped: add the next one. The same SQL runs on PGlite and PostgreSQL.
 *
 * A session (exercise) is stored as its scenario snapshot, its seed and an append-only event log; everything
 * else (world state, scores, the console) is rebuilt from that log.
 */
import type { Db } from './types.ts';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: Migration[] = [
	{
		version: 1,
		name: 'accounts, exercises, event log',
		sql: `
CREATE TABLE users (
	id text PRIMARY KEY,
	username text NOT NULL UNIQUE,
	display_name text NOT NULL,
	password_hash text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE exercises (
	id text PRIMARY KEY,
	owner_id text NOT NULL REFERENCES users(id),
	title text NOT NULL,
	scenario_id text NOT NULL,
	scenario_file text NOT NULL,
	scenario_yaml text NOT NULL,
	seed bigint NOT NULL,
	mode text NOT NULL CHECK (mode IN ('individual', 'teams')),
	clearance boolean NOT NULL DEFAULT false,
	status text NOT NULL CHECK (status IN ('lobby', 'running', 'paused', 'ended')),
	clock jsonb NOT NULL,
	last_seq integer NOT NULL DEFAULT 0,
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE exercise_instructors (
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	PRIMARY KEY (exercise_id, user_id)
);
CREATE TABLE join_codes (
	code text PRIMARY KEY,
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	created_at timestamptz NOT NULL DEFAULT now(),
	expires_at timestamptz NOT NULL,
	revoked_at timestamptz
);
CREATE TABLE participants (
	id text PRIMARY KEY,
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	name text NOT NULL,
	kind text NOT NULL CHECK (kind IN ('trainee', 'team')),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participants_exercise ON participants(exercise_id);
CREATE TABLE members (
	id text PRIMARY KEY,
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	participant_id text NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
	display_name text NOT NULL,
	is_lead boolean NOT NULL DEFAULT false,
	user_id text REFERENCES users(id),
	joined_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_exercise ON members(exercise_id);
CREATE TABLE auth_sessions (
	token_hash text PRIMARY KEY,
	user_id text REFERENCES users(id) ON DELETE CASCADE,
	member_id text REFERENCES members(id) ON DELETE CASCADE,
	created_at timestamptz NOT NULL DEFAULT now(),
	expires_at timestamptz NOT NULL,
	CHECK ((user_id IS NULL) <> (member_id IS NULL))
);
CREATE TABLE events (
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	seq integer NOT NULL,
	audience text NOT NULL,
	kind text NOT NULL,
	t integer NOT NULL,
	payload jsonb NOT NULL,
	at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (exercise_id, seq)
);
CREATE INDEX events_audience ON events(exercise_id, audience, seq);
CREATE TABLE drafts (
	id text PRIMARY KEY,
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	participant_id text NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
	member_id text NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	text text NOT NULL,
	reply_to text,
	status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
	note text,
	decided_by text REFERENCES members(id),
	post_id text,
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX drafts_participant ON drafts(participant_id, status);
`
	},
	{
		version: 2,
		name: 'trainee accounts',
		sql: `
ALTER TABLE users ADD COLUMN role text NOT NULL DEFAULT 'instructor' CHECK (role IN ('instructor', 'trainee'));
CREATE INDEX members_user ON members(exercise_id, user_id);
`
	},
	{
		version: 3,
		name: 'quote posts and re-posts in team drafts',
		sql: `
ALTER TABLE drafts ADD COLUMN quote_of text;
ALTER TABLE drafts ADD COLUMN share_of text;
`
	},
	{
		version: 4,
		name: 'exam mode per exercise',
		sql: `
ALTER TABLE exercises ADD COLUMN exam boolean NOT NULL DEFAULT false;
`
	},
	{
		version: 5,
		name: 'world snapshots (a cache: any row may be dropped, the world is rebuilt from the log)',
		sql: `
CREATE TABLE world_snapshots (
	exercise_id text NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
	participant_id text NOT NULL,
	engine text NOT NULL,
	seq integer NOT NULL,
	t integer NOT NULL,
	state text NOT NULL,
	saved_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (exercise_id, participant_id)
);
`
	}
];

/** Apply the migrations not yet applied. Safe to run from several processes at once (advisory lock). */
export async function migrate(db: Db): Promise<number[]> {
	return db.tx(async (q) => {
		await q.query('SELECT pg_advisory_xact_lock(4215031)');
		await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
		const done = new Set(
			(await q.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
				(r) => r.version
			)
		);
		const applied: number[] = [];
		for (const m of MIGRATIONS) {
			if (done.has(m.version)) continue;
			for (const stmt of m.sql.split(/;\s*\n/).filter((s) => s.trim())) await q.query(stmt);
			await q.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
				m.version,
				m.name
			]);
			applied.push(m.version);
		}
		return applied;
	});
}
