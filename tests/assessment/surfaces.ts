/**
 * The figures each place that shows an assessment shows for one run, read through the same pure functions
 * those places call:
 * - debrief: core/headless `reportFor` (solo debrief page, academy participant debrief, `ddsim run`);
 * - AAR: academy/aar `cohortAar` with the participant's state and report, as server/academy/views
 *   `cohortReview` builds it (no overrides);
 * - console grid: server/academy/views `signalsOf`, the function behind `/api/x/<id>/grid` (TraineeGrid's
 *   "Mean score" and "Faux pas" columns);
 * - CLI: `ddsim score <scenario> --posts <file> --json` (src/cli/commands/score.ts), run in-process.
 * Each surface fills in only the figures it shows; `disagreements` compares what both show.
 */
import { memoryIo } from '../../src/cli/io.ts';
import { run as scoreCommand } from '../../src/cli/commands/score.ts';
import { cohortAar } from '../../src/lib/academy/aar.ts';
import { reportFor } from '../../src/lib/core/headless.ts';
import { formatTime } from '../../src/lib/scenario/time.ts';
import { signalsOf } from '../../src/lib/server/academy/views.ts';
import type { ExerciseReport, PostScore, Rating } from '../../src/lib/scoring/types.ts';
import type { Played, Run } from './table.ts';

export interface PostFigures {
	overall: number;
	rating: Rating;
	findings: string[];
}
export interface Figures {
	overall?: number;
	rating?: Rating;
	/** Overall with instructor overrides applied; with none it must equal the automatic one. */
	adjustedOverall?: number;
	adjustedRating?: Rating;
	criteria?: Record<string, { score: number; rating: Rating; weight: number }>;
	objectives?: Record<string, { score: number; rating: Rating | undefined }>;
	/** In the order the posts were published (ids differ between surfaces: the CLI numbers them p1…). */
	posts?: PostFigures[];
	/** Findings over every published post, deleted ones included (they were public). */
	findings?: number;
}

const postFigures = (s: PostScore): PostFigures => ({
	overall: s.overall,
	rating: s.rating,
	findings: [...new Set(s.findings.map((f) => f.id))].sort()
});

function fromReport(r: ExerciseReport): Figures {
	return {
		overall: r.overall,
		rating: r.rating,
		criteria: Object.fromEntries(
			r.criteria.map((c) => [c.id, { score: c.score, rating: c.rating, weight: c.weight }])
		),
		objectives: Object.fromEntries(
			r.objectives.map((o) => [o.id, { score: o.score, rating: o.rating }])
		),
		posts: r.posts.map(postFigures),
		findings: r.posts.reduce((n, s) => n + s.findings.length, 0)
	};
}

export const debriefFigures = (p: Played): Figures =>
	fromReport(reportFor(p.run.scenario, p.state));

export function aarFigures(p: Played): Figures {
	const aar = cohortAar(p.run.scenario, [
		{
			id: 'trainee',
			name: 'Trainee',
			members: [],
			state: p.state,
			report: reportFor(p.run.scenario, p.state),
			overrides: [],
			comments: []
		}
	]);
	const row = aar.participants[0];
	const ratingOf = (c: Record<Rating, number>) =>
		(['P', 'S', 'M', 'U'] as Rating[]).find((k) => c[k] > 0);
	return {
		overall: row.autoOverall,
		rating: row.autoRating,
		adjustedOverall: row.adjustedOverall,
		adjustedRating: row.adjustedRating,
		objectives: Object.fromEntries(
			aar.objectives.map((o) => [o.id, { score: o.meanScore, rating: ratingOf(o.counts) }])
		),
		posts: aar.posts.map((x) => ({
			overall: x.autoOverall,
			rating: x.autoRating,
			findings: [...x.findings].sort()
		})),
		findings: row.findings
	};
}

export function gridFigures(p: Played): Figures {
	const g = signalsOf(p.run.scenario, p.state);
	return {
		overall: g.overall === undefined ? undefined : round3(g.overall),
		findings: g.findings
	};
}

/** The run as a `ddsim score` posts file (only posts: the file has no syntax for deletions or ending). */
export function postsFile(run: Run): string {
	const lines = run.steps.flatMap((s) =>
		s.kind === 'post'
			? [
					`  - ${JSON.stringify({ at: formatTime(s.at), text: s.text, ...(s.replyTo ? { reply_to: s.replyTo } : {}) })}`
				]
			: []
	);
	return `posts:\n${lines.join('\n')}${lines.length ? '' : ' []'}\n`;
}

export const onlyPosts = (run: Run) => run.steps.every((s) => s.kind === 'post');

export async function cliFigures(run: Run): Promise<Figures & { exit: number; stderr: string }> {
	const io = memoryIo({ 'posts.yaml': postsFile(run) });
	const exit = await scoreCommand(
		[`scenarios/${run.scenario.id}.yaml`, '--posts', 'posts.yaml', '--json'],
		io
	);
	if (exit !== 0) return { exit, stderr: io.stderr };
	const out = JSON.parse(io.stdout) as {
		posts: { score: PostScore }[];
		report: Omit<ExerciseReport, 'posts'>;
	};
	return {
		...fromReport({ ...out.report, posts: out.posts.map((x) => x.score) }),
		exit,
		stderr: ''
	};
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const same = (a: unknown, b: unknown) =>
	typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 5e-4 : a === b;

/** Every figure `other` shows that differs from the debrief's, as "figure: debrief X, surface Y". */
export function disagreements(
	ref: Figures,
	other: Figures,
	surface: string,
	keys: (keyof Figures)[]
): string[] {
	const out: string[] = [];
	const diff = (what: string, a: unknown, b: unknown) => {
		if (!same(a, b)) out.push(`${what}: debrief ${fmt(a)}, ${surface} ${fmt(b)}`);
	};
	for (const k of keys) {
		if (k === 'criteria' || k === 'objectives') {
			const a = (ref[k] ?? {}) as Record<string, Record<string, unknown>>;
			const b = (other[k] ?? {}) as Record<string, Record<string, unknown>>;
			for (const id of new Set([...Object.keys(a), ...Object.keys(b)]))
				for (const f of new Set([...Object.keys(a[id] ?? {}), ...Object.keys(b[id] ?? {})]))
					diff(
						`${k === 'criteria' ? 'criterion' : 'objective'} ${id} ${f}`,
						a[id]?.[f],
						b[id]?.[f]
					);
		} else if (k === 'posts') {
			const a = ref.posts ?? [];
			const b = other.posts ?? [];
			if (a.length !== b.length) out.push(`posts: debrief ${a.length}, ${surface} ${b.length}`);
			a.forEach((x, i) => {
				diff(`post #${i + 1} overall`, x.overall, b[i]?.overall);
				diff(`post #${i + 1} rating`, x.rating, b[i]?.rating);
				diff(`post #${i + 1} findings`, x.findings.join(','), b[i]?.findings.join(','));
			});
		} else if (k === 'adjustedOverall') diff(k, ref.overall, other[k]);
		else if (k === 'adjustedRating') diff(k, ref.rating, other[k]);
		else diff(k, ref[k], other[k]);
	}
	return out;
}

const fmt = (v: unknown) =>
	v === undefined ? '(not shown)' : typeof v === 'number' ? v.toFixed(3) : JSON.stringify(v);
