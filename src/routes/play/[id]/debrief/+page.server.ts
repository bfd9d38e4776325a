import { error } from '@sveltejs/kit';
import { findScenario } from '$lib/scenario-library';

/** The compiled scenario; everything after this load runs in the browser. */
export function load({ params }) {
	const scenario = findScenario(params.id)?.result.scenario;
	if (!scenario) error(404, `There is no playable scenario '${params.id}'.`);
	return { scenario };
}
