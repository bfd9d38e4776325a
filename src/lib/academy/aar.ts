/**
 * Cohort After-Action Review (academy mode): one scenario, many participants (a trainee or a team each).
 * Pure: the caller passes each participant's session state and explained report (core/headless reportFor)
 * plus the instructor's overrides and comments; nothing here reads the clock, storage or the network.
 *
 * Rules (docs for instructors):
 * - Automatic figures are never replaced: every adjusted figure sits beside the automatic one.
 * - Override: replaces that post's overall (the last override for a post in the list wins) in every figure
 *   of the run it enters (its criteria, the objectives it works toward, the mistake limits; docs/scoring.md).
 *   The adjusted overall is the same report recomputed with the overrides; deleted posts are assessed too, so
 *   overrides on them apply.
 * - First response: the first non-deleted post. "From spread": the first non-deleted post at or after the first
 *   fired event that spreads a claim; participants whose run fired no such event are not counted there.
 *   Buckets are half-open: [0,5) [5,10) [10,15) [15,30) [30,60) [60,∞) minutes, plus "never".
 *   Median of the responders (mean of the two middle values when even); p90 by nearest rank.
 * - Faux pas: every published post counts, deleted ones too (they were public until deleted). A finding id
 *   counts once per post. Sorted by participants, then posts, then severity, then id.
 */
import type { Scenario } from '../scenario/types.ts';
import { formatTime } from '../scenario/time.ts';
import type { Finding, FindingId, PostScore, Rating } from '../scoring/types.ts';
import { clamp01, rating, round3 } from '../scoring/rating.ts';
import { reportFor } from '../core/headless.ts';
import {
	AAR_FORMAT,
	type AarBucket,
	type AarFauxPas,
	type AarObjective,
	type AarOverall,
	type AarOverride,
	type AarParticipant,
	type AarParticipantRow,
	type AarPostRow,
	type AarTiming,
	type BucketId,
	type CohortAar,
	type RatingCounts
} from './aar-types.ts';

export * from './aar-types.ts';

export const AAR_RATINGS: Rating[] = ['P', 'S', 'M', 'U'];
const SEVERITY_RANK: Record<Finding['severity'], number> = { minor: 1, major: 2, critical: 3 };
const BUCKETS: { id: BucketId; label: string; upto: number }[] = [
	{ id: '0-5', label: '0–5 min', upto: 5 * 60 },
	{ id: '5-10', label: '5–10 min', upto: 10 * 60 },
	{ id: '10-15', label: '10–15 min', upto: 15 * 60 },
	{ id: '15-30', label: '15–30 min', upto: 30 * 60 },
	{ id: '30-60', label: '30–60 min', upto: 60 * 60 },
	{ id: '60+', label: '60+ min', upto: Infinity }
];

