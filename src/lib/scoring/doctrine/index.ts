/**
 * Which doctrine checks apply to a post, and their results (docs/scoring.md#doctrine):
 * - first-statement: the first public post after the crisis event the check names;
 * - correction: every post that addresses a circulating false claim (names it, states a refuting fact, or
 *   replies to it);
 * - respond-or-ignore: posts that engage a claim or a troll, judged by its reach and harm;
 * - answer: posts that reply to a question, @mention its asker, or give what it asks for.
 * The scenario lists the checks (`rubric.doctrine`, or defaults derived from its events).
 */
import type { DoctrineCheck, Scenario } from '../../scenario/types.ts';
import { compiled } from '../compiled.ts';
import { postText } from '../text/post-text.ts';
import { isRelevant } from '../timing.ts';
import type { DetectorInput } from '../detectors/context.ts';
import type { CheckResult, Finding, QuestionRef } from '../types.ts';
import { answer, asked } from './answer.ts';
import { correction } from './correction.ts';
import { cueSpans } from './cues.ts';
import { factSpans, firstStatement } from './first-statement.ts';
import { respondOrIgnore } from './respond.ts';

/** Questions put to the trainee by time t: the engine's list, or the scripted question events that fired. */
export function questionsAt(d: Pick<DetectorInput, 'ctx' | 'c'>, t: number): QuestionRef[] {
	if (d.ctx.questions) return d.ctx.questions.filter((q) => q.t <= t);
	const out: QuestionRef[] = [];
	for (const f of d.ctx.fired) {
		const e = d.c.events.get(f.id);
		if (!e?.question || f.t > t) continue;
		const persona = e.from === undefined ? undefined : d.c.derived.personas.get(e.from);
		out.push({
			itemId: e.id,
			eventId: e.id,
			t: f.t,
			asks: e.asks,
			text: e.text,
			...(persona?.handle ? { asker: persona.handle.replace(/^@/, '').toLowerCase() } : {})
		});
	}
	return out;
}

function mentionsHandle(d: DetectorInput, handle: string | undefined): boolean {
	if (!handle) return false;
	return d.pt.tokens.some((t) => t.kind === 'mention' && t.lower === handle);
}

/** Check for a question: the scenario's answer check for its event, or a derived one. */
function answerCheck(d: DetectorInput, q: QuestionRef): DoctrineCheck {
	const authored = d.c.scenario.rubric.doctrine.find(
		(x) => x.kind === 'answer' && q.eventId !== undefined && x.from === q.eventId
	);
	if (authored) return authored;
	const objective = q.eventId ? d.c.events.get(q.eventId)?.objectives[0] : undefined;
	return {
		id: `answer:${q.itemId}`,
		kind: 'answer',
		skip: [],
		explicit: false,
		...(objective ? { objective } : {})
	};
}

export function evasive(d: DetectorInput, findings: Finding[]): boolean {
	return (
		d.pt.words.length === 0 ||
		d.tone.tone.hostility >= 0.5 ||
		findings.some((f) => f.id === 'no-comment' || f.id === 'empty-post')
	);
}

/** An answer to a troll or a claim that stays calm and factual (no major faux pas, a confirmed fact). */
function calm(d: DetectorInput, findings: Finding[]): boolean {
	return (
		d.tone.tone.hostility < 0.3 &&
		!findings.some((f) => f.severity !== 'minor') &&
		factSpans(d.pt, d.c, d.revealed).length > 0
	);
}

