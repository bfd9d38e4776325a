/**
 * score(post, ctx) → PostScore: the five criteria (timing, tone, key messages, faux pas, platform), each 0..1
 * with a P/S/M/U rating and its reasons (rule, words, spans, source), and the overall score from the rubric
 * weights. Pure; per-scenario matchers are cached (./compiled.ts).
 */
import type { AvoidRule } from '../scenario/types.ts';
import { compiled, type CompiledScenario } from './compiled.ts';
import { analyseClaims, DETECTORS } from './detectors/index.ts';
import { dueKeyMessages, keyMessagesIn } from './key-messages.ts';
import { clamp01, rating, round3, SEVERITY_COST } from './rating.ts';
import { postText, type PostText } from './text/post-text.ts';
import { isRelevant, timingReason, windowScore } from './timing.ts';
import { toneCriterion, toneTarget } from './tone-criterion.ts';
import { toneOf } from './tone/analyse.ts';
import type {
	Criterion,
	CriterionId,
	Finding,
	FindingId,
	PostInput,
	PostScore,
	Reason,
	ScoreContext
} from './types.ts';

export const PLATFORM_FINDINGS = new Set<FindingId>([
	'over-limit',
	'too-many-hashtags',
	'too-many-mentions',
	'empty-post'
]);
const AVOID_KIND: Partial<Record<FindingId, AvoidRule['kind']>> = {
	'myth-repetition': 'repeat_claim',
	'emoji-in-tragedy': 'emoji_in_tragedy',
	'humour-in-tragedy': 'humour_in_tragedy',
	'confidential-leak': 'confidential',
	'premature-blame': 'blame_before',
	'avoided-phrase': 'phrase'
};
/** Overall score cap when a post has a critical finding (a leak cannot be outweighed by good timing). */
export const CRITICAL_CAP = 0.45;

function findingsCriterion(findings: Finding[], id: CriterionId, weight: number): Criterion {
	let score = 1;
	const reasons: Reason[] = [];
	for (const f of findings) {
		score -= SEVERITY_COST[f.severity];
		reasons.push({
			rule: `${id}.${f.id}`,
			text: f.message,
			delta: -SEVERITY_COST[f.severity],
			spans: f.spans,
			source: f.source
		});
	}
	if (reasons.length === 0)
		reasons.push({
			rule: `${id}.none`,
			text: id === 'platform' ? 'Within the platform rules.' : 'No faux pas found.',
			delta: 0
		});
	score = round3(clamp01(score));
	return { id, score, rating: rating(score), weight, reasons };
}

function timingCriterion(
	post: PostInput,
	pt: PostText,
	ctx: ScoreContext,
	c: CompiledScenario,
	weight: number,
	objectives: Set<string>
): Criterion {
	const reasons: Reason[] = [];
	const scores: number[] = [];
	const history = ctx.history.filter((h) => !h.deleted);
	c.timing.forEach((t, i) => {
		const from = ctx.fired.find((f) => f.id === t.rule.from);
		if (!from || from.t > post.t) return;
		if (!isRelevant(c, i, pt)) return;
		if (history.some((h) => h.t >= from.t && h.t <= post.t && isRelevant(c, i, h.text))) return;
		const delay = post.t - from.t;
		const s = windowScore(delay, t.rule);
		scores.push(s);
		objectives.add(t.rule.objective);
		reasons.push(timingReason(t.rule, delay, s));
	});
	const score = scores.length ? round3(scores.reduce((a, b) => a + b, 0) / scores.length) : 1;
	if (!scores.length)
		reasons.push({
			rule: 'timing.none',
			text: 'No response window is open for this post (first responses already made or not yet due).',
			delta: 0
		});
	return { id: 'timing', score, rating: rating(score), weight, reasons };
}

/** A must-avoid phrase that is also a no-comment ("no comment") is reported once, as no-comment. */
function dropDuplicates(findings: Finding[]): void {
	const nc = findings.filter((f) => f.id === 'no-comment').flatMap((f) => f.spans);
	if (!nc.length) return;
	for (let i = findings.length - 1; i >= 0; i--) {
		const f = findings[i];
		if (
			f.id === 'avoided-phrase' &&
			f.spans.every((s) => nc.some((x) => x.start <= s.start && x.end >= s.end))
		)
			findings.splice(i, 1);
	}
}

