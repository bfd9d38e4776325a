/**
 * Solo runs kept in this browser: several runs per scenario, each its (seed, exam mode, input log), with a
 * small index per scenario for the library's history. Everything read back from storage or from an imported
 * file is checked value by value before it reaches the engine (`checkSaved`): a damaged entry is reported
 * and skipped, never replayed.
 */
import type { Input } from '$lib/core/types';
import type { Speed } from '$lib/core/clock';
import type { Rating } from '$lib/scoring/types';
import { dropAllSnapshots, dropSnapshot } from './solo-snapshot';

export interface SavedSession {
	version: 1;
	scenarioId: string;
	seed: number;
	/** Posts, deletions and injects, in order (ticks are not stored: time is `t`). */
	log: Input[];
	t: number;
	speed: Speed;
	/** Run id (absent in files exported before runs existed). */
	runId?: string;
	/** Exam mode: no live hints in this run. */
	exam?: boolean;
	/** ISO time the run was started. */
	createdAt?: string;
}

export interface RunSummary {
	runId: string;
	seed: number;
	exam: boolean;
	createdAt: string;
	/** Scenario time reached. */
	t: number;
	ended: boolean;
	posts: number;
	overall?: number;
	rating?: Rating;
}

const MAX_TEXT = 10_000;
const MAX_LOG = 5_000;
const SPEEDS: Speed[] = [1, 5, 20, 'max'];
const CHANNELS = ['feed', 'news', 'dm', 'internal'];
const ID = /^[\w-]{1,100}$/;

const isText = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e7;

/** Why one logged input cannot be replayed, or undefined. */
function inputProblem(i: unknown, known: { events?: Set<string> }): string | undefined {
	if (!i || typeof i !== 'object') return 'it is not an entry';
	const x = i as Record<string, unknown>;
	if (!isTime(x.t)) return 'its time is not a number of seconds';
	switch (x.kind) {
		case 'tick':
		case 'end':
			return undefined;
		case 'post':
			if (!isText(x.id, 100) || !ID.test(x.id as string)) return 'the post has no valid id';
			if (!isText(x.text)) return 'the post text is missing or longer than 10,000 characters';
			if (x.replyTo !== undefined && !isText(x.replyTo, 100)) return 'its reply target is invalid';
			if (x.threadOf !== undefined && !isText(x.threadOf, 100)) return 'its thread is invalid';
			if (x.author !== undefined && !isText(x.author, 200)) return 'its author is invalid';
			if (x.quoteOf !== undefined && !isText(x.quoteOf, 100)) return 'the quoted item is invalid';
			return undefined;
		case 'share':
			if (!isText(x.id, 100) || !ID.test(x.id as string)) return 'the re-post has no valid id';
			if (!isText(x.itemId, 100)) return 'the re-posted item is invalid';
			return undefined;
		case 'pin':
			return x.postId === null || isText(x.postId, 100) ? undefined : 'the pinned post is invalid';
		case 'message':
			if (!isText(x.id, 100) || !ID.test(x.id as string)) return 'the message has no valid id';
			if (!isText(x.to, 100)) return 'the message has no valid recipient';
			if (!isText(x.text)) return 'the message text is missing or longer than 10,000 characters';
			return undefined;
		case 'delete':
			return isText(x.postId, 100) ? undefined : 'the deleted post id is invalid';
		case 'inject':
		case 'cancel':
			if (!isText(x.eventId, 100)) return 'the event id is invalid';
			if (known.events && !known.events.has(x.eventId as string))
				return `the scenario has no event '${String(x.eventId).slice(0, 40)}'`;
			return undefined;
		case 'retime':
			if (!isText(x.eventId, 100) || !isTime(x.at)) return 'the event or its new time is invalid';
			return undefined;
		case 'inject-text':
			if (!isText(x.id, 100) || !isText(x.text, 5000)) return 'the inject text is missing';
			if (!CHANNELS.includes(x.channel as string)) return 'the inject channel is unknown';
			if (x.from !== undefined && !isText(x.from, 100)) return 'the inject sender is invalid';
			if (x.at !== undefined && !isTime(x.at)) return 'the inject time is invalid';
			return undefined;
		default:
			return `'${String(x.kind).slice(0, 20)}' is not a kind of entry`;
	}
}

/**
 * Check a saved or imported session value by value. Returns the cleaned session or why it is unusable.
 * `events`: the scenario's event ids, when known, so injects of events it does not have are refused.
 */
