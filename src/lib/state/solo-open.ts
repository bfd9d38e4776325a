/** Which solo run a play or debrief page shows, from its URL: `?run=<id>`, a new run (`?new=1`, with `seed`
 * and `exam`), or the newest unfinished run (else a new one). */
import type { Scenario } from '$lib/scenario/types';
import { latestOpenRun, loadRun, newRunId, type SavedSession } from './solo-runs';

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
