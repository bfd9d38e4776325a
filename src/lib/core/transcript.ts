/**
 * A readable, byte-stable transcript of a headless run: events, the trainee's posts with their scores, a sample
 * of reactions, and metrics every 10 scenario minutes. Used by `ddsim run` and the golden tests.
 */
import type { Scenario } from '../scenario/types.ts';
import { formatTime } from '../scenario/time.ts';
import type { ExerciseReport } from '../scoring/types.ts';
import type { SessionState } from './state.ts';
import { technique } from '../scenario/disarm.ts';

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const f2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

export function transcript(
	scenario: Scenario,
	s: SessionState,
	report: ExerciseReport,
	every = 10
): string {
	const out: string[] = [];
	out.push(`# ${scenario.title}`);
	out.push(
		`scenario ${scenario.id} · seed ${s.seed} · mode ${s.mode} · duration ${formatTime(scenario.duration)}`
	);
	out.push('');
	out.push('## Timeline');
	const reactions = s.feed.filter((f) => f.kind === 'reaction');
	const sampleEvery = Math.max(1, Math.ceil(reactions.length / 25));
	let r = 0;
	for (const item of s.feed) {
		const at = `[${formatTime(item.t)}]`;
		const who = item.author.handle ? `${item.author.name} ${item.author.handle}` : item.author.name;
		const ref = item.replyTo
			? ` (reply to ${item.replyTo})`
			: item.quoteOf
				? ` (quoting ${item.quoteOf})`
				: '';
		if (item.kind === 'reaction') {
			if (r++ % sampleEvery !== 0) continue;
			out.push(
				`${at} reaction (${item.author.audience}, ${item.pool ?? item.stance}, ~${n0(item.represents ?? 1)}) ${who}${ref}: ${item.text}`
			);
		} else if (item.kind === 'trainee') {
			const p = s.posts.find((x) => x.id === item.id)!;
			const findings = p.score.findings.map((f) => f.id).join(', ') || 'none';
			out.push(
				p.share
					? `${at} YOU ${who} re-posted ${p.share}: ${p.text}`
					: `${at} YOU ${who}${ref}: ${item.text}`
			);
			out.push(
				`        score ${f2(p.score.overall)} (${p.score.rating}) · findings: ${findings} · corrects: ${p.score.correctsClaims.join(', ') || '-'} · outcome ${p.outcome.situation}${p.outcome.praise ? '' : ', no praise'} · engagement ${n0(item.counts.likes)} likes, ${n0(item.counts.shares)} shares, ${n0(item.counts.replies)} replies${p.deleted ? ' · deleted' : ''}`
			);
		} else if (item.kind === 'adversary') {
			const tech = technique(item.technique ?? '');
			out.push(
				`${at} ADVERSARY ${item.move} [${item.technique}${tech ? ` ${tech.name}` : ''}] (~${n0(item.represents ?? 1)} accounts) ${who}${ref}: ${item.text}`
			);
		} else {
			const head = item.headline ? `${item.headline} — ` : '';
			const media = item.media ? ` [${item.media.kind}: ${item.media.caption}]` : '';
			out.push(
				`${at} ${item.kind}/${item.channel} ${who}${item.question ? ' [question]' : ''}${ref}: ${head}${item.text}${media}`
			);
		}
	}
	if (s.skipped.length) out.push(`(conditional events not fired: ${s.skipped.join(', ')})`);
	if (scenario.adversary) {
		out.push('');
		out.push('## Adversary');
		for (const m of s.moves
			.filter((x) => x.t <= s.t)
			.sort((a, b) => a.t - b.t || a.itemId.localeCompare(b.itemId)))
			out.push(
				`- ${formatTime(m.t)} ${m.move} (${m.technique}) triggered ${m.trigger ? `by ${m.trigger}` : 'by silence'} at ${formatTime(m.decidedAt)}`
			);
		if (!s.moves.some((x) => x.t <= s.t)) out.push('- no move fired');
	}
	if (s.pinned) out.push(`(pinned: ${s.pinned.postId} since ${formatTime(s.pinned.t)})`);
	out.push('');
	out.push(`## Metrics every ${every} min`);
	const auds = scenario.audiences.filter((a) => a.kind === 'organic').map((a) => a.id);
	const claims = scenario.claims.map((c) => c.id);
	out.push(
		[
			'time',
			...claims.flatMap((c) => auds.map((a) => `${c}@${a} reach/believers`)),
			...auds.map((a) => `${a} sentiment/trust/mentions`)
		].join(' | ')
	);
	for (const m of s.metrics) {
		if ((m.t / 60) % every !== 0) continue;
		const cells = claims.flatMap((c) =>
			auds.map((a) => {
				const x = m.claims.find((k) => k.claim === c && k.audience === a)!;
				return `${n0(x.reach)}/${n0(x.believers)}`;
			})
		);
		const moods = auds.map((a) => {
			const x = m.audiences.find((k) => k.audience === a)!;
			return `${f2(x.sentiment)}/${f2(x.trust)}/${n0(x.mentions)}`;
		});
		out.push([formatTime(m.t), ...cells, ...moods].join(' | '));
	}
	out.push('');
	out.push(`## Score: ${f2(report.overall)} (${report.rating})`);
	for (const o of report.objectives)
		out.push(`- ${o.id}: ${f2(o.score)} (${o.rating}) — ${o.text}`);
	for (const c of report.criteria)
		out.push(`- ${c.id}: ${c.weight ? `${f2(c.score)} (${c.rating})` : 'not assessed'}`);
	return out.join('\n') + '\n';
}
