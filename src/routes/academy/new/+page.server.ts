import { redirect } from '@sveltejs/kit';
import { academy } from '$lib/server/app';
import { requireInstructor } from '$lib/server/auth/guard';
import { acted } from '$lib/server/academy/http';
import { createExercise } from '$lib/server/academy/exercise-setup';
import { AcademyError } from '$lib/server/academy/errors';
import { library, findScenario } from '$lib/scenario-library';
import { MAX_SOURCE_CHARS } from '$lib/scenario';

export async function load(event) {
	await requireInstructor(event, { redirect: true });
	return {
		scenarios: library()
			.filter((e) => e.result.scenario)
			.map((e) => ({ id: e.id, title: e.result.scenario!.title, seed: e.result.scenario!.seed }))
	};
}

export const actions = {
	default: async (event) => {
		const me = await requireInstructor(event);
		const form = await event.request.formData();
		const keep = { scenario: String(form.get('scenario') ?? '') };
		return acted(async () => {
			let yaml: string;
			let file: string;
			const upload = form.get('file');
			if (upload instanceof File && upload.size > 0) {
				if (upload.size > MAX_SOURCE_CHARS * 4)
					throw new AcademyError(413, 'That file is too large for a scenario.');
				yaml = await upload.text();
				file = upload.name.replace(/[^\w.-]/g, '_').slice(0, 100) || 'upload.yaml';
			} else {
				const entry = findScenario(keep.scenario);
				if (!entry) throw new AcademyError(400, 'Choose a scenario or upload a YAML file.');
				yaml = entry.source;
				file = entry.file;
			}
			const seedRaw = String(form.get('seed') ?? '').trim();
			const r = await createExercise(await academy(), {
				ownerId: me.userId,
				yaml,
				file,
				seed: seedRaw ? Number(seedRaw) : undefined,
				speed: Number(form.get('speed') ?? 1),
				mode: form.get('mode') === 'teams' ? 'teams' : 'individual',
				clearance: form.get('clearance') === 'on',
				exam: form.get('hints') === 'exam' ? true : form.get('hints') === 'on' ? false : undefined,
				teams: String(form.get('teams') ?? '')
					.split('\n')
					.map((s) => s.trim())
					.filter(Boolean),
				title: String(form.get('title') ?? '').trim() || undefined
			});
			if (!r.ok) return { ...keep, error: 'The scenario has errors:', diagnostics: r.diagnostics };
			redirect(303, `/academy/${r.exercise.id}`);
		}, keep);
	}
};
