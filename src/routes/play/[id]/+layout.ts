// Solo play runs entirely in the browser (state in localStorage), so these pages are not server-rendered.
export const ssr = false;

/** The scenario from the server, or the custom one pasted in the authoring page (compiled here, in the
 * browser); without one, why not (the layout says it). */
export async function load({ data }) {
	if (data.scenario) return { scenario: data.scenario, problem: undefined };
	// only a custom scenario needs this module (and, on demand, the compiler)
	const { loadCustomScenario } = await import('$lib/custom-scenario');
	const custom = await loadCustomScenario();
	return { scenario: custom.scenario, problem: custom.scenario ? undefined : custom.error };
}
