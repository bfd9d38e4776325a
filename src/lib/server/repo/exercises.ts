/** Exercises, their instructors, participants (world instances) and members (people); join codes in
 * join-codes.ts (re-exported here). */
import type { Queryable } from '../db/types.ts';
import type { Clock } from '../../core/clock.ts';
import { newId } from '../auth/tokens.ts';
import { Lru } from '../lru.ts';

export {
	currentJoinCode,
	issueJoinCode,
	lookupJoinCode,
	revokeJoinCodes,
	type CodeLookup,
	type JoinCode
} from './join-codes.ts';

export type ExerciseStatus = 'lobby' | 'running' | 'paused' | 'ended';

export interface Exercise {
	id: string;
	ownerId: string;
	title: string;
	scenarioId: string;
	scenarioFile: string;
	scenarioYaml: string;
	seed: number;
	mode: 'individual' | 'teams';
	clearance: boolean;
	/** Exam mode: no live coach hints for trainees (the debrief shows what they would have said). */
	exam: boolean;
	status: ExerciseStatus;
	clock: Clock;
	lastSeq: number;
	createdAt: Date;
}

interface Row {
	id: string;
	owner_id: string;
	title: string;
	scenario_id: string;
	scenario_file: string;
	scenario_yaml: string;
	seed: string | number;
	mode: 'individual' | 'teams';
	clearance: boolean;
	exam: boolean;
	status: ExerciseStatus;
	clock: Clock;
	last_seq: number;
	created_at: Date;
}

const exercise = (r: Row): Exercise => ({
	id: r.id,
	ownerId: r.owner_id,
	title: r.title,
	scenarioId: r.scenario_id,
	scenarioFile: r.scenario_file,
	scenarioYaml: r.scenario_yaml,
	seed: Number(r.seed),
	mode: r.mode,
	clearance: r.clearance,
	exam: !!r.exam,
	status: r.status,
	clock: typeof r.clock === 'string' ? JSON.parse(r.clock) : r.clock,
	lastSeq: r.last_seq,
	createdAt: new Date(r.created_at)
});

export async function insertExercise(
	q: Queryable,
	e: Omit<Exercise, 'id' | 'status' | 'lastSeq' | 'createdAt'>
): Promise<Exercise> {
	const [r] = await q.query<Row>(
		`INSERT INTO exercises (id, owner_id, title, scenario_id, scenario_file, scenario_yaml, seed, mode,
		   clearance, status, clock, exam)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'lobby', $10::jsonb, $11) RETURNING *`,
		[
			newId('x'),
			e.ownerId,
			e.title,
			e.scenarioId,
			e.scenarioFile,
			e.scenarioYaml,
			e.seed,
			e.mode,
			e.clearance,
			JSON.stringify(e.clock),
			e.exam
		]
	);
	await q.query('INSERT INTO exercise_instructors (exercise_id, user_id) VALUES ($1, $2)', [
		r.id,
		e.ownerId
	]);
	return exercise(r);
}

/** Exercise control switches exam mode (no live hints) on or off, before or during the exercise. */
export async function setExam(q: Queryable, id: string, exam: boolean) {
	rowChanged(id);
	await q.query('UPDATE exercises SET exam = $2 WHERE id = $1', [id, exam]);
}

/**
 * The scenario snapshot stored with an exercise never changes once the exercise exists, and it is the one
 * large column (tens of kilobytes): reads that happen on every post and every stream leave it out and take it
 * from here, reading it once per process (a bounded cache: the least recently used are dropped first).
 */
const yamlOf = new Lru<string>(64);

const LEAN = `id, owner_id, title, scenario_id, scenario_file, seed, mode, clearance, exam, status, clock,
	last_seq, created_at`;

async function withYaml(q: Queryable, r: Omit<Row, 'scenario_yaml'> | undefined) {
	if (!r) return undefined;
	let yaml = yamlOf.get(r.id);
	if (yaml === undefined) {
		const [y] = await q.query<{ scenario_yaml: string }>(
			'SELECT scenario_yaml FROM exercises WHERE id = $1',
			[r.id]
		);
		if (!y) return undefined;
		yaml = y.scenario_yaml;
	}
	yamlOf.set(r.id, yaml);
	return exercise({ ...r, scenario_yaml: yaml });
}

