import { library } from '$lib/scenario-library';
import { humanDuration } from '$lib/format';

export function load() {
	return {
		scenarios: library().map(({ id, file, result }) => {
			const s = result.scenario;
			const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
			return s
				? {
						id,
						file,
						valid: true as const,
						title: s.title,
						summary: s.summary,
						duration: humanDuration(s.duration),
						difficulty: s.difficulty,
						objectives: s.objectives.map((o) => o.text),
						tags: s.tags,
						role: s.trainee.role,
						events: s.events.length
					}
				: { id, file, valid: false as const, errors };
		})
	};
}
