import { error } from '@sveltejs/kit';
import { findScenario } from '$lib/scenario-library';
import { CUSTOM_ID } from '$lib/custom-scenario';

/** The compiled scenario; everything after this load runs in the browser. A custom (pasted) scenario lives
 * only in the browser, so the server sends nothing for it. */
export function load({ params }) {
	if (params.id === CUSTOM_ID) return { scenario: undefined };
	const scenario = findScenario(params.id)?.result.scenario;
	if (!scenario) error(404, `There is no playable scenario '${params.id}'.`);
	return { scenario };
}