export function applyDoctrine(
	d: DetectorInput,
	findings: Finding[],
	bad = evasive(d, findings)
): { checks: CheckResult[]; answers: string[] } {
	const { post, ctx, c } = d;
	const firedAt = new Map<string, number>();
	for (const f of ctx.fired) if (f.t <= post.t) firedAt.set(f.id, f.t);
	const checks: CheckResult[] = [];
	const replyEvent = post.replyTo ? c.events.get(post.replyTo) : undefined;
	for (const check of c.scenario.rubric.doctrine) {
		if (check.kind === 'first-statement') {
			const from = check.from ? firedAt.get(check.from) : undefined;
			if (from === undefined) continue;
			if (ctx.history.some((h) => h.t >= from && h.t <= post.t && h.id !== post.id)) continue;
			checks.push(firstStatement(check, d.pt, d.tone, c, d.revealed, d.tragedy));
		} else if (check.kind === 'correction' && check.claim) {
			if (!claimFired(d, check.claim, firedAt)) continue;
			const t = d.claims.find((x) => x.claim === check.claim);
			if (
				!attempts(d, check.claim) &&
				replyEvent?.spreads?.claim !== check.claim &&
				!aboutCarrier(d, check.claim, firedAt)
			)
				continue;
			checks.push(correction(check, t, d.pt, c, d.revealed));
		} else if (check.kind === 'respond-or-ignore') {
			if (check.claim) {
				if (!claimFired(d, check.claim, firedAt)) continue;
				const engaged =
					d.claims.some((x) => x.claim === check.claim) ||
					replyEvent?.spreads?.claim === check.claim;
				if (!engaged) continue;
				const cl = c.derived.claims.get(check.claim)!.claim;
				checks.push(
					respondOrIgnore(check, cl.id, 'this claim', cl.reach, cl.harm, calm(d, findings))
				);
			} else if (check.persona) {
				const p = c.derived.personas.get(check.persona);
				if (!p) continue;
				const handle = p.handle?.replace(/^@/, '').toLowerCase();
				const engaged = replyEvent?.from === p.id || mentionsHandle(d, handle);
				if (!engaged) continue;
				checks.push(
					respondOrIgnore(check, p.id, p.handle ?? p.name, p.reach, p.harm, calm(d, findings))
				);
			}
		}
	}
	const answers: string[] = [];
	for (const q of questionsAt(d, post.t)) {
		const addressed = post.replyTo === q.itemId || mentionsHandle(d, q.asker);
		const already =
			q.answeredBy !== undefined || ctx.history.some((h) => h.answers?.includes(q.itemId));
		const carries =
			!already &&
			!bad &&
			(q.asks.length > 0 || q.acknowledge) &&
			asked(q, d.pt, c, d.revealed).share > 0;
		if (!addressed && !carries) continue;
		const r = answer(answerCheck(d, q), q, post.t, d.pt, c, d.revealed, bad);
		checks.push(r);
		if (!bad) answers.push(q.itemId);
	}
	return { checks, answers };
}

/** The post speaks against what carries the claim ("the video of our ambassador is fake"): a denial or
 * warning, and the words of a timing rule that starts from an event spreading the claim. */
function aboutCarrier(d: DetectorInput, claim: string, firedAt: Map<string, number>): boolean {
	if (!cueSpans(d.pt, 'denial').length && !cueSpans(d.pt, 'warning').length) return false;
	return d.c.timing.some(
		(t, i) =>
			firedAt.has(t.rule.from) &&
			d.c.events.get(t.rule.from)?.spreads?.claim === claim &&
			t.relevant.length > 0 &&
			isRelevant(d.c, i, d.pt)
	);
}

/** An attempt to correct a claim: the post names it and denies or warns, or states a refuting fact.
 * Repeating a claim without either is endorsing it: a faux pas, not a correction. */
function attempts(d: DetectorInput, claim: string): boolean {
	const t = d.claims.find((x) => x.claim === claim);
	return (
		t !== undefined && (t.denied || t.factSpans.length > 0 || cueSpans(d.pt, 'warning').length > 0)
	);
}

function claimFired(d: DetectorInput, claim: string, firedAt: Map<string, number>): boolean {
	for (const id of firedAt.keys()) if (d.c.events.get(id)?.spreads?.claim === claim) return true;
	return false;
}

/** Whether a post's text already gives everything a question asks for (its facts as known when it is
 * asked, or owning up to a gaffe); used by the engine when a question arrives after such a post. */
export function answersQuestion(
	scenario: Scenario,
	q: QuestionRef,
	text: string,
	revealed: readonly string[]
): boolean {
	if (!q.asks.length && !q.acknowledge) return false;
	const known = q.acknowledge ? q : { ...q, asks: q.asks.filter((f) => revealed.includes(f)) };
	if (!known.acknowledge && !known.asks.length) return false;
	return asked(known, postText(text), compiled(scenario), new Set(revealed)).share >= 1;
}
