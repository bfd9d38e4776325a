import { error } from '@sveltejs/kit';
import { findScenario } from '$lib/scenario-library';
import { diagnosticLine } from '$lib/scenario';
import { humanDuration } from '$lib/format';

export function load({ params }) {
	const entry = findScenario(params.id);
	if (!entry) error(404, `There is no scenario '${params.id}' in the library.`);
	const s = entry.result.scenario;
	return {
		id: entry.id,
		file: entry.file,
		diagnostics: entry.result.diagnostics.map((d) => ({
			code: d.code,
			severity: d.severity,
			where: `${d.line}:${d.col}`,
			message: d.message,
			suggestion: d.suggestion,
			text: diagnosticLine(d)
		})),
		scenario: s && {
			title: s.title,
			summary: s.summary,
			duration: humanDuration(s.duration),
			difficulty: s.difficulty,
			seed: s.seed,
			exam: !!s.exam,
			language: s.language,
			role: s.trainee.role,
			government: s.trainee.government,
			briefing: s.trainee.briefing,
			account: s.trainee.account,
			platform: s.platforms.find((p) => p.id === s.trainee.account.platform)?.label,
			objectives: s.objectives,
			events: s.events.length,
			tests: s.tests.length,
			sources: s.sources
		}
	};
}
