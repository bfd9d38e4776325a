/**
 * The doctrine over the run (docs/scoring.md#doctrine): was there a first statement and how good; was each
 * circulating false claim corrected in a way that worked (the simulation's own record decides); was each
 * small troll or low-stakes claim left alone, or answered in proportion; was each question answered.
 */
import type { DoctrineCheck } from '../../scenario/types.ts';
import { formatTime } from '../../scenario/time.ts';
import { ANSWER_SOURCE } from '../doctrine/answer.ts';
import { DEBUNK_SOURCE } from '../doctrine/correction.ts';
import { CERC_SOURCE } from '../doctrine/first-statement.ts';
import { decide, RESIST_SOURCE, stakesText } from '../doctrine/respond.ts';
import type { Criterion, RunCheck } from '../types.ts';
import { crit, mean, type Run, type RunPost } from './context.ts';
import { round3 } from '../rating.ts';
import { QUESTION_GRACE } from './timing.ts';

/** How long a first statement or a correction may wait before its absence counts (without a timing rule). */
const FIRST_DEADLINE = 2 * 3600;
const CORRECTION_DEADLINE = 90 * 60;

const pct = (x: number) => Math.round(x * 100);
/** A correction that did not work (repeated the myth, too weak or too late) earns this share of its check. */
export const FAILED_SHARE = 0.5;

function applied(run: Run, check: string, only = run.published): { p: RunPost; score: number }[] {
	const out: { p: RunPost; score: number }[] = [];
	for (const p of only) {
		const r = p.score.doctrine.find((d) => d.check === check);
		if (r) out.push({ p, score: credit(run, p, r.score) });
	}
	return out;
}

/** A check's credit: its score, but never more than its post's own overall when the post has a major or
 * critical faux pas (a first statement that leaks is no first statement a reviewer would credit). */
function credit(run: Run, p: RunPost, score: number): number {
	const serious = p.score.findings.some((f) => f.severity !== 'minor');
	return serious ? Math.min(score, run.overall(p)) : (run.x.overrides?.[p.input.id] ?? score);
}

const base = (d: DoctrineCheck) => ({
	check: d.id,
	kind: d.kind,
	...(d.objective ? { objective: d.objective } : {})
});

function firstStatement(run: Run, d: DoctrineCheck): RunCheck | undefined {
	const reach = run.reach(d.from);
	if (reach.state === 'missed')
		return {
			...base(d),
			score: 0,
			text: `No first statement: the run ended at ${formatTime(run.x.endT)}, before “${d.from}”.`,
			source: CERC_SOURCE
		};
	if (reach.state !== 'fired') return undefined;
	const hit = applied(run, d.id)[0];
	if (hit)
		return {
			...base(d),
			score: hit.score,
			postId: hit.p.input.id,
			text: `${hit.p.input.id}: ${hit.p.score.doctrine.find((x) => x.check === d.id)!.summary}`,
			source: CERC_SOURCE
		};
	const late = run.c.timing.find((t) => t.rule.from === d.from)?.rule.late ?? FIRST_DEADLINE;
	if (!run.overdue(reach.t, late + 1)) return undefined;
	return {
		...base(d),
		score: 0,
		text: `No statement after “${d.from}”: silence leaves the field to rumour.`,
		source: CERC_SOURCE
	};
}

function correction(run: Run, d: DoctrineCheck): RunCheck | undefined {
	const claim = run.scenario.claims.find((c) => c.id === d.claim);
	if (!claim) return undefined;
	const decision = decide(claim.reach, claim.harm);
	const spreadIds = run.scenario.events
		.filter((e) => e.spreads?.claim === claim.id)
		.map((e) => e.id);
	const firedT = spreadIds
		.map((id) => run.firedAt.get(id))
		.filter((t): t is number => t !== undefined);
	const subject = { subject: claim.id };
	if (!firedT.length) {
		const missed = spreadIds.some((id) => run.reach(id).state === 'missed');
		if (missed && decision === 'respond')
			return {
				...base(d),
				...subject,
				score: 0,
				text: `The run ended before the claim “${claim.id}” circulated: its correction was never practised.`,
				source: DEBUNK_SOURCE
			};
		return undefined;
	}
	const from = Math.min(...firedT);
	const worked = run.corrected(claim.id);
	const tries = applied(run, d.id);
	if (worked) {
		const best =
			tries.find((x) => x.p.input.id === worked.postId) ??
			tries.sort((a, b) => b.score - a.score)[0];
		const score = best?.score ?? 1;
		return {
			...base(d),
			...subject,
			score,
			...(best ? { postId: best.p.input.id } : {}),
			worked: true,
			text: worked.prebunk
				? `${best ? `${best.p.input.id} stated` : 'You stated'} the fact before “${claim.id}” circulated (a prebunk, as the Debunking Handbook advises when a myth is expected), and the simulation counted it; it fades with time, so a correction once the claim spreads still helps.`
				: `Corrected${best ? ` by ${best.p.input.id}` : ''}, and the simulation counted it: truth sandwich ${pct(score)}/100.`,
			source: DEBUNK_SOURCE
		};
	}
	if (tries.length) {
		const best = tries.sort((a, b) => b.score - a.score)[0];
		const repeated = tries.some((x) => x.p.score.repeatsClaims.includes(claim.id));
		return {
			...base(d),
			...subject,
			score: round3(FAILED_SHARE * best.score),
			postId: best.p.input.id,
			text: repeated
				? `${best.p.input.id} tried to correct “${claim.id}” but repeated the myth: it did not work (the simulation counted no correction).`
				: `${best.p.input.id} addressed “${claim.id}” but too weakly or too late to work (the simulation counted no correction).`,
			source: DEBUNK_SOURCE
		};
	}
	if (decision !== 'respond' || !run.overdue(from, CORRECTION_DEADLINE)) return undefined;
	return {
		...base(d),
		...subject,
		score: 0,
		text: `The claim “${claim.id}” (${stakesText(claim.reach, claim.harm)}) was never corrected.`,
		source: DEBUNK_SOURCE
	};
}

