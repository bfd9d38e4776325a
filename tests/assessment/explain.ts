/**
 * Readable failure output for the assessment suite: what a run did, what the report said about it (overall,
 * criteria, objectives, each post with its findings) and the reasons that moved the numbers.
 */
import { formatTime } from '../../src/lib/scenario/time.ts';
import type { Reason } from '../../src/lib/scoring/types.ts';
import type { Played } from './table.ts';

const n = (x: number) => x.toFixed(3);
const clip = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The run's inputs, one line each. */
export function stepsOf(p: Played): string[] {
	return p.run.steps.map((s) =>
		s.kind === 'post'
			? `  ${formatTime(s.at)} post ${s.id}${s.replyTo ? ` (reply to ${s.replyTo})` : ''}: “${clip(s.text)}”`
			: s.kind === 'delete'
				? `  ${formatTime(s.at)} delete ${s.post}`
				: `  ${formatTime(s.at)} end`
	);
}

/** Reasons that moved a score (delta ≠ 0), without repeats. */
function moving(reasons: Reason[]): string[] {
	return [...new Set(reasons.filter((r) => r.delta).map((r) => `${r.rule}: ${clip(r.text, 110)}`))];
}

/** A compact account of one played run and its report (about 10–25 lines). */
export function describe(p: Played, maxReasons = 8): string {
	const r = p.report;
	const lines = [
		`run ${p.run.key} (${p.run.scenario.id}, seed ${p.run.seed})${p.run.about ? ` — ${clip(p.run.about, 100)}` : ''}`,
		...stepsOf(p),
		`  report: overall ${n(r.overall)} ${r.rating} · ${r.criteria.map((c) => `${c.id} ${n(c.score)}×${c.weight}`).join(' · ')}`,
		`  objectives: ${r.objectives.map((o) => `${o.id} ${n(o.score)} ${o.rating}`).join(' · ')}`
	];
	for (const s of r.posts) {
		const rec = p.state.posts.find((x) => x.id === s.postId);
		const f = s.findings.map((x) => `${x.id}(${x.severity})`).join(', ') || 'no finding';
		lines.push(
			`  post ${s.postId}${rec?.deleted ? ' [deleted]' : ''}: overall ${n(s.overall)} ${s.rating} · ${f}` +
				` · key ${s.keyMessages.map((k) => k.id).join(',') || '-'} · corrects ${s.correctsClaims.join(',') || '-'}` +
				` · repeats ${s.repeatsClaims.join(',') || '-'}`
		);
	}
	const why = moving([
		...r.criteria.flatMap((c) => c.reasons),
		...r.objectives.flatMap((o) => o.reasons)
	]);
	if (why.length) lines.push('  reasons:', ...why.slice(0, maxReasons).map((w) => `    ${w}`));
	if (why.length > maxReasons) lines.push(`    … and ${why.length - maxReasons} more`);
	return lines.join('\n');
}
