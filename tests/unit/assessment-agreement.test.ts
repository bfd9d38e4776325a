/**
 * One run, one assessment (issue 11): the solo debrief (core/headless reportFor), the cohort AAR
 * (academy/aar cohortAar), the instructor console's trainee grid (server/academy/views signalsOf) and
 * `ddsim score --json` must show the same figures for the same run - overall, rating, criteria, objectives,
 * each post's score and findings. Runs come from the assessment table (tests/assessment/runs/*.yaml).
 *
 * `ddsim score` reads a posts file, which cannot say "delete" or "end here"; runs with those steps are
 * compared between the debrief, the AAR and the grid only.
 */
import { describe as group, expect, it } from 'vitest';
import { describe } from '../assessment/explain.ts';
import { loadTable, play } from '../assessment/table.ts';
import {
	aarFigures,
	cliFigures,
	debriefFigures,
	disagreements,
	gridFigures,
	onlyPosts
} from '../assessment/surfaces.ts';

/** Two to four runs per shipped scenario: a good full run, a silent or ended-early run, a run with a
 * faux pas, and runs with deleted posts. */
const RUNS = [
	'quake-first#good-full',
	'quake-first#silent-full',
	'quake-first#silent-ended',
	'quake-first#ended-early',
	'quake-rumour#fix-myth',
	'quake-rumour#leak-left',
	'quake-rumour#leak-deleted-silently',
	'evacuation#evac-full',
	'evacuation#parent-leak',
	'deepfake#df-full',
	'deepfake#jr-blame',
	'hacked#hk-full',
	'hacked#hk-silent',
	'askstate#as-full',
	'askstate#troll-insult',
	'state-visit#sv-full',
	'state-visit#vestra-deleted'
];

const table = loadTable();

function agree(key: string, surface: string, problems: string[]) {
	if (problems.length)
		expect.fail(
			[
				'',
				`${surface} disagrees with the debrief on ${key}:`,
				...problems.map((p) => `  ${p}`),
				describe(play(table.runs.get(key)!)),
				''
			].join('\n')
		);
	expect(problems).toEqual([]);
}

group('every surface shows the same assessment for the same run (issue 11)', () => {
	it('the chosen runs exist in the table', () => {
		expect(RUNS.filter((k) => !table.runs.has(k))).toEqual([]);
	});

	for (const key of RUNS) {
		const run = table.runs.get(key);
		if (!run) continue;
		group(key, () => {
			it('the cohort AAR shows the debrief figures (overall, rating, objectives, posts, findings)', () => {
				const p = play(run);
				const keys = [
					'overall',
					'rating',
					'adjustedOverall',
					'adjustedRating',
					'objectives',
					'posts',
					'findings'
				] as const;
				agree(key, 'the AAR', disagreements(debriefFigures(p), aarFigures(p), 'AAR', [...keys]));
			});

			it("the console grid's score and faux-pas count match the debrief", () => {
				const p = play(run);
				agree(
					key,
					'the console grid',
					disagreements(debriefFigures(p), gridFigures(p), 'grid', ['overall', 'findings'])
				);
			});

			if (onlyPosts(run))
				it('ddsim score --json shows the debrief figures (overall, rating, criteria, objectives, posts)', async () => {
					const p = play(run);
					const cli = await cliFigures(run);
					expect(cli.stderr).toBe('');
					expect(cli.exit).toBe(0);
					const keys = [
						'overall',
						'rating',
						'criteria',
						'objectives',
						'posts',
						'findings'
					] as const;
					agree(key, 'ddsim score --json', disagreements(debriefFigures(p), cli, 'CLI', [...keys]));
				});
		});
	}
});