function respondOrIgnore(run: Run, d: DoctrineCheck): RunCheck | undefined {
	let stakes: { reach: 'low' | 'medium' | 'high'; harm: 'low' | 'medium' | 'high' } | undefined;
	let label = '';
	let fired = false;
	if (d.claim) {
		const c = run.scenario.claims.find((x) => x.id === d.claim);
		if (!c) return undefined;
		stakes = c;
		label = `the claim “${c.id}”`;
		fired = run.scenario.events.some((e) => e.spreads?.claim === c.id && run.firedAt.has(e.id));
	} else if (d.persona) {
		const p = run.scenario.personas.find((x) => x.id === d.persona);
		if (!p) return undefined;
		stakes = p;
		label = p.handle ?? p.name;
		fired = run.scenario.events.some((e) => e.from === p.id && run.firedAt.has(e.id));
	}
	if (!stakes || !fired) return undefined;
	const decision = decide(stakes.reach, stakes.harm);
	if (decision === 'respond') return undefined; // the correction check covers claims that need an answer
	const engaged = applied(run, d.id);
	const subject = { subject: d.claim ?? d.persona };
	if (!engaged.length) {
		// restraint is credited only in a run that spoke at all: silence is no judgement
		if (decision === 'either' || !run.x.ended || !run.published.length) return undefined;
		return {
			...base(d),
			...subject,
			score: 1,
			text: `Rightly left ${label} alone (${stakesText(stakes.reach, stakes.harm)}): no amplification.`,
			source: RESIST_SOURCE
		};
	}
	const score = mean(engaged.map((x) => x.score));
	return {
		...base(d),
		...subject,
		score,
		postId: engaged[0].p.input.id,
		text:
			decision === 'ignore'
				? `Engaged ${label} (${stakesText(stakes.reach, stakes.harm)}) in ${engaged.map((x) => x.p.input.id).join(', ')}: that amplifies it.`
				: `Answered ${label} in proportion.`,
		source: RESIST_SOURCE
	};
}

function answers(run: Run): RunCheck[] {
	const out: RunCheck[] = [];
	const authored = (eventId?: string) =>
		run.scenario.rubric.doctrine.find((x) => x.kind === 'answer' && eventId && x.from === eventId);
	for (const q of run.questions()) {
		if (q.acknowledge) continue; // judged with the mistake it asks about (exercise/mistakes.ts)
		const d = authored(q.eventId);
		const objective =
			d?.objective ?? (q.eventId ? run.c.events.get(q.eventId)?.objectives[0] : undefined);
		const b = {
			check: d?.id ?? `answer:${q.itemId}`,
			kind: 'answer' as const,
			subject: q.itemId,
			source: ANSWER_SOURCE,
			...(objective ? { objective } : {})
		};
		const tries = run.published.flatMap((p) => {
			const r = p.score.doctrine.find((x) => x.kind === 'answer' && x.subject === q.itemId);
			return r ? [{ p, score: credit(run, p, r.score) }] : [];
		});
		const short = `“${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''}”`;
		// an earlier post that already gave what was asked counts as a full answer beside any reply
		const earlier = q.answeredBy && !tries.some((x) => x.p.input.id === q.answeredBy);
		if (tries.length && !(earlier && tries.every((x) => x.score < 1))) {
			const best = tries.sort((a, b) => b.score - a.score)[0];
			out.push({
				...b,
				score: best.score,
				postId: best.p.input.id,
				text: `Answered ${short} in ${best.p.input.id} (${pct(best.score)}/100).`
			});
		} else if (q.answeredBy)
			out.push({
				...b,
				score: 1,
				postId: q.answeredBy,
				text: `${short} was already answered by ${q.answeredBy}.`
			});
		else if (run.overdue(q.t, QUESTION_GRACE))
			out.push({ ...b, score: 0, text: `${short} was never answered.` });
	}
	for (const e of run.scenario.events)
		if (e.question && run.reach(e.id).state === 'missed')
			out.push({
				check: authored(e.id)?.id ?? `answer:${e.id}`,
				kind: 'answer',
				subject: e.id,
				source: ANSWER_SOURCE,
				...(e.objectives[0] ? { objective: e.objectives[0] } : {}),
				score: 0,
				text: `The run ended before the question “${e.id}”: never answered.`
			});
	return out;
}

export function runChecks(run: Run): RunCheck[] {
	const out: RunCheck[] = [];
	for (const d of run.scenario.rubric.doctrine) {
		const r =
			d.kind === 'first-statement'
				? firstStatement(run, d)
				: d.kind === 'correction'
					? correction(run, d)
					: d.kind === 'respond-or-ignore'
						? respondOrIgnore(run, d)
						: undefined;
		if (r) out.push(r);
	}
	return [...out, ...answers(run)];
}

export function doctrineCriterion(checks: RunCheck[], weight: number): Criterion {
	if (!checks.length)
		return crit('doctrine', 1, 0, [
			{ rule: 'doctrine.none', text: 'No doctrine check could be assessed yet.', delta: 0 }
		]);
	return crit(
		'doctrine',
		mean(checks.map((c) => c.score)),
		weight,
		checks.map((c) => ({
			rule: `doctrine.${c.check}`,
			text: c.text,
			delta: c.score - 1,
			source: c.source
		}))
	);
}
