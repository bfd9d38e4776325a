/**
 * score(post, ctx) → PostScore: six criteria (timing, tone, key messages, doctrine, faux pas, platform), each
 * 0..1 with a P/S/M/U rating and its reasons (rule, words, spans, source), the overall from the rubric
 * weights over the criteria that apply to this post, and the caps a reviewer would apply (a critical faux pas
 * fails the post; a major one keeps it at S or below; a post that meets little of its doctrine check cannot
 * rate high). Pure; per-scenario matchers are cached (./compiled.ts). Method: docs/scoring.md.
 */
import type { AvoidRule } from '../scenario/types.ts';
import { compiled, type CompiledScenario } from './compiled.ts';
import { analyseClaims, DETECTORS } from './detectors/index.ts';
import { trollInKind } from './detectors/engaging-troll.ts';
import { platformRules } from './detectors/platform-rules.ts';
import { expandTextspeak, expandedSpan, remapSpans, typedSpan } from './text/textspeak.ts';
import type { DetectorInput } from './detectors/context.ts';
import { applyDoctrine, evasive } from './doctrine/index.ts';
import { sentences } from './doctrine/cues.ts';
import { keyMessageCriterion, keyMessagesIn } from './key-messages.ts';
import { clamp01, notAssessed, rating, round3, SEVERITY_COST } from './rating.ts';
import { postText } from './text/post-text.ts';
import { timingCriterion } from './timing.ts';
import { toneCriterion, toneTarget } from './tone-criterion.ts';
import { toneOf } from './tone/analyse.ts';
import type {
	CheckResult,
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
/** A critical faux pas fails the post (U): a leak or an insult cannot be outweighed by good timing. */
export const CRITICAL_CAP = 0.3;
/** Major faux pas: one keeps the post at S or below, two at M, three or more near U. */
export const MAJOR_CAPS = [0.75, 0.55, 0.4] as const;
/** A post a doctrine check applies to rates at most 0.30 + 0.65 × its doctrine score. */
export const DOCTRINE_CAP = { base: 0.3, slope: 0.65 } as const;

export function findingsCriterion(findings: Finding[], id: CriterionId, weight: number): Criterion {
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

/** A must-avoid phrase that is also a no-comment ("no comment"), part of a repeated myth or an insult is the same mistake
 * in the same words: it stays in the report (the author listed it, and the trainee should see that rule broken)
 * but as a minor note, so that the words are not penalised twice as major faux pas. */
function softenDuplicates(findings: Finding[]): void {
	const covering = findings.filter(
		(f) => f.id === 'no-comment' || f.id === 'myth-repetition' || f.id === 'profanity'
	);
	if (!covering.length) return;
	for (let i = 0; i < findings.length; i++) {
		const f = findings[i];
		if (f.id !== 'avoided-phrase') continue;
		const by = covering.find((c) =>
			f.spans.every((s) => c.spans.some((x) => x.start <= s.start && x.end >= s.end))
		);
		if (!by) continue;
		findings[i] = {
			...f,
			severity: 'minor',
			message: `${f.message} (The same words as the ${by.id === 'no-comment' ? 'evasion' : by.id === 'profanity' ? 'insult' : 'repeated myth'} above.)`
		};
	}
}

/** The post as the doctrine reads it: sentences that carry a major or critical faux pas are blanked (same
 * length, so spans stay true). A gaffe earns no doctrine credit: "…call +00 100 200 300 lol 😂" gives no
 * hotline, and a blaming sentence that names the myth is no correction attempt. */
export function withoutGaffes(d: DetectorInput, findings: Finding[]): DetectorInput {
	// (a repeated myth is judged by the correction check itself, which halves for it)
	const bad = findings
		.filter((f) => f.severity !== 'minor' && f.id !== 'myth-repetition')
		.flatMap((f) => f.spans);
	if (!bad.length) return d;
	const ranges = sentences(d.pt)
		.map((x) => ({ start: d.pt.spans[x.from].start, end: d.pt.spans[x.to - 1].end }))
		.filter((r) => bad.some((b) => b.start < r.end && b.end > r.start));
	if (!ranges.length) return d;
	let text = d.pt.text;
	for (const r of ranges)
		text = text.slice(0, r.start) + ' '.repeat(r.end - r.start) + text.slice(r.end);
	// (who the post addresses stays: an insult to @troll still engages @troll for respond-or-ignore)
	for (const t of d.pt.tokens)
		if (t.kind === 'mention')
			text = text.slice(0, t.start) + d.pt.text.slice(t.start, t.end) + text.slice(t.end);
	const pt = postText(text);
	return { ...d, pt, tone: toneOf(pt), claims: analyseClaims(pt, d.c) };
}

/** Whether a post responds, through a doctrine check (a first statement, a correction, an answer), to the
 * event a timing rule starts from: such a post is a response for that window whatever its words. */
export function respondsTo(checks: CheckResult[], from: string, c: CompiledScenario): boolean {
	const claim = c.events.get(from)?.spreads?.claim;
	return checks.some(
		(ch) =>
			ch.kind !== 'respond-or-ignore' &&
			(ch.from === from ||
				(ch.kind === 'correction' && claim !== undefined && ch.subject === claim))
	);
}

function doctrineCriterion(checks: CheckResult[], weight: number): Criterion {
	if (!checks.length)
		return notAssessed(
			'doctrine',
			'doctrine.none',
			'No doctrine check applies to this post (not a first statement, correction or answer).'
		);
	// Content checks (first statement, correction, answer) are averaged; respond-or-ignore is a gate on them:
	// answering a claim that needed an answer adds nothing by itself, engaging a small troll takes away.
	const content = checks.filter((x) => x.kind !== 'respond-or-ignore');
	const gates = checks.filter((x) => x.kind === 'respond-or-ignore');
	const base = content.length ? content.reduce((a, x) => a + x.score, 0) / content.length : 1;
	const gate = gates.length ? Math.min(...gates.map((x) => x.score)) : 1;
	const score = round3(base * gate);
	const reasons: Reason[] = [];
	for (const ch of checks) {
		reasons.push({ rule: `doctrine.${ch.check}`, text: ch.summary, delta: 0, source: ch.source });
		for (const it of ch.items)
			if (it.score < 1)
				reasons.push({
					rule: `doctrine.${ch.check}.${it.id}`,
					text: it.text,
					delta: -(1 - it.score) / ch.items.length,
					...(it.spans.length ? { spans: it.spans } : {}),
					source: ch.source
				});
	}
	return { id: 'doctrine', score, rating: rating(score), weight, reasons };
}

/** The caps a reviewer applies, in order; returns the capped overall and the reasons. A cap is recorded only
 * when it lowers the overall. */
export function applyCaps(
	overall: number,
	findings: Finding[],
	doctrine: Criterion
): { overall: number; caps: Reason[] } {
	const caps: Reason[] = [];
	const critical = findings.find((f) => f.severity === 'critical');
	if (critical && overall > CRITICAL_CAP) {
		caps.push({
			rule: 'cap.critical',
			text: `Fails (at most ${CRITICAL_CAP * 100}): a critical faux pas (${critical.id}) outweighs everything else in the post.`,
			delta: round3(CRITICAL_CAP - overall),
			source: critical.source
		});
		overall = CRITICAL_CAP;
	}
	const majors = findings.filter((f) => f.severity === 'major');
	const majorCap = MAJOR_CAPS[Math.min(majors.length, MAJOR_CAPS.length) - 1];
	if (majors.length && overall > majorCap) {
		caps.push({
			rule: 'cap.major',
			text: `At most ${Math.round(majorCap * 100)}: ${majors.length} major faux pas (${[...new Set(majors.map((f) => f.id))].join(', ')}).`,
			delta: round3(majorCap - overall),
			source: majors[0].source
		});
		overall = majorCap;
	}
	const doctrineCap = round3(DOCTRINE_CAP.base + DOCTRINE_CAP.slope * doctrine.score);
	if (doctrine.weight > 0 && overall > doctrineCap) {
		caps.push({
			rule: 'cap.doctrine',
			text: `At most ${Math.round(doctrineCap * 100)}: the post meets ${Math.round(doctrine.score * 100)}% of what the doctrine asks of it here.`,
			delta: round3(doctrineCap - overall),
			source: 'CDC CERC; Debunking Handbook 2020; UK GCS RESIST 2'
		});
		overall = doctrineCap;
	}
	return { overall: round3(overall), caps };
}

export function score(post: PostInput, ctx: ScoreContext): PostScore {
	const c = compiled(ctx.scenario);
	const w = ctx.scenario.rubric.weights;
	// text typed in a hurry ("ppl r telling us…") is read spelled out; spans are mapped back at the end
	const typed = expandTextspeak(post.text);
	const pt = postText(typed ? typed.text : post.text);
	const tone = toneOf(pt);
	const revealed = new Set(ctx.revealed);
	const tragedy = ctx.fired.some((f) => f.t <= post.t && c.events.get(f.id)?.tragedy);
	const claims = analyseClaims(pt, c);
	const findings: Finding[] = [];
	const input: DetectorInput = { post, ctx, pt, tone, c, tragedy, revealed, claims };
	for (let i = 0; i < DETECTORS.length; i++) {
		// (the platform's limits count what was typed)
		const found =
			typed && DETECTORS[i] === platformRules
				? platformRules({ ...input, pt: postText(post.text) }).map((f) => ({
						...f,
						spans: f.spans.map((x) => expandedSpan(typed, x))
					}))
				: DETECTORS[i](input);
		for (let k = 0; k < found.length; k++) findings.push(found[k]);
	}
	trollInKind(input, findings);
	// (a finding quotes the words as the trainee typed them: “we wont be commenting”, not the spelled-out form)
	if (typed)
		for (const f of findings)
			for (const sp of f.spans) {
				const read = pt.text.slice(sp.start, sp.end);
				const t = typedSpan(typed, sp);
				const own = post.text.slice(t.start, t.end);
				if (read && read !== own) f.message = f.message.split(read).join(own);
			}
	softenDuplicates(findings);
	const { checks, answers } = applyDoctrine(
		withoutGaffes(input, findings),
		findings,
		evasive(input, findings)
	);

	const objectives = new Set<string>();
	for (const ch of checks) if (ch.objective) objectives.add(ch.objective);
	const timing = timingCriterion(post, pt, ctx, c, w.timing, objectives, (from) =>
		respondsTo(checks, from, c)
	);
	const target2 = post.replyTo ? c.events.get(post.replyTo) : undefined;
	for (const o of target2?.objectives ?? []) objectives.add(o);
	for (const f of findings) {
		const kind = AVOID_KIND[f.id];
		const rule = kind && ctx.scenario.rubric.mustAvoid.find((r) => r.kind === kind);
		if (rule && rule.objective) objectives.add(rule.objective);
	}
	const repeats = claims.filter((x) => x.repeats).map((x) => x.claim);
	const correctsClaims = claims.filter((x) => x.corrects && !x.repeats).map((x) => x.claim);
	for (const id of [...correctsClaims, ...repeats]) {
		const r = ctx.scenario.rubric.mustAvoid.find(
			(x) => x.kind === 'repeat_claim' && x.claim === id
		);
		if (r?.objective) objectives.add(r.objective);
	}

	const tc = toneCriterion(tone.tone, toneTarget(ctx.scenario.rubric.tone, post.t), tone.hits);
	const toneScore = round3(tc.score);
	const carried = keyMessagesIn(
		pt,
		c,
		tone,
		claims.filter((x) => x.repeats).flatMap((x) => x.mythSpans)
	);
	const keyMessages = keyMessageCriterion(c, ctx, post.t, carried, objectives, w.keyMessages);
	for (const k of carried) {
		const o = c.derived.keyMessages.get(k.id)?.km.objective;
		if (o) objectives.add(o);
	}
	const doctrine = doctrineCriterion(checks, w.doctrine);
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
	const criteria: Criterion[] = [
		timing,
		{
			id: 'tone',
			score: toneScore,
			rating: rating(toneScore),
			weight: w.tone,
			reasons: tc.reasons
		},
		keyMessages,
		doctrine,
		faux,
		platform
	];
	const total = criteria.reduce((a, x) => a + x.weight, 0) || 1;
	const raw = criteria.reduce((a, x) => a + x.weight * x.score, 0) / total;
	const { overall, caps } = applyCaps(raw, findings, doctrine);
	const result: PostScore = {
		postId: post.id,
		overall,
		rating: rating(overall),
		criteria,
		findings,
		tone: tone.tone,
		keyMessages: carried,
		correctsClaims,
		repeatsClaims: repeats,
		objectives: [...objectives],
		doctrine: checks,
		caps,
		answers,
		respondsTo: c.timing.map((x) => x.rule.from).filter((from) => respondsTo(checks, from, c))
	};
	return typed ? remapSpans(result, typed) : result;
}
