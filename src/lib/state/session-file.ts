/** Export and import of a solo session as JSON (the log, not the state: replay rebuilds the rest). */
import { checkSaved, type SavedSession } from './solo-runs';

export const SESSION_FILE_FORMAT = 'ddsim/session@1';

export interface SessionFile {
	format: typeof SESSION_FILE_FORMAT;
	session: SavedSession;
}

export function exportSession(session: SavedSession): string {
	return JSON.stringify({ format: SESSION_FILE_FORMAT, session } satisfies SessionFile, null, 2);
}

/** Largest session file accepted (a long run with many posts is well under 1 MB). */
export const MAX_SESSION_FILE_BYTES = 5 * 1024 * 1024;

/** Parse and check an exported session; a clear error instead of a half-imported exercise. Every value is
 * checked before anything is replayed (src/lib/state/solo-runs.ts). */
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
	const s = file.session as Partial<SavedSession>;
	if (!knownScenarios.includes(s.scenarioId as string)) {
		return {
			error: `The session is for scenario '${String(s.scenarioId)}', which this app does not have.`
		};
	}
	const checked = checkSaved(s, s.scenarioId as string);
	if (!checked.session) return { error: checked.error!.replace('saved session', 'session file') };
	return { session: checked.session };
}
