/** Export and import of a solo session as JSON (the log, not the state: replay rebuilds the rest). */
import type { SavedSession } from './solo-session.svelte';

export const SESSION_FILE_FORMAT = 'ddsim/session@1';

export interface SessionFile {
	format: typeof SESSION_FILE_FORMAT;
	session: SavedSession;
}

export function exportSession(session: SavedSession): string {
	return JSON.stringify({ format: SESSION_FILE_FORMAT, session } satisfies SessionFile, null, 2);
}

const KINDS = new Set([
	'tick',
	'post',
	'share',
	'pin',
	'message',
	'delete',
	'inject',
	'inject-text',
	'end'
]);

/** Parse and check an exported session; a clear error instead of a half-imported exercise. */
export function parseSessionFile(
	text: string,
	knownScenarios: string[]
): { session?: SavedSession; error?: string } {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return {
			error: 'This file is not JSON. Export a session from a debrief page and import that file.'
		};
	}
	const file = raw as Partial<SessionFile>;
	if (file?.format !== SESSION_FILE_FORMAT || typeof file.session !== 'object' || !file.session) {
		return {
			error: `This is not a ddsim session file (expected format '${SESSION_FILE_FORMAT}').`
		};
	}
	const s = file.session;
	if (!knownScenarios.includes(s.scenarioId)) {
		return {
			error: `The session is for scenario '${String(s.scenarioId)}', which this app does not have.`
		};
	}
	if (!Number.isSafeInteger(s.seed) || !Number.isFinite(s.t) || s.t < 0 || !Array.isArray(s.log)) {
		return { error: 'The session file is damaged (seed, time or log missing).' };
	}
	let last = 0;
	for (const [i, input] of s.log.entries()) {
		if (!input || !KINDS.has(input.kind) || !Number.isFinite(input.t) || input.t < last) {
			return { error: `The session file is damaged at entry ${i + 1} of its log.` };
		}
		if (
			(input.kind === 'post' || input.kind === 'message') &&
			(typeof input.text !== 'string' || input.text.length > 10_000)
		) {
			return {
				error: `Post ${i + 1} in the session file is missing or longer than 10,000 characters.`
			};
		}
		last = input.t;
	}
	return {
		session: {
			version: 1,
			scenarioId: s.scenarioId,
			seed: s.seed,
			log: s.log,
			t: s.t,
			speed: s.speed ?? 1
		}
	};
}