export async function getExercise(q: Queryable, id: string): Promise<Exercise | undefined> {
	const [r] = await q.query<Omit<Row, 'scenario_yaml'>>(
		`SELECT ${LEAN} FROM exercises WHERE id = $1`,
		[id]
	);
	return withYaml(q, r);
}

/**
 * Exercise rows of the embedded database, remembered between transactions (`lockExercise(…, { cached })`).
 * PGlite runs one transaction at a time, in the one process that holds its data folder, so inside a transaction
 * nobody else can change the row: a row remembered from a committed transaction is what `SELECT … FOR UPDATE`
 * would read. Every write of the row (`appendEvents`, `setExerciseClock`, `setExam`) forgets it and bumps its
 * version; a post's transaction puts it back with its new last event once it has committed, unless another
 * write came in between (`rememberRow`). Never used with PostgreSQL, where other instances write the row.
 */
const rows = new Lru<Exercise>(256);
let rowWrites = 0;
const copy = (e: Exercise): Exercise => ({ ...e, clock: { ...e.clock } });

/** The exercise row changed (or may have): forget it. Called by every statement that writes it. */
export function rowChanged(id: string) {
	rowWrites++;
	rows.delete(id);
}

/** A version to hand to `rememberRow`: taken after this transaction's last write of the row. */
export const rowVersion = () => rowWrites;

/** After the transaction that wrote `e` (taken at `version`) committed: remember it, if nothing wrote since. */
export function rememberRow(e: Exercise, version: number) {
	if (version === rowWrites) rows.set(e.id, copy(e));
}

/**
 * Lock the exercise row for the rest of the transaction: appends to its log are serialised by this. With
 * `cached` (the embedded database only, see above) a remembered row is returned without a query.
 */
export async function lockExercise(
	q: Queryable,
	id: string,
	opts: { cached?: boolean } = {}
): Promise<Exercise | undefined> {
	if (opts.cached) {
		const hit = rows.get(id);
		if (hit) return copy(hit);
	}
	const version = rowWrites;
	const [r] = await q.query<Omit<Row, 'scenario_yaml'>>(
		`SELECT ${LEAN} FROM exercises WHERE id = $1 FOR UPDATE`,
		[id]
	);
	const e = await withYaml(q, r);
	if (e && opts.cached) rememberRow(e, version);
	return e;
}

export async function setExerciseClock(
	q: Queryable,
	id: string,
	status: ExerciseStatus,
	clock: Clock
) {
	rowChanged(id);
	await q.query('UPDATE exercises SET status = $2, clock = $3::jsonb WHERE id = $1', [
		id,
		status,
		JSON.stringify(clock)
	]);
}

export async function listExercisesFor(q: Queryable, userId: string) {
	const rows = await q.query<Row & { trainees: number }>(
		`SELECT e.*, (SELECT count(*)::int FROM members m WHERE m.exercise_id = e.id) AS trainees
		   FROM exercises e JOIN exercise_instructors i ON i.exercise_id = e.id
		  WHERE i.user_id = $1 ORDER BY e.created_at DESC`,
		[userId]
	);
	return rows.map((r) => ({ ...exercise(r), trainees: r.trainees }));
}

/** Whether this user controls this exercise: listed as one of its instructors *and* an instructor account
 * (a trainee account can never control an exercise, even if a row says so). */
export async function isInstructorOf(q: Queryable, exerciseId: string, userId: string) {
	const r = await q.query(
		`SELECT 1 FROM exercise_instructors i JOIN users u ON u.id = i.user_id
		  WHERE i.exercise_id = $1 AND i.user_id = $2 AND u.role = 'instructor'`,
		[exerciseId, userId]
	);
	return r.length > 0;
}

