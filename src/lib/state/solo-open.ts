/** Which solo run a play or debrief page shows, from its URL: `?run=<id>`, a new run (`?new=1`, with `seed`
 * and `exam`), or the newest unfinished run (else a new one). The routes call these; the components they
 * render get the opened session as props. */
import type { Scenario } from '$lib/scenario/types';
import type { SessionState } from '$lib/core/state';
import { latestOpenRun, listRuns, loadRun, newRunId, type SavedSession } from './solo-runs';
import { rebuild, SoloSession } from './solo-session.svelte';

export type OpenedRun =
	{ run: SavedSession & { runId: string }; fresh: boolean } | { error: string };

export function known(scenario: Scenario) {
	return { events: new Set(scenario.events.map((e) => e.id)), duration: scenario.duration };
}

export function openRun(scenario: Scenario, params: URLSearchParams): OpenedRun {
	const runId = params.get('run');
	if (runId) {
		const r = loadRun(scenario.id, runId, known(scenario));
		return r.session ? { run: { ...r.session, runId }, fresh: false } : { error: r.error! };
	}
	if (!params.has('new') && !params.has('seed')) {
		const open = latestOpenRun(scenario.id);
		if (open) {
			const r = loadRun(scenario.id, open.runId, known(scenario));
			if (r.session) return { run: { ...r.session, runId: open.runId }, fresh: false };
		}
	}
	const asked = params.has('seed') ? Number(params.get('seed')) : undefined;
	const seed =
		asked !== undefined && Number.isSafeInteger(asked) && asked >= 0 ? asked : scenario.seed;
	return {
		fresh: true,
		run: {
			version: 1,
			scenarioId: scenario.id,
			seed,
			log: [],
			t: 0,
			speed: 1,
			runId: newRunId(),
			exam: !!scenario.exam || params.get('exam') === '1',
			createdAt: new Date().toISOString()
		}
	};
}

/** The session a play page presents: the run its URL names, opened as a live solo session. */
export function openSoloSession(
	scenario: Scenario,
	params: URLSearchParams
): { session: SoloSession } | { error: string } {
	const opened = openRun(scenario, params);
	return 'run' in opened ? { session: new SoloSession(scenario, opened.run) } : opened;
}

/** What a debrief page presents: the run its URL names (`?run=<id>`, else the newest run), rebuilt to its
 * end. Nothing saved yet is `{}`; a missing or damaged run, or one that cannot be replayed, says why. */
export function openSoloDebrief(
	scenario: Scenario,
	params: URLSearchParams
): { saved?: SavedSession & { runId: string }; state?: SessionState; error?: string } {
	const runId = params.get('run') ?? listRuns(scenario.id)[0]?.runId;
	if (!runId) return {};
	const loaded = loadRun(scenario.id, runId, known(scenario));
	if (!loaded.session) return { error: loaded.error };
	const saved = { ...loaded.session, runId };
	try {
		return { saved, state: rebuild(scenario, saved) };
	} catch (e) {
		return { saved, error: `This run could not be replayed: ${(e as Error).message}` };
	}
}