export function score(post: PostInput, ctx: ScoreContext): PostScore {
	const c = compiled(ctx.scenario);
	const w = ctx.scenario.rubric.weights;
	const pt = postText(post.text);
	const tone = toneOf(pt);
	const revealed = new Set(ctx.revealed);
	const tragedy = ctx.fired.some((f) => f.t <= post.t && c.events.get(f.id)?.tragedy);
	const claims = analyseClaims(pt, c);
	const findings: Finding[] = [];
	const input = { post, ctx, pt, tone, c, tragedy, revealed, claims };
	for (const d of DETECTORS) for (const f of d(input)) findings.push(f);
	dropDuplicates(findings);
	const objectives = new Set<string>();

	const timing = timingCriterion(post, pt, ctx, c, w.timing, objectives);

	const target = toneTarget(ctx.scenario.rubric.tone, post.t);
	const tc = toneCriterion(tone.tone, target, tone.hits);
	const toneScore = round3(tc.score);

	const carried = keyMessagesIn(pt, c);
	const due = dueKeyMessages(
		c,
		ctx.fired.filter((f) => f.t <= post.t)
	);
	const before = new Set(ctx.history.filter((h) => !h.deleted).flatMap((h) => h.keyMessages));
	const kmReasons: Reason[] = [];
	let got = 0;
	for (const id of due) {
		const k = c.keyMessages.find((x) => x.km.id === id)!.km;
		const here = carried.find((x) => x.id === id);
		if (here || before.has(id)) got++;
		if (here)
			kmReasons.push({
				rule: `key.${id}`,
				text: `Carries “${k.label}”.`,
				delta: 0,
				spans: here.spans,
				source: 'Scenario rubric must_include'
			});
		else if (before.has(id))
			kmReasons.push({
				rule: `key.${id}`,
				text: `“${k.label}” — already said in an earlier post.`,
				delta: 0
			});
		else
			kmReasons.push({
				rule: `key.${id}`,
				text: `Missing: ${k.label}.`,
				delta: -1 / due.length,
				source: 'Scenario rubric must_include'
			});
		if (here && k.objective) objectives.add(k.objective);
	}
	const kmScore = due.length ? round3(got / due.length) : 1;
	if (!due.length)
		kmReasons.push({ rule: 'key.none', text: 'No key message is due yet.', delta: 0 });

	const platform = findingsCriterion(
		findings.filter((f) => PLATFORM_FINDINGS.has(f.id)),
		'platform',
		w.platform
	);
	const faux = findingsCriterion(
		findings.filter((f) => !PLATFORM_FINDINGS.has(f.id)),
		'faux-pas',
		w.fauxPas
	);
	for (const f of findings) {
		const kind = AVOID_KIND[f.id];
		const rule = kind && ctx.scenario.rubric.mustAvoid.find((r) => r.kind === kind);
		if (rule && rule.objective) objectives.add(rule.objective);
	}
	const target2 = post.replyTo ? c.events.get(post.replyTo) : undefined;
	for (const o of target2?.objectives ?? []) objectives.add(o);
	const correctsClaims = claims.filter((x) => x.corrects).map((x) => x.claim);
	for (const id of correctsClaims) {
		const r = ctx.scenario.rubric.mustAvoid.find(
			(x) => x.kind === 'repeat_claim' && x.claim === id
		);
		if (r?.objective) objectives.add(r.objective);
	}

	const criteria: Criterion[] = [
		timing,
		{
			id: 'tone',
			score: toneScore,
			rating: rating(toneScore),
			weight: w.tone,
			reasons: tc.reasons
		},
		{
			id: 'key-messages',
			score: kmScore,
			rating: rating(kmScore),
			weight: w.keyMessages,
			reasons: kmReasons
		},
		faux,
		platform
	];
	const total = criteria.reduce((a, x) => a + x.weight, 0) || 1;
	let overall = criteria.reduce((a, x) => a + x.weight * x.score, 0) / total;
	if (findings.some((f) => f.severity === 'critical')) overall = Math.min(overall, CRITICAL_CAP);
	overall = round3(overall);
	return {
		postId: post.id,
		overall,
		rating: rating(overall),
		criteria,
		findings,
		tone: tone.tone,
		keyMessages: carried,
		correctsClaims,
		repeatsClaims: claims.filter((x) => x.repeats).map((x) => x.claim),
		objectives: [...objectives]
	};
}