const counts = (): RatingCounts => ({ P: 0, S: 0, M: 0, U: 0 });
const mean = (xs: number[]) => (xs.length ? round3(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

/** Median (mean of the two middle values when even) and p90 (nearest rank) of seconds. */
export function medianP90(values: number[]): { medianS: number | null; p90S: number | null } {
	if (!values.length) return { medianS: null, p90S: null };
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	const medianS = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
	return { medianS, p90S: s[Math.ceil(0.9 * s.length) - 1] };
}

function timing(delays: (number | null | undefined)[], fromEvent: string | null): AarTiming {
	const buckets: AarBucket[] = BUCKETS.map((b) => ({ id: b.id, label: b.label, count: 0 }));
	const measured = delays.filter((d): d is number | null => d !== undefined);
	const responded = measured.filter((d): d is number => d !== null);
	for (const d of responded) buckets[BUCKETS.findIndex((b) => d < b.upto)].count++;
	const never = measured.length - responded.length;
	buckets.push({ id: 'never', label: 'Never', count: never });
	return {
		fromEvent,
		buckets,
		responded: responded.length,
		never,
		excluded: delays.length - measured.length,
		...medianP90(responded)
	};
}

/** The last override per post (list order). */
function overrideMap(p: AarParticipant): Map<string, AarOverride> {
	return new Map(p.overrides.map((o) => [o.postId, o]));
}

/** Exercise overall with the instructor's overrides applied: the same report as the debrief, recomputed with
 * each overridden post's overall in every figure it enters (deleted posts too). */
export function adjustedOverall(scenario: Scenario, p: AarParticipant): number {
	if (!p.overrides.length) return p.report.overall;
	const overrides = Object.fromEntries(
		[...overrideMap(p)].map(([id, o]) => [id, clamp01(o.overall)])
	);
	return reportFor(scenario, p.state, overrides).overall;
}

function scoreOf(p: AarParticipant, postId: string, fallback: PostScore): PostScore {
	return p.report.posts.find((s) => s.postId === postId) ?? fallback;
}

export function cohortAar(scenario: Scenario, participants: AarParticipant[]): CohortAar {
	const spreadIds = new Set(scenario.events.filter((e) => e.spreads).map((e) => e.id));
	const rows: AarParticipantRow[] = [];
	const posts: AarPostRow[] = [];
	const fromStart: (number | null)[] = [];
	const fromSpread: (number | null | undefined)[] = [];
	const faux = new Map<FindingId, AarFauxPas & { who: Set<string> }>();
	const overall: AarOverall = { auto: counts(), adjusted: counts(), meanAuto: 0, meanAdjusted: 0 };
	const adjustedAll: number[] = [];

	for (const p of participants) {
		const sorted = [...p.state.posts].sort((a, b) => a.t - b.t);
		const live = sorted.filter((x) => !x.deleted);
		const first = live[0]?.t ?? null;
		const spreadAt = p.state.fired
			.filter((f) => spreadIds.has(f.id))
			.reduce<number | null>((m, f) => (m === null || f.t < m ? f.t : m), null);
		const afterSpread =
			spreadAt === null ? undefined : (live.find((x) => x.t >= spreadAt)?.t ?? null);
		const spreadDelay =
			afterSpread === undefined || afterSpread === null ? afterSpread : afterSpread - spreadAt!;
		fromStart.push(first);
		fromSpread.push(spreadDelay);
		const ov = overrideMap(p);
		let findingCount = 0;
		for (const post of sorted) {
			const s = scoreOf(p, post.id, post.score);
			const ids = [...new Set(s.findings.map((f) => f.id))];
			findingCount += s.findings.length;
			for (const id of ids) {
				const f = s.findings.find((x) => x.id === id)!;
				let e = faux.get(id);
				if (!e) {
					e = {
						id,
						severity: f.severity,
						explanation: f.explanation,
						source: f.source,
						posts: 0,
						participants: 0,
						examples: [],
						who: new Set()
					};
					faux.set(id, e);
				}
				if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[e.severity]) e.severity = f.severity;
				e.posts++;
				if (!e.who.has(p.id)) {
					e.who.add(p.id);
					// Examples: the first offending post of each participant, up to 3.
					if (e.examples.length < 3)
						e.examples.push({
							participantId: p.id,
							participantName: p.name,
							postId: post.id,
							text: post.text,
							message: f.message
						});
				}
			}
			const o = ov.get(post.id);
			posts.push({
				participantId: p.id,
				participantName: p.name,
				members: [...p.members],
				postId: post.id,
				t: post.t,
				text: post.text,
				deleted: post.deleted === true,
				autoOverall: s.overall,
				autoRating: s.rating,
				override: o
					? { overall: o.overall, rating: o.rating, reason: o.reason, by: o.by, at: o.at }
					: null,
				findings: ids,
				keyMessages: s.keyMessages.map((k) => k.id),
				comments: p.comments
					.filter((c) => c.postId === post.id)
					.map((c) => ({ text: c.text, by: c.by, at: c.at }))
			});
		}
		const adj = adjustedOverall(scenario, p);
		adjustedAll.push(adj);
		overall.auto[p.report.rating]++;
		overall.adjusted[rating(adj)]++;
		rows.push({
			id: p.id,
			name: p.name,
			members: [...p.members],
			posts: live.length,
			deleted: sorted.length - live.length,
			firstResponseT: first,
			firstResponseAfterSpreadS: spreadDelay ?? null,
			autoOverall: p.report.overall,
			autoRating: p.report.rating,
			adjustedOverall: adj,
			adjustedRating: rating(adj),
			findings: findingCount,
			overrides: p.overrides.length,
			comments: p.comments.length
		});
	}
	overall.meanAuto = mean(participants.map((p) => p.report.overall));
	overall.meanAdjusted = mean(adjustedAll);

	const objectives: AarObjective[] = scenario.objectives.map((o) => {
		const c = counts();
		const scores: number[] = [];
		let notExercised = 0;
		for (const p of participants) {
			const s = p.report.objectives.find((x) => x.id === o.id);
			if (!s) continue;
			c[s.rating]++;
			scores.push(s.score);
			if (!s.exercised) notExercised++;
		}
		return { id: o.id, text: o.text, counts: c, meanScore: mean(scores), notExercised };
	});

	const firstSpread = scenario.events.find((e) => e.spreads && !e.contingency) ?? null;
	const fauxPas = [...faux.values()]
		.sort(
			(a, b) =>
				b.who.size - a.who.size ||
				b.posts - a.posts ||
				SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
				a.id.localeCompare(b.id)
		)
		.map(({ who, ...e }) => ({ ...e, participants: who.size }));

	return {
		format: AAR_FORMAT,
		scenario: { id: scenario.id, title: scenario.title, duration: scenario.duration },
		played: participants.reduce((t, p) => Math.max(t, p.state.t), 0),
		participantCount: participants.length,
		objectives,
		overall,
		timing: {
			fromStart: timing(fromStart, null),
			fromSpread: spreadIds.size ? timing(fromSpread, firstSpread?.id ?? [...spreadIds][0]) : null
		},
		fauxPas,
		participants: rows,
		posts
	};
}

// ---------- export formats ----------

const CSV_HEADER = [
	'participant',
	'members',
	'post id',
	'time',
	'text',
	'auto overall',
	'auto rating',
	'override overall',
	'override rating',
	'override reason',
	'findings',
	'key messages',
	'comments',
	'deleted'
];

/** One CSV cell: formula-injection guard (leading apostrophe), then RFC 4180 quoting. */
export function csvCell(value: string | number | null): string {
	let s = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per post, and one row for each participant who never posted (text '(no posts)', with their
 * overall score), so a spreadsheet of the CSV lists the whole cohort. CRLF line ends. */
export function aarCsv(aar: CohortAar): string {
	const silent = aar.participants
		.filter((p) => !aar.posts.some((x) => x.participantId === p.id))
		.map((p) => [
			p.name,
			p.members.join('; '),
			'',
			'',
			'(no posts)',
			p.autoOverall,
			p.autoRating,
			null,
			null,
			null,
			'',
			'',
			'',
			''
		]);
	const lines = [CSV_HEADER, ...aar.posts.map(csvRow), ...silent].map((r) =>
		r.map(csvCell).join(',')
	);
	return lines.join('\r\n') + '\r\n';
}

function csvRow(p: AarPostRow): (string | number | null)[] {
	return [
		p.participantName,
		p.members.join('; '),
		p.postId,
		formatTime(p.t),
		p.text,
		p.autoOverall,
		p.autoRating,
		p.override?.overall ?? null,
		p.override?.rating ?? null,
		p.override?.reason ?? null,
		p.findings.join(';'),
		p.keyMessages.join(';'),
		p.comments.map((c) => `${c.by}: ${c.text}`).join(' | '),
		p.deleted ? 'yes' : ''
	];
}

/** Pretty JSON with a fixed key order (the order cohortAar builds), format 'ddsim/aar@1', final newline. */
export function aarJson(aar: CohortAar): string {
	return JSON.stringify({ ...aar, format: AAR_FORMAT }, null, 2) + '\n';
}
