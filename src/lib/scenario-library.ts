/**
 * The shipped scenarios, bundled at build time from scenarios/*.yaml and compiled with the same compiler as the
 * CLI. Broken fixtures under scenarios/_invalid/ are not part of the library.
 */
import type { CompileResult } from '$lib/scenario';
import { validateScenario } from '$lib/core/validate';

const sources = import.meta.glob('/scenarios/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export interface LibraryEntry {
	/** Scenario id, or the file's base name when it does not compile. */
	id: string;
	file: string;
	source: string;
	result: CompileResult;
}

let cache: LibraryEntry[] | undefined;

export function library(): LibraryEntry[] {
	if (!cache) {
		cache = Object.entries(sources)
			.map(([path, source]) => {
				const file = path.replace(/^\//, '');
				const result = validateScenario(source, file);
				const base = file.replace(/^scenarios\//, '').replace(/\.ya?ml$/, '');
				return { id: result.scenario?.id ?? base, file, source, result };
			})
			.sort((a, b) => a.id.localeCompare(b.id));
	}
	return cache;
}

export function findScenario(id: string): LibraryEntry | undefined {
	return library().find((e) => e.id === id);
}