export function checkSaved(
	raw: unknown,
	scenarioId: string,
	known: { events?: Set<string>; duration?: number } = {}
): { session?: SavedSession; error?: string } {
	if (!raw || typeof raw !== 'object') return { error: 'The saved session is not an object.' };
	const s = raw as Record<string, unknown>;
	if (s.scenarioId !== scenarioId)
		return { error: `The saved session is for another scenario ('${String(s.scenarioId)}').` };
	if (typeof s.seed !== 'number' || !Number.isSafeInteger(s.seed) || s.seed < 0)
		return { error: 'The saved session is damaged: its seed is not a whole number.' };
	if (!isTime(s.t)) return { error: 'The saved session is damaged: its time is not a number.' };
	if (!Array.isArray(s.log)) return { error: 'The saved session is damaged: its log is missing.' };
	if (s.log.length > MAX_LOG)
		return { error: `The saved session has more than ${MAX_LOG} entries.` };
	let last = 0;
	for (const [i, input] of s.log.entries()) {
		const why = inputProblem(input, known);
		if (why) return { error: `The session is damaged at entry ${i + 1} of its log: ${why}.` };
		const t = (input as { t: number }).t;
		if (t < last)
			return {
				error: `The session is damaged at entry ${i + 1} of its log: it goes back in time.`
			};
		last = t;
	}
	const speed = SPEEDS.includes(s.speed as Speed) ? (s.speed as Speed) : 1;
	const t =
		known.duration !== undefined ? Math.min(s.t as number, known.duration) : (s.t as number);
	return {
		session: {
			version: 1,
			scenarioId,
			seed: s.seed,
			log: s.log as Input[],
			t,
			speed,
			...(typeof s.runId === 'string' && ID.test(s.runId) ? { runId: s.runId } : {}),
			...(typeof s.exam === 'boolean' ? { exam: s.exam } : {}),
			...(typeof s.createdAt === 'string' && s.createdAt.length < 40
				? { createdAt: s.createdAt }
				: {})
		}
	};
}

// ---------------------------------------------------------------- storage

const LEGACY = (scenarioId: string) => `ddsim:solo:${scenarioId}`;
const INDEX = (scenarioId: string) => `ddsim:runs:${scenarioId}`;
const RUN = (scenarioId: string, runId: string) => `ddsim:run:${scenarioId}:${runId}`;

export function newRunId(): string {
	const rnd = crypto.getRandomValues(new Uint32Array(2));
	return `r${Date.now().toString(36)}${rnd[0].toString(36)}`;
}

function readJson(key: string): unknown {
	try {
		const raw = localStorage.getItem(key);
		return raw ? JSON.parse(raw) : undefined;
	} catch {
		return undefined;
	}
}

/** Runs of a scenario in this browser, newest first (an old single saved session becomes a run). */
export function listRuns(scenarioId: string): RunSummary[] {
	migrateLegacy(scenarioId);
	const v = readJson(INDEX(scenarioId));
	if (!Array.isArray(v)) return [];
	return v
		.filter(
			(r): r is RunSummary =>
				!!r && typeof r.runId === 'string' && ID.test(r.runId) && typeof r.seed === 'number'
		)
		.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
}

function writeIndex(scenarioId: string, runs: RunSummary[]) {
	localStorage.setItem(INDEX(scenarioId), JSON.stringify(runs));
}

/** A saved run, checked; undefined (with the reason) when missing or damaged. */
export function loadRun(
	scenarioId: string,
	runId: string,
	known: { events?: Set<string>; duration?: number } = {}
): { session?: SavedSession; error?: string } {
	const raw = readJson(RUN(scenarioId, runId));
	if (raw === undefined) return { error: 'This run is no longer saved in this browser.' };
	return checkSaved(raw, scenarioId, known);
}

/** Save a run and its summary. Throws a clear error when the browser's storage is full. */
export function saveRun(session: SavedSession, summary: Omit<RunSummary, 'runId'>) {
	const runId = session.runId!;
	const write = () => {
		localStorage.setItem(RUN(session.scenarioId, runId), JSON.stringify(session));
		const runs = listRuns(session.scenarioId).filter((r) => r.runId !== runId);
		writeIndex(session.scenarioId, [{ runId, ...summary }, ...runs]);
	};
	try {
		write();
	} catch {
		// Saved worlds (solo-snapshot.ts) are only a shortcut: they make room for the logs first.
		try {
			dropAllSnapshots();
			write();
		} catch {
			throw new Error(
				"This browser's storage for ddsim is full: delete old runs from the library (History) and try again."
			);
		}
	}
}

export function deleteRun(scenarioId: string, runId: string) {
	dropSnapshot(scenarioId, runId);
	localStorage.removeItem(RUN(scenarioId, runId));
	writeIndex(
		scenarioId,
		listRuns(scenarioId).filter((r) => r.runId !== runId)
	);
}

/** Delete every run of a scenario (the authoring page's custom scenario changes). */
export function clearRuns(scenarioId: string) {
	for (const r of listRuns(scenarioId)) {
		dropSnapshot(scenarioId, r.runId);
		localStorage.removeItem(RUN(scenarioId, r.runId));
	}
	localStorage.removeItem(INDEX(scenarioId));
	localStorage.removeItem(LEGACY(scenarioId));
}

/** The newest run that has not ended, if any. */
export function latestOpenRun(scenarioId: string): RunSummary | undefined {
	return listRuns(scenarioId).find((r) => !r.ended);
}

function migrateLegacy(scenarioId: string) {
	const old = readJson(LEGACY(scenarioId));
	if (old === undefined) return;
	const { session } = checkSaved(old, scenarioId);
	localStorage.removeItem(LEGACY(scenarioId));
	if (!session) return;
	const runId = newRunId();
	const createdAt = new Date().toISOString();
	try {
		localStorage.setItem(RUN(scenarioId, runId), JSON.stringify({ ...session, runId, createdAt }));
		const v = readJson(INDEX(scenarioId));
		const runs = Array.isArray(v) ? (v as RunSummary[]) : [];
		writeIndex(scenarioId, [
			{
				runId,
				seed: session.seed,
				exam: false,
				createdAt,
				t: session.t,
				ended: session.log.some((i) => i.kind === 'end'),
				posts: session.log.filter((i) => i.kind === 'post').length
			},
			...runs
		]);
	} catch {
		/* storage full: the old session is lost either way */
	}
}
