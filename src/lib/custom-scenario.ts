/** A scenario pasted in the authoring page: kept in this browser only and compiled here, without a server. */
import type { Scenario } from '$lib/scenario/types';

export const CUSTOM_ID = 'custom';
const KEY = 'ddsim:author:yaml';

export function saveCustomYaml(yaml: string): void {
	localStorage.setItem(KEY, yaml);
}

export function loadCustomYaml(): string | undefined {
	return localStorage.getItem(KEY) ?? undefined;
}

/** Compile the saved custom scenario. The compiler is loaded on demand, so the exercise page stays small.
 * Its id is replaced by 'custom' so the saved session and the URL agree. */
export async function loadCustomScenario(): Promise<{ scenario?: Scenario; error?: string }> {
	const yaml = loadCustomYaml();
	if (!yaml) return { error: 'No scenario has been pasted in the authoring page yet.' };
	const { compileScenario } = await import('$lib/scenario');
	const { scenario, diagnostics } = compileScenario(yaml, 'custom.yaml');
	if (!scenario) {
		const n = diagnostics.filter((d) => d.severity === 'error').length;
		return { error: `The pasted scenario has ${n} error(s); fix them in the authoring page.` };
	}
	return { scenario: { ...scenario, id: CUSTOM_ID } };
}

/** Named drafts kept in this browser (the authoring page's "Save in this browser"). */
const DRAFTS = 'ddsim:author:drafts';

export interface Draft {
	name: string;
	yaml: string;
	/** ISO time of the last save. */
	saved: string;
}

export function listDrafts(): Draft[] {
	try {
		const v = JSON.parse(localStorage.getItem(DRAFTS) ?? '[]');
		return Array.isArray(v)
			? v.filter((d): d is Draft => d && typeof d.name === 'string' && typeof d.yaml === 'string')
			: [];
	} catch {
		return [];
	}
}

export function saveDraft(name: string, yaml: string): Draft[] {
	const drafts = listDrafts().filter((d) => d.name !== name);
	drafts.unshift({ name, yaml, saved: new Date().toISOString() });
	localStorage.setItem(DRAFTS, JSON.stringify(drafts.slice(0, 50)));
	return listDrafts();
}

export function deleteDraft(name: string): Draft[] {
	localStorage.setItem(DRAFTS, JSON.stringify(listDrafts().filter((d) => d.name !== name)));
	return listDrafts();
}