/** Make an instructor account a co-instructor. Returns false (and adds nothing) for any other account. */
export async function addInstructor(
	q: Queryable,
	exerciseId: string,
	userId: string
): Promise<boolean> {
	const r = await q.query(
		`INSERT INTO exercise_instructors (exercise_id, user_id)
		 SELECT $1, u.id FROM users u WHERE u.id = $2 AND u.role = 'instructor'
		 ON CONFLICT DO NOTHING RETURNING user_id`,
		[exerciseId, userId]
	);
	if (r.length) return true;
	return isInstructorOf(q, exerciseId, userId);
}

export async function listInstructors(q: Queryable, exerciseId: string) {
	return q.query<{ id: string; username: string; display_name: string }>(
		`SELECT u.id, u.username, u.display_name FROM users u
		   JOIN exercise_instructors i ON i.user_id = u.id WHERE i.exercise_id = $1 ORDER BY u.username`,
		[exerciseId]
	);
}

// ── participants and members ────────────────────────────────────────────────────────────────

export interface Participant {
	id: string;
	name: string;
	kind: 'trainee' | 'team';
}

export interface Member {
	id: string;
	participantId: string;
	displayName: string;
	isLead: boolean;
}

export async function createParticipant(
	q: Queryable,
	exerciseId: string,
	name: string,
	kind: Participant['kind']
): Promise<Participant> {
	const id = newId(kind === 'team' ? 'team' : 'tr');
	await q.query('INSERT INTO participants (id, exercise_id, name, kind) VALUES ($1, $2, $3, $4)', [
		id,
		exerciseId,
		name,
		kind
	]);
	return { id, name, kind };
}

export async function listParticipants(q: Queryable, exerciseId: string) {
	const rows = await q.query<{ id: string; name: string; kind: Participant['kind'] }>(
		'SELECT id, name, kind FROM participants WHERE exercise_id = $1 ORDER BY created_at, id',
		[exerciseId]
	);
	return rows as Participant[];
}

export async function createMember(
	q: Queryable,
	exerciseId: string,
	participantId: string,
	displayName: string,
	isLead: boolean,
	userId?: string
): Promise<Member> {
	const id = newId('m');
	await q.query(
		`INSERT INTO members (id, exercise_id, participant_id, display_name, is_lead, user_id)
		 VALUES ($1, $2, $3, $4, $5, $6)`,
		[id, exerciseId, participantId, displayName, isLead, userId ?? null]
	);
	return { id, participantId, displayName, isLead };
}

export async function listMembers(q: Queryable, exerciseId: string): Promise<Member[]> {
	const rows = await q.query<{
		id: string;
		participant_id: string;
		display_name: string;
		is_lead: boolean;
	}>(
		`SELECT id, participant_id, display_name, is_lead FROM members
		  WHERE exercise_id = $1 ORDER BY joined_at, id`,
		[exerciseId]
	);
	return rows.map((r) => ({
		id: r.id,
		participantId: r.participant_id,
		displayName: r.display_name,
		isLead: r.is_lead
	}));
}

/** The seat a trainee account already has in this exercise, if any. */
export async function memberOfUser(q: Queryable, exerciseId: string, userId: string) {
	const [r] = await q.query<{
		id: string;
		participant_id: string;
		display_name: string;
		is_lead: boolean;
		p_name: string;
		p_kind: Participant['kind'];
	}>(
		`SELECT m.id, m.participant_id, m.display_name, m.is_lead, p.name AS p_name, p.kind AS p_kind
		   FROM members m JOIN participants p ON p.id = m.participant_id
		  WHERE m.exercise_id = $1 AND m.user_id = $2 ORDER BY m.joined_at LIMIT 1`,
		[exerciseId, userId]
	);
	return (
		r && {
			member: {
				id: r.id,
				participantId: r.participant_id,
				displayName: r.display_name,
				isLead: r.is_lead
			} as Member,
			participant: { id: r.participant_id, name: r.p_name, kind: r.p_kind } as Participant
		}
	);
}
